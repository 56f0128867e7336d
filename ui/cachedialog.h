// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "domain/timerange.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace atalaya {

class Session;

/// The local cache: its file and size, what it holds per source and range (coverage), the
/// windows pinned beyond retention, "compact now" and export of a window to share.
class CacheDialog : public QDialog
{
    Q_OBJECT
public:
    CacheDialog(Session* session, TimeRange current, QWidget* parent = nullptr);

private:
    void reload();
    void compactNow();
    void pinCurrent();
    void removePin();
    void exportWindow();
    void setBusy(bool busy, const QString& message = {});

    Session* m_session;
    TimeRange m_current;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_coverage = nullptr;
    QTableWidget* m_pins = nullptr;
    QPushButton* m_compact = nullptr;
    QPushButton* m_pin = nullptr;
    QPushButton* m_unpin = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace atalaya

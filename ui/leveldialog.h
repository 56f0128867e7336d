// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "degradation/flagstore.h"

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace atalaya {

class Session;

/// Changing a vertical's degradation level: the live level read first, the level chosen, a
/// preview of what goes off and comes back and the flag JSON diff, a reason, the vertical's name
/// typed for maintenance mode (level 3). Managers only; the cluster must allow the patch. The
/// audit entry is written before the flag document is (degradation::applyLevelChange).
class LevelDialog : public QDialog
{
    Q_OBJECT
public:
    LevelDialog(Session* session, degradation::FlagStore store, Vertical vertical, int proposedLevel, QWidget* parent = nullptr);

    /// For tests and screenshots.
    QString diffText() const;
    QString summaryText() const;
    void setReason(const QString& reason);
    void setTypedName(const QString& name);
    bool canConfirm() const;
    void confirm();

signals:
    /// The change ran (ok or not): the degradation page reads the store again.
    void applied(bool ok, const QString& message);

private:
    void readLive();
    void replan();
    void updateConfirm();
    degradation::Change currentChange() const;

    Session* m_session;
    degradation::FlagStore m_store;
    Vertical m_vertical;
    degradation::LiveDocument m_live;
    degradation::LevelPlan m_plan;
    bool m_mayPatch = false;
    QString m_whyNot;
    bool m_running = false;
    bool m_done = false;
    QLabel* m_current = nullptr;
    QButtonGroup* m_levels = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QWidget* m_maintenanceBox = nullptr;
    QLineEdit* m_message = nullptr;
    QDateTimeEdit* m_eta = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_typedLabel = nullptr;
    QLineEdit* m_typedName = nullptr;
    QLabel* m_command = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace atalaya

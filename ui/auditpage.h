// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "cache/cachedb.h"
#include "ui/page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace atalaya {

class Session;

/// Every action that changed the platform, from the cache's audit trail: when, who, what, where,
/// why and how it ended; a filter over all columns and CSV export.
class AuditPage : public Page
{
    Q_OBJECT
public:
    AuditPage(Session* session, QWidget* parent = nullptr);

    QString pageName() const override { return QStringLiteral("audit"); }
    void setRange(const TimeRange&) override { }
    void refresh() override;
    QString toCsv() const;
    /// Opens the undo dialog of the entry in @p row (an emergency scale that raised an autoscaler).
    void undo(int row);

signals:
    /// The audit entries as chart markers, after every refresh.
    void annotationsChanged(const atalaya::Annotations& annotations);

private:
    void applyFilter();
    void exportCsv();
    void updateUndo();

    Session* m_session;
    QLabel* m_summary = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_undo = nullptr;
    std::vector<cache::AuditEntry> m_entries;
};

} // namespace atalaya

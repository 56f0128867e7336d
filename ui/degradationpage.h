// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace atalaya {

class Session;
class RecommendationsPanel;
class LevelDialog;
namespace degradation {
class DegradationMonitor;
}

/// Degradation levels per vertical as they are live in the flag store (read back, never assumed
/// from what was written), with drift, who changed them and why; the contingency
/// recommendations; "Change level…" for managers.
class DegradationPage : public Page
{
    Q_OBJECT
public:
    DegradationPage(Session* session, degradation::DegradationMonitor* monitor, QWidget* parent = nullptr);
    QString pageName() const override { return QStringLiteral("degradation"); }
    void setRange(const TimeRange&) override { }
    void refresh() override;
    RecommendationsPanel* recommendations() const { return m_recommendations; }
    /// Opens the level dialog of @p verticalId with @p level chosen (nothing applied without confirmation).
    LevelDialog* openLevelDialog(const QString& verticalId, int level);
    /// The same, one level above what is live.
    LevelDialog* openNextLevelDialog(const QString& verticalId);
    /// For tests: the table's text of @p column in the row of @p verticalId.
    QString cellText(const QString& verticalId, int column) const;

signals:
    void levelChanged();

private:
    void showLive();
    void maybeLoaded();
    Session* m_session;
    degradation::DegradationMonitor* m_monitor;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    RecommendationsPanel* m_recommendations = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_change = nullptr;
    QString m_liveError;
    bool m_waitLive = false;
    bool m_waitSignals = false;
};

} // namespace atalaya

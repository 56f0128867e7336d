// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include "config/config.h"
#include "degradation/recommendation.h"

class QLabel;
class QVBoxLayout;

namespace atalaya {

class Session;
namespace degradation {
class DegradationMonitor;
}

/// The contingency recommendations as cards: per vertical whose triggers hold, what holds and for
/// how long against which baseline, and what to do, with one click into the prefilled dialog
/// (which still asks for confirmation). Triggers that hold but not yet long enough are listed as
/// "watching". The console never acts on its own.
class RecommendationsPanel : public QFrame
{
    Q_OBJECT
public:
    RecommendationsPanel(Session* session, degradation::DegradationMonitor* monitor, QWidget* parent = nullptr);
    /// The cards' texts, for tests.
    QStringList cardTexts() const;
    /// When nothing holds: show a one-line "all quiet" note (the degradation page), or hide (the overview).
    void setShowQuiet(bool show);

    /// "p95 412 ms is 2.6× its baseline (158 ms, same hour last week) for 7 min — trigger above 2×";
    /// without the duration and the threshold when @p full is false.
    static QString describe(const degradation::Trigger& trigger, TriggerConfig::Baseline baseline, bool full = true);

signals:
    void levelRequested(const QString& verticalId, int level);
    void scaleRequested(const QString& verticalId);

private:
    void rebuild();
    Session* m_session;
    degradation::DegradationMonitor* m_monitor;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_quiet = nullptr;
    bool m_showQuiet = false;
    QList<QFrame*> m_cards;
};

} // namespace atalaya

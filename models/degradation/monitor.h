// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <vector>

#include <QObject>

#include "degradation/flagstore.h"
#include "degradation/recommendation.h"

namespace atalaya {
class Session;
}

namespace atalaya::degradation {

/// The degradation state of an environment, kept fresh: what the flag store serves (levels,
/// drift) and, per vertical, the contingency triggers evaluated on the signals from Prometheus
/// against their baseline. It recommends; it never acts.
///
/// Each refresh reads the flag store with kubectl (or the file) on the thread pool, and sends the
/// signal queries concurrently: p95, error ratio and abandonment for every vertical at once
/// (by vertical), over holdFor + 15 minutes at a 60 s step, plus the same window a week earlier
/// (or each of the last 7 days for the median baseline), and the replicas now.
class DegradationMonitor : public QObject
{
    Q_OBJECT
public:
    explicit DegradationMonitor(Session* session, QObject* parent = nullptr);

    const FlagStore& store() const { return m_store; }
    /// The last read of the store (ok() false with the error when it failed).
    const LiveDocument& live() const { return m_live; }
    /// What the store serves for @p vertical, and how it differs from what this console wrote.
    LiveLevel level(const QString& vertical) const;
    Drift drift(const QString& vertical) const;
    /// The last evaluation, one per vertical with signals (empty before the first refresh).
    const std::vector<Evaluation>& evaluations() const { return m_evaluations; }
    /// Why the signals could not be evaluated (empty when they were).
    const QString& signalError() const { return m_signalError; }

    static constexpr int kStepSeconds = 60;

public slots:
    void refresh();
    /// Reads the store again (after a change), without the signals.
    void refreshLive();

signals:
    void liveChanged();
    void evaluationsChanged();

private:
    void evaluateSignals();
    Session* m_session;
    FlagStore m_store;
    LiveDocument m_live;
    std::map<QString, QByteArray> m_written; ///< vertical -> what this console last wrote (from the cache)
    std::vector<Evaluation> m_evaluations;
    QString m_signalError;
    quint64 m_liveGeneration = 0;
    quint64 m_signalGeneration = 0;
};

} // namespace atalaya::degradation

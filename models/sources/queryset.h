// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QDateTime>
#include <QObject>

#include "domain/series.h"
#include "util/result.h"

namespace atalaya {

class PrometheusClient;

/// One query of a page: what to ask and how to label the answer.
struct QueryTarget
{
    QString id; ///< stable within the page, e.g. "p95"
    QString legend; ///< shown in the chart legend
    QString promql;
};

/// Runs the queries of one page concurrently and hands each answer back on the owner's thread
/// as soon as it arrives: a panel never waits for another. A new run() supersedes the previous
/// one; answers that belong to a superseded run are dropped.
class QuerySet : public QObject
{
    Q_OBJECT
public:
    explicit QuerySet(QObject* parent = nullptr);

    void setClient(PrometheusClient* client) { m_client = client; }
    void setTargets(std::vector<QueryTarget> targets) { m_targets = std::move(targets); }
    const std::vector<QueryTarget>& targets() const { return m_targets; }

    /// Range queries over [start, end] with @p stepSeconds. Returns the run's generation.
    quint64 runRange(const QDateTime& start, const QDateTime& end, double stepSeconds);
    /// Instant queries at now.
    quint64 runInstant();

    quint64 generation() const { return m_generation; }
    bool isRunning() const { return m_pending > 0; }

signals:
    void resultReady(int targetIndex, const atalaya::Result<atalaya::QueryResult>& result);
    /// Every query of the current run has answered; @p failures of them failed.
    void finished(int failures, const QString& firstError);

private:
    template<typename Launch>
    quint64 run(Launch launch);

    PrometheusClient* m_client = nullptr; ///< owned by the Session, which outlives the pages
    std::vector<QueryTarget> m_targets;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_failures = 0;
    QString m_firstError;
};

} // namespace atalaya

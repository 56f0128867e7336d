// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QDateTime>
#include <QObject>

#include "domain/series.h"
#include "util/result.h"

namespace atalaya {

class PrometheusClient;
class Session;
namespace cache {
class Cache;
}

/// One query of a page: what to ask and how to label the answer.
struct QueryTarget
{
    QString id; ///< stable within the page, e.g. "p95"
    QString legend; ///< shown in the chart legend
    QString promql;
    /// What the answer is cached under; empty: the PromQL. A page whose PromQL changes with the
    /// range (the rate window) gives the query with the window left as a placeholder, so that
    /// answers fetched at different ranges make one cached series.
    QString cacheKey = {};
    /// A range query's own step (a narrow chart needs fewer points than the page's widest);
    /// 0: the run's step.
    double stepSeconds = 0;
    /// Set for a histogram's buckets: a live answer comes with QueryResult::buckets grouped by
    /// this label, laid out on the thread that decoded it (the pool for a large answer), so that
    /// the page has it without one more trip there and back.
    QString bucketsBy = {};
};

/// Runs the queries of one page concurrently and hands each answer back on the owner's thread
/// as soon as it arrives: a panel never waits for another. A new run() supersedes the previous
/// one; answers that belong to a superseded run are dropped.
///
/// With a cache, every live answer is written to it once the run's last answer is in (or a new
/// run begins), and a query the source cannot
/// answer (unreachable, timed out, 5xx) is answered from it instead, the result marked with
/// cachedAtMs and liveError. Offline, the source is not asked at all.
class QuerySet : public QObject
{
    Q_OBJECT
public:
    explicit QuerySet(QObject* parent = nullptr);
    /// Uses the session's Prometheus client, cache and offline mode.
    explicit QuerySet(Session* session, QObject* parent = nullptr);
    ~QuerySet() override;

    void setClient(PrometheusClient* client) { m_client = client; }
    void setCache(cache::Cache* cache, QString source);
    void setOffline(bool offline) { m_offline = offline; }
    /// Show cached answers at once, marked provisional, while the source is asked: on the first
    /// run (start-up) and while the source is known to be down. finished() waits for final answers.
    void setProvisionalAnswers(bool on) { m_provisional = on; }
    void setTargets(std::vector<QueryTarget> targets) { m_targets = std::move(targets); }
    const std::vector<QueryTarget>& targets() const { return m_targets; }

    /// Range queries over [start, end] with @p stepSeconds (or a target's own). Returns the run's
    /// generation.
    quint64 runRange(const QDateTime& start, const QDateTime& end, double stepSeconds);
    /// Instant queries at @p at (invalid: the server's now).
    quint64 runInstant(const QDateTime& at = {});

    quint64 generation() const { return m_generation; }
    bool isRunning() const { return m_pending > 0; }
    /// After finished(): the oldest fetch time among answers that came from the cache (unix ms),
    /// 0 when every answer was live; and why the source was not used.
    qint64 oldestCachedMs() const { return m_oldestCachedMs; }
    QString liveError() const { return m_liveError; }
    /// While resultReady() is being emitted: the answer it carries, for a receiver that hands it to
    /// another thread (a pool task, the cache) without copying it. It never changes; null outside
    /// resultReady() and for an error.
    std::shared_ptr<const QueryResult> deliveredAnswer() const;

signals:
    void resultReady(int targetIndex, const atalaya::Result<atalaya::QueryResult>& result);
    /// Every query of the current run has answered; @p failures of them failed.
    void finished(int failures, const QString& firstError);

private:
    struct Run;
    template<typename Live, typename Cached, typename Store>
    quint64 run(Live live, Cached cached, Store store);
    void deliver(quint64 gen, int index, Result<QueryResult> result);
    void deliver(quint64 gen, int index, const std::shared_ptr<const Result<QueryResult>>& answer);
    /// Hands the answers held since the run began to the cache.
    void storeHeld();

    PrometheusClient* m_client = nullptr; ///< owned by the Session, which outlives the pages
    cache::Cache* m_cache = nullptr; ///< likewise
    QString m_source;
    bool m_offline = false;
    bool m_provisional = false;
    bool m_ranOnce = false;
    std::vector<char> m_final; ///< per target of the current run: its final answer was delivered
    std::vector<QueryTarget> m_targets;
    std::shared_ptr<const Result<QueryResult>> m_delivering; ///< during resultReady()
    std::vector<std::function<void()>> m_heldStores; ///< live answers of the current run, not yet written
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_failures = 0;
    QString m_firstError;
    qint64 m_oldestCachedMs = 0;
    QString m_liveError;
};

} // namespace atalaya

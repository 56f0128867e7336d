// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/queryset.h"

#include <QFuture>

#include "cache/cache.h"
#include "domain/aggregate.h"
#include "sources/prometheusclient.h"
#include "sources/session.h"
#include "util/whenready.h"

namespace atalaya {

QuerySet::QuerySet(QObject* parent)
    : QObject(parent)
{
}

QuerySet::~QuerySet()
{
    storeHeld();
}

QuerySet::QuerySet(Session* session, QObject* parent)
    : QObject(parent)
{
    setClient(session->prometheus());
    setCache(session->cache(), session->prometheusCacheSource());
    setOffline(session->isOffline());
}

void QuerySet::setCache(cache::Cache* cache, QString source)
{
    m_cache = cache;
    m_source = std::move(source);
}

void QuerySet::deliver(quint64 gen, int index, Result<QueryResult> result)
{
    deliver(gen, index, std::make_shared<const Result<QueryResult>>(std::move(result)));
}

void QuerySet::deliver(quint64 gen, int index, const std::shared_ptr<const Result<QueryResult>>& answer)
{
    const Result<QueryResult>& result = *answer;
    if (gen != m_generation)
        return; // superseded: the user changed the range or the vertical
    if (m_final[static_cast<size_t>(index)])
        return; // a provisional answer that came after the real one
    auto emitResult = [&] {
        const auto outer = std::exchange(m_delivering, answer);
        emit resultReady(index, result);
        m_delivering = outer;
    };
    if (result.ok() && result.value().provisional) {
        emitResult();
        return;
    }
    m_final[static_cast<size_t>(index)] = 1;
    if (!result.ok()) {
        ++m_failures;
        if (m_firstError.isEmpty())
            m_firstError = result.error().toDisplayString();
    } else if (result.value().cachedAtMs > 0) {
        m_oldestCachedMs = m_oldestCachedMs == 0 ? result.value().cachedAtMs
                                                 : std::min(m_oldestCachedMs, result.value().cachedAtMs);
        if (m_liveError.isEmpty())
            m_liveError = result.value().liveError;
    }
    emitResult();
    if (--m_pending == 0) {
        storeHeld();
        emit finished(m_failures, m_firstError);
    }
}

std::shared_ptr<const QueryResult> QuerySet::deliveredAnswer() const
{
    if (!m_delivering || !m_delivering->ok())
        return {};
    return std::shared_ptr<const QueryResult>(m_delivering, &m_delivering->value());
}

void QuerySet::storeHeld()
{
    for (const auto& store : std::exchange(m_heldStores, {}))
        store();
}

template<typename Live, typename Cached, typename Store>
quint64 QuerySet::run(Live live, Cached cached, Store store)
{
    storeHeld(); // a superseded run's answers are still what the source said
    const quint64 gen = ++m_generation;
    m_pending = static_cast<int>(m_targets.size());
    m_failures = 0;
    m_firstError.clear();
    m_oldestCachedMs = 0;
    m_liveError.clear();
    m_final.assign(m_targets.size(), 0);
    const bool offline = m_offline || !m_client;
    const bool sourceDown = m_client
        && (m_client->health() == SourceHealth::Offline || m_client->health() == SourceHealth::Failing);
    const bool provisional = m_provisional && m_cache && !offline && (!m_ranOnce || sourceDown);
    m_ranOnce = true;
    if ((offline && !m_cache) || m_targets.empty()) {
        m_pending = 0;
        emit finished(0, {});
        return gen;
    }
    for (int i = 0; i < static_cast<int>(m_targets.size()); ++i) {
        const QueryTarget& target = m_targets[static_cast<size_t>(i)];
        const QString key = target.cacheKey.isEmpty() ? target.promql : target.cacheKey;
        // The answer from the cache, or @p otherwise when it holds nothing. Every continuation is
        // a watcher owned by this set (whenReady): an answer that comes after the set is gone is
        // dropped with it, and one that is already there still arrives after run() returns,
        // never in the middle of a page's refresh.
        auto fromCache = [this, gen, i, key, cached](ApiError otherwise, QString why) {
            whenReady(cached(key), this, [this, gen, i, otherwise, why](std::optional<cache::CachedResult> hit) {
                if (!hit) {
                    deliver(gen, i, otherwise);
                    return;
                }
                hit->result.cachedAtMs = hit->fetchedMs;
                hit->result.liveError = why;
                deliver(gen, i, std::move(hit->result));
            });
        };
        if (provisional) {
            whenReady(cached(key), this, [this, gen, i](std::optional<cache::CachedResult> hit) {
                if (!hit)
                    return;
                hit->result.cachedAtMs = hit->fetchedMs;
                hit->result.liveError = tr("waiting for the source");
                hit->result.provisional = true;
                deliver(gen, i, std::move(hit->result));
            });
        }
        if (offline) {
            ApiError notCached;
            notCached.kind = ApiError::Kind::NotCached;
            notCached.source = m_source;
            notCached.query = target.promql;
            fromCache(notCached, tr("offline review"));
            continue;
        }
        QFuture<Result<QueryResult>> answer = live(target);
        if (!target.bucketsBy.isEmpty())
            // On the thread that fulfils the answer: no QObject context to outlive.
            answer = answer.then(QtFuture::Launch::Sync, [by = target.bucketsBy](Result<QueryResult> r) {
                if (r.ok())
                    r.value().buckets = std::make_shared<const BucketGrid>(r.value().series, by);
                return r;
            });
        whenReady(answer, this, [this, gen, i, key, store, fromCache](Result<QueryResult> result) {
            if (result.ok()) {
                const auto shared = std::make_shared<const Result<QueryResult>>(std::move(result));
                deliver(gen, i, shared);
                // Written once every answer of the run is in: the cache's work does not share the
                // cores with the server while the page still waits for its slowest query.
                if (m_cache) {
                    m_heldStores.push_back([store, key, answer = std::shared_ptr<const QueryResult>(shared, &shared->value())] {
                        store(key, answer);
                    });
                    if (gen != m_generation || m_pending == 0)
                        storeHeld();
                }
            } else if (m_cache && result.error().isRetryable() && gen == m_generation) {
                fromCache(result.error(), result.error().toDisplayString());
            } else {
                deliver(gen, i, std::move(result));
            }
        });
    }
    return gen;
}

quint64 QuerySet::runRange(const QDateTime& start, const QDateTime& end, double stepSeconds)
{
    const qint64 startMs = start.toMSecsSinceEpoch(), endMs = end.toMSecsSinceEpoch();
    return run([=, this](const QueryTarget& t) { return m_client->queryRange(t.promql, start, end, t.stepSeconds > 0 ? t.stepSeconds : stepSeconds); },
               [=, this](const QString& key) { return m_cache->loadRange(m_source, key, startMs, endMs); },
               [=, this](const QString& key, std::shared_ptr<const QueryResult> r) { m_cache->storeRange(m_source, key, std::move(r), startMs, endMs); });
}

quint64 QuerySet::runInstant(const QDateTime& at)
{
    const std::optional<QDateTime> time = at.isValid() ? std::optional(at) : std::nullopt;
    return run([this, time](const QueryTarget& t) { return m_client->query(t.promql, time); },
               [this](const QString& key) { return m_cache->loadInstant(m_source, key); },
               [this](const QString& key, std::shared_ptr<const QueryResult> r) { m_cache->storeInstant(m_source, key, std::move(r)); });
}

} // namespace atalaya

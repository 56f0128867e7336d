// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costs/costservice.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include "cache/cache.h"
#include "costs/promcost.h"
#include "sources/prometheusclient.h"

namespace atalaya::costs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CostService)
};

bool servedFromCache(const ApiError& e)
{
    return e.kind == ApiError::Kind::Transport || e.kind == ApiError::Kind::Timeout || e.kind == ApiError::Kind::NotCached
        || (e.kind != ApiError::Kind::Auth && e.httpStatus >= 500);
}

} // namespace

CostService::CostService(OpenCostClient* api, PrometheusClient* prometheus, QueryTemplates queries, cache::Cache* cache, bool offline,
                         QString cacheSource)
    : m_api(api)
    , m_prometheus(prometheus)
    , m_queries(std::move(queries))
    , m_derived(std::make_unique<PrometheusCostSource>(prometheus, m_queries))
    , m_cache(std::make_shared<CacheRef>())
    , m_offline(offline)
    , m_cacheSource(std::move(cacheSource))
{
    m_cache->cache = cache;
}

CostService::~CostService()
{
    // The session's cache goes after this service; an answer's continuation may still be on the
    // pool (a request that failed while the session closed).
    QMutexLocker lock(&m_cache->mutex);
    m_cache->cache = nullptr;
}

QString CostService::sourceDescription() const
{
    if (m_api)
        return Text::tr("OpenCost API at %1").arg(m_api->sourceName());
    return Text::tr("OpenCost metrics in Prometheus at %1").arg(m_prometheus->config().url.toString(QUrl::RemoveUserInfo));
}

QFuture<Result<AllocationReport>> CostService::allocation(const AllocationQuery& query)
{
    // Cached under the question without its end: the latest answer for a window that starts
    // where this one does replaces the one before (today's set grows with every refresh).
    const QString source = m_api ? QStringLiteral("opencost ") + m_api->sourceName() : m_cacheSource;
    AllocationQuery keyed = query;
    keyed.end = keyed.start;
    const QString key = source + u' ' + keyed.cacheKey();
    std::shared_ptr<CacheRef> cacheRef = m_cache;

    QFuture<Result<AllocationReport>> asked;
    if (m_offline) {
        ApiError e;
        e.kind = ApiError::Kind::NotCached;
        e.service = m_api ? QStringLiteral("OpenCost") : QStringLiteral("Prometheus");
        e.message = Text::tr("offline review: no cost is cached for this window");
        asked = QtFuture::makeReadyFuture(Result<AllocationReport>(std::move(e)));
    } else {
        asked = m_api ? m_api->allocation(query) : m_derived->allocation(query);
    }
    return asked.then(QtFuture::Launch::Async, [cacheRef, key](Result<AllocationReport> r) -> Result<AllocationReport> {
        QMutexLocker lock(&cacheRef->mutex);
        cache::Cache* cache = cacheRef->cache;
        if (!cache)
            return r;
        if (r.ok()) {
            cache->storeDocument(kCacheKind, key, encode(r.value()));
            return r;
        }
        if (!servedFromCache(r.error()))
            return r;
        const auto cached = cache->loadDocument(kCacheKind, key).result();
        AllocationReport report;
        if (!cached || !decode(cached->first, report))
            return r;
        report.cachedAtMs = cached->second;
        return report;
    });
}

QFuture<Result<AllocationReport>> CostService::dailyByNamespace(const QDate& from, const QDateTime& now, const QTimeZone& zone,
                                                                const QString& resolution)
{
    AllocationQuery q;
    q.start = QDateTime(from, QTime(0, 0), zone).toUTC();
    // Whole minutes: the API's sets and Prometheus' steps line up on them.
    q.end = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    q.stepSeconds = 86400;
    q.aggregate = QStringLiteral("namespace");
    q.includeIdle = true;
    q.resolution = resolution;
    return allocation(q);
}

QFuture<Result<std::pair<double, QString>>> CostService::replicaHourlyCost(const QString& namespaceName, const QString& deployment)
{
    using Answer = Result<std::pair<double, QString>>;
    if (m_offline) {
        ApiError e;
        e.kind = ApiError::Kind::NotCached;
        e.message = Text::tr("offline review: costs are not asked");
        return QtFuture::makeReadyFuture(Answer(std::move(e)));
    }
    OpenCostClient* api = m_api;
    QFuture<Result<double>> metrics = m_derived->replicaHourlyCost(namespaceName, deployment);
    // Chained, not waited for: no thread sits idle while OpenCost answers.
    return metrics
        .then(QtFuture::Launch::Sync,
              [api, namespaceName, deployment](const Result<double>& r) -> QFuture<Answer> {
                  if (r.ok())
                      return QtFuture::makeReadyFuture(Answer(
                          std::pair { r.value(), Text::tr("pods' CPU and memory requests at the nodes' hourly prices (OpenCost metrics)") }));
                  if (!api)
                      return QtFuture::makeReadyFuture(Answer(r.error()));
                  // The API instead: the last hour of every pod of the deployment, per hour it ran.
                  AllocationQuery q;
                  q.end = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, Qt::UTC);
                  q.start = q.end.addSecs(-3600);
                  q.aggregate = QStringLiteral("namespace,pod");
                  q.includeIdle = false;
                  const ApiError fromMetrics = r.error();
                  return api->allocation(q).then(QtFuture::Launch::Sync, [fromMetrics, namespaceName, deployment](const Result<AllocationReport>& answer) -> Answer {
                      if (!answer.ok())
                          return answer.error();
                      const QString prefix = namespaceName + u'/' + deployment + u'-';
                      double sum = 0;
                      int pods = 0;
                      for (const AllocationSet& set : answer.value().sets)
                          for (const Allocation& a : set.items)
                              if (a.name.startsWith(prefix) && a.minutes > 0 && !std::isnan(a.total())) {
                                  sum += a.total() / (a.minutes / 60.0);
                                  ++pods;
                              }
                      if (pods == 0) {
                          ApiError e = fromMetrics;
                          e.message = Text::tr("neither Prometheus nor OpenCost knows the cost of a pod of %1/%2").arg(namespaceName, deployment);
                          return e;
                      }
                      return std::pair { sum / pods, Text::tr("the last hour of %n pod(s) in OpenCost's allocation API", nullptr, pods) };
                  });
              })
        .unwrap();
}

QFuture<Result<BookingsByDay>> CostService::bookingsFromPrometheus(const QDate& from, const QDateTime& now, const QTimeZone& zone)
{
    // One range query, stamped at each local midnight after the first: each sample is the
    // bookings of the day before it. Today so far comes from an instant query at now.
    const QDateTime firstEnd(from.addDays(1), QTime(0, 0), zone);
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime lastEnd(today, QTime(0, 0), zone);
    const QString daily = m_queries.render(QStringLiteral("costBookings"), { { QStringLiteral("window"), QStringLiteral("1d") } });
    const qint64 sinceMidnight = std::max<qint64>(60, lastEnd.secsTo(now));
    const QString sofar = m_queries.render(QStringLiteral("costBookings"), { { QStringLiteral("window"), QString::number(sinceMidnight) + u's' } });
    QFuture<Result<QueryResult>> days = firstEnd <= lastEnd
        ? m_prometheus->queryRange(daily, firstEnd.toUTC(), lastEnd.toUTC(), 86400)
        : QtFuture::makeReadyFuture(Result<QueryResult>(QueryResult {}));
    QFuture<Result<QueryResult>> current = m_prometheus->query(sofar, now);
    QList<QFuture<Result<QueryResult>>> both { days, current };
    return QtFuture::whenAll(both.begin(), both.end()).then(QtFuture::Launch::Async, [zone](const QList<QFuture<Result<QueryResult>>>& parts) -> Result<BookingsByDay> {
        BookingsByDay out;
        for (int i = 0; i < parts.size(); ++i) {
            const Result<QueryResult> r = parts[i].result();
            if (!r.ok())
                return r.error();
            for (const Series& s : r.value().series) {
                const QString vertical = s.labels.value(QStringLiteral("vertical"));
                for (size_t k = 0; k < s.timestamps.size(); ++k) {
                    if (std::isnan(s.values[k]))
                        continue;
                    // A daily sample stamped at midnight counts the day before; today's at now.
                    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(s.timestamps[k] * 1000), zone);
                    const QDate day = i == 0 ? at.date().addDays(-1) : at.date();
                    out[vertical][day].bookings += qint64(std::llround(s.values[k]));
                }
            }
        }
        return out;
    });
}

BookingsByDay bookingsByDay(const std::vector<bookings::HourlyRow>& rows, const QTimeZone& zone)
{
    BookingsByDay out;
    for (const bookings::HourlyRow& r : rows) {
        DayBookings& d = out[r.vertical][QDateTime::fromMSecsSinceEpoch(r.hourMs, zone).date()];
        d.bookings += r.bookings;
        d.valueArs = (std::isnan(d.valueArs) ? 0 : d.valueArs) + r.revenueArs;
    }
    return out;
}

} // namespace atalaya::costs

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>
#include <QFuture>
#include <QMutex>
#include <QString>

#include "config/config.h"
#include "costs/allocation.h"
#include "costs/costanalysis.h"
#include "costs/opencost.h"
#include "sources/bookingsdb.h"
#include "util/result.h"

namespace atalaya {
class PrometheusClient;
namespace cache {
class Cache;
}
}

namespace atalaya::costs {

class PrometheusCostSource;

/// Where an environment's cost comes from, cached: OpenCost's allocation API when the
/// environment configures one (sources.costs), else OpenCost's Prometheus metrics. Answers are
/// written to the local cache and served from it when the source does not answer (unreachable,
/// timed out, 5xx) and in offline review, marked with when they were fetched. Every call may be
/// made from any thread and returns at once.
class CostService
{
public:
    /// @p api may be null (no cost API: Prometheus metrics); @p cache may be null.
    CostService(OpenCostClient* api, PrometheusClient* prometheus, QueryTemplates queries, cache::Cache* cache, bool offline,
                QString cacheSource);
    ~CostService();

    bool usesApi() const { return m_api != nullptr; }
    /// For people: "OpenCost API at http://…" or "OpenCost metrics in Prometheus at http://…".
    QString sourceDescription() const;

    QFuture<Result<AllocationReport>> allocation(const AllocationQuery& query);

    /// Local days [from, today] by namespace with idle, one set per day, today up to @p now.
    QFuture<Result<AllocationReport>> dailyByNamespace(const QDate& from, const QDateTime& now, const QTimeZone& zone,
                                                      const QString& resolution);

    /// What one more replica of @p deployment in @p namespaceName costs per hour (USD): from the
    /// Prometheus metrics (query costReplica); when they have nothing and an API is configured,
    /// from the last hour's allocation of the deployment's pods. @p how receives how it was
    /// derived, for people.
    QFuture<Result<std::pair<double, QString>>> replicaHourlyCost(const QString& namespaceName, const QString& deployment);

    /// Bookings per vertical and local day over [from, to] from Prometheus (query costBookings;
    /// the count only, without value), for when there is no booking database.
    QFuture<Result<BookingsByDay>> bookingsFromPrometheus(const QDate& from, const QDateTime& now, const QTimeZone& zone);

private:
    OpenCostClient* m_api;
    PrometheusClient* m_prometheus;
    QueryTemplates m_queries;
    std::unique_ptr<PrometheusCostSource> m_derived;
    /// The cache as the answers' continuations see it (on the pool, perhaps after this service):
    /// the destructor takes it away, waiting for a continuation that is using it.
    struct CacheRef
    {
        QMutex mutex;
        cache::Cache* cache = nullptr;
    };
    std::shared_ptr<CacheRef> m_cache;
    bool m_offline;
    QString m_cacheSource;
};

/// The booking database's hourly rows as bookings and bookings' value per vertical and local day.
BookingsByDay bookingsByDay(const std::vector<bookings::HourlyRow>& rows, const QTimeZone& zone);

} // namespace atalaya::costs

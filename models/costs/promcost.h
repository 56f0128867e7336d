// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QFuture>

#include "config/config.h"
#include "costs/allocation.h"
#include "costs/opencost.h"
#include "domain/series.h"
#include "util/result.h"

namespace atalaya {
class PrometheusClient;
}

namespace atalaya::costs {

/// The parts of the Prometheus-derived cost, each an hourly price in USD per hour by namespace
/// (queries costCpu, costRam, costPv) or for the whole cluster (costNodes).
enum class CostPart
{
    Cpu,
    Ram,
    Pv,
    Nodes,
};
inline constexpr int kCostParts = 4;

/// The sets [start + i·step, start + (i+1)·step) of @p query, the last one cut at its end (one
/// set when the step is 0).
std::vector<std::pair<qint64, qint64>> setBoundaries(const AllocationQuery& query);

/// The PromQL that turns an hourly price expression into the cost of the @p rangeSeconds before
/// the evaluation time: the expression sampled every @p resolution (a subquery) and summed, each
/// sample standing for resolution/3600 of an hour.
QString costOverRange(const QString& hourlyExpression, qint64 rangeSeconds, const QString& resolution);

/// What the Prometheus answers mean as allocations: for each set, each part's value at the
/// set's end, per namespace (the series' "namespace" label, else its only label). __idle__ is
/// the nodes' cost less what the namespaces' CPU and memory took (never below 0).
AllocationReport assembleAllocation(const std::vector<std::pair<qint64, qint64>>& sets,
                                    const std::array<std::vector<Series>, kCostParts>& parts, bool includeIdle);

/// Cost derived from OpenCost's Prometheus metrics (hourly node prices × container allocations,
/// PROTOCOLS.md §4), with the same result type as the allocation API: for a cluster without the
/// cost API, or to check it. Aggregates by namespace only. Per set length one range query per
/// part, and one instant query per part for a last, shorter set.
class PrometheusCostSource
{
public:
    PrometheusCostSource(PrometheusClient* prometheus, QueryTemplates queries);

    QFuture<Result<AllocationReport>> allocation(const AllocationQuery& query) const;

    /// What one more replica of @p deployment costs per hour (USD): its pods' CPU and memory
    /// allocation at the nodes' prices, averaged over the pods running now (query costReplica).
    QFuture<Result<double>> replicaHourlyCost(const QString& namespaceName, const QString& deployment) const;

private:
    PrometheusClient* m_prometheus;
    QueryTemplates m_queries;
};

} // namespace atalaya::costs

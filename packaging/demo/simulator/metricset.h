// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "modelstate.h"

namespace atalaya::sim {

enum class SeriesKind
{
    Counter, ///< counts events: cumulative, shown rounded to a whole number
    Sum, ///< a histogram's _sum: cumulative seconds
    Gauge,
};

/// What a metric (a group of series sampled together) measures.
enum class Quantity
{
    LatencyHistogram, ///< a = vertical, b = region, c = route
    Requests, ///< a = vertical, b = region, c = route, d = code
    Bookings, ///< a = vertical, b = city
    CheckoutsStarted, ///< a = vertical, b = city
    PaymentAttempts, ///< a = provider, b = vertical
    PaymentFailures, ///< a = provider, b = vertical
    GatewayHistogram, ///< a = provider
    SpecReplicas, ///< a = vertical, from here on
    StatusReplicas,
    ReadyReplicas,
    AvailableReplicas,
    UnavailableReplicas,
    UpdatedReplicas,
    MetadataGeneration,
    ObservedGeneration,
    HpaMinReplicas,
    HpaMaxReplicas,
    HpaCurrentReplicas,
    HpaDesiredReplicas,
    HpaInfo,
    CpuUtilisation,
    MemoryUtilisation,
    // OpenCost's cost metrics and the kube-state-metrics series its allocations need (see
    // costmodel.h). Pod metrics have one series per pod slot: a = vertical, b = PodKind.
    NodeCpuHourlyCost, ///< a = node
    NodeRamHourlyCost,
    NodeGpuHourlyCost,
    NodeTotalHourlyCost,
    NodeGpuCount,
    NodeIsSpot,
    NodeCapacity, ///< a = node; its cores, then its memory bytes
    PvHourlyCost, ///< a = vertical (the volume of its db)
    PvCapacity,
    PodPvcAllocation, ///< a = vertical (db-0's claim)
    ContainerCpuAllocation,
    ContainerMemoryAllocation,
    ContainerGpuAllocation,
    ContainerCpuUsage,
    PodLabels,
    PodOwner,
    ReplicaSetOwner, ///< a = vertical
    BuildInfo,
};

struct SeriesDef
{
    std::string name; ///< sample name, e.g. http_request_duration_seconds_bucket
    std::string labels; ///< rendered without braces: vertical="barbershop",region="cordoba"
    SeriesKind kind;
};

/// One metric in the OpenMetrics sense: a histogram (its buckets, _count and _sum) or a single
/// series. Its series are consecutive in MetricSet::series().
struct MetricDef
{
    Quantity quantity;
    int a = 0, b = 0, c = 0, d = 0;
    size_t firstSeries = 0;
    size_t seriesCount = 0;
};

struct FamilyDef
{
    std::string name; ///< OpenMetrics family name (a counter's without _total)
    std::string textName; ///< the name in the Prometheus text format's # TYPE line
    std::string type; ///< counter, gauge, histogram
    std::string help;
    size_t firstMetric = 0;
    size_t metricCount = 0;
};

/// Every series the simulator exposes, grouped by family and metric, and how each one's rate
/// (counters) or value (gauges) follows from a ModelState.
class MetricSet
{
public:
    MetricSet();

    const std::vector<FamilyDef>& families() const { return m_families; }
    const std::vector<MetricDef>& metrics() const { return m_metrics; }
    const std::vector<SeriesDef>& series() const { return m_series; }

    /// Rates per second (counters and sums) or values (gauges) of a metric's series at a state,
    /// into out[0 .. metric.seriesCount). Bucket rates never decrease with le. NaN: the series
    /// does not exist at that state (a pod that is not there): it has no sample, and a counter
    /// starts again from zero when it comes back (a new container).
    void evaluate(const MetricDef& metric, const ModelState& state, double* out) const;
    /// The same for every series, indexed like series().
    void evaluateAll(const ModelState& state, std::vector<double>& out) const;

    /// Index of a series by sample name and rendered labels, or -1.
    long find(std::string_view name, std::string_view labels) const;

    /// Appends a sample value the way both the exposition and the backfill write it: counters
    /// as whole numbers (rounded), the rest in the shortest form that reads back exactly.
    static void appendValue(std::string& out, double value, SeriesKind kind);
    /// The value a series shows for a cumulative or instantaneous double.
    static double shownValue(double value, SeriesKind kind);

private:
    void family(std::string name, std::string textName, std::string type, std::string help);
    void metric(Quantity q, int a, int b, int c, int d);
    void add(std::string name, std::string labels, SeriesKind kind);

    std::vector<FamilyDef> m_families;
    std::vector<MetricDef> m_metrics;
    std::vector<SeriesDef> m_series;
};

} // namespace atalaya::sim

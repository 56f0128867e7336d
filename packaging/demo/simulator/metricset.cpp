// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricset.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "costmodel.h"
#include "overrides.h"
#include "simulatormodel.h"

namespace atalaya::sim {

namespace {

constexpr double kAbsent = std::numeric_limits<double>::quiet_NaN();

std::string number(double v)
{
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, result.ptr);
}

std::string label(std::string_view name, std::string_view value)
{
    std::string s;
    s.reserve(name.size() + value.size() + 3);
    s.append(name).append("=\"").append(value).append("\"");
    return s;
}

/// Rates of a histogram's series: buckets by le (kept cumulative), +Inf, _count, _sum.
template <size_t N>
void histogram(const std::array<double, N>& bounds, double rate, double mu, double sigma, double* out)
{
    double below = 0;
    for (size_t i = 0; i < N; ++i) {
        below = std::max(below, lognormalCdf(bounds[i], mu, sigma));
        out[i] = rate * below;
    }
    out[N] = rate;
    out[N + 1] = rate;
    out[N + 2] = rate * std::exp(mu + sigma * sigma / 2);
}

} // namespace

MetricSet::MetricSet()
{
    const auto& verticals = Catalog::verticals();
    const auto& regions = Catalog::regions();
    const auto& routes = Catalog::routes();
    const auto& providers = Catalog::providers();
    auto vid = [&](int v) { return verticals[static_cast<size_t>(v)].id; };

    family("http_request_duration_seconds", "http_request_duration_seconds", "histogram",
        "Time the booking API took to answer, by vertical, region and route.");
    for (int v = 0; v < kVerticals; ++v)
        for (int r = 0; r < kRegions; ++r)
            for (int p = 0; p < kRoutes; ++p) {
                const std::string base = label("vertical", vid(v)) + "," + label("region", regions[size_t(r)].id) + ","
                    + label("route", routes[size_t(p)].path);
                metric(Quantity::LatencyHistogram, v, r, p, 0);
                for (double le : Catalog::latencyBuckets())
                    add("http_request_duration_seconds_bucket", base + "," + label("le", number(le)),
                        SeriesKind::Counter);
                add("http_request_duration_seconds_bucket", base + "," + label("le", "+Inf"), SeriesKind::Counter);
                add("http_request_duration_seconds_count", base, SeriesKind::Counter);
                add("http_request_duration_seconds_sum", base, SeriesKind::Sum);
            }

    family("http_requests", "http_requests_total", "counter", "Requests the booking API answered, by response code.");
    for (int v = 0; v < kVerticals; ++v)
        for (int r = 0; r < kRegions; ++r)
            for (int p = 0; p < kRoutes; ++p)
                for (int c = 0; c < kCodes; ++c) {
                    metric(Quantity::Requests, v, r, p, c);
                    add("http_requests_total",
                        label("vertical", vid(v)) + "," + label("region", regions[size_t(r)].id) + ","
                            + label("route", routes[size_t(p)].path) + "," + label("code", Catalog::codes()[size_t(c)]),
                        SeriesKind::Counter);
                }

    family("bookings", "bookings_total", "counter", "Bookings made, by vertical and city.");
    for (int v = 0; v < kVerticals; ++v)
        for (int r = 0; r < kRegions; ++r) {
            metric(Quantity::Bookings, v, r, 0, 0);
            add("bookings_total", label("vertical", vid(v)) + "," + label("city", regions[size_t(r)].id),
                SeriesKind::Counter);
        }
    family("booking_checkouts_started", "booking_checkouts_started_total", "counter",
        "Booking flows users started, by vertical and city.");
    for (int v = 0; v < kVerticals; ++v)
        for (int r = 0; r < kRegions; ++r) {
            metric(Quantity::CheckoutsStarted, v, r, 0, 0);
            add("booking_checkouts_started_total",
                label("vertical", vid(v)) + "," + label("city", regions[size_t(r)].id), SeriesKind::Counter);
        }

    const std::pair<Quantity, const char*> payments[] = { { Quantity::PaymentAttempts, "payment_attempts" },
        { Quantity::PaymentFailures, "payment_failures" } };
    for (const auto& [quantity, name] : payments) {
        family(name, std::string(name) + "_total", "counter",
            quantity == Quantity::PaymentAttempts ? "Payments sent to a gateway." : "Payments a gateway rejected.");
        for (int g = 0; g < kProviders; ++g)
            for (int v = 0; v < kVerticals; ++v) {
                metric(quantity, g, v, 0, 0);
                add(std::string(name) + "_total",
                    label("provider", providers[size_t(g)].id) + "," + label("vertical", vid(v)), SeriesKind::Counter);
            }
    }

    family("payment_gateway_duration_seconds", "payment_gateway_duration_seconds", "histogram",
        "Time the payment gateway took to confirm a payment.");
    for (int g = 0; g < kProviders; ++g) {
        const std::string base = label("provider", providers[size_t(g)].id);
        metric(Quantity::GatewayHistogram, g, 0, 0, 0);
        for (double le : Catalog::gatewayBuckets())
            add("payment_gateway_duration_seconds_bucket", base + "," + label("le", number(le)), SeriesKind::Counter);
        add("payment_gateway_duration_seconds_bucket", base + "," + label("le", "+Inf"), SeriesKind::Counter);
        add("payment_gateway_duration_seconds_count", base, SeriesKind::Counter);
        add("payment_gateway_duration_seconds_sum", base, SeriesKind::Sum);
    }

    // kube-state-metrics v2: deployment "api" and HPA "api" in each vertical's namespace.
    struct Gauge
    {
        Quantity quantity;
        const char* name;
        const char* help;
    };
    static const Gauge gauges[] = {
        { Quantity::SpecReplicas, "kube_deployment_spec_replicas", "Number of desired pods for a deployment." },
        { Quantity::StatusReplicas, "kube_deployment_status_replicas", "The number of replicas per deployment." },
        { Quantity::ReadyReplicas, "kube_deployment_status_replicas_ready",
            "The number of ready replicas per deployment." },
        { Quantity::AvailableReplicas, "kube_deployment_status_replicas_available",
            "The number of available replicas per deployment." },
        { Quantity::UnavailableReplicas, "kube_deployment_status_replicas_unavailable",
            "The number of unavailable replicas per deployment." },
        { Quantity::UpdatedReplicas, "kube_deployment_status_replicas_updated",
            "The number of updated replicas per deployment." },
        { Quantity::MetadataGeneration, "kube_deployment_metadata_generation",
            "Sequence number representing a specific generation of the desired state." },
        { Quantity::ObservedGeneration, "kube_deployment_status_observed_generation",
            "The generation observed by the deployment controller." },
        { Quantity::HpaMinReplicas, "kube_horizontalpodautoscaler_spec_min_replicas",
            "Lower limit for the number of pods that can be set by the autoscaler." },
        { Quantity::HpaMaxReplicas, "kube_horizontalpodautoscaler_spec_max_replicas",
            "Upper limit for the number of pods that can be set by the autoscaler." },
        { Quantity::HpaCurrentReplicas, "kube_horizontalpodautoscaler_status_current_replicas",
            "Current number of replicas of pods managed by this autoscaler." },
        { Quantity::HpaDesiredReplicas, "kube_horizontalpodautoscaler_status_desired_replicas",
            "Desired number of replicas of pods managed by this autoscaler." },
    };
    for (const Gauge& g : gauges) {
        family(g.name, g.name, "gauge", g.help);
        const bool hpa = std::string_view(g.name).starts_with("kube_horizontalpodautoscaler");
        for (int v = 0; v < kVerticals; ++v) {
            metric(g.quantity, v, 0, 0, 0);
            add(g.name, label("namespace", vid(v)) + "," + label(hpa ? "horizontalpodautoscaler" : "deployment", "api"),
                SeriesKind::Gauge);
        }
    }
    family("kube_horizontalpodautoscaler_info", "kube_horizontalpodautoscaler_info", "gauge",
        "Information about this autoscaler.");
    for (int v = 0; v < kVerticals; ++v) {
        metric(Quantity::HpaInfo, v, 0, 0, 0);
        add("kube_horizontalpodautoscaler_info",
            label("namespace", vid(v)) + "," + label("horizontalpodautoscaler", "api") + ","
                + label("scaletargetref_api_version", "apps/v1") + "," + label("scaletargetref_kind", "Deployment")
                + "," + label("scaletargetref_name", "api"),
            SeriesKind::Gauge);
    }

    // The simulator's own utilisation figures (not cAdvisor's: named as the simulator's).
    const std::pair<Quantity, const char*> utilisation[] = {
        { Quantity::CpuUtilisation, "atalaya_sim_cpu_utilisation_ratio" },
        { Quantity::MemoryUtilisation, "atalaya_sim_memory_utilisation_ratio" },
    };
    for (const auto& [quantity, name] : utilisation) {
        family(name, name, "gauge",
            quantity == Quantity::CpuUtilisation ? "Simulated CPU use of a deployment's pods over their requests."
                                                 : "Simulated memory use of a deployment's pods over their limits.");
        for (int v = 0; v < kVerticals; ++v) {
            metric(quantity, v, 0, 0, 0);
            add(name, label("namespace", vid(v)) + "," + label("deployment", "api"), SeriesKind::Gauge);
        }
    }

    // OpenCost's cost exporter (node prices at its default custom pricing, the containers'
    // requests, the volumes) and the kube-state-metrics series its allocations join on. Labels
    // as OpenCost and kube-state-metrics export them, without "instance" (Prometheus sets its
    // own; OpenCost's queries join on node).
    auto nodeLabels = [](int n) {
        return label("arch", kNodeArch) + "," + label("instance_type", kNodeInstanceType) + ","
            + label("node", nodeName(n)) + "," + label("provider_id", nodeProviderId(n)) + ","
            + label("region", kNodeRegion);
    };
    struct NodeGauge
    {
        Quantity quantity;
        const char* name;
        const char* help;
    };
    static const NodeGauge nodeGauges[] = {
        { Quantity::NodeCpuHourlyCost, "node_cpu_hourly_cost", "Hourly cost of one CPU core of the node (USD)." },
        { Quantity::NodeRamHourlyCost, "node_ram_hourly_cost", "Hourly cost of one GiB of the node's RAM (USD)." },
        { Quantity::NodeGpuHourlyCost, "node_gpu_hourly_cost", "Hourly cost of one GPU of the node (USD)." },
        { Quantity::NodeTotalHourlyCost, "node_total_hourly_cost", "Hourly cost of the whole node (USD)." },
        { Quantity::NodeGpuCount, "node_gpu_count", "GPUs of the node." },
        { Quantity::NodeIsSpot, "kubecost_node_is_spot", "Whether the node is a spot (preemptible) instance." },
    };
    for (const NodeGauge& g : nodeGauges) {
        family(g.name, g.name, "gauge", g.help);
        for (int n = 0; n < kNodes; ++n) {
            metric(g.quantity, n, 0, 0, 0);
            add(g.name, nodeLabels(n), SeriesKind::Gauge);
        }
    }
    family("kube_node_status_capacity", "kube_node_status_capacity", "gauge",
        "The capacity for different resources of a node.");
    for (int n = 0; n < kNodes; ++n) {
        metric(Quantity::NodeCapacity, n, 0, 0, 0);
        add("kube_node_status_capacity",
            label("node", nodeName(n)) + "," + label("resource", "cpu") + "," + label("unit", "core"),
            SeriesKind::Gauge);
        add("kube_node_status_capacity",
            label("node", nodeName(n)) + "," + label("resource", "memory") + "," + label("unit", "byte"),
            SeriesKind::Gauge);
    }

    family("pv_hourly_cost", "pv_hourly_cost", "gauge", "Hourly cost of one GiB of the persistent volume (USD).");
    for (int v = 0; v < kVerticals; ++v) {
        const std::string pv = persistentVolumeName(v);
        metric(Quantity::PvHourlyCost, v, 0, 0, 0);
        add("pv_hourly_cost",
            label("persistentvolume", pv) + "," + label("provider_id", pv) + "," + label("volumename", pv),
            SeriesKind::Gauge);
    }
    family("kube_persistentvolume_capacity_bytes", "kube_persistentvolume_capacity_bytes", "gauge",
        "Persistentvolume capacity in bytes.");
    for (int v = 0; v < kVerticals; ++v) {
        metric(Quantity::PvCapacity, v, 0, 0, 0);
        add("kube_persistentvolume_capacity_bytes", label("persistentvolume", persistentVolumeName(v)),
            SeriesKind::Gauge);
    }
    family("pod_pvc_allocation", "pod_pvc_allocation", "gauge", "Bytes of the claim attached to the pod.");
    for (int v = 0; v < kVerticals; ++v) {
        metric(Quantity::PodPvcAllocation, v, 0, 0, 0);
        add("pod_pvc_allocation",
            label("namespace", vid(v)) + "," + label("persistentvolume", persistentVolumeName(v)) + ","
                + label("persistentvolumeclaim", kDbClaim) + "," + label("pod", kDbPod),
            SeriesKind::Gauge);
    }

    // Per pod: one series per slot, api pods 0 .. the highest count a control change may set.
    auto forEachPod = [&](Quantity q, const std::string& name, const auto& labelsOf, SeriesKind kind) {
        for (int v = 0; v < kVerticals; ++v)
            for (PodKind k : { PodKind::Api, PodKind::Db }) {
                metric(q, v, static_cast<int>(k), 0, 0);
                const int slots = k == PodKind::Api ? Overrides::kMaxReplicas : 1;
                for (int i = 0; i < slots; ++i)
                    add(name, labelsOf(v, k, i), kind);
            }
    };
    auto containerLabels = [&](int v, PodKind k, int i) {
        return label("container", k == PodKind::Api ? kApiContainer : kDbContainer) + "," + label("namespace", vid(v))
            + "," + label("node", nodeName(podNode(v, k, i))) + "," + label("pod", podName(v, k, i));
    };
    const std::pair<Quantity, const char*> allocations[] = {
        { Quantity::ContainerCpuAllocation, "container_cpu_allocation" },
        { Quantity::ContainerMemoryAllocation, "container_memory_allocation_bytes" },
        { Quantity::ContainerGpuAllocation, "container_gpu_allocation" },
    };
    for (const auto& [quantity, name] : allocations) {
        family(name, name, "gauge",
            quantity == Quantity::ContainerCpuAllocation ? "CPU cores allocated to the container (its request)."
                : quantity == Quantity::ContainerMemoryAllocation
                ? "Memory bytes allocated to the container (its request)."
                : "GPUs allocated to the container.");
        forEachPod(quantity, name, containerLabels, SeriesKind::Gauge);
    }
    family("container_cpu_usage_seconds", "container_cpu_usage_seconds_total", "counter",
        "Cumulative CPU time the container consumed, in seconds.");
    forEachPod(Quantity::ContainerCpuUsage, "container_cpu_usage_seconds_total", containerLabels, SeriesKind::Sum);
    family("kube_pod_labels", "kube_pod_labels", "gauge", "Kubernetes labels converted to Prometheus labels.");
    forEachPod(
        Quantity::PodLabels, "kube_pod_labels",
        [&](int v, PodKind k, int i) {
            return label("label_app", k == PodKind::Api ? "api" : "db") + "," + label("label_vertical", vid(v)) + ","
                + label("namespace", vid(v)) + "," + label("pod", podName(v, k, i));
        },
        SeriesKind::Gauge);
    family("kube_pod_owner", "kube_pod_owner", "gauge", "Information about the Pod's owner.");
    forEachPod(
        Quantity::PodOwner, "kube_pod_owner",
        [&](int v, PodKind k, int i) {
            const bool api = k == PodKind::Api;
            return label("namespace", vid(v)) + "," + label("owner_is_controller", "true") + ","
                + label("owner_kind", api ? "ReplicaSet" : "StatefulSet") + ","
                + label("owner_name", api ? replicaSetName(v) : std::string("db")) + ","
                + label("pod", podName(v, k, i));
        },
        SeriesKind::Gauge);
    family("kube_replicaset_owner", "kube_replicaset_owner", "gauge", "Information about the ReplicaSet's owner.");
    for (int v = 0; v < kVerticals; ++v) {
        metric(Quantity::ReplicaSetOwner, v, 0, 0, 0);
        add("kube_replicaset_owner",
            label("namespace", vid(v)) + "," + label("owner_is_controller", "true") + ","
                + label("owner_kind", "Deployment") + "," + label("owner_name", "api") + ","
                + label("replicaset", replicaSetName(v)),
            SeriesKind::Gauge);
    }
    family("opencost_build_info", "opencost_build_info", "gauge", "Build information.");
    metric(Quantity::BuildInfo, 0, 0, 0, 0);
    // Not an OpenCost release: the simulator's own stand-in.
    add("opencost_build_info", label("revision", "atalaya-simulator") + "," + label("version", "demo"),
        SeriesKind::Gauge);
}

void MetricSet::family(std::string name, std::string textName, std::string type, std::string help)
{
    m_families.push_back(
        { std::move(name), std::move(textName), std::move(type), std::move(help), m_metrics.size(), 0 });
}

void MetricSet::metric(Quantity q, int a, int b, int c, int d)
{
    m_metrics.push_back({ q, a, b, c, d, m_series.size(), 0 });
    ++m_families.back().metricCount;
}

void MetricSet::add(std::string name, std::string labels, SeriesKind kind)
{
    m_series.push_back({ std::move(name), std::move(labels), kind });
    ++m_metrics.back().seriesCount;
}

void MetricSet::evaluate(const MetricDef& m, const ModelState& s, double* out) const
{
    const auto a = static_cast<size_t>(m.a);
    const auto b = static_cast<size_t>(m.b);
    const auto c = static_cast<size_t>(m.c);
    switch (m.quantity) {
    case Quantity::LatencyHistogram:
        histogram(Catalog::latencyBuckets(), s.rps[a][b][c], s.latencyMu[a][b][c], s.latencySigma, out);
        return;
    case Quantity::Requests:
        out[0] = s.rps[a][b][c] * s.codeShare[a][b][static_cast<size_t>(m.d)];
        return;
    case Quantity::Bookings:
        out[0] = s.bookings[a][b];
        return;
    case Quantity::CheckoutsStarted:
        out[0] = s.checkoutsStarted[a][b];
        return;
    case Quantity::PaymentAttempts:
        out[0] = s.payments[a][b];
        return;
    case Quantity::PaymentFailures:
        out[0] = s.paymentFailures[a][b];
        return;
    case Quantity::GatewayHistogram: {
        double total = 0;
        for (double p : s.payments[a])
            total += p;
        histogram(Catalog::gatewayBuckets(), total, s.gatewayMu[a], s.gatewaySigma, out);
        return;
    }
    case Quantity::SpecReplicas:
    case Quantity::StatusReplicas:
        out[0] = s.specReplicas[a];
        return;
    case Quantity::ReadyReplicas:
    case Quantity::AvailableReplicas:
        out[0] = s.readyReplicas[a];
        return;
    case Quantity::UnavailableReplicas:
        out[0] = std::max(0, s.specReplicas[a] - s.readyReplicas[a]);
        return;
    case Quantity::UpdatedReplicas:
        out[0] = s.updatedReplicas[a];
        return;
    case Quantity::MetadataGeneration:
        out[0] = s.generation[a];
        return;
    case Quantity::ObservedGeneration:
        out[0] = s.observedGeneration[a];
        return;
    case Quantity::HpaMinReplicas:
        out[0] = s.hpaMin[a];
        return;
    case Quantity::HpaMaxReplicas:
        out[0] = s.hpaMax[a];
        return;
    case Quantity::HpaCurrentReplicas:
        out[0] = s.hpaCurrent[a];
        return;
    case Quantity::HpaDesiredReplicas:
        out[0] = s.hpaDesired[a];
        return;
    case Quantity::HpaInfo:
        out[0] = 1;
        return;
    case Quantity::CpuUtilisation:
        out[0] = s.cpu[a];
        return;
    case Quantity::MemoryUtilisation:
        out[0] = s.memory[a];
        return;
    case Quantity::NodeCpuHourlyCost:
        out[0] = kCpuCoreHourlyUsd;
        return;
    case Quantity::NodeRamHourlyCost:
        out[0] = kRamGiBHourlyUsd;
        return;
    case Quantity::NodeTotalHourlyCost:
        out[0] = kNodeHourlyUsd;
        return;
    case Quantity::NodeGpuHourlyCost:
    case Quantity::NodeGpuCount:
    case Quantity::NodeIsSpot:
        out[0] = 0;
        return;
    case Quantity::NodeCapacity:
        out[0] = kNodeCores;
        out[1] = kNodeMemoryBytes;
        return;
    case Quantity::PvHourlyCost:
        out[0] = kStorageGiBHourlyUsd;
        return;
    case Quantity::PvCapacity:
    case Quantity::PodPvcAllocation:
        out[0] = volumeBytes(m.a);
        return;
    case Quantity::ContainerCpuAllocation:
    case Quantity::ContainerMemoryAllocation:
    case Quantity::ContainerGpuAllocation:
    case Quantity::ContainerCpuUsage:
    case Quantity::PodLabels:
    case Quantity::PodOwner: {
        const auto kind = static_cast<PodKind>(m.b);
        const PodRequests requests = podRequests(m.a, kind);
        double value = 1;
        if (m.quantity == Quantity::ContainerCpuAllocation)
            value = requests.cpuCores;
        else if (m.quantity == Quantity::ContainerMemoryAllocation)
            value = requests.memoryBytes;
        else if (m.quantity == Quantity::ContainerGpuAllocation)
            value = 0;
        else if (m.quantity == Quantity::ContainerCpuUsage)
            value = requests.cpuCores * (kind == PodKind::Api ? s.cpu[a] : kDbCpuUtilisation);
        // Api pods 0 .. spec.replicas - 1 exist; the db pod always does.
        const size_t present = kind == PodKind::Api ? static_cast<size_t>(std::max(0, s.specReplicas[a])) : 1;
        const size_t filled = std::min(present, m.seriesCount);
        std::fill(out, out + filled, value);
        std::fill(out + filled, out + m.seriesCount, kAbsent);
        return;
    }
    case Quantity::ReplicaSetOwner:
    case Quantity::BuildInfo:
        out[0] = 1;
        return;
    }
}

void MetricSet::evaluateAll(const ModelState& state, std::vector<double>& out) const
{
    out.resize(m_series.size());
    for (const MetricDef& m : m_metrics)
        evaluate(m, state, out.data() + m.firstSeries);
}

long MetricSet::find(std::string_view name, std::string_view labels) const
{
    for (size_t i = 0; i < m_series.size(); ++i)
        if (m_series[i].name == name && m_series[i].labels == labels)
            return static_cast<long>(i);
    return -1;
}

double MetricSet::shownValue(double value, SeriesKind kind)
{
    return kind == SeriesKind::Counter && !std::isnan(value) ? static_cast<double>(std::llround(value)) : value;
}

void MetricSet::appendValue(std::string& out, double value, SeriesKind kind)
{
    char buf[32];
    const auto result = kind == SeriesKind::Counter ? std::to_chars(buf, buf + sizeof buf, std::llround(value))
                                                    : std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, result.ptr);
}

} // namespace atalaya::sim

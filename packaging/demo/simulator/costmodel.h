// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "catalog.h"
#include "simulatormodel.h"

namespace atalaya::sim {

/// @file
/// The demo cluster's cost, as OpenCost sees it: a fixed node pool, each vertical's pods and
/// volume, their resource requests and the prices OpenCost puts on them. The simulator exports
/// these figures as OpenCost's and kube-state-metrics' Prometheus metrics (MetricSet), and the
/// functions here integrate the same figures directly, so tests have an independent truth for
/// what an OpenCost allocation query over that Prometheus answers.
///
/// Pods. In every vertical's namespace (= the vertical's id):
///  - Deployment "api" (ReplicaSet replicaSetName()): pod i, container "api", exists while
///    SimulatorModel::specReplicas() > i (the HPA's count, or a /control "replicas" override);
///    scaling down removes the highest index first.
///  - StatefulSet "db": pod "db-0", container "postgres", always there, with the
///    PersistentVolumeClaim "data-db-0" bound to persistentVolumeName().
/// A pod's node is fixed by its namespace and name (see podNode()).
///
/// Every figure is constant within a minute, except that a control change takes effect at the
/// moment it was made (the rest of the model behaves the same way); costs integrate piecewise.

/// OpenCost's default custom pricing, opencost/opencost configs/default.json ("Default prices
/// based on GCP us-central1"): what OpenCost charges when it has no cloud billing to read.
inline constexpr double kCpuCoreHourlyUsd = 0.031611; ///< USD per core-hour ("CPU")
inline constexpr double kRamGiBHourlyUsd = 0.004237; ///< USD per GiB-hour ("RAM")
inline constexpr double kStorageGiBHourlyUsd = 0.00005479452; ///< USD per GiB-hour ("storage", $0.04 per GiB-month)

inline constexpr double kGiB = 1073741824.0;
inline constexpr double kMiB = 1048576.0;

/// The node pool: kNodes identical on-demand nodes, demo-node-1 .. demo-node-5, of GCP's
/// n2-standard-16 shape (16 vCPU, 64 GB). Five nodes hold every pod of an ordinary week with
/// room to spare and leave about 30 % of the node cost idle (not requested by any container).
inline constexpr int kNodes = 5;
inline constexpr double kNodeCores = 16;
inline constexpr double kNodeMemoryBytes = 64 * kGiB;
inline constexpr std::string_view kNodeInstanceType = "n2-standard-16";
inline constexpr std::string_view kNodeRegion = "us-central1"; ///< where the default prices come from
inline constexpr std::string_view kNodeArch = "amd64";

/// A node's price per hour: its cores and GiB at the default prices (0.776944 USD).
inline constexpr double kNodeHourlyUsd = kNodeCores * kCpuCoreHourlyUsd + kNodeMemoryBytes / kGiB * kRamGiBHourlyUsd;

/// Base requests, before each vertical's resource multipliers. Chosen so that over an ordinary
/// 30-day month the three verticals with an infrastructure target (PLATFORM-FACTS.md: barbershop
/// $350, psychology $600, fitness $450) cost 74-91 % of it: near budget, so that a vertical
/// scaled five-fold shows in its daily spend. Psychology's budget is the largest and its traffic
/// one of the smallest, so most of a vertical's cost is its database, not its API pods.
inline constexpr double kApiBaseCpuCores = 0.25; ///< "250m"
inline constexpr double kApiBaseMemoryBytes = 1536 * kMiB; ///< "1536Mi"
inline constexpr double kDbBaseCpuCores = 7;
inline constexpr double kDbBaseMemoryBytes = 18 * kGiB;
inline constexpr double kDbBaseVolumeBytes = 400 * kGiB;
/// The database's CPU use, of its request (the API pods use the model's utilisation).
inline constexpr double kDbCpuUtilisation = 0.35;

inline constexpr std::string_view kApiContainer = "api";
inline constexpr std::string_view kDbContainer = "postgres";
inline constexpr std::string_view kDbPod = "db-0";
inline constexpr std::string_view kDbClaim = "data-db-0";

/// PLATFORM-FACTS.md's resource multipliers (cpu / memory / storage): barbershop 1.0/1.2/2.0,
/// psychology 1.5/2.0/3.0, fitness 1.2/1.5/1.5; the other verticals 1/1/1.
struct ResourceMultipliers
{
    double cpu = 1;
    double memory = 1;
    double storage = 1;
};
ResourceMultipliers resourceMultipliers(int vertical);

enum class PodKind
{
    Api, ///< a pod of Deployment "api"
    Db, ///< StatefulSet "db"'s pod db-0
};

/// A pod's requests: the base × the vertical's multiplier, CPU in whole millicores, memory in
/// whole MiB (as a manifest would write them).
struct PodRequests
{
    double cpuCores = 0;
    double memoryBytes = 0;
};
PodRequests podRequests(int vertical, PodKind kind);
/// Size of the vertical's database volume: the base × its storage multiplier, whole GiB.
double volumeBytes(int vertical);

/// USD per hour of one api pod's requests (CPU + RAM): what each replica adds.
double replicaHourlyCost(int vertical);
/// USD per hour of the db pod's requests (CPU + RAM), without its volume.
double dbHourlyCost(int vertical);
/// USD per hour of the vertical's volume.
double volumeHourlyCost(int vertical);

/// Costs in USD over a time range. cpu and ram are what the containers request at the node
/// prices (OpenCost's cpuCost and ramCost); pv is the volume (pvCost); total = cpu + ram + pv.
struct CostBreakdown
{
    double cpu = 0;
    double ram = 0;
    double pv = 0;
    double total = 0;
};

/// Everything the vertical's namespace costs over [from, to) (unix seconds): its api pods as
/// their count follows the model (overrides included), the db pod and the volume.
CostBreakdown namespaceCost(const SimulatorModel& model, int vertical, double from, double to);
/// The api Deployment's part of namespaceCost() alone.
CostBreakdown apiCost(const SimulatorModel& model, int vertical, double from, double to);
/// The node pool's cost over [from, to): kNodes × kNodeHourlyUsd × hours (the sum of
/// node_total_hourly_cost). Volumes are billed on top of it.
double clusterCost(const SimulatorModel& model, double from, double to);

/// Node cost that no container requested (OpenCost's __idle__): per resource, the nodes' cost
/// minus every namespace's allocation.
struct IdleCost
{
    double cpu = 0;
    double ram = 0;
    double total = 0;
};
IdleCost idleCost(const SimulatorModel& model, double from, double to);

/// How many api pods the vertical has at t (= SimulatorModel::specReplicas()).
int apiPods(const SimulatorModel& model, int vertical, double t);

/// Names, as Kubernetes and the exported metrics spell them.
std::string nodeName(int node); ///< "demo-node-1" .. "demo-node-5"
std::string nodeProviderId(int node); ///< "gce://atalaya-demo/us-central1-a/demo-node-1"
/// "api-<hash>": the ReplicaSet of the api Deployment, a fixed pod-template hash per vertical.
std::string replicaSetName(int vertical);
/// "api-<hash>-<suffix>" (a fixed five-character suffix per index) or "db-0".
std::string podName(int vertical, PodKind kind, int index = 0);
/// "pvc-<uuid>": the volume bound to the vertical's claim data-db-0.
std::string persistentVolumeName(int vertical);

/// The node (0 .. kNodes-1) a pod runs on. Fixed per pod, as a scheduler that spreads by least
/// allocated resources would place them: the databases first, then the api pods index by index
/// across the verticals, each where most is free (counting everything placed before it).
/// Indices up to Overrides::kMaxReplicas - 1.
int podNode(int vertical, PodKind kind, int index = 0);

} // namespace atalaya::sim

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costmodel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "overrides.h"

namespace atalaya::sim {

namespace {

/// The characters Kubernetes uses in generated names (no vowels, no 0/1/3: no words, no
/// look-alikes).
constexpr std::string_view kNameAlphabet = "bcdfghjklmnpqrstvwxz2456789";

std::uint32_t fnv1a(std::string_view text)
{
    std::uint32_t h = 2166136261u;
    for (char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

std::string verticalId(int vertical)
{
    return std::string(Catalog::verticals()[static_cast<size_t>(vertical)].id);
}

double roundTo(double value, double unit)
{
    return std::round(value / unit) * unit;
}

double minuteEnd(double t)
{
    return std::floor(t / 60.0) * 60.0 + 60.0;
}

/// The pieces of [from, to) within which every figure holds still: whole minutes, split where a
/// control change takes effect. @p fn(t, seconds) is called with each piece's start and length.
template <typename Fn> void forEachPiece(const SimulatorModel& model, double from, double to, Fn fn)
{
    double t = from;
    while (t < to) {
        const double next = std::min({ to, minuteEnd(t), model.overrides().nextChangeAfter(t) });
        fn(t, next - t);
        t = next;
    }
}

struct Placement
{
    std::array<int, kVerticals> db {};
    std::array<std::vector<int>, kVerticals> api;
};

const Placement& placement()
{
    static const Placement table = [] {
        Placement p;
        std::array<double, kNodes> cpu {}, memory {};
        auto place = [&](const PodRequests& r) {
            // Least allocated: the node with the most free CPU and memory (their shares averaged).
            int best = 0;
            double bestScore = -1e300;
            for (int n = 0; n < kNodes; ++n) {
                const double score = (kNodeCores - cpu[size_t(n)]) / kNodeCores
                    + (kNodeMemoryBytes - memory[size_t(n)]) / kNodeMemoryBytes;
                if (score > bestScore + 1e-12) {
                    best = n;
                    bestScore = score;
                }
            }
            cpu[size_t(best)] += r.cpuCores;
            memory[size_t(best)] += r.memoryBytes;
            return best;
        };
        std::array<int, kVerticals> byCpu {};
        for (int v = 0; v < kVerticals; ++v)
            byCpu[size_t(v)] = v;
        std::stable_sort(byCpu.begin(), byCpu.end(),
            [](int a, int b) { return podRequests(a, PodKind::Db).cpuCores > podRequests(b, PodKind::Db).cpuCores; });
        for (int v : byCpu)
            p.db[size_t(v)] = place(podRequests(v, PodKind::Db));
        for (int v = 0; v < kVerticals; ++v)
            p.api[size_t(v)].resize(Overrides::kMaxReplicas);
        for (int i = 0; i < Overrides::kMaxReplicas; ++i)
            for (int v = 0; v < kVerticals; ++v)
                p.api[size_t(v)][size_t(i)] = place(podRequests(v, PodKind::Api));
        return p;
    }();
    return table;
}

double requestsCost(const PodRequests& r, double hours, double* cpu, double* ram)
{
    const double c = r.cpuCores * kCpuCoreHourlyUsd * hours;
    const double m = r.memoryBytes / kGiB * kRamGiBHourlyUsd * hours;
    *cpu += c;
    *ram += m;
    return c + m;
}

} // namespace

ResourceMultipliers resourceMultipliers(int vertical)
{
    const std::string_view id = Catalog::verticals()[static_cast<size_t>(vertical)].id;
    if (id == "barbershop")
        return { 1.0, 1.2, 2.0 };
    if (id == "psychology")
        return { 1.5, 2.0, 3.0 };
    if (id == "fitness")
        return { 1.2, 1.5, 1.5 };
    return {};
}

PodRequests podRequests(int vertical, PodKind kind)
{
    const ResourceMultipliers m = resourceMultipliers(vertical);
    const bool api = kind == PodKind::Api;
    return { roundTo((api ? kApiBaseCpuCores : kDbBaseCpuCores) * m.cpu, 0.001),
        roundTo((api ? kApiBaseMemoryBytes : kDbBaseMemoryBytes) * m.memory, kMiB) };
}

double volumeBytes(int vertical)
{
    return roundTo(kDbBaseVolumeBytes * resourceMultipliers(vertical).storage, kGiB);
}

double replicaHourlyCost(int vertical)
{
    double cpu = 0, ram = 0;
    return requestsCost(podRequests(vertical, PodKind::Api), 1, &cpu, &ram);
}

double dbHourlyCost(int vertical)
{
    double cpu = 0, ram = 0;
    return requestsCost(podRequests(vertical, PodKind::Db), 1, &cpu, &ram);
}

double volumeHourlyCost(int vertical)
{
    return volumeBytes(vertical) / kGiB * kStorageGiBHourlyUsd;
}

int apiPods(const SimulatorModel& model, int vertical, double t)
{
    return model.specReplicas(vertical, t);
}

CostBreakdown apiCost(const SimulatorModel& model, int vertical, double from, double to)
{
    CostBreakdown c;
    const PodRequests api = podRequests(vertical, PodKind::Api);
    forEachPiece(model, from, to, [&](double t, double seconds) {
        const int pods = apiPods(model, vertical, t);
        requestsCost({ api.cpuCores * pods, api.memoryBytes * pods }, seconds / 3600.0, &c.cpu, &c.ram);
    });
    c.total = c.cpu + c.ram;
    return c;
}

CostBreakdown namespaceCost(const SimulatorModel& model, int vertical, double from, double to)
{
    CostBreakdown c = apiCost(model, vertical, from, to);
    if (to > from) {
        const double hours = (to - from) / 3600.0;
        requestsCost(podRequests(vertical, PodKind::Db), hours, &c.cpu, &c.ram);
        c.pv = volumeHourlyCost(vertical) * hours;
    }
    c.total = c.cpu + c.ram + c.pv;
    return c;
}

double clusterCost(const SimulatorModel&, double from, double to)
{
    return to > from ? kNodes * kNodeHourlyUsd * (to - from) / 3600.0 : 0.0;
}

IdleCost idleCost(const SimulatorModel& model, double from, double to)
{
    IdleCost idle;
    if (to <= from)
        return idle;
    const double hours = (to - from) / 3600.0;
    idle.cpu = kNodes * kNodeCores * kCpuCoreHourlyUsd * hours;
    idle.ram = kNodes * kNodeMemoryBytes / kGiB * kRamGiBHourlyUsd * hours;
    for (int v = 0; v < kVerticals; ++v) {
        const CostBreakdown c = namespaceCost(model, v, from, to);
        idle.cpu -= c.cpu;
        idle.ram -= c.ram;
    }
    idle.total = idle.cpu + idle.ram;
    return idle;
}

std::string nodeName(int node)
{
    return "demo-node-" + std::to_string(node + 1);
}

std::string nodeProviderId(int node)
{
    return "gce://atalaya-demo/us-central1-a/" + nodeName(node);
}

std::string replicaSetName(int vertical)
{
    // Like Kubernetes' pod-template-hash: a 32-bit hash written in decimal, each digit's
    // character mapped into the name alphabet (9 or 10 characters).
    const std::string digits = std::to_string(fnv1a("atalaya-demo/" + verticalId(vertical) + "/api"));
    std::string hash;
    for (char d : digits)
        hash.push_back(kNameAlphabet[static_cast<unsigned char>(d) % kNameAlphabet.size()]);
    return "api-" + hash;
}

std::string podName(int vertical, PodKind kind, int index)
{
    if (kind == PodKind::Db)
        return std::string(kDbPod);
    std::uint64_t h =
        mix(static_cast<std::uint64_t>(fnv1a(replicaSetName(vertical))) << 20 ^ static_cast<std::uint64_t>(index));
    std::string suffix;
    for (int i = 0; i < 5; ++i) {
        suffix.push_back(kNameAlphabet[h % kNameAlphabet.size()]);
        h /= kNameAlphabet.size();
    }
    return replicaSetName(vertical) + "-" + suffix;
}

std::string persistentVolumeName(int vertical)
{
    // A version-4 UUID's layout, its bits a hash of the claim.
    const std::uint64_t a = mix(fnv1a(verticalId(vertical) + "/data-db-0"));
    const std::uint64_t b = mix(a ^ 0x9e3779b97f4a7c15ULL);
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
        static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
        static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)), static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return "pvc-" + std::string(text);
}

int podNode(int vertical, PodKind kind, int index)
{
    const Placement& p = placement();
    if (kind == PodKind::Db)
        return p.db[static_cast<size_t>(vertical)];
    return p.api[static_cast<size_t>(vertical)][static_cast<size_t>(std::clamp(index, 0, Overrides::kMaxReplicas - 1))];
}

} // namespace atalaya::sim

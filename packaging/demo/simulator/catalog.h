// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace atalaya::sim {

inline constexpr int kVerticals = 7;
inline constexpr int kRegions = 4;
inline constexpr int kRoutes = 3;
inline constexpr int kCodes = 4;
inline constexpr int kProviders = 3;
inline constexpr int kLatencyBuckets = 9; ///< finite upper bounds; +Inf comes on top
inline constexpr int kGatewayBuckets = 8;

/// Index of each response code in Catalog::codes().
enum CodeIndex : int
{
    Code200 = 0,
    Code404 = 1,
    Code500 = 2,
    Code503 = 3
};

struct VerticalSpec
{
    std::string_view id;
    double share; ///< of the platform's traffic
    std::vector<std::pair<double, double>> peakHours; ///< [from, to) ART, PLATFORM-FACTS.md's table
    bool lunchPeak; ///< lunch 11:30-14 x2.0 (barbershop, beauty)
    bool weekendPeak; ///< Fri 18:00 - Sun 22:00 x2.2 (barbershop, beauty, wellness)
};

struct RegionSpec
{
    std::string_view id;
    double share; ///< of every vertical's traffic
    double quietP95Ms; ///< p95 over all routes when the platform is quiet
    double loadSensitivity; ///< extra latency per 100 platform rps: a thin link to the data centre
    double eveningCongestion; ///< extra latency in the evening internet peak, 17:30-23 (0.1 = +10 %)
};

struct RouteSpec
{
    std::string_view path;
    double share;
    double latencyFactor; ///< relative to the region's median
};

struct ProviderSpec
{
    std::string_view id;
    double share; ///< of payments
    double meanSeconds; ///< gateway latency (PLATFORM-FACTS.md)
    double failureRatio;
};

/// The fixed dimensions the simulator emits: verticals, regions (= cities), routes, response
/// codes, payment providers and histogram buckets. Indices into these tables are the
/// simulator's internal ids; the string ids are the label values.
class Catalog
{
public:
    static const std::array<VerticalSpec, kVerticals>& verticals();
    static const std::array<RegionSpec, kRegions>& regions();
    static const std::array<RouteSpec, kRoutes>& routes();
    static const std::array<std::string_view, kCodes>& codes();
    static const std::array<ProviderSpec, kProviders>& providers();
    /// Upper bounds of http_request_duration_seconds, in seconds, without +Inf. The regional p95
    /// targets (50/80/100/120 ms) and the 200 ms SLA are bucket bounds, so histogram_quantile()
    /// decides "over target" exactly.
    static const std::array<double, kLatencyBuckets>& latencyBuckets();
    static const std::array<double, kGatewayBuckets>& gatewayBuckets();

    /// Index of a label value, or -1.
    static int vertical(std::string_view id);
    static int region(std::string_view id);
    static int provider(std::string_view id);
};

} // namespace atalaya::sim

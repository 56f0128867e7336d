// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

/// The platform simulator's traffic model: pure, deterministic functions of time and labels.
/// Traffic follows the Argentina business patterns and per-vertical peaks of PLATFORM-FACTS.md
/// (ART = UTC-3), with noise from a hash of series and minute (no global random state), so the
/// backfilled history and the live endpoint agree to the sample.
namespace sim {

struct VerticalSpec
{
    const char* id;
    double share; ///< of platform traffic
    std::vector<std::pair<double, double>> peaks; ///< [from, to) ART hours, x1.5
    bool lunchPeak; ///< lunch 11:30-14 x2.0 (barbershop, beauty)
    bool weekendPeak; ///< Fri 18:00 - Sun 22:00 x2.2 (barbershop, beauty, wellness)
};

struct RegionSpec
{
    const char* id;
    double share;
    double medianMs; ///< median latency at low load
};

struct RouteSpec
{
    const char* route;
    double share;
    double latencyFactor;
};

const std::vector<VerticalSpec>& verticals();
const std::vector<RegionSpec>& regions();
const std::vector<RouteSpec>& routes();
/// Upper bounds of the latency histogram, seconds, without +Inf.
const std::vector<double>& latencyBuckets();
const std::vector<double>& gatewayBuckets();
extern const char* const kCodes[3];
extern const char* const kProviders[3];

/// Live adjustments made through POST /control; they change rates from the moment they are set.
struct Overrides
{
    std::map<std::string, double> latencyFactor; ///< by region
    std::map<std::string, double> errorRatio; ///< by vertical, replaces the 5xx ratio
    std::map<std::string, double> trafficFactor; ///< by vertical
};

/// Platform requests per second at factor 1.
inline constexpr double kBaseTotalRps = 60.0;
/// Requests per second one api pod serves at 100 % CPU.
inline constexpr double kPodCapacityRps = 4.0;

class Model
{
public:
    /// @p historyStart anchors the scripted incident (Córdoba, 03:10-04:40 ART of the last night).
    explicit Model(double historyStart);

    /// Requests per second of a vertical (all regions, routes, codes) at unix time t.
    double verticalRps(int vertical, double t) const;
    /// Requests per second of one (vertical, region, route).
    double seriesRps(int vertical, int region, int route, double t) const;
    /// Lognormal latency parameters (of seconds) for one (vertical, region, route).
    void latency(int vertical, int region, int route, double t, double& mu, double& sigma) const;
    /// Share of 5xx answers for a vertical in a region.
    double errorRatio(int vertical, int region, double t) const;
    /// Replicas the HPA wants, and how many are ready (lagging two minutes behind).
    int desiredReplicas(int vertical, double t) const;
    int readyReplicas(int vertical, double t) const;
    double cpuUtilisation(int vertical, double t) const;
    double bookingsPerSecond(int vertical, int region, double t) const;
    double paymentsPerSecond(int provider, int vertical, double t) const;
    double paymentFailureRatio(int provider) const;
    double gatewayMedianSeconds(int provider) const;

    double incidentStart() const { return m_incidentStart; }
    double incidentEnd() const { return m_incidentStart + 90 * 60; }

    Overrides overrides;

private:
    double m_incidentStart;
};

/// Fraction of a lognormal(mu, sigma) below x.
double lognormalCdf(double x, double mu, double sigma);
/// Deterministic noise in [-1, 1] for a key and an integer time slot.
double noise(unsigned long long key, long long slot);
/// Expected request rate of a vertical at t, as Prometheus' rate() sees it (for tests).
double requestRate(const std::string& vertical, double t);

} // namespace sim

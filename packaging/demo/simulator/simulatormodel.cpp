// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatormodel.h"

#include <algorithm>
#include <cmath>

namespace sim {

namespace {

constexpr double kArtOffset = -3 * 3600.0; // America/Argentina/Buenos_Aires, no DST

/// A smooth window: 0 outside [from, to) hours, 1 inside, with half-hour ramps.
double window(double hour, double from, double to)
{
    const double ramp = 0.5;
    if (hour < from - ramp || hour >= to + ramp)
        return 0;
    if (hour < from)
        return (hour - (from - ramp)) / ramp;
    if (hour >= to)
        return 1 - (hour - to) / ramp;
    return 1;
}

/// Platform-wide daily rhythm by ART hour (people sleep; peak internet use 20-23).
double baseline(double hour)
{
    static constexpr double curve[24] = { 0.30, 0.20, 0.14, 0.11, 0.10, 0.13, 0.25, 0.45, 0.70, 0.85, 0.90, 0.90,
                                          0.85, 0.80, 0.80, 0.80, 0.85, 0.95, 1.00, 1.00, 0.95, 0.90, 0.75, 0.50 };
    const int h0 = static_cast<int>(std::floor(hour)) % 24;
    const int h1 = (h0 + 1) % 24;
    const double f = hour - std::floor(hour);
    return curve[h0] * (1 - f) + curve[h1] * f;
}

unsigned long long mix(unsigned long long x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

struct ArtTime
{
    double hour; ///< 0..24
    int weekday; ///< 0 = Monday
    long long day; ///< days since epoch, ART
};

ArtTime art(double t)
{
    const double local = t + kArtOffset;
    const long long day = static_cast<long long>(std::floor(local / 86400.0));
    ArtTime a;
    a.day = day;
    a.hour = (local - day * 86400.0) / 3600.0;
    a.weekday = static_cast<int>(((day % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
    return a;
}

} // namespace

const char* const kCodes[3] = { "200", "404", "500" };
const char* const kProviders[3] = { "mercadopago", "stripe", "bank" };

const std::vector<VerticalSpec>& verticals()
{
    static const std::vector<VerticalSpec> v = {
        { "barbershop", 0.35, { { 9, 13 }, { 17, 20 } }, true, true },
        { "psychology", 0.20, { { 14, 19 } }, false, false },
        { "fitness", 0.20, { { 6, 9 }, { 18, 21 } }, false, false },
        { "beauty", 0.10, {}, true, true },
        { "wellness", 0.06, {}, false, true },
        { "dentist", 0.05, {}, false, false },
        { "veterinary", 0.04, {}, false, false },
    };
    return v;
}

const std::vector<RegionSpec>& regions()
{
    // Medians chosen so that p95 sits under each region's playbook target at normal load
    // (Buenos Aires < 50 ms, Córdoba < 80, Rosario < 100), and Mendoza goes over its 120 ms
    // in the evening peak.
    static const std::vector<RegionSpec> r = {
        { "buenos_aires", 0.60, 14.0 },
        { "cordoba", 0.20, 24.0 },
        { "rosario", 0.10, 31.0 },
        { "mendoza", 0.10, 44.0 },
    };
    return r;
}

const std::vector<RouteSpec>& routes()
{
    static const std::vector<RouteSpec> r = {
        { "/api/availability", 0.55, 0.85 },
        { "/api/bookings", 0.30, 1.15 },
        { "/api/payments", 0.15, 1.45 },
    };
    return r;
}

const std::vector<double>& latencyBuckets()
{
    static const std::vector<double> b = { 0.025, 0.05, 0.08, 0.1, 0.12, 0.2, 0.3, 0.5, 1.0 };
    return b;
}

const std::vector<double>& gatewayBuckets()
{
    static const std::vector<double> b = { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0 };
    return b;
}

double lognormalCdf(double x, double mu, double sigma)
{
    if (x <= 0)
        return 0;
    return 0.5 * std::erfc(-(std::log(x) - mu) / (sigma * std::sqrt(2.0)));
}

double noise(unsigned long long key, long long slot)
{
    const unsigned long long h = mix(key * 0x9e3779b97f4a7c15ULL + static_cast<unsigned long long>(slot));
    return static_cast<double>(h >> 11) / static_cast<double>(1ULL << 53) * 2.0 - 1.0;
}

Model::Model(double historyStart)
{
    // 03:10 ART on the ART date of eight hours before the end of a 7-day history (plus the
    // stack's three-hour margin): "last night".
    const double anchor = historyStart + 7 * 86400.0 + 3 * 3600.0 - 8 * 3600.0;
    const ArtTime a = art(anchor);
    m_incidentStart = a.day * 86400.0 - kArtOffset + 3 * 3600.0 + 10 * 60.0;
}

double Model::verticalRps(int vertical, double t) const
{
    const VerticalSpec& v = verticals()[static_cast<size_t>(vertical)];
    const ArtTime a = art(t);
    double f = baseline(a.hour);
    f *= 1 + 1.5 * window(a.hour, 8, 11); // morning rush x2.5
    f *= 1 + 2.0 * window(a.hour, 17, 20); // evening x3.0
    if (v.lunchPeak)
        f *= 1 + 1.0 * window(a.hour, 11.5, 14); // lunch x2.0
    for (const auto& [from, to] : v.peaks)
        f *= 1 + 0.5 * window(a.hour, from, to);
    if (v.weekendPeak) {
        const double week = a.weekday * 24 + a.hour; // hours since Monday 00:00
        f *= 1 + 1.2 * window(week, 4 * 24 + 18, 6 * 24 + 22); // Fri 18:00 - Sun 22:00, x2.2
    }
    // Slow drift (hourly) and fast jitter (per minute), about +-6 % and +-4 %.
    const long long minute = static_cast<long long>(std::floor(t / 60.0));
    const double drift = noise(1000 + static_cast<unsigned long long>(vertical), minute / 60);
    const double jitter = noise(2000 + static_cast<unsigned long long>(vertical), minute);
    f *= 1 + 0.06 * drift + 0.04 * jitter;
    auto it = overrides.trafficFactor.find(v.id);
    if (it != overrides.trafficFactor.end())
        f *= it->second;
    return kBaseTotalRps * v.share * f;
}

double Model::seriesRps(int vertical, int region, int route, double t) const
{
    return verticalRps(vertical, t) * regions()[static_cast<size_t>(region)].share
        * routes()[static_cast<size_t>(route)].share;
}

int Model::desiredReplicas(int vertical, double t) const
{
    // The HPA targets 70 % CPU, between 2 and 20 replicas (template scaling policy).
    const double needed = verticalRps(vertical, t) / (kPodCapacityRps * 0.70);
    return std::clamp(static_cast<int>(std::ceil(needed)), 2, 20);
}

int Model::readyReplicas(int vertical, double t) const
{
    return std::min(desiredReplicas(vertical, t), desiredReplicas(vertical, t - 120));
}

double Model::cpuUtilisation(int vertical, double t) const
{
    return std::min(1.5, verticalRps(vertical, t) / (readyReplicas(vertical, t) * kPodCapacityRps));
}

void Model::latency(int vertical, int region, int route, double t, double& mu, double& sigma) const
{
    const RegionSpec& r = regions()[static_cast<size_t>(region)];
    const double util = cpuUtilisation(vertical, t);
    // Queueing: latency climbs as pods pass 60 % busy.
    double load = 1 + 1.8 * std::pow(std::max(0.0, util - 0.55), 2);
    // Evening congestion on the long-haul links (peak internet use), strongest for Mendoza.
    const ArtTime a = art(t);
    load *= 1 + (r.medianMs > 40 ? 0.22 : 0.06) * window(a.hour, 18, 23);
    double median = r.medianMs / 1000.0 * routes()[static_cast<size_t>(route)].latencyFactor * load;
    if (std::string_view(r.id) == "cordoba" && t >= incidentStart() && t < incidentEnd())
        median *= 4; // the scripted incident
    auto it = overrides.latencyFactor.find(r.id);
    if (it != overrides.latencyFactor.end())
        median *= it->second;
    const long long minute = static_cast<long long>(std::floor(t / 60.0));
    median *= 1 + 0.05 * noise(3000 + static_cast<unsigned long long>(vertical * 16 + region), minute);
    sigma = 0.42;
    mu = std::log(median);
}

double Model::errorRatio(int vertical, int region, double t) const
{
    const VerticalSpec& v = verticals()[static_cast<size_t>(vertical)];
    auto it = overrides.errorRatio.find(v.id);
    if (it != overrides.errorRatio.end())
        return it->second;
    const long long minute = static_cast<long long>(std::floor(t / 60.0));
    double e = 0.0005 * (1 + 0.5 * noise(4000 + static_cast<unsigned long long>(vertical * 16 + region), minute));
    if (std::string_view(regions()[static_cast<size_t>(region)].id) == "cordoba" && t >= incidentStart()
        && t < incidentEnd())
        e = 0.03;
    return e;
}

double Model::bookingsPerSecond(int vertical, int region, double t) const
{
    // About one booking for every 500 API calls: most traffic is people browsing availability.
    double rps = 0;
    for (int route = 0; route < static_cast<int>(routes().size()); ++route)
        rps += seriesRps(vertical, region, route, t);
    return rps * 0.002;
}

double Model::paymentsPerSecond(int provider, int vertical, double t) const
{
    static constexpr double share[3] = { 0.62, 0.23, 0.15 };
    double bookings = 0;
    for (size_t r = 0; r < regions().size(); ++r)
        bookings += bookingsPerSecond(vertical, static_cast<int>(r), t);
    return bookings * share[provider];
}

double Model::paymentFailureRatio(int provider) const
{
    static constexpr double ratio[3] = { 0.015, 0.02, 0.04 };
    return ratio[provider];
}

double Model::gatewayMedianSeconds(int provider) const
{
    // MercadoPago ~800 ms, Stripe ~1,200 ms, local banks ~2,000 ms (PLATFORM-FACTS.md), as means.
    static constexpr double mean[3] = { 0.8, 1.2, 2.0 };
    const double sigma = 0.35;
    return mean[provider] * std::exp(-sigma * sigma / 2);
}

double requestRate(const std::string& vertical, double t)
{
    static const Model model(0);
    for (size_t i = 0; i < verticals().size(); ++i)
        if (vertical == verticals()[i].id)
            return model.verticalRps(static_cast<int>(i), t);
    return 0;
}

} // namespace sim

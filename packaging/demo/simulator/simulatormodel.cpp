// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatormodel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace atalaya::sim {

namespace {

constexpr double kLatencySigma = 0.45;
constexpr double kGatewaySigma = 0.35;

/// Streams of noise, so that two figures never share their random sequence.
enum NoiseStream : std::uint64_t
{
    TrafficDrift = 1,
    TrafficJitter,
    LatencyJitter,
    ErrorJitter,
    NotFoundJitter,
    MemoryDrift,
};

std::uint64_t scramble(std::uint64_t x)
{
    // A 64-bit finaliser (xor-shift-multiply): every input bit affects every output bit.
    x ^= x >> 31;
    x *= 0x7fb5d329728ea185ULL;
    x ^= x >> 27;
    x *= 0x81dadef4bc2dd44dULL;
    x ^= x >> 33;
    return x;
}

/// Deterministic noise in [-1, 1) for a stream, a key within it and an integer time slot.
double noise(NoiseStream stream, int key, long long slot)
{
    std::uint64_t h = scramble(static_cast<std::uint64_t>(stream) * 0x100000001b3ULL + static_cast<std::uint64_t>(key));
    h = scramble(h ^ static_cast<std::uint64_t>(slot) * 0x9e3779b97f4a7c15ULL);
    return static_cast<double>(h >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

/// Noise that wanders smoothly from hour to hour.
double drift(NoiseStream stream, int key, double t)
{
    const double hours = t / 3600.0;
    const double slot = std::floor(hours);
    const double f = hours - slot;
    const auto s = static_cast<long long>(slot);
    return noise(stream, key, s) * (1 - f) + noise(stream, key, s + 1) * f;
}

double minuteStart(double t)
{
    return std::floor(t / 60.0) * 60.0;
}

long long minuteIndex(double t)
{
    return static_cast<long long>(std::floor(t / 60.0));
}

struct ArtClock
{
    long long day; ///< days since 1970-01-01 in ART
    double hour; ///< 0 <= hour < 24
    int weekday; ///< 0 = Monday ... 6 = Sunday
};

ArtClock artClock(double t)
{
    const double local = t + SimulatorModel::kArtOffsetSeconds;
    ArtClock c;
    c.day = static_cast<long long>(std::floor(local / 86400.0));
    c.hour = (local - static_cast<double>(c.day) * 86400.0) / 3600.0;
    c.weekday = static_cast<int>(((c.day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
    return c;
}

/// UTC unix time of an ART day's hour.
double artInstant(long long day, double hour)
{
    return static_cast<double>(day) * 86400.0 + hour * 3600.0 - SimulatorModel::kArtOffsetSeconds;
}

/// 1 inside [from, to), 0 outside, with smooth half-hour shoulders around both edges.
double window(double x, double from, double to)
{
    constexpr double ramp = 0.5;
    auto smooth = [](double u) { return u * u * (3 - 2 * u); };
    if (x <= from - ramp || x >= to + ramp)
        return 0;
    if (x < from)
        return smooth((x - (from - ramp)) / ramp);
    if (x > to)
        return smooth(1 - (x - to) / ramp);
    return 1;
}

/// How busy an ordinary day is at an ART hour, before the business peaks: people sleep.
double dayCurve(double hour)
{
    static constexpr double curve[24] = { 0.30, 0.18, 0.11, 0.08, 0.07, 0.09, 0.18, 0.40, 0.70, 0.92, 1.00, 1.00, 0.95,
        0.95, 1.00, 1.00, 1.00, 1.00, 1.00, 0.95, 0.85, 0.72, 0.55, 0.42 };
    const int h0 = static_cast<int>(hour) % 24;
    const double f = hour - std::floor(hour);
    return curve[h0] * (1 - f) + curve[(h0 + 1) % 24] * f;
}

/// p95 of the route mix when every route's median is its latency factor (seconds): region
/// medians scale this linearly, so a region's median is its p95 target over this figure.
double unitMixP95()
{
    static const double value = [] {
        auto below = [](double x) {
            double sum = 0;
            for (const RouteSpec& r : Catalog::routes())
                sum += r.share * lognormalCdf(x, std::log(r.latencyFactor), kLatencySigma);
            return sum;
        };
        double lo = 0.01, hi = 100;
        for (int i = 0; i < 200; ++i) {
            const double mid = std::sqrt(lo * hi);
            (below(mid) < 0.95 ? lo : hi) = mid;
        }
        return hi;
    }();
    return value;
}

/// Queueing: response time climbs steeply as a pod's CPU nears saturation.
double queueingFactor(double utilisation)
{
    const double rho = std::clamp(utilisation, 0.0, 0.97);
    return 1 + 0.2 * std::pow(rho, 4) / (1 - rho);
}

template <typename Fn> double solveQuantile(double q, Fn below)
{
    double lo = 1e-4, hi = 60;
    for (int i = 0; i < 100; ++i) {
        const double mid = std::sqrt(lo * hi);
        (below(mid) < q ? lo : hi) = mid;
    }
    return hi;
}

bool selected(int wanted, int index)
{
    return wanted < 0 || wanted == index;
}

} // namespace

double lognormalCdf(double x, double mu, double sigma)
{
    if (x <= 0)
        return 0;
    return 0.5 * std::erfc(-(std::log(x) - mu) / (sigma * std::sqrt(2.0)));
}

SimulatorModel::SimulatorModel(double historyStart, double historyEnd)
    : m_historyStart(minuteStart(historyStart))
    , m_historyEnd(historyEnd)
{
    // "Last night": the latest 03:10 ART whose 90 minutes are over by the end of the history.
    const ArtClock end = artClock(historyEnd);
    m_incidentStart = artInstant(end.day, 3 + 10 / 60.0);
    if (m_incidentStart + kIncidentSeconds > historyEnd)
        m_incidentStart = artInstant(end.day - 1, 3 + 10 / 60.0);
}

double SimulatorModel::incidentLevel(double t) const
{
    const double x = minuteStart(t) - m_incidentStart;
    if (x < 0 || x >= kIncidentSeconds)
        return 0;
    return std::min({ 1.0, (x + 60) / 300, (kIncidentSeconds - x) / 600 });
}

double SimulatorModel::activity(int vertical, double tm) const
{
    const VerticalSpec& v = Catalog::verticals()[static_cast<size_t>(vertical)];
    const ArtClock c = artClock(tm);
    const bool sunday = c.weekday == 6;
    double f = dayCurve(c.hour);
    if (!sunday) {
        f *= 1 + 1.5 * window(c.hour, 8, 11); // morning rush x2.5
        if (v.lunchPeak)
            f *= 1 + 1.0 * window(c.hour, 11.5, 14); // lunch x2.0
    }
    f *= 1 + 2.0 * window(c.hour, 17, 20); // evening x3.0
    for (const auto& [from, to] : v.peakHours)
        f *= 1 + 0.4 * window(c.hour, from, to);
    if (v.weekendPeak) {
        const double weekHour = c.weekday * 24 + c.hour;
        f *= 1 + 1.2 * window(weekHour, 4 * 24 + 18, 6 * 24 + 22); // Fri 18:00 - Sun 22:00 x2.2
    } else if (c.weekday == 5) {
        f *= 0.8; // Saturday: the practices that open do so for the morning
    } else if (sunday) {
        f *= 0.55;
    }
    return f;
}

double SimulatorModel::verticalRps(int vertical, double t) const
{
    const double tm = minuteStart(t);
    const double noisy =
        1 + 0.07 * drift(TrafficDrift, vertical, tm) + 0.03 * noise(TrafficJitter, vertical, minuteIndex(tm));
    return kPlatformBaseRps * Catalog::verticals()[static_cast<size_t>(vertical)].share * activity(vertical, tm) * noisy
        * m_overrides.trafficFactor(vertical, t);
}

int SimulatorModel::hpaReplicas(int vertical, double t) const
{
    int highest = 0;
    for (int k = 0; k < 5; ++k) {
        const double needed = verticalRps(vertical, t - 60.0 * k) / (kPodCapacityRps * kHpaTargetCpu);
        highest = std::max(highest, static_cast<int>(std::ceil(needed - 1e-9)));
    }
    return std::clamp(highest, kHpaMinReplicas, kHpaMaxReplicas);
}

int SimulatorModel::specReplicas(int vertical, double t) const
{
    return m_overrides.replicas(vertical, t).value_or(hpaReplicas(vertical, t));
}

int SimulatorModel::readyReplicas(int vertical, double t) const
{
    return std::min({ specReplicas(vertical, t), specReplicas(vertical, t - 60), specReplicas(vertical, t - 120) });
}

void SimulatorModel::evaluate(double t, ModelState& s) const
{
    const double tm = minuteStart(t);
    const long long minute = minuteIndex(tm);
    const ArtClock clock = artClock(tm);
    const auto& routes = Catalog::routes();
    const auto& regions = Catalog::regions();

    std::array<double, kVerticals> rps {};
    double platform = 0;
    for (int v = 0; v < kVerticals; ++v) {
        rps[v] = verticalRps(v, t);
        platform += rps[v];
    }
    // Shared services (database, cache) slow everyone down as the platform gets busy.
    const double sharedLoad = 1 + 0.05 * platform / 100;
    // Home internet peaks in the evening (PLATFORM-FACTS.md: 20-23); the links fill up from the
    // evening rush on.
    const double internetPeak = window(clock.hour, 17.5, 23);
    const double incident = incidentLevel(t);
    const int cordoba = Catalog::region("cordoba");

    s.latencySigma = kLatencySigma;
    for (int v = 0; v < kVerticals; ++v) {
        const int spec = specReplicas(v, t);
        const int ready = std::min({ spec, specReplicas(v, t - 60), specReplicas(v, t - 120) });
        const double utilisation = ready > 0 ? rps[v] / (ready * kPodCapacityRps) : 0;
        // A daily rollout on weekdays at 11:00 ART (staggered by vertical): generation counts
        // them from the history's start; the controller observes a new one after a minute and
        // replaces the pods over three.
        const double rolloutHour = 11 + 7 * v / 60.0;
        int rollouts = 0;
        double sinceRollout = 1e9;
        for (long long day = artClock(m_historyStart).day; day <= clock.day; ++day) {
            const double at = artInstant(day, rolloutHour);
            if ((day + 3) % 7 < 5 && at >= m_historyStart && at <= tm) {
                ++rollouts;
                sinceRollout = tm - at;
            }
        }
        s.specReplicas[v] = spec;
        s.readyReplicas[v] = ready;
        s.updatedReplicas[v] =
            sinceRollout < 180 ? std::max(1, spec * static_cast<int>(sinceRollout / 60 + 1) / 4) : spec;
        s.hpaDesired[v] = spec;
        s.hpaCurrent[v] = specReplicas(v, t - 60);
        s.hpaMin[v] = kHpaMinReplicas;
        s.hpaMax[v] = std::max(kHpaMaxReplicas, m_overrides.replicas(v, t).value_or(0));
        s.generation[v] = 40 + 3 * v + rollouts;
        s.observedGeneration[v] = s.generation[v] - (sinceRollout < 60 ? 1 : 0);
        s.cpu[v] = std::min(1.0, utilisation);
        s.memory[v] = std::clamp(0.30 + 0.35 * std::min(1.0, utilisation) + 0.03 * drift(MemoryDrift, v, tm), 0.0, 1.0);

        const double queueing = queueingFactor(utilisation);
        // Requests beyond what the ready pods can take are shed with 503.
        const double shed = ready == 0 ? 1.0 : std::max(0.0, 1 - 1 / std::max(utilisation, 1e-9));
        for (int r = 0; r < kRegions; ++r) {
            const RegionSpec& region = regions[static_cast<size_t>(r)];
            const bool hit = r == cordoba && incident > 0;
            double median = region.quietP95Ms / 1000.0 / unitMixP95() * sharedLoad * queueing
                * (1 + region.loadSensitivity * platform / 100) * (1 + region.eveningCongestion * internetPeak)
                * m_overrides.latencyFactor(v, r, t) * (1 + 0.04 * noise(LatencyJitter, v * kRegions + r, minute));
            const double incidentSlowdown = hit ? 1 + 3 * incident : 1;
            median *= incidentSlowdown;
            for (int p = 0; p < kRoutes; ++p) {
                s.rps[v][r][p] = rps[v] * region.share * routes[static_cast<size_t>(p)].share;
                s.latencyMu[v][r][p] = std::log(median * routes[static_cast<size_t>(p)].latencyFactor);
            }

            auto& share = s.codeShare[v][r];
            const int key = v * kRegions + r;
            share[Code404] = 0.010 * (1 + 0.2 * noise(NotFoundJitter, key, minute));
            if (const auto forced = m_overrides.errorRatio(v, r, t)) {
                share[Code500] = 0.6 * *forced;
                share[Code503] = 0.4 * *forced;
            } else {
                // A healthy baseline of about 0.05 % 5xx, well inside a 99.9 % availability SLO.
                share[Code500] = 0.0003 * (1 + 0.5 * noise(ErrorJitter, key, minute));
                share[Code503] = 0.0002 * (1 + 0.5 * noise(ErrorJitter, key + 100, minute));
            }
            if (hit) {
                share[Code500] += 0.012 * incident;
                share[Code503] += 0.018 * incident;
            }
            const double failed = share[Code404] + share[Code500] + share[Code503];
            if (failed > 1) {
                for (int c = Code404; c <= Code503; ++c)
                    share[c] /= failed;
            }
            // Shed requests never reach the application: they are all 503.
            for (int c = Code404; c <= Code503; ++c)
                share[c] *= 1 - shed;
            share[Code503] += shed;
            share[Code200] = std::max(0.0, 1 - share[Code404] - share[Code500] - share[Code503]);

            const double served = rps[v] * region.share * (1 - share[Code500] - share[Code503]);
            const double completed = std::max(0.0, served * kBookingsPerRequest);
            // Abandonment. Without a scenario slowing the API down, bookings are what they always
            // were and the starts follow from them: started = completed / (1 - abandonment), that
            // is rps * share * kBookingsPerRequest / (1 - 30 %) however many requests fail (up to
            // the clamp). A slowdown keeps those starts (the same people try) and loses more of them.
            const double failedShare = share[Code500] + share[Code503];
            const double usual = kBaseAbandonment + kAbandonmentPerFailedShare * failedShare;
            const double slowdown = std::max(1.0, m_overrides.latencyFactor(v, r, t) * incidentSlowdown);
            const double abandonment =
                std::clamp(usual + kAbandonmentPerSlowdownDoubling * std::log2(slowdown), 0.0, kMaxAbandonment);
            s.checkoutsStarted[v][r] = completed / (1 - std::clamp(usual, 0.0, kMaxAbandonment));
            s.bookings[v][r] = slowdown > 1 ? s.checkoutsStarted[v][r] * (1 - abandonment) : completed;
        }
    }

    const auto& providers = Catalog::providers();
    s.gatewaySigma = kGatewaySigma;
    for (int g = 0; g < kProviders; ++g) {
        const ProviderSpec& provider = providers[static_cast<size_t>(g)];
        const double failure = m_overrides.paymentFailureRatio(g, t).value_or(provider.failureRatio);
        for (int v = 0; v < kVerticals; ++v) {
            double bookings = 0;
            for (int r = 0; r < kRegions; ++r)
                bookings += s.bookings[v][r];
            s.payments[g][v] = bookings * provider.share;
            s.paymentFailures[g][v] = s.payments[g][v] * failure;
        }
        s.gatewayMu[g] =
            std::log(provider.meanSeconds * m_overrides.gatewayLatencyFactor(g, t)) - kGatewaySigma * kGatewaySigma / 2;
    }
}

double SimulatorModel::fractionBelow(const ModelState& s, double seconds, int vertical, int region)
{
    double all = 0, below = 0;
    for (int v = 0; v < kVerticals; ++v)
        for (int r = 0; r < kRegions; ++r)
            for (int p = 0; p < kRoutes; ++p) {
                if (!selected(vertical, v) || !selected(region, r))
                    continue;
                all += s.rps[v][r][p];
                below += s.rps[v][r][p] * lognormalCdf(seconds, s.latencyMu[v][r][p], s.latencySigma);
            }
    return all > 0 ? below / all : 0;
}

double SimulatorModel::latencyQuantile(const ModelState& s, double q, int vertical, int region)
{
    return solveQuantile(q, [&](double x) { return fractionBelow(s, x, vertical, region); });
}

double SimulatorModel::histogramQuantile(const ModelState& s, double q, int vertical, int region)
{
    // Prometheus: find the bucket holding rank q, interpolate linearly inside it (the first
    // bucket starts at 0); a rank in the +Inf bucket answers the highest finite bound.
    const auto& bounds = Catalog::latencyBuckets();
    double lower = 0, lowerFraction = 0;
    for (double upper : bounds) {
        const double fraction = fractionBelow(s, upper, vertical, region);
        if (fraction >= q) {
            if (fraction == lowerFraction)
                return upper;
            return lower + (upper - lower) * (q - lowerFraction) / (fraction - lowerFraction);
        }
        lower = upper;
        lowerFraction = fraction;
    }
    return bounds.back();
}

double requestRate(const std::string& vertical, double t)
{
    static const SimulatorModel model(0, 0);
    const int v = Catalog::vertical(vertical);
    return v < 0 ? 0 : model.verticalRps(v, t);
}

} // namespace atalaya::sim

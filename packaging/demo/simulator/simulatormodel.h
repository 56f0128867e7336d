// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "modelstate.h"
#include "overrides.h"

namespace atalaya::sim {

/// The platform simulator's traffic model: deterministic, pure functions of time (and of the
/// control changes, which are stamped with the time they take effect). No I/O, no global random
/// state: the noise is a hash of the series and the minute, so the backfilled history and the
/// live endpoint agree to the sample.
///
/// Traffic follows PLATFORM-FACTS.md's business patterns in ART (UTC-3, no DST): quiet nights,
/// morning rush 08-11 x2.5, lunch 11:30-14 x2.0 (barbershop, beauty), evening 17-20 x3.0, the
/// weekend Fri 18:00 - Sun 22:00 x2.2 (barbershop, beauty, wellness) and each vertical's peak
/// hours. Each vertical's "api" deployment is scaled by an HPA (2-20 replicas, 70 % CPU);
/// latency rises with pod utilisation, platform load and the 20-23 internet peak. One incident
/// is scripted: Córdoba latency x4 and about 3 % 5xx from 03:10 to 04:40 ART of the last night
/// before the history's end. Bookings are one per 500 served requests; of the checkouts started
/// 30 % are abandoned, more when requests fail or a scenario slows the API down.
///
/// Figures are constant within a whole minute (time is taken at the start of the minute), except
/// where a control change takes effect inside it.
class SimulatorModel
{
public:
    static constexpr double kPlatformBaseRps = 27.0; ///< all verticals, an ordinary weekday hour
    static constexpr double kPodCapacityRps = 6.0; ///< requests per second one pod serves at 100 % CPU
    static constexpr double kHpaTargetCpu = 0.70;
    static constexpr int kHpaMinReplicas = 2;
    static constexpr int kHpaMaxReplicas = 20;
    static constexpr double kBookingsPerRequest = 0.002;
    /// Checkout abandonment (1 - bookings / checkouts started): a base share of people who
    /// change their minds, more for each doubling of a scenario's slowdown (a latency override,
    /// the scripted incident; not the daily load) and for each failed (5xx) request.
    static constexpr double kBaseAbandonment = 0.30;
    static constexpr double kAbandonmentPerSlowdownDoubling = 0.12;
    static constexpr double kAbandonmentPerFailedShare = 0.70;
    static constexpr double kMaxAbandonment = 0.98;
    static constexpr double kIncidentSeconds = 90 * 60;
    static constexpr double kArtOffsetSeconds = -3 * 3600;

    /// @p historyStart is where every counter starts from zero; @p historyEnd (the end of the
    /// backfill) places the scripted incident on the night before it.
    SimulatorModel(double historyStart, double historyEnd);

    double historyStart() const { return m_historyStart; }
    double historyEnd() const { return m_historyEnd; }
    double incidentStart() const { return m_incidentStart; }
    double incidentEnd() const { return m_incidentStart + kIncidentSeconds; }
    /// How far the incident is under way at t, 0..1 (it ramps up over 5 minutes, down over 10).
    double incidentLevel(double t) const;

    Overrides& overrides() { return m_overrides; }
    const Overrides& overrides() const { return m_overrides; }

    /// Every figure at unix time t.
    void evaluate(double t, ModelState& state) const;

    /// Requests per second of a vertical (all regions, routes and codes).
    double verticalRps(int vertical, double t) const;
    /// What the HPA asks for: ceil(load / 70 % of a pod) within 2..20, holding the highest
    /// recommendation of the last five minutes before scaling down (stabilisation window).
    int hpaReplicas(int vertical, double t) const;
    /// The deployment's spec.replicas: the HPA's figure, or a count set through /control.
    int specReplicas(int vertical, double t) const;
    /// Ready pods: new pods take two minutes to pass their readiness probe.
    int readyReplicas(int vertical, double t) const;

    /// The q-quantile (seconds) of request latency at a state, over one vertical and/or region
    /// (-1: all), from the exact distributions.
    static double latencyQuantile(const ModelState& state, double q, int vertical = -1, int region = -1);
    /// The same as Prometheus' histogram_quantile() computes it from the bucket rates.
    static double histogramQuantile(const ModelState& state, double q, int vertical = -1, int region = -1);
    /// Fraction of requests at or under @p seconds (a bucket's rate over the +Inf bucket's).
    static double fractionBelow(const ModelState& state, double seconds, int vertical = -1, int region = -1);

private:
    double activity(int vertical, double minuteStart) const;

    double m_historyStart;
    double m_historyEnd;
    double m_incidentStart;
    Overrides m_overrides;
};

/// Fraction of a lognormal(mu, sigma) at or below x.
double lognormalCdf(double x, double mu, double sigma);

/// The request rate (all regions, routes and codes) a vertical has at unix time t with no
/// control changes: what Prometheus' rate() over the simulator's counters approaches. 0 for an
/// unknown vertical.
double requestRate(const std::string& vertical, double t);

} // namespace atalaya::sim

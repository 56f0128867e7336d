// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <utility>
#include <vector>

#include <QString>
#include <QtGlobal>

/// The contingency recommendation engine: whether a vertical should be degraded, and to what.
/// Pure functions, no I/O, no clock: the caller fetches the series and passes the wall clock, so
/// the same input always gives the same advice and every rule can be tested with synthetic data.
/// The engine returns data, not sentences: the UI words it.
namespace atalaya::degradation {

/// One sample: ms since the epoch, value (NaN = no value).
using Sample = std::pair<qint64, double>;
using Samples = std::vector<Sample>; // sorted by time

enum class Signal
{
    Latency, ///< p95 latency, seconds
    Errors, ///< 5xx ratio, 0..1
    Abandonment, ///< booking abandonment ratio, 0..1
};

/// The platform's degradation triggers. The defaults are the documented ones.
struct Thresholds
{
    double latencyFactor = 2.0; ///< p95 > factor × baseline
    double errorFactor = 5.0; ///< error ratio > factor × baseline
    double abandonmentIncrease = 0.20; ///< abandonment > (1 + increase) × baseline
    std::chrono::seconds holdFor { 300 }; ///< the condition must hold this long, without a break
    std::chrono::seconds maxAge { 180 }; ///< newest sample older than this (vs now): stale, no recommendation
    /// Error baselines below this count as this: a quiet week has a 0 baseline, and with it any
    /// single error would be "infinitely" worse and trigger.
    double minErrorBaseline = 0.001;
    /// The same for latency: a near-zero baseline (an idle vertical) would turn noise into a trigger.
    double minLatencyBaselineSeconds = 0.005;
    int minBaselineDays = 3; ///< median baseline: fewer days with a value at an instant = no baseline there
};

/// The same-hour-last-week baseline: @p lastWeek fetched for [start-7d, end-7d]; timestamps moved
/// forward by @p shift (7 days), values untouched, so the result lines up with today's series.
/// A fixed shift in ms: across a DST change "same hour" is off by one hour, which a week-old
/// baseline tolerates.
Samples shiftedBaseline(const Samples& lastWeek, std::chrono::milliseconds shift);

/// The median-of-days baseline: @p days[k] is the series fetched k+1 days earlier, already
/// shifted forward onto today's timestamps (use shiftedBaseline). For each timestamp in @p at,
/// the median of the days that have a finite value there (mean of the two middle values for an
/// even count); NaN when fewer than @p minDays (at least 1) have one. A day's value at a
/// timestamp is its nearest sample with a finite value within @p tolerance (inclusive; on a tie
/// the earlier sample): a NaN sample is no value, and a day with a hole there is left out rather
/// than counted as 0. The median, not the mean, so one incident day does not move the baseline.
/// The result has exactly the timestamps of @p at, in that order.
Samples medianBaseline(
    const std::vector<Samples>& days, const std::vector<qint64>& at, std::chrono::milliseconds tolerance, int minDays);

struct SignalInput
{
    Samples current; ///< now's series (e.g. the last 20 minutes at a 60 s step)
    Samples baseline; ///< baseline on the same timestamps (may have gaps / NaN)
};

struct Trigger
{
    Signal signal = Signal::Latency;
    double current = 0; ///< the newest value
    double baseline = 0; ///< the baseline at the newest value's time (after the floor)
    double ratio = 0; ///< current / baseline
    double threshold = 0; ///< the factor that was crossed (2, 5, 1.2)
    qint64 sinceMs = 0; ///< first sample of the unbroken run in which the condition holds
    /// How long the condition has held: newest − sinceMs + one step (see evaluate()); compared
    /// with holdFor, and lets the UI say "3 of 5 minutes".
    qint64 heldMs = 0;

    bool operator==(const Trigger&) const = default;
};

struct Evaluation
{
    QString verticalId;
    /// The signals whose condition has held for >= holdFor (empty: nothing to do), in Signal order.
    std::vector<Trigger> triggers;
    /// Holding now but not yet for holdFor (the UI may say "watching"), in Signal order.
    std::vector<Trigger> pending;
    /// The newest current sample of some signal is older than maxAge: nothing is recommended from it.
    bool stale = false;
    std::vector<Signal> staleSignals; ///< which ones (empty when !stale)
    qint64 newestMs = 0; ///< the newest finite current sample over the evaluated signals (0: none)
    /// The signals with current samples, in Signal order. Empty: the vertical has data, but too
    /// little traffic for any signal to mean something (the volume floors masked them all).
    std::vector<Signal> evaluatedSignals;
    // The advice, meaningful when !triggers.empty(); otherwise the suggestions equal the current
    // values, so a careless reader never sees a change nobody recommended.
    int currentLevel = 0;
    /// min(currentLevel + 1, 2): the console never suggests maintenance mode (3) by itself;
    /// == currentLevel when already >= 2.
    int suggestedLevel = 0;
    QString deployment;
    int currentReplicas = 0;
    /// kube::emergencyReplicas(currentReplicas, cap), but never below currentReplicas: an
    /// emergency never suggests scaling down (a deployment already above its cap stays where it
    /// is; with no cap, cap <= 0, nothing above the current count is suggested). == currentReplicas
    /// when already at the cap.
    int suggestedReplicas = 0;
    int cap = 0;
    bool recommends() const { return !triggers.empty() && !stale; }

    bool operator==(const Evaluation&) const = default;
};

struct VerticalInput
{
    QString verticalId;
    SignalInput latency, errors, abandonment; ///< a signal with no current samples is simply not evaluated
    int currentLevel = 0;
    QString deployment;
    int currentReplicas = 0;
    int cap = 20;
};

/// A statistic of too few events is noise (a ratio of a handful of checkouts, a p95 of a few dozen
/// requests): its samples become "no value" (NaN) where @p volume, at exactly the same timestamp,
/// is below @p minimum or unknown. Exactly @p minimum is enough. Both sorted by time.
void maskLowVolume(Samples& statistic, const Samples& volume, double minimum);

/// The events behind a ratio: @p ratio × @p perSecond × @p windowSeconds at each timestamp both
/// have (the failed requests behind a 5xx ratio, from the request rate). Both sorted by time.
Samples eventsBehind(const Samples& ratio, const Samples& perSecond, double windowSeconds);

/// Pure: the same input gives the same output. @p nowMs is the wall clock.
///
/// For each signal with current samples, walking back from the newest sample:
/// - A sample holds when its current value is finite, the baseline has a sample at exactly the
///   same timestamp (the caller aligns them) with a finite value, and current > threshold ×
///   baseline, strictly: exactly at the threshold does not trigger. The baseline is floored
///   first: errors use max(baseline, minErrorBaseline), latency max(baseline,
///   minLatencyBaselineSeconds); abandonment uses it as is, and a baseline <= 0 there means no
///   baseline (the sample does not hold). Thresholds: latencyFactor, errorFactor,
///   1 + abandonmentIncrease.
/// - The run is the newest sample and the unbroken sequence of holding samples before it. It ends
///   at the first sample that does not hold, or where the gap to the next newer sample is more
///   than 2 × the series' step (the median of the current series' positive time steps): a hole in
///   the data is not evidence that the condition held through it. A gap of exactly 2 steps (one
///   missing sample) does not break the run.
/// - Duration = newest.t − first.t + one step, because a sample stands for its whole step (a
///   rate over the step before it): five holding samples at 60 s are five minutes of evidence,
///   and meet a 5 min holdFor. A series with one sample has no step: its duration is 0.
/// - Duration >= holdFor: a trigger; holding but shorter: pending; newest sample not holding:
///   neither.
///
/// Staleness: when the newest finite current sample of any evaluated signal is older than
/// nowMs − maxAge (or the signal has no finite sample at all), stale is set and triggers and
/// pending are both empty: a recommendation from old data would be about a past incident.
///
/// Suggestions (only when recommends(); otherwise they equal the current values): level
/// min(currentLevel + 1, 2), never lower than currentLevel; replicas as documented on Evaluation.
Evaluation evaluate(const VerticalInput& input, const Thresholds& thresholds, qint64 nowMs);

} // namespace atalaya::degradation

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "degradation/recommendation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "actions/actions.h"

namespace atalaya::degradation {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool bySampleTime(const Sample& a, const Sample& b)
{
    return a.first < b.first;
}

/// The series sorted by time. The callers promise sorted input; a sorted copy is cheap and keeps
/// the binary searches below honest when a caller forgets.
Samples sortedByTime(const Samples& s)
{
    Samples copy = s;
    if (!std::is_sorted(copy.begin(), copy.end(), bySampleTime))
        std::stable_sort(copy.begin(), copy.end(), bySampleTime);
    return copy;
}

/// The median of @p values (mean of the two middle ones for an even count); reorders them.
double median(std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + long(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + long(mid));
    return lower + (upper - lower) / 2;
}

/// The series' typical step: the median of its positive time differences (0 with fewer than two
/// distinct timestamps). The median, so a hole does not stretch it.
qint64 typicalStep(const Samples& s)
{
    std::vector<double> steps;
    steps.reserve(s.size());
    for (size_t i = 1; i < s.size(); ++i)
        if (s[i].first > s[i - 1].first)
            steps.push_back(double(s[i].first - s[i - 1].first));
    return steps.empty() ? 0 : qint64(std::llround(median(steps)));
}

/// The value of @p day nearest to @p t with a finite value, within @p tolerance (the earlier one
/// on a tie); nullopt when there is none.
std::optional<double> nearestFinite(const Samples& day, qint64 t, qint64 tolerance)
{
    const auto at = std::lower_bound(day.begin(), day.end(), Sample { t, 0.0 }, bySampleTime);
    std::optional<double> best;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    // Later samples first: on equal distance the earlier one, found second, wins via <=.
    for (auto it = at; it != day.end() && it->first - t <= tolerance; ++it)
        if (std::isfinite(it->second)) {
            best = it->second;
            bestDistance = it->first - t;
            break;
        }
    for (auto it = at; it != day.begin();) {
        --it;
        const qint64 distance = t - it->first;
        if (distance > tolerance || distance > bestDistance)
            break;
        if (std::isfinite(it->second)) {
            best = it->second;
            break;
        }
    }
    return best;
}

/// The baseline this signal compares against, after its floor; nullopt when there is none.
std::optional<double> effectiveBaseline(Signal signal, double baseline, const Thresholds& th)
{
    if (!std::isfinite(baseline))
        return std::nullopt;
    switch (signal) {
    case Signal::Latency:
        return std::max(baseline, th.minLatencyBaselineSeconds);
    case Signal::Errors:
        return std::max(baseline, th.minErrorBaseline);
    case Signal::Abandonment:
        if (baseline <= 0)
            return std::nullopt;
        return baseline;
    }
    return std::nullopt;
}

double factorFor(Signal signal, const Thresholds& th)
{
    switch (signal) {
    case Signal::Latency:
        return th.latencyFactor;
    case Signal::Errors:
        return th.errorFactor;
    case Signal::Abandonment:
        return 1 + th.abandonmentIncrease;
    }
    return kNaN;
}

/// The newest finite current sample's time; nullopt when there is none.
std::optional<qint64> newestFinite(const Samples& current)
{
    for (auto it = current.rbegin(); it != current.rend(); ++it)
        if (std::isfinite(it->second))
            return it->first;
    return std::nullopt;
}

/// The run ending at the newest sample (see evaluate()): nullopt when the newest sample does not hold.
std::optional<Trigger> currentRun(Signal signal, const SignalInput& input, const Thresholds& th)
{
    const Samples current = sortedByTime(input.current);
    const Samples baseline = sortedByTime(input.baseline);
    if (current.empty())
        return std::nullopt;
    const double factor = factorFor(signal, th);
    const qint64 step = typicalStep(current);

    // The floored baseline at exactly @p t, if the sample there holds.
    auto holdingBaseline = [&](const Sample& s) -> std::optional<double> {
        if (!std::isfinite(s.second))
            return std::nullopt;
        const auto it = std::lower_bound(baseline.begin(), baseline.end(), Sample { s.first, 0.0 }, bySampleTime);
        if (it == baseline.end() || it->first != s.first)
            return std::nullopt;
        const auto base = effectiveBaseline(signal, it->second, th);
        if (!base || !(s.second > factor * *base))
            return std::nullopt;
        return base;
    };

    const Sample& newest = current.back();
    const auto newestBaseline = holdingBaseline(newest);
    if (!newestBaseline)
        return std::nullopt;
    size_t first = current.size() - 1;
    while (first > 0) {
        const Sample& older = current[first - 1];
        if (current[first].first - older.first > 2 * step)
            break; // a hole in the data
        if (!holdingBaseline(older))
            break;
        --first;
    }

    Trigger t;
    t.signal = signal;
    t.current = newest.second;
    t.baseline = *newestBaseline;
    t.ratio = newest.second / *newestBaseline;
    t.threshold = factor;
    t.sinceMs = current[first].first;
    t.heldMs = newest.first - t.sinceMs + step;
    return t;
}

} // namespace

Samples shiftedBaseline(const Samples& lastWeek, std::chrono::milliseconds shift)
{
    Samples out;
    out.reserve(lastWeek.size());
    for (const auto& [t, v] : lastWeek)
        out.emplace_back(t + shift.count(), v);
    return out;
}

Samples medianBaseline(
    const std::vector<Samples>& days, const std::vector<qint64>& at, std::chrono::milliseconds tolerance, int minDays)
{
    std::vector<Samples> sorted;
    sorted.reserve(days.size());
    for (const Samples& day : days)
        sorted.push_back(sortedByTime(day));
    const size_t needed = size_t(std::max(minDays, 1));
    const qint64 tol = std::max<qint64>(tolerance.count(), 0);

    Samples out;
    out.reserve(at.size());
    std::vector<double> values;
    for (const qint64 t : at) {
        values.clear();
        for (const Samples& day : sorted)
            if (const auto v = nearestFinite(day, t, tol))
                values.push_back(*v);
        out.emplace_back(t, values.size() >= needed ? median(values) : kNaN);
    }
    return out;
}

Evaluation evaluate(const VerticalInput& input, const Thresholds& thresholds, qint64 nowMs)
{
    Evaluation e;
    e.verticalId = input.verticalId;
    e.currentLevel = input.currentLevel;
    e.suggestedLevel = input.currentLevel;
    e.deployment = input.deployment;
    e.currentReplicas = input.currentReplicas;
    e.suggestedReplicas = input.currentReplicas;
    e.cap = input.cap;

    const qint64 oldestFresh = nowMs - qint64(std::chrono::milliseconds(thresholds.maxAge).count());
    const qint64 holdMs = std::chrono::milliseconds(thresholds.holdFor).count();
    const std::pair<Signal, const SignalInput*> inputs[] = {
        { Signal::Latency, &input.latency },
        { Signal::Errors, &input.errors },
        { Signal::Abandonment, &input.abandonment },
    };
    for (const auto& [signal, in] : inputs) {
        if (in->current.empty())
            continue; // not evaluated
        e.evaluatedSignals.push_back(signal);
        const auto newest = newestFinite(sortedByTime(in->current));
        if (newest)
            e.newestMs = std::max(e.newestMs, *newest);
        if (!newest || *newest < oldestFresh) {
            e.stale = true;
            e.staleSignals.push_back(signal);
        }
        if (const auto run = currentRun(signal, *in, thresholds))
            (run->heldMs >= holdMs ? e.triggers : e.pending).push_back(*run);
    }
    if (e.stale) {
        e.triggers.clear();
        e.pending.clear();
    }

    if (e.recommends()) {
        e.suggestedLevel = std::max(input.currentLevel, std::min(input.currentLevel + 1, 2));
        e.suggestedReplicas =
            std::max(input.currentReplicas, kube::emergencyReplicas(input.currentReplicas, input.cap));
    }
    return e;
}

void maskLowVolume(Samples& statistic, const Samples& volume, double minimum)
{
    size_t j = 0;
    for (Sample& s : statistic) {
        while (j < volume.size() && volume[j].first < s.first)
            ++j;
        const bool enough = j < volume.size() && volume[j].first == s.first && volume[j].second >= minimum;
        if (!enough)
            s.second = std::numeric_limits<double>::quiet_NaN();
    }
}

Samples eventsBehind(const Samples& ratio, const Samples& perSecond, double windowSeconds)
{
    Samples out;
    out.reserve(ratio.size());
    size_t j = 0;
    for (const Sample& s : ratio) {
        while (j < perSecond.size() && perSecond[j].first < s.first)
            ++j;
        if (j < perSecond.size() && perSecond[j].first == s.first)
            out.emplace_back(s.first, s.second * perSecond[j].second * windowSeconds);
    }
    return out;
}

} // namespace atalaya::degradation

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "metricset.h"
#include "simulatormodel.h"

namespace atalaya::sim {

/// The live side of the simulator: counters integrated from the history's start, exactly as the
/// backfill integrates them (whole minutes at the rate of the minute's start, plus the elapsed
/// part of the current minute), so the first live scrape continues the backfilled history.
/// Control changes split a minute where they happen; counters stay monotonic.
///
/// Time only moves forward: asking about an instant before the latest one asked about answers
/// for the latest one.
class LiveMetrics
{
public:
    LiveMetrics(SimulatorModel& model, const MetricSet& set);

    /// Every series that exists at unix time @p now in the Prometheus text format (version 0.0.4).
    std::string exposition(double now);
    /// The value series @p index shows at unix time @p t; NaN when it does not exist then.
    double value(size_t index, double t);
    /// Applies a POST /control body from @p now on (see Overrides).
    bool control(std::string_view body, double now, std::string* error = nullptr);
    /// Whether /metrics should fail at @p now (a "down" control).
    bool scrapeDown(double now) const;

    const SimulatorModel& model() const { return m_model; }
    const MetricSet& metricSet() const { return m_set; }

private:
    double clampTime(double t);
    /// Integrates whole minutes up to the one holding @p t.
    void advanceTo(double t);
    /// Adds the counters' increase over [from, to), which lie within one minute, to @p acc.
    void integrate(double from, double to, std::vector<double>& acc);
    /// Values of every series at t into m_values (counters cumulative, gauges current).
    void valuesAt(double t);

    SimulatorModel& m_model;
    const MetricSet& m_set;
    long long m_minute; ///< m_cumulative holds the counters at the start of this minute
    std::vector<size_t> m_counters; ///< indices of the cumulative series (counters and sums)
    std::vector<double> m_cumulative;
    std::vector<double> m_values;
    std::vector<double> m_rates;
    ModelState m_state;
    double m_latest;
};

} // namespace atalaya::sim

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "simulatormodel.h"

namespace sim {

/// Every series the simulator exposes, with the function that drives it. Counters are
/// integrated minute by minute from the history start, so a counter's value at t is the same
/// whether it is written into the backfill or served live.
class MetricSet
{
public:
    MetricSet(Model& model, double historyStart);

    /// Writes OpenMetrics text for promtool: samples every @p step seconds over [start, end],
    /// grouped by family and by series, ending with "# EOF". Returns the number of samples.
    size_t writeBackfill(std::FILE* out, double end, double step, const std::string& upLabels);
    /// The Prometheus text exposition of the values at @p now (advances the live state).
    std::string exposition(double now);
    /// Applies a change of the model from the next whole minute on (keeps counters monotonic).
    void schedule(std::function<void(Overrides&)> change);

    size_t seriesCount() const { return m_series.size(); }
    /// The value a series exposes at t (integrating from the history start); for tests.
    double valueAt(const std::string& name, const std::string& labels, double t);

private:
    enum class Kind
    {
        Counter,
        Gauge,
    };
    struct Family
    {
        std::string name; ///< OpenMetrics family name (counters without _total)
        std::string type; ///< counter, gauge, histogram
        std::vector<size_t> series;
    };
    struct SeriesDef
    {
        std::string name; ///< sample name
        std::string labels; ///< rendered, without braces: a="b",c="d"
        Kind kind;
        bool integer; ///< counters that count events (rounded); sums stay fractional
        std::function<double(double)> fn; ///< counters: rate per second at t; gauges: value at t
    };

    size_t family(const std::string& name, const std::string& type);
    void add(size_t family, std::string name, std::string labels, Kind kind, bool integer,
             std::function<double(double)> fn);
    void advanceTo(long long minute);

    Model& m_model;
    double m_start; ///< history start, a whole minute
    std::vector<Family> m_families;
    std::vector<SeriesDef> m_series;
    // Live state: cumulative counter values at the boundary of m_minute.
    std::vector<double> m_cum;
    long long m_minute;
    std::vector<std::pair<long long, std::function<void(Overrides&)>>> m_pending;
};

} // namespace sim

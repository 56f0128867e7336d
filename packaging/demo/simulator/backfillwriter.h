// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "metricset.h"
#include "simulatormodel.h"

namespace atalaya::sim {

/// Writes the simulator's history as OpenMetrics text for `promtool tsdb create-blocks-from
/// openmetrics`: grouped by family (# HELP, # TYPE), each metric's points in time order (a
/// histogram's buckets, _count and _sum together per timestamp), every sample carrying the job
/// and instance labels Prometheus gives the live scrapes, timestamps in seconds, and "# EOF".
/// An up series (1) is added for the scrape job. Counters are integrated from the history's
/// start whatever the first written sample, so a history may be written in parts.
class BackfillWriter
{
public:
    struct Options
    {
        double from = 0; ///< first sample (unix seconds, rounded up to a whole step)
        double end = 0; ///< last sample at or before this
        int step = 60; ///< seconds, a multiple of 60
        std::string job = "barberpro-backend";
        std::string instance = "sim-1";
    };
    struct Stats
    {
        size_t series = 0; ///< that have at least one sample, up included
        size_t samples = 0;
        size_t bytes = 0;
    };
    /// Receives the text in large chunks; returns false to stop (a write error).
    using Sink = std::function<bool(std::string_view)>;

    BackfillWriter(const SimulatorModel& model, const MetricSet& set);

    /// False if the options are invalid or the sink failed (with a message in @p error).
    bool write(const Options& options, const Sink& sink, Stats* stats = nullptr, std::string* error = nullptr);

private:
    const SimulatorModel& m_model;
    const MetricSet& m_set;
};

} // namespace atalaya::sim

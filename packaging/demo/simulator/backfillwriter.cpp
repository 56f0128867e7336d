// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfillwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace atalaya::sim {

namespace {

constexpr size_t kChunk = 8 << 20;

/// Accumulates text and hands it to the sink in large chunks.
class ChunkedOutput
{
public:
    explicit ChunkedOutput(const BackfillWriter::Sink& sink)
        : m_sink(sink)
    {
        m_buffer.reserve(kChunk + 4096);
    }

    std::string& buffer() { return m_buffer; }

    bool maybeFlush() { return m_buffer.size() < kChunk || flush(); }

    bool flush()
    {
        m_bytes += m_buffer.size();
        const bool ok = m_buffer.empty() || m_sink(m_buffer);
        m_buffer.clear();
        return ok;
    }

    size_t bytes() const { return m_bytes; }

private:
    const BackfillWriter::Sink& m_sink;
    std::string m_buffer;
    size_t m_bytes = 0;
};

void appendSample(std::string& out, const std::string& prefix, double value, SeriesKind kind, long long timestamp)
{
    out.append(prefix);
    MetricSet::appendValue(out, value, kind);
    char buf[24];
    buf[0] = ' ';
    const auto result = std::to_chars(buf + 1, buf + sizeof buf, timestamp);
    *result.ptr = '\n';
    out.append(buf, result.ptr + 1);
}

} // namespace

BackfillWriter::BackfillWriter(const SimulatorModel& model, const MetricSet& set)
    : m_model(model)
    , m_set(set)
{
}

bool BackfillWriter::write(const Options& o, const Sink& sink, Stats* stats, std::string* error)
{
    auto fail = [error](const char* what) {
        if (error)
            *error = what;
        return false;
    };
    if (o.step <= 0 || o.step % 60 != 0)
        return fail("the step must be a positive multiple of 60 seconds");
    const auto first = static_cast<long long>(std::floor(m_model.historyStart() / 60.0));
    const auto last = static_cast<long long>(std::floor(o.end / 60.0));
    const auto firstSample = std::max(first, static_cast<long long>(std::ceil(o.from / 60.0)));
    if (last < firstSample)
        return fail("the end must not be before the start");
    const long long every = o.step / 60;
    auto sampled = [&](long long minute) { return minute >= firstSample && (minute - first) % every == 0; };

    // Every minute's figures once; then each metric walks through them (its counters need every
    // minute since the history's start, whichever part of the history is written).
    std::vector<ModelState> states(static_cast<size_t>(last - first + 1));
    for (size_t i = 0; i < states.size(); ++i)
        m_model.evaluate(static_cast<double>(first + static_cast<long long>(i)) * 60.0, states[i]);

    const std::string extra = ",job=\"" + o.job + "\",instance=\"" + o.instance + "\"} ";
    ChunkedOutput output(sink);
    std::string& out = output.buffer();
    size_t samples = 0, written = 0;
    std::vector<double> rates(16), cumulative(16);
    std::vector<std::string> prefixes;
    std::vector<char> seen;
    const auto& series = m_set.series();
    for (const FamilyDef& f : m_set.families()) {
        out.append("# HELP ").append(f.name).append(" ").append(f.help).append("\n");
        out.append("# TYPE ").append(f.name).append(" ").append(f.type).append("\n");
        for (size_t mi = f.firstMetric; mi < f.firstMetric + f.metricCount; ++mi) {
            const MetricDef& metric = m_set.metrics()[mi];
            const size_t n = metric.seriesCount;
            rates.resize(n);
            cumulative.assign(n, 0.0);
            seen.assign(n, 0);
            prefixes.resize(n);
            for (size_t k = 0; k < n; ++k) {
                const SeriesDef& s = series[metric.firstSeries + k];
                prefixes[k] = s.name + "{" + s.labels + extra;
            }
            for (size_t i = 0; i < states.size(); ++i) {
                const long long minute = first + static_cast<long long>(i);
                m_set.evaluate(metric, states[i], rates.data());
                if (sampled(minute)) {
                    // A series that does not exist this minute (NaN, a pod that is not there)
                    // gets no sample: its series ends, as Prometheus would see it.
                    for (size_t k = 0; k < n; ++k) {
                        if (std::isnan(rates[k]))
                            continue;
                        const SeriesKind kind = series[metric.firstSeries + k].kind;
                        appendSample(
                            out, prefixes[k], kind == SeriesKind::Gauge ? rates[k] : cumulative[k], kind, minute * 60);
                        ++samples;
                        seen[k] = 1;
                    }
                    if (!output.maybeFlush())
                        return fail("cannot write the backfill");
                }
                // ...and a counter that comes back starts from zero (a new container).
                for (size_t k = 0; k < n; ++k)
                    cumulative[k] = std::isnan(rates[k]) ? 0.0 : cumulative[k] + rates[k] * 60.0;
            }
            written += static_cast<size_t>(std::count(seen.begin(), seen.end(), 1));
        }
    }

    // Prometheus records up for live scrapes; the history says the target was up all along.
    out.append("# HELP up Whether the target answered its scrape.\n# TYPE up gauge\n");
    const std::string upPrefix = "up{job=\"" + o.job + "\",instance=\"" + o.instance + "\"} ";
    for (long long minute = firstSample; minute <= last; ++minute) {
        if (!sampled(minute))
            continue;
        appendSample(out, upPrefix, 1, SeriesKind::Gauge, minute * 60);
        ++samples;
        if (!output.maybeFlush())
            return fail("cannot write the backfill");
    }
    out.append("# EOF\n");
    if (!output.flush())
        return fail("cannot write the backfill");
    if (stats) {
        stats->series = written + 1;
        stats->samples = samples;
        stats->bytes = output.bytes();
    }
    return true;
}

} // namespace atalaya::sim

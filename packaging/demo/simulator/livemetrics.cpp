// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livemetrics.h"

#include <algorithm>
#include <cmath>

namespace atalaya::sim {

LiveMetrics::LiveMetrics(SimulatorModel& model, const MetricSet& set)
    : m_model(model)
    , m_set(set)
    , m_minute(static_cast<long long>(std::floor(model.historyStart() / 60.0)))
    , m_cumulative(set.series().size(), 0.0)
    , m_latest(model.historyStart())
{
    for (size_t i = 0; i < set.series().size(); ++i)
        if (set.series()[i].kind != SeriesKind::Gauge)
            m_counters.push_back(i);
}

double LiveMetrics::clampTime(double t)
{
    m_latest = std::max(m_latest, t);
    return m_latest;
}

void LiveMetrics::integrate(double from, double to, std::vector<double>& acc)
{
    // Rates hold still within a minute except where a control change takes effect.
    while (from < to) {
        const double next = std::min(to, m_model.overrides().nextChangeAfter(from));
        m_model.evaluate(from, m_state);
        m_set.evaluateAll(m_state, m_rates);
        const double span = next - from;
        // A series that does not exist (NaN) starts again from zero when it comes back.
        for (size_t i : m_counters)
            acc[i] = std::isnan(m_rates[i]) ? 0.0 : acc[i] + m_rates[i] * span;
        from = next;
    }
}

void LiveMetrics::advanceTo(double t)
{
    const auto target = static_cast<long long>(std::floor(t / 60.0));
    for (; m_minute < target; ++m_minute) {
        const double start = static_cast<double>(m_minute) * 60.0;
        integrate(start, start + 60.0, m_cumulative);
    }
}

void LiveMetrics::valuesAt(double t)
{
    advanceTo(t);
    m_values = m_cumulative;
    integrate(static_cast<double>(m_minute) * 60.0, t, m_values);
    m_model.evaluate(t, m_state);
    m_set.evaluateAll(m_state, m_rates);
    const auto& series = m_set.series();
    for (size_t i = 0; i < series.size(); ++i)
        if (series[i].kind == SeriesKind::Gauge || std::isnan(m_rates[i]))
            m_values[i] = m_rates[i];
}

double LiveMetrics::value(size_t index, double t)
{
    valuesAt(clampTime(t));
    return MetricSet::shownValue(m_values.at(index), m_set.series()[index].kind);
}

std::string LiveMetrics::exposition(double now)
{
    valuesAt(clampTime(now));
    std::string out;
    out.reserve(m_set.series().size() * 128);
    const auto& metrics = m_set.metrics();
    const auto& series = m_set.series();
    for (const FamilyDef& f : m_set.families()) {
        out.append("# HELP ").append(f.textName).append(" ").append(f.help).append("\n");
        out.append("# TYPE ").append(f.textName).append(" ").append(f.type).append("\n");
        for (size_t m = f.firstMetric; m < f.firstMetric + f.metricCount; ++m) {
            const MetricDef& metric = metrics[m];
            for (size_t i = metric.firstSeries; i < metric.firstSeries + metric.seriesCount; ++i) {
                if (std::isnan(m_values[i]))
                    continue; // not there now (a pod that does not exist)
                out.append(series[i].name).append("{").append(series[i].labels).append("} ");
                MetricSet::appendValue(out, m_values[i], series[i].kind);
                out.push_back('\n');
            }
        }
    }
    return out;
}

bool LiveMetrics::control(std::string_view body, double now, std::string* error)
{
    const double at = clampTime(std::max(now, m_model.overrides().lastChangeAt()));
    return m_model.overrides().apply(body, at, error);
}

bool LiveMetrics::scrapeDown(double now) const
{
    return m_model.overrides().scrapeDown(std::max(now, m_latest));
}

} // namespace atalaya::sim

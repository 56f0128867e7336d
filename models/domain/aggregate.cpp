// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/aggregate.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace atalaya {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The answers of one range query sit on one grid (start + k × step); timestamps are compared
/// in milliseconds, the decoder's resolution.
qint64 keyOf(double seconds)
{
    return std::llround(seconds * 1000);
}

/// The sorted union of the timestamps of @p series.
std::vector<qint64> timeline(const std::vector<const Series*>& series)
{
    // The series of one range query mostly share their timestamps: each is compared with the
    // timeline so far and merged into it only where it differs (both sorted), rather than all of
    // them sorted together (120 series of 673 samples: 0.1 ms against 1 ms).
    std::vector<qint64> all, keys, merged;
    for (const Series* s : series) {
        keys.clear();
        keys.reserve(s->timestamps.size());
        for (double t : s->timestamps)
            keys.push_back(keyOf(t));
        if (!std::is_sorted(keys.begin(), keys.end()))
            std::sort(keys.begin(), keys.end());
        if (keys == all)
            continue;
        merged.clear();
        std::set_union(all.begin(), all.end(), keys.begin(), keys.end(), std::back_inserter(merged));
        merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
        std::swap(all, merged);
    }
    return all;
}

size_t indexOf(const std::vector<qint64>& grid, double seconds)
{
    return static_cast<size_t>(std::lower_bound(grid.begin(), grid.end(), keyOf(seconds)) - grid.begin());
}

bool parseBound(const QString& le, double* bound)
{
    if (le == u"+Inf" || le == u"Inf" || le == u"+inf") {
        *bound = std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    *bound = le.toDouble(&ok);
    return ok && !std::isnan(*bound);
}

} // namespace

double histogramQuantile(double q, std::vector<Bucket> buckets)
{
    if (std::isnan(q))
        return kNaN;
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    std::sort(buckets.begin(), buckets.end(), [](const Bucket& a, const Bucket& b) { return a.upperBound < b.upperBound; });
    if (buckets.empty() || !std::isinf(buckets.back().upperBound) || buckets.back().upperBound < 0)
        return kNaN;
    // Same bound twice (e.g. "1" and "1.0" after a relabelling): one bucket.
    std::vector<Bucket> merged;
    for (const Bucket& b : buckets) {
        if (!merged.empty() && merged.back().upperBound == b.upperBound)
            merged.back().count += b.count;
        else
            merged.push_back(b);
    }
    // Counts of a cumulative histogram never fall; rates of separately scraped buckets can.
    double highest = -std::numeric_limits<double>::infinity();
    for (Bucket& b : merged) {
        if (b.count > highest)
            highest = b.count;
        else if (b.count < highest)
            b.count = highest;
    }
    if (merged.size() < 2)
        return kNaN;
    const double observations = merged.back().count;
    if (observations == 0 || std::isnan(observations))
        return kNaN;
    double rank = q * observations;
    size_t b = 0;
    while (b < merged.size() - 1 && !(merged[b].count >= rank))
        ++b;
    if (b == merged.size() - 1)
        return merged[merged.size() - 2].upperBound;
    if (b == 0 && merged[0].upperBound <= 0)
        return merged[0].upperBound;
    double start = 0;
    double count = merged[b].count;
    if (b > 0) {
        start = merged[b - 1].upperBound;
        count -= merged[b - 1].count;
        rank -= merged[b - 1].count;
    }
    return start + (merged[b].upperBound - start) * (rank / count);
}

BucketGrid::BucketGrid(const std::vector<Series>& bucketSeries, const QString& groupLabel)
{
    std::vector<const Series*> accepted;
    std::vector<double> bounds;
    for (const Series& s : bucketSeries) {
        double bound = 0;
        if (!parseBound(s.labels.value(QStringLiteral("le")), &bound))
            continue;
        accepted.push_back(&s);
        bounds.push_back(bound);
    }
    m_times = timeline(accepted);
    m_bounds = bounds;
    std::sort(m_bounds.begin(), m_bounds.end());
    m_bounds.erase(std::unique(m_bounds.begin(), m_bounds.end()), m_bounds.end());
    const size_t nb = m_bounds.size();
    std::vector<double>& all = m_counts[QString()];
    all.assign(m_times.size() * nb, kNaN);
    for (size_t i = 0; i < accepted.size(); ++i) {
        const size_t slot = static_cast<size_t>(std::lower_bound(m_bounds.begin(), m_bounds.end(), bounds[i]) - m_bounds.begin());
        const Series& s = *accepted[i];
        std::vector<double>* group = nullptr;
        if (!groupLabel.isEmpty()) {
            std::vector<double>& g = m_counts[s.labels.value(groupLabel)];
            if (g.empty())
                g.assign(m_times.size() * nb, kNaN);
            group = &g;
        }
        size_t t = 0;
        for (size_t k = 0; k < s.timestamps.size() && k < s.values.size(); ++k) {
            if (std::isnan(s.values[k]))
                continue;
            // Both sorted: walk forward instead of searching.
            const qint64 key = keyOf(s.timestamps[k]);
            while (t < m_times.size() && m_times[t] < key)
                ++t;
            for (std::vector<double>* into : { &all, group }) {
                if (!into)
                    continue;
                double& c = (*into)[t * nb + slot];
                c = std::isnan(c) ? s.values[k] : c + s.values[k];
            }
        }
    }
}

Series BucketGrid::quantile(double q, const QString& group) const
{
    Series out;
    const auto it = m_counts.find(group);
    if (it == m_counts.end())
        return out;
    const std::vector<double>& counts = it->second;
    const size_t nb = m_bounds.size();
    out.timestamps.reserve(m_times.size());
    out.values.reserve(m_times.size());
    std::vector<Bucket> buckets;
    for (size_t t = 0; t < m_times.size(); ++t) {
        buckets.clear();
        for (size_t b = 0; b < nb; ++b)
            if (!std::isnan(counts[t * nb + b]))
                buckets.push_back({ m_bounds[b], counts[t * nb + b] });
        if (buckets.empty())
            continue;
        out.timestamps.push_back(static_cast<double>(m_times[t]) / 1000.0);
        out.values.push_back(histogramQuantile(q, buckets));
    }
    return out;
}

Series BucketGrid::count(const QString& group) const
{
    Series out;
    const auto it = m_counts.find(group);
    if (it == m_counts.end() || m_bounds.empty() || !std::isinf(m_bounds.back()))
        return out;
    const size_t nb = m_bounds.size();
    for (size_t t = 0; t < m_times.size(); ++t) {
        const double c = it->second[t * nb + nb - 1];
        if (std::isnan(c))
            continue;
        out.timestamps.push_back(static_cast<double>(m_times[t]) / 1000.0);
        out.values.push_back(c);
    }
    return out;
}

Series quantileOverTime(double q, const std::vector<Series>& bucketSeries, const LabelFilter& keep)
{
    if (!keep)
        return BucketGrid(bucketSeries).quantile(q);
    std::vector<Series> kept;
    for (const Series& s : bucketSeries)
        if (keep(s.labels))
            kept.push_back(s);
    return BucketGrid(kept).quantile(q);
}

SumAndPart partOfTotal(const Series& total, const std::vector<Series>& series, const LabelFilter& keep)
{
    std::vector<qint64> grid;
    grid.reserve(total.timestamps.size());
    for (double t : total.timestamps)
        grid.push_back(keyOf(t));
    SumAndPart out;
    out.total = total;
    out.part.timestamps = total.timestamps;
    out.part.values.assign(total.timestamps.size(), 0.0);
    for (const Series& s : series) {
        if (keep && !keep(s.labels))
            continue;
        for (size_t k = 0; k < s.timestamps.size() && k < s.values.size(); ++k) {
            const size_t at = indexOf(grid, s.timestamps[k]);
            if (at < grid.size() && grid[at] == keyOf(s.timestamps[k]) && !std::isnan(s.values[k]))
                out.part.values[at] += s.values[k];
        }
    }
    return out;
}

Series SumAndPart::ratio() const
{
    Series out;
    out.timestamps = total.timestamps;
    out.values.resize(total.values.size());
    for (size_t i = 0; i < total.values.size(); ++i)
        out.values[i] = total.values[i] > 0 ? part.values[i] / total.values[i] : kNaN;
    return out;
}

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <vector>

#include "domain/series.h"

namespace atalaya {

/// Client-side aggregation of range-query answers that share one time grid, so that one query
/// (`sum by (le, region) (rate(…_bucket[w]))`, `sum by (code, region) (rate(…[w]))`) can feed
/// several lines and every region filter without asking Prometheus again.

/// One bucket of a classic (cumulative) histogram: its upper bound (`le`) and the count, or
/// rate, of observations at or below it.
struct Bucket
{
    double upperBound = 0;
    double count = 0;
};

/// The @p q-quantile of a classic histogram, as PromQL's histogram_quantile() computes it:
/// NaN for a NaN @p q, −Inf below 0, +Inf above 1; NaN without a +Inf bucket, with fewer than
/// two buckets or without observations. Buckets with the same bound are merged, counts made
/// monotonic, then the value is interpolated linearly inside the bucket the rank falls in (the
/// first bucket starts at 0 unless its bound is <= 0); a rank in the +Inf bucket answers the
/// largest finite bound.
double histogramQuantile(double q, std::vector<Bucket> buckets);

using LabelFilter = std::function<bool(const QMap<QString, QString>& labels)>;

/// The @p q-quantile over time of the bucket series (an `le` label each) that @p keep accepts,
/// summed bucket by bucket across the other labels: with the answer of `sum by (le, region)`,
/// all regions or one. A timestamp where no accepted bucket has a value is left out.
Series quantileOverTime(double q, const std::vector<Series>& bucketSeries, const LabelFilter& keep = {});

/// The answer of a `sum by (le, <label>)` range query laid out once on its time grid: bucket
/// counts per timestamp for each value of @p groupLabel (or for the whole answer), so that any
/// number of quantiles, for all groups or one, are read without sorting the samples again.
class BucketGrid
{
public:
    explicit BucketGrid(const std::vector<Series>& bucketSeries, const QString& groupLabel = {});
    /// The @p q-quantile over time of one group, or of every group summed (@p group empty or
    /// no group label); as quantileOverTime.
    Series quantile(double q, const QString& group = {}) const;
    /// The +Inf bucket of one group (or of every group summed) over time: the observations, for a
    /// latency histogram the requests. Empty when the buckets have no +Inf.
    Series count(const QString& group = {}) const;
    bool empty() const { return m_times.empty(); }

private:
    std::vector<qint64> m_times;
    std::vector<double> m_bounds;
    /// group -> times × bounds; NaN where no series had a value. "" holds the sum of all.
    std::map<QString, std::vector<double>> m_counts;
};

/// A total over time and the part of it some series make up (e.g. 5xx codes of all requests).
struct SumAndPart
{
    Series total;
    Series part;
    /// part / total per timestamp (NaN where total is 0).
    Series ratio() const;
};
/// @p total, and beside it the sum of the @p keep series at each of its timestamps, 0 where none
/// has a value: for a part whose series exist only once it is not zero (5xx codes).
SumAndPart partOfTotal(const Series& total, const std::vector<Series>& series, const LabelFilter& keep);

} // namespace atalaya

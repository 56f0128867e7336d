// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace atalaya {

class BucketGrid;

/// One bucket of a native histogram sample: [boundaryRule, lower, upper, count].
/// boundaryRule: 0 left-open, 1 right-open, 2 open both, 3 closed both (the zero bucket).
struct HistogramBucket
{
    int boundaryRule = 0;
    double lower = 0;
    double upper = 0;
    double count = 0;
};

struct HistogramSample
{
    double timestamp = 0; ///< unix seconds
    double count = 0;
    double sum = 0;
    std::vector<HistogramBucket> buckets;
};

/// One time series, columnar: timestamps in unix seconds, values as doubles (NaN = no data,
/// +-inf kept). A vector result has one sample per series.
struct Series
{
    QMap<QString, QString> labels;
    std::vector<double> timestamps;
    std::vector<double> values;
    std::vector<HistogramSample> histograms;
};

/// A decoded query answer.
struct QueryResult
{
    enum class Type
    {
        Vector,
        Matrix,
        Scalar,
        String,
    };
    Type type = Type::Vector;
    std::vector<Series> series; ///< scalar: one series without labels
    QString stringValue; ///< string results
    QStringList warnings;
    QStringList infos;
    /// Set when the answer came from the local cache instead of the source: when it was fetched
    /// (unix ms). 0 for a live answer.
    qint64 cachedAtMs = 0;
    /// Why the source was not asked or did not answer, when cachedAtMs is set.
    QString liveError;
    /// A cached answer shown while the source's own answer is awaited (start-up, a source known to
    /// be down): the live answer or the final fallback follows.
    bool provisional = false;
    /// The series laid out as a histogram's buckets, when the query asked for it
    /// (QueryTarget::bucketsBy): made where the answer was decoded, off the GUI thread.
    std::shared_ptr<const BucketGrid> buckets;
};

/// /api/v1/status/buildinfo (all strings in the API; empty when a backend leaves one out).
struct BuildInfo
{
    QString version;
    QString revision;
    QString branch;
    QString goVersion;
};

} // namespace atalaya

Q_DECLARE_METATYPE(atalaya::Series)
Q_DECLARE_METATYPE(atalaya::QueryResult)
Q_DECLARE_METATYPE(atalaya::BuildInfo)

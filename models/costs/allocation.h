// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <limits>
#include <vector>

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace atalaya::costs {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

/// OpenCost's special allocation names (PROTOCOLS.md §4).
inline const QString kIdle = QStringLiteral("__idle__");
inline const QString kUnallocated = QStringLiteral("__unallocated__");
inline const QString kUnmounted = QStringLiteral("__unmounted__");
inline const QString kShared = QStringLiteral("__shared__");

/// What one name (a namespace, a controller, "__idle__"…) cost in one window, in USD, as
/// OpenCost's allocation API reports it. OpenCost turns NaN and Inf into JSON null, so every
/// figure may be missing: missing is NaN here, never 0.
struct Allocation
{
    QString name;
    qint64 startMs = 0;
    qint64 endMs = 0;
    double minutes = kNoValue;
    double cpuCost = kNoValue;
    double gpuCost = kNoValue;
    double ramCost = kNoValue;
    double pvCost = kNoValue;
    double networkCost = kNoValue;
    double loadBalancerCost = kNoValue;
    double sharedCost = kNoValue;
    double externalCost = kNoValue;
    double totalCost = kNoValue;
    double cpuCoreRequestAverage = kNoValue;
    double ramByteRequestAverage = kNoValue;
    double cpuEfficiency = kNoValue;
    double ramEfficiency = kNoValue;
    double totalEfficiency = kNoValue;

    /// The total, or the sum of the parts OpenCost sends when the total itself is null; NaN
    /// when nothing at all is known.
    double total() const;
};

/// One step of an allocation query: every name's allocation over [startMs, endMs).
struct AllocationSet
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    std::vector<Allocation> items;

    const Allocation* find(const QString& name) const;
    /// Every item but the special ones (__idle__, __unallocated__…), summed.
    double allocatedTotal() const;
};

/// An allocation query's answer, whatever answered it (OpenCost's API or Prometheus metrics).
struct AllocationReport
{
    std::vector<AllocationSet> sets;
    QString warning; ///< OpenCost's "warning", if it sent one
    qint64 cachedAtMs = 0; ///< non-zero: served from the local cache, fetched then

    /// The sum of @p name's totals over every set (NaN if it appears in none).
    double totalOf(const QString& name) const;
};

/// The document kind cost answers are cached under.
inline const QString kCacheKind = QStringLiteral("costs");

/// A compact encoding for the cache (QDataStream), and back; nullopt-like empty sets on damage.
QByteArray encode(const AllocationReport& report);
bool decode(const QByteArray& bytes, AllocationReport& report);

/// Is @p name one of OpenCost's special names?
bool isSpecialName(const QString& name);

/// The aggregate key for a label aggregation, whatever the OpenCost version: older versions
/// answer "label=value", newer ones "value".
QString labelValueFromKey(const QString& key);

} // namespace atalaya::costs

Q_DECLARE_METATYPE(atalaya::costs::AllocationReport)

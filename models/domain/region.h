// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atalaya {

/// A region (city) users are served in, with its own p95 latency target.
struct Region
{
    QString id; ///< label value, e.g. "cordoba"
    QString name;
    QString role; ///< primary, secondary, edge, future
    double latitude = 0;
    double longitude = 0;
    double p95TargetMs = 0;
    QString targetSource; ///< where the target comes from, shown next to it
    double share = 0; ///< share of traffic, 0..1
    /// The value of the "region" label its series carry (the region queries are "sum by
    /// (region)"); the id when not configured.
    QString label;
    /// The map outline it colours: a DCW-GMT id such as "AR.X" (Córdoba); empty: the province or
    /// country its coordinates fall in.
    QString area;
};

/// How a region's p95 stands against its own target, the map's colours.
enum class RegionState
{
    NoData, ///< grey
    Under, ///< green: at or under the target
    Near, ///< amber: above it by at most 20 %
    Over, ///< red: more than 20 % above
};

/// The state of @p p95Ms against @p targetMs (NaN: no data).
RegionState regionState(double p95Ms, double targetMs);
/// How much above the target "near" still is (0.2 = 20 %).
inline constexpr double kRegionNearMargin = 0.2;

/// The country-wide latency and availability objective.
struct SlaTarget
{
    double p95Ms = 200;
    QString source;
    double availability = 0.999;
    QString availabilitySource;
};

} // namespace atalaya

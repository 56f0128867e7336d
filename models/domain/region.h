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
};

/// The country-wide latency and availability objective.
struct SlaTarget
{
    double p95Ms = 200;
    QString source;
    double availability = 0.999;
    QString availabilitySource;
};

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/region.h"

#include <cmath>

namespace atalaya {

RegionState regionState(double p95Ms, double targetMs)
{
    if (std::isnan(p95Ms) || std::isnan(targetMs) || targetMs <= 0)
        return RegionState::NoData;
    if (p95Ms <= targetMs)
        return RegionState::Under;
    if (p95Ms <= targetMs * (1 + kRegionNearMargin))
        return RegionState::Near;
    return RegionState::Over;
}

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <vector>

#include "config/config.h"
#include "domain/verticalstatus.h"
#include "sources/queryset.h"

namespace atalaya::overview {

/// The instant queries behind the overview (and the headless snapshot), one per figure, each
/// answering for every vertical at once.
enum Target
{
    P95,
    Rps,
    Errors,
    Availability,
    ReplicasReady,
    ReplicasDesired,
    HpaMin,
    HpaMax,
    Bookings,
    Payments,
    Count,
};

/// The queries, in Target order, rendered from the environment's templates. With @p regionLabel
/// (the value of a region's "region" label) the templates' {regionRegex} keeps that region only:
/// by default latency, requests/s and the 5xx ratio.
std::vector<QueryTarget> targets(const Environment& env, const QString& regionLabel = {});
/// A row per configured vertical, every figure unknown (NaN) until answers arrive.
std::map<QString, VerticalStatus> emptyRows(const Config& config, const Environment& env);
/// Puts one query's answer into the rows: series carry a "vertical" label, or a Kubernetes
/// "namespace" that maps to a vertical.
void apply(Target target, const QueryResult& result, const Config& config, std::map<QString, VerticalStatus>& rows);

} // namespace atalaya::overview

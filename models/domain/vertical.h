// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QString>

namespace atalaya {

/// A business vertical of the platform (one Kubernetes namespace each).
struct Vertical
{
    QString id; ///< label value in metrics, e.g. "barbershop"; [a-z0-9_-]+
    QString name; ///< display name (English source; translated in the UI)
    QString namespaceName; ///< Kubernetes namespace
    QString deployment; ///< the main deployment, e.g. "api"
    std::vector<std::pair<int, int>> peakHours; ///< [from, to) hours in the configured time zone
    QString scalingPattern;
    std::optional<double> costPerBookingUsd;
    std::optional<double> monthlyBudgetUsd;
    int maxReplicas = 20; ///< automatic scaling cap
    bool healthData = false; ///< healthcare_compliance: aggregates only, never patient-level rows
};

} // namespace atalaya

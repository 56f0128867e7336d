// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <limits>

#include <QString>

namespace atalaya {

/// Traffic-light state of a figure against its threshold.
enum class Status
{
    NoData,
    Ok,
    Warning,
    Critical,
};

/// The current state of one vertical, as the overview shows it. NaN = no data.
struct VerticalStatus
{
    QString verticalId;
    QString name;
    double p95Ms = std::numeric_limits<double>::quiet_NaN();
    double slaMs = 200;
    double errorRatio = std::numeric_limits<double>::quiet_NaN(); ///< 0..1
    double requestsPerSecond = std::numeric_limits<double>::quiet_NaN();

    Status latencyStatus() const;
    Status errorStatus() const;
    Status overall() const;
};

/// Thresholds (PLATFORM-FACTS.md): p95 over the SLA is critical, over 80% of it a warning;
/// 5xx over 1% (CheckIn canvas) is critical, over 0.5% a warning.
inline constexpr double kLatencyWarningFraction = 0.8;
inline constexpr double kErrorCritical = 0.01;
inline constexpr double kErrorWarning = 0.005;

inline Status VerticalStatus::latencyStatus() const
{
    if (std::isnan(p95Ms))
        return Status::NoData;
    if (p95Ms > slaMs)
        return Status::Critical;
    return p95Ms > kLatencyWarningFraction * slaMs ? Status::Warning : Status::Ok;
}

inline Status VerticalStatus::errorStatus() const
{
    if (std::isnan(errorRatio))
        return Status::NoData;
    if (errorRatio > kErrorCritical)
        return Status::Critical;
    return errorRatio > kErrorWarning ? Status::Warning : Status::Ok;
}

inline Status VerticalStatus::overall() const
{
    const Status a = latencyStatus();
    const Status b = errorStatus();
    if (a == Status::NoData && b == Status::NoData)
        return Status::NoData;
    return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

} // namespace atalaya

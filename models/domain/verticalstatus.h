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
    double ratioWindowSeconds = 300; ///< the window the 5xx ratio was computed over
    double availability = std::numeric_limits<double>::quiet_NaN(); ///< 0..1 over 30 days
    double availabilitySlo = 0.999;
    double replicasReady = std::numeric_limits<double>::quiet_NaN();
    double replicasDesired = std::numeric_limits<double>::quiet_NaN();
    double hpaMin = std::numeric_limits<double>::quiet_NaN();
    double hpaMax = std::numeric_limits<double>::quiet_NaN();
    double bookingsPerHour = std::numeric_limits<double>::quiet_NaN();
    double paymentSuccess = std::numeric_limits<double>::quiet_NaN(); ///< 0..1
    /// Today's spend so far (USD) and the daily budget for the hours gone; NaN: no cost data, or
    /// no budget. costState: against the alert and cap multiples (PLATFORM-FACTS.md, costs).
    double costToday = std::numeric_limits<double>::quiet_NaN();
    double costBudgetToday = std::numeric_limits<double>::quiet_NaN();
    Status costState = Status::NoData;
    double costAlertAt = 1.2; ///< spend / budget at which it alerts (costs.budgetAlert)
    double costCapAt = 1.5; ///< … and has reached the spend limit (costs.budgetCap)
    QString costError; ///< why the last request for today's spend failed (the figures are older)
    /// The level the flag store serves (0-3), -1 when not known.
    int degradationLevel = -1;

    Status latencyStatus() const;
    Status errorStatus() const;
    Status availabilityStatus() const;
    Status replicaStatus() const;
    Status paymentStatus() const;
    Status degradationStatus() const;
    /// The worst of the service's figures and its degradation level. Spend is a business figure:
    /// coloured in its cell, it does not change the row's status.
    Status overall() const;
};

/// Thresholds (PLATFORM-FACTS.md): p95 over the SLA is critical, over 80% of it a warning;
/// 5xx over 1% (CheckIn canvas) is critical, over 0.5% a warning.
inline constexpr double kLatencyWarningFraction = 0.8;
inline constexpr double kErrorCritical = 0.01;
inline constexpr double kErrorWarning = 0.005;
/// Below this many requests in the window a 5xx ratio is noise (one error in 60 requests is
/// 1.7 %): it is shown, but does not raise the status.
inline constexpr double kMinRequestsToJudgeErrors = 200;

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
    if (!std::isnan(requestsPerSecond) && requestsPerSecond * ratioWindowSeconds < kMinRequestsToJudgeErrors)
        return Status::Ok;
    if (errorRatio > kErrorCritical)
        return Status::Critical;
    return errorRatio > kErrorWarning ? Status::Warning : Status::Ok;
}

/// Availability under the SLO means the error budget is spent.
inline Status VerticalStatus::availabilityStatus() const
{
    if (std::isnan(availability))
        return Status::NoData;
    return availability < availabilitySlo ? Status::Warning : Status::Ok;
}

/// Pinned at the HPA maximum: no headroom left for the next peak. Fewer ready than desired: a
/// rollout or a failing pod.
inline Status VerticalStatus::replicaStatus() const
{
    if (std::isnan(replicasReady) || std::isnan(replicasDesired))
        return Status::NoData;
    if (!std::isnan(hpaMax) && replicasDesired >= hpaMax)
        return Status::Warning;
    return replicasReady < replicasDesired ? Status::Warning : Status::Ok;
}

/// Payment success: > 97 % is the MercadoPago integration target (scaling roadmap), > 95 % the
/// monitoring floor (production infrastructure).
inline Status VerticalStatus::paymentStatus() const
{
    if (std::isnan(paymentSuccess))
        return Status::NoData;
    if (paymentSuccess < 0.95)
        return Status::Critical;
    return paymentSuccess < 0.97 ? Status::Warning : Status::Ok;
}

/// Features switched off (levels 1 and 2) are a warning; maintenance mode (3) is critical: the
/// vertical does not take bookings.
inline Status VerticalStatus::degradationStatus() const
{
    if (degradationLevel < 0)
        return Status::NoData;
    if (degradationLevel >= 3)
        return Status::Critical;
    return degradationLevel > 0 ? Status::Warning : Status::Ok;
}

inline Status VerticalStatus::overall() const
{
    Status worst = Status::NoData;
    for (Status s : { latencyStatus(), errorStatus(), availabilityStatus(), replicaStatus(), paymentStatus(), degradationStatus() })
        if (static_cast<int>(s) > static_cast<int>(worst))
            worst = s;
    return worst;
}

} // namespace atalaya

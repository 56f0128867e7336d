// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include "config/config.h"
#include "costs/allocation.h"

/// What the cost page concludes, as pure functions of what was fetched: spend against budget per
/// period, cost per booking, the share of revenue, idle cost, the month-end forecast and trend
/// anomalies (PLATFORM-FACTS.md, "Cost figures"). Days are local days of the configured zone.
namespace atalaya::costs {

/// How a figure stands against its limit.
enum class Standing
{
    Unknown, ///< not enough data to say
    Ok,
    Alert, ///< at or above the alert multiple (120 % of budget), or above a target
    Cap, ///< at or above the spend limit (150 % of budget)
};

/// One local day's cost: per vertical (by its namespace), idle, and the whole cluster.
struct DayCost
{
    QDate day;
    qint64 startMs = 0;
    qint64 endMs = 0; ///< the day's end, or "now" for today (coveredFraction < 1)
    double coveredFraction = 1; ///< of the day the figures cover (today: so far)
    std::map<QString, double> byVertical; ///< USD, vertical id -> cost
    std::map<QString, double> efficiency; ///< vertical id -> OpenCost totalEfficiency, when known
    double idle = kNoValue; ///< USD
    double total = 0; ///< everything the day's set holds (idle and unallocated included)
};

/// Turns daily allocation sets into days: each vertical is found by its namespace; names that
/// are no vertical's namespace count towards the total only.
std::vector<DayCost> toDays(const AllocationReport& report, const std::vector<Vertical>& verticals, const QTimeZone& zone,
                            qint64 nowMs);

/// Spend in a period against the budget for the time the data covers.
struct PeriodSpend
{
    double spend = 0; ///< USD
    double budget = kNoValue; ///< USD, prorated to the covered time; NaN without a budget
    double ratio = kNoValue; ///< spend / budget
    double coveredDays = 0; ///< how many days of data the figures rest on
    Standing standing = Standing::Unknown;
};

struct Anomaly
{
    QString vertical; ///< empty: the whole cluster
    QDate day;
    double cost = 0; ///< the day's cost (today: projected to the whole day at its pace)
    double trend = 0; ///< the mean daily cost of the days before it
    double factor = 0; ///< cost / trend
    bool projected = false; ///< today, at its pace so far
};

struct VerticalCosts
{
    QString id;
    PeriodSpend today, week, month;
    double monthlyBudget = kNoValue;
    double forecast = kNoValue; ///< month-end spend, USD
    Standing forecastStanding = Standing::Unknown;
    std::optional<qint64> bookings; ///< month to date, when known
    double costPerBooking = kNoValue;
    double costPerBookingTarget = kNoValue;
    Standing costPerBookingStanding = Standing::Unknown;
    double revenueArs = kNoValue; ///< month to date, the platform's share of the bookings' value
    double revenueShare = kNoValue; ///< cost in ARS / revenue
    double efficiency = kNoValue; ///< cost-weighted OpenCost totalEfficiency, month to date
};

/// Bookings and the bookings' value of one vertical on one local day.
struct DayBookings
{
    qint64 bookings = 0;
    double valueArs = kNoValue; ///< NaN when only the count is known (Prometheus)
};
using BookingsByDay = std::map<QString, std::map<QDate, DayBookings>>; ///< vertical -> day -> figures

struct CostAnalysis
{
    QDate today;
    QDate weekStart; ///< Monday
    QDate monthStart;
    int daysInMonth = 30;
    std::vector<VerticalCosts> verticals;
    PeriodSpend clusterMonth; ///< every name, idle included, against the sum of the budgets
    double clusterForecast = kNoValue;
    double idleMonth = kNoValue; ///< USD
    double idleShare = kNoValue; ///< idle / cluster, month to date
    bool idleIsWaste = false;
    double revenueArs = kNoValue;
    double revenueShare = kNoValue; ///< the cluster's cost in ARS / revenue, month to date
    double revenueShareTarget = 0;
    Standing revenueShareStanding = Standing::Unknown;
    double forecastDailyRate = kNoValue; ///< the trailing daily cost the forecast extends
    int forecastBasisDays = 0;
    std::vector<Anomaly> anomalies;
    QDate dataFrom; ///< the first day with cost data
};

/// Standing of @p ratio (spend / budget) against the alert and cap multiples.
Standing standingOf(double ratio, const CostConfig& config);

/// Everything at once. @p days as toDays() made them (ascending), @p bookings may be empty.
CostAnalysis analyse(const std::vector<DayCost>& days, const BookingsByDay& bookings, const std::vector<Vertical>& verticals,
                     const CostConfig& config, const QDateTime& now, const QTimeZone& zone);

/// Trend anomalies of a series of daily costs: a complete day above @p factor × the mean of the
/// up to @p trendDays days before it (at least 3 of them); @p todayFraction < 1 marks the last
/// day as today so far, projected to the whole day (only once a quarter of it has passed).
std::vector<Anomaly> findAnomalies(const std::vector<std::pair<QDate, double>>& daily, double todayFraction, double factor,
                                   int trendDays, const QString& vertical);

/// What @p extraReplicas more replicas cost (negative: fewer, a saving).
struct CostImpact
{
    double perReplicaHour = kNoValue; ///< USD
    int extraReplicas = 0;
    double perHour = kNoValue; ///< USD
    double perDay = kNoValue; ///< USD
    double perDayArs = kNoValue; ///< NaN without an exchange rate
    double monthlyBudget = kNoValue; ///< the vertical's, for scale
    double dayShareOfDailyBudget = kNoValue; ///< perDay / (monthlyBudget / 30.4)
};
CostImpact impactOfReplicas(double perReplicaHourUsd, int fromReplicas, int toReplicas, double arsPerUsd, double monthlyBudget);

} // namespace atalaya::costs

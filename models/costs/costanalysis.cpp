// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costs/costanalysis.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace atalaya::costs {

namespace {

double nanToZero(double v)
{
    return std::isnan(v) ? 0 : v;
}

/// The local midnight that starts @p day in @p zone, as Unix ms.
qint64 dayStartMs(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

double dailyBudget(double monthlyBudget, const QDate& day)
{
    return monthlyBudget / double(day.daysInMonth());
}

/// The days of @p days within [from, to].
template<typename F>
void forDays(const std::vector<DayCost>& days, const QDate& from, const QDate& to, F fn)
{
    for (const DayCost& d : days)
        if (d.day >= from && d.day <= to)
            fn(d);
}

PeriodSpend period(const std::vector<DayCost>& days, const QDate& from, const QDate& to, const CostConfig& config,
                   double monthlyBudget, const std::function<double(const DayCost&)>& spendOf)
{
    PeriodSpend p;
    double budget = 0;
    forDays(days, from, to, [&](const DayCost& d) {
        p.spend += nanToZero(spendOf(d));
        p.coveredDays += d.coveredFraction;
        budget += dailyBudget(monthlyBudget, d.day) * d.coveredFraction;
    });
    if (!std::isnan(monthlyBudget) && p.coveredDays > 0) {
        p.budget = budget;
        p.ratio = budget > 0 ? p.spend / budget : kNoValue;
        // Less than an hour of data says nothing about a pace.
        p.standing = p.coveredDays * 24 >= 1 ? standingOf(p.ratio, config) : Standing::Unknown;
    }
    return p;
}

struct Forecast
{
    double value = kNoValue;
    double rate = kNoValue;
    int basisDays = 0;
};

/// Month to date, plus the days of the month without data and the rest of the month at the
/// mean daily cost of the last (up to) seven complete days; today's pace when there are none.
Forecast forecast(const std::vector<DayCost>& days, const QDate& today, const QDate& monthStart,
                  const std::function<double(const DayCost&)>& spendOf)
{
    Forecast f;
    std::vector<double> complete;
    for (auto it = days.rbegin(); it != days.rend() && complete.size() < 7; ++it)
        if (it->day < today && it->coveredFraction >= 0.999)
            complete.push_back(nanToZero(spendOf(*it)));
    double todayFraction = 0, todaySpend = 0;
    double mtd = 0, covered = 0;
    forDays(days, monthStart, today, [&](const DayCost& d) {
        mtd += nanToZero(spendOf(d));
        covered += d.coveredFraction;
        if (d.day == today) {
            todayFraction = d.coveredFraction;
            todaySpend = nanToZero(spendOf(d));
        }
    });
    if (!complete.empty()) {
        f.rate = std::accumulate(complete.begin(), complete.end(), 0.0) / double(complete.size());
        f.basisDays = int(complete.size());
    } else if (todayFraction * 24 >= 1) {
        f.rate = todaySpend / todayFraction;
    } else {
        return f;
    }
    const double monthDays = double(today.daysInMonth());
    f.value = mtd + f.rate * std::max(0.0, monthDays - covered);
    return f;
}

} // namespace

Standing standingOf(double ratio, const CostConfig& config)
{
    if (std::isnan(ratio))
        return Standing::Unknown;
    if (ratio >= config.budgetCap)
        return Standing::Cap;
    if (ratio >= config.budgetAlert)
        return Standing::Alert;
    return Standing::Ok;
}

std::vector<DayCost> toDays(const AllocationReport& report, const std::vector<Vertical>& verticals, const QTimeZone& zone, qint64 nowMs)
{
    std::vector<DayCost> days;
    for (const AllocationSet& set : report.sets) {
        if (set.items.empty())
            continue;
        DayCost d;
        // The set's middle decides the day: immune to a start a second before midnight.
        const qint64 start = set.startMs ? set.startMs : set.items.front().startMs;
        const qint64 end = set.endMs ? set.endMs : set.items.front().endMs;
        d.day = QDateTime::fromMSecsSinceEpoch(start + (std::min(end, nowMs) - start) / 2, zone).date();
        d.startMs = start;
        d.endMs = std::min(end, nowMs);
        const qint64 length = dayStartMs(d.day.addDays(1), zone) - dayStartMs(d.day, zone);
        d.coveredFraction = std::clamp(double(d.endMs - d.startMs) / double(length), 0.0, 1.0);
        for (const Allocation& a : set.items) {
            const double total = a.total();
            if (std::isnan(total))
                continue;
            d.total += total;
            if (a.name == kIdle) {
                d.idle = nanToZero(d.idle) + total;
                continue;
            }
            for (const Vertical& v : verticals)
                if (a.name == v.namespaceName) {
                    d.byVertical[v.id] += total;
                    if (!std::isnan(a.totalEfficiency))
                        d.efficiency[v.id] = a.totalEfficiency;
                }
        }
        days.push_back(std::move(d));
    }
    std::sort(days.begin(), days.end(), [](const DayCost& a, const DayCost& b) { return a.day < b.day; });
    return days;
}

std::vector<Anomaly> findAnomalies(const std::vector<std::pair<QDate, double>>& daily, double todayFraction, double factor,
                                   int trendDays, const QString& vertical)
{
    std::vector<Anomaly> out;
    for (size_t i = 0; i < daily.size(); ++i) {
        const bool isToday = i + 1 == daily.size() && todayFraction < 0.999;
        if (isToday && todayFraction < 0.25)
            continue;
        const size_t from = i > size_t(trendDays) ? i - size_t(trendDays) : 0;
        if (i - from < 3)
            continue;
        double sum = 0;
        for (size_t j = from; j < i; ++j)
            sum += daily[j].second;
        const double trend = sum / double(i - from);
        const double cost = isToday ? daily[i].second / todayFraction : daily[i].second;
        if (trend > 0 && cost > factor * trend)
            out.push_back({ vertical, daily[i].first, cost, trend, cost / trend, isToday });
    }
    return out;
}

CostAnalysis analyse(const std::vector<DayCost>& days, const BookingsByDay& bookings, const std::vector<Vertical>& verticals,
                     const CostConfig& config, const QDateTime& now, const QTimeZone& zone)
{
    CostAnalysis a;
    a.today = now.toTimeZone(zone).date();
    a.weekStart = a.today.addDays(1 - a.today.dayOfWeek());
    a.monthStart = QDate(a.today.year(), a.today.month(), 1);
    a.daysInMonth = a.today.daysInMonth();
    a.revenueShareTarget = config.revenueShareTarget();
    if (!days.empty())
        a.dataFrom = days.front().day;
    const double todayFraction = !days.empty() && days.back().day == a.today ? days.back().coveredFraction : 1.0;

    double budgetSum = 0;
    bool anyBudget = false;
    double revenueSum = 0;
    bool revenueKnown = !bookings.empty() && config.arsPerUsd > 0;
    for (const Vertical& v : verticals) {
        VerticalCosts c;
        c.id = v.id;
        c.monthlyBudget = v.monthlyBudgetUsd.value_or(kNoValue);
        if (v.monthlyBudgetUsd) {
            budgetSum += *v.monthlyBudgetUsd;
            anyBudget = true;
        }
        auto spendOf = [id = v.id](const DayCost& d) {
            const auto it = d.byVertical.find(id);
            return it == d.byVertical.end() ? kNoValue : it->second;
        };
        c.today = period(days, a.today, a.today, config, c.monthlyBudget, spendOf);
        c.week = period(days, a.weekStart, a.today, config, c.monthlyBudget, spendOf);
        c.month = period(days, a.monthStart, a.today, config, c.monthlyBudget, spendOf);
        const Forecast f = forecast(days, a.today, a.monthStart, spendOf);
        c.forecast = f.value;
        if (!std::isnan(c.monthlyBudget) && !std::isnan(f.value))
            c.forecastStanding = standingOf(f.value / c.monthlyBudget, config);

        // Per booking and per peso of revenue: over the same days the cost covers.
        const auto vb = bookings.find(v.id);
        double efficiencyWeighted = 0, efficiencyWeight = 0;
        if (vb != bookings.end()) {
            qint64 count = 0;
            double value = 0;
            bool valueKnown = true;
            forDays(days, a.monthStart, a.today, [&](const DayCost& d) {
                const auto it = vb->second.find(d.day);
                if (it == vb->second.end())
                    return;
                count += it->second.bookings;
                if (std::isnan(it->second.valueArs))
                    valueKnown = false;
                else
                    value += it->second.valueArs;
            });
            c.bookings = count;
            if (count > 0) {
                c.costPerBooking = c.month.spend / double(count);
                c.costPerBookingTarget = v.costPerBookingUsd.value_or(kNoValue);
                if (v.costPerBookingUsd)
                    c.costPerBookingStanding = c.costPerBooking <= *v.costPerBookingUsd ? Standing::Ok : Standing::Alert;
            }
            if (valueKnown && config.arsPerUsd > 0) {
                c.revenueArs = value * config.commissionRate;
                revenueSum += c.revenueArs;
                if (c.revenueArs > 0)
                    c.revenueShare = c.month.spend * config.arsPerUsd / c.revenueArs;
            } else {
                revenueKnown = false;
            }
        }
        forDays(days, a.monthStart, a.today, [&](const DayCost& d) {
            const auto e = d.efficiency.find(v.id);
            const auto s = d.byVertical.find(v.id);
            if (e != d.efficiency.end() && s != d.byVertical.end()) {
                efficiencyWeighted += e->second * s->second;
                efficiencyWeight += s->second;
            }
        });
        if (efficiencyWeight > 0)
            c.efficiency = efficiencyWeighted / efficiencyWeight;

        std::vector<std::pair<QDate, double>> daily;
        for (const DayCost& d : days)
            daily.emplace_back(d.day, nanToZero(spendOf(d)));
        if (std::any_of(daily.begin(), daily.end(), [](const auto& p) { return p.second > 0; }))
            for (Anomaly& an : findAnomalies(daily, todayFraction, config.anomalyFactor, config.trendDays, v.id))
                a.anomalies.push_back(an);
        a.verticals.push_back(std::move(c));
    }

    auto clusterOf = [](const DayCost& d) { return d.total; };
    a.clusterMonth = period(days, a.monthStart, a.today, config, anyBudget ? budgetSum : kNoValue, clusterOf);
    const Forecast cf = forecast(days, a.today, a.monthStart, clusterOf);
    a.clusterForecast = cf.value;
    a.forecastDailyRate = cf.rate;
    a.forecastBasisDays = cf.basisDays;
    double idle = 0;
    bool idleKnown = false;
    forDays(days, a.monthStart, a.today, [&](const DayCost& d) {
        if (!std::isnan(d.idle)) {
            idle += d.idle;
            idleKnown = true;
        }
    });
    if (idleKnown) {
        a.idleMonth = idle;
        a.idleShare = a.clusterMonth.spend > 0 ? idle / a.clusterMonth.spend : kNoValue;
        a.idleIsWaste = !std::isnan(a.idleShare) && a.idleShare >= config.wasteIdleShare;
    }
    if (revenueKnown && revenueSum > 0) {
        a.revenueArs = revenueSum;
        a.revenueShare = a.clusterMonth.spend * config.arsPerUsd / revenueSum;
        a.revenueShareStanding = a.revenueShare <= a.revenueShareTarget ? Standing::Ok : Standing::Alert;
    }
    std::vector<std::pair<QDate, double>> clusterDaily;
    for (const DayCost& d : days)
        clusterDaily.emplace_back(d.day, d.total);
    for (Anomaly& an : findAnomalies(clusterDaily, todayFraction, config.anomalyFactor, config.trendDays, {}))
        a.anomalies.push_back(an);
    std::sort(a.anomalies.begin(), a.anomalies.end(), [](const Anomaly& x, const Anomaly& y) {
        return x.day != y.day ? x.day > y.day : x.factor > y.factor;
    });
    return a;
}

CostImpact impactOfReplicas(double perReplicaHourUsd, int fromReplicas, int toReplicas, double arsPerUsd, double monthlyBudget)
{
    CostImpact c;
    c.perReplicaHour = perReplicaHourUsd;
    c.extraReplicas = toReplicas - fromReplicas;
    c.monthlyBudget = monthlyBudget;
    if (std::isnan(perReplicaHourUsd))
        return c;
    c.perHour = perReplicaHourUsd * c.extraReplicas;
    c.perDay = c.perHour * 24;
    if (arsPerUsd > 0)
        c.perDayArs = c.perDay * arsPerUsd;
    if (!std::isnan(monthlyBudget) && monthlyBudget > 0)
        c.dayShareOfDailyBudget = c.perDay / (monthlyBudget * 12 / 365.25);
    return c;
}

} // namespace atalaya::costs

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costs/promcost.h"

#include <map>
#include <memory>
#include <mutex>

#include <QCoreApplication>
#include <QPromise>
#include <QRegularExpression>

#include "sources/prometheusclient.h"

namespace atalaya::costs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusCostSource)
};

qint64 resolutionSeconds(const QString& resolution)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,3})([smh])$"));
    const auto m = re.match(resolution);
    if (!m.hasMatch())
        return 60;
    const qint64 n = m.captured(1).toLongLong();
    return m.captured(2) == u"s" ? n : m.captured(2) == u"m" ? n * 60 : n * 3600;
}

QString seriesName(const Series& s)
{
    if (s.labels.contains(QStringLiteral("namespace")))
        return s.labels.value(QStringLiteral("namespace"));
    if (s.labels.size() == 1)
        return s.labels.first();
    return s.labels.isEmpty() ? QStringLiteral("cluster") : kUnallocated;
}

/// The sample at @p seconds (the end of a set), if any: Prometheus stamps range results at
/// start + k·step exactly, so equality within a millisecond is enough.
double valueAt(const Series& s, double seconds)
{
    for (size_t i = 0; i < s.timestamps.size(); ++i)
        if (std::abs(s.timestamps[i] - seconds) < 0.001)
            return s.values[i];
    return kNoValue;
}

} // namespace

std::vector<std::pair<qint64, qint64>> setBoundaries(const AllocationQuery& query)
{
    const qint64 start = query.start.toMSecsSinceEpoch();
    const qint64 end = query.end.toMSecsSinceEpoch();
    std::vector<std::pair<qint64, qint64>> sets;
    if (end <= start)
        return sets;
    const qint64 step = query.stepSeconds > 0 ? query.stepSeconds * 1000 : end - start;
    for (qint64 s = start; s < end; s += step)
        sets.emplace_back(s, std::min(s + step, end));
    return sets;
}

QString costOverRange(const QString& hourlyExpression, qint64 rangeSeconds, const QString& resolution)
{
    const qint64 res = resolutionSeconds(resolution);
    return QStringLiteral("sum_over_time((%1)[%2s:%3s]) * %4")
        .arg(hourlyExpression, QString::number(rangeSeconds), QString::number(res), QString::number(double(res) / 3600.0, 'g', 17));
}

AllocationReport assembleAllocation(const std::vector<std::pair<qint64, qint64>>& sets,
                                    const std::array<std::vector<Series>, kCostParts>& parts, bool includeIdle)
{
    AllocationReport report;
    for (const auto& [start, end] : sets) {
        AllocationSet set { start, end, {} };
        std::map<QString, Allocation> byName;
        const double at = double(end) / 1000.0;
        auto add = [&](CostPart part, double Allocation::*field) {
            for (const Series& s : parts[size_t(part)]) {
                const double v = valueAt(s, at);
                if (std::isnan(v))
                    continue;
                Allocation& a = byName[seriesName(s)];
                a.*field = (std::isnan(a.*field) ? 0 : a.*field) + v;
            }
        };
        add(CostPart::Cpu, &Allocation::cpuCost);
        add(CostPart::Ram, &Allocation::ramCost);
        add(CostPart::Pv, &Allocation::pvCost);
        double cpuRam = 0;
        for (auto& [name, a] : byName) {
            a.name = name;
            a.startMs = start;
            a.endMs = end;
            a.minutes = double(end - start) / 60000.0;
            double total = 0;
            for (double part : { a.cpuCost, a.ramCost, a.pvCost })
                if (!std::isnan(part))
                    total += part;
            a.totalCost = total;
            cpuRam += (std::isnan(a.cpuCost) ? 0 : a.cpuCost) + (std::isnan(a.ramCost) ? 0 : a.ramCost);
            set.items.push_back(a);
        }
        if (includeIdle) {
            double nodes = kNoValue;
            for (const Series& s : parts[size_t(CostPart::Nodes)])
                if (const double v = valueAt(s, at); !std::isnan(v))
                    nodes = (std::isnan(nodes) ? 0 : nodes) + v;
            if (!std::isnan(nodes)) {
                Allocation idle;
                idle.name = kIdle;
                idle.startMs = start;
                idle.endMs = end;
                idle.minutes = double(end - start) / 60000.0;
                idle.totalCost = std::max(0.0, nodes - cpuRam);
                set.items.push_back(idle);
            }
        }
        report.sets.push_back(std::move(set));
    }
    return report;
}

PrometheusCostSource::PrometheusCostSource(PrometheusClient* prometheus, QueryTemplates queries)
    : m_prometheus(prometheus)
    , m_queries(std::move(queries))
{
}

QFuture<Result<AllocationReport>> PrometheusCostSource::allocation(const AllocationQuery& query) const
{
    const auto sets = setBoundaries(query);
    if (sets.empty() || (query.aggregate != u"namespace" && query.aggregate != u"cluster")) {
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.service = QStringLiteral("Prometheus");
        e.message = sets.empty() ? Text::tr("an empty window") : Text::tr("costs from Prometheus metrics are by namespace only");
        return QtFuture::makeReadyFuture(Result<AllocationReport>(std::move(e)));
    }
    // Whole sets in one range query per part, stamped at each set's end; a shorter last set
    // (today so far) in one instant query per part.
    const qint64 stepSeconds = (sets.front().second - sets.front().first) / 1000;
    const bool lastIsShort = sets.size() > 1 && sets.back().second - sets.back().first != sets.front().second - sets.front().first;
    const size_t whole = lastIsShort ? sets.size() - 1 : sets.size();
    const QString names[kCostParts] = { QStringLiteral("costCpu"), QStringLiteral("costRam"), QStringLiteral("costPv"), QStringLiteral("costNodes") };

    struct State
    {
        std::mutex mutex;
        std::array<std::vector<Series>, kCostParts> parts;
        int pending = 0;
        std::optional<ApiError> error;
        QPromise<Result<AllocationReport>> promise;
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    QFuture<Result<AllocationReport>> future = state->promise.future();
    const int parts = query.includeIdle ? kCostParts : kCostParts - 1;
    state->pending = parts * (lastIsShort ? 2 : 1);
    auto finishOne = [state, sets, includeIdle = query.includeIdle](size_t part, const Result<QueryResult>& r) {
        std::lock_guard lock(state->mutex);
        if (r.ok())
            for (const Series& s : r.value().series)
                state->parts[part].push_back(s);
        else if (!state->error)
            state->error = r.error();
        if (--state->pending > 0)
            return;
        if (state->error)
            state->promise.addResult(Result<AllocationReport>(*state->error));
        else
            state->promise.addResult(Result<AllocationReport>(assembleAllocation(sets, state->parts, includeIdle)));
        state->promise.finish();
    };
    for (int p = 0; p < parts; ++p) {
        const QString hourly = m_queries.render(names[p], {});
        const QDateTime firstEnd = QDateTime::fromMSecsSinceEpoch(sets.front().second, Qt::UTC);
        const QDateTime lastWholeEnd = QDateTime::fromMSecsSinceEpoch(sets[whole - 1].second, Qt::UTC);
        m_prometheus->queryRange(costOverRange(hourly, stepSeconds, query.resolution), firstEnd, lastWholeEnd, double(stepSeconds))
            .then([finishOne, p](const Result<QueryResult>& r) { finishOne(size_t(p), r); });
        if (lastIsShort) {
            const qint64 rest = (sets.back().second - sets.back().first) / 1000;
            m_prometheus->query(costOverRange(hourly, rest, query.resolution), QDateTime::fromMSecsSinceEpoch(sets.back().second, Qt::UTC))
                .then([finishOne, p](const Result<QueryResult>& r) { finishOne(size_t(p), r); });
        }
    }
    return future;
}

QFuture<Result<double>> PrometheusCostSource::replicaHourlyCost(const QString& namespaceName, const QString& deployment) const
{
    const QString promql = m_queries.render(QStringLiteral("costReplica"), { { QStringLiteral("namespace"), namespaceName },
                                                                             { QStringLiteral("deployment"), deployment } });
    return m_prometheus->query(promql).then([promql](const Result<QueryResult>& r) -> Result<double> {
        if (!r.ok())
            return r.error();
        for (const Series& s : r.value().series)
            if (!s.values.empty() && std::isfinite(s.values.back()))
                return s.values.back();
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.service = QStringLiteral("Prometheus");
        e.query = promql;
        e.message = Text::tr("no pod of this deployment has cost metrics (node_cpu_hourly_cost, container_cpu_allocation)");
        return e;
    });
}

} // namespace atalaya::costs

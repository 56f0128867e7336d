// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "degradation/monitor.h"

#include <cmath>
#include <limits>
#include <memory>

#include <QCoreApplication>
#include <QtConcurrent>

#include "cache/cache.h"
#include "domain/querytiming.h"
#include "sources/prometheusclient.h"
#include "sources/session.h"
#include "util/whenready.h"

namespace atalaya::degradation {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DegradationMonitor)
};

constexpr qint64 kDayMs = 86'400'000;

kube::Target clusterOf(const Environment& env)
{
    kube::Target t;
    t.kubectl = env.kubernetes.kubectl;
    t.kubeconfig = env.kubernetes.kubeconfig;
    t.context = env.kubernetes.context;
    return t;
}

Samples samplesOf(const Series& s)
{
    Samples out;
    out.reserve(s.timestamps.size());
    for (size_t i = 0; i < s.timestamps.size() && i < s.values.size(); ++i)
        out.emplace_back(static_cast<qint64>(std::llround(s.timestamps[i] * 1000)), s.values[i]);
    return out;
}

/// Each value times @p factor (requests per second -> requests in the rate window).
Samples scaled(Samples s, double factor)
{
    for (Sample& x : s)
        x.second *= factor;
    return s;
}

/// The series of @p result whose label @p label is @p value (empty when there is none).
Samples pick(const QueryResult& result, const QString& label, const QString& value)
{
    for (const Series& s : result.series)
        if (s.labels.value(label) == value)
            return samplesOf(s);
    return {};
}

} // namespace

DegradationMonitor::DegradationMonitor(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(session->environment().flags, clusterOf(session->environment()))
{
}

LiveLevel DegradationMonitor::level(const QString& vertical) const
{
    return readLevel(m_live.document, vertical, m_session->config().degradation);
}

Drift DegradationMonitor::drift(const QString& vertical) const
{
    const auto it = m_written.find(vertical);
    if (it == m_written.end() || !m_live.ok)
        return {};
    return compareWithWritten(verticalFlags(m_live.document, vertical, m_session->config().degradation), it->second);
}

void DegradationMonitor::refresh()
{
    refreshLive();
    evaluateSignals();
}

void DegradationMonitor::refreshLive()
{
    const quint64 gen = ++m_liveGeneration;
    // What this console wrote, from the cache (its own thread), then the store (kubectl or the
    // file, on the pool: the job holds copies only, so it may outlive the monitor).
    auto written = std::make_shared<std::map<QString, QByteArray>>();
    auto pending = std::make_shared<int>(int(m_session->config().verticals.size()) + 1);
    auto done = [this, gen, written, pending] {
        if (--*pending > 0 || gen != m_liveGeneration)
            return;
        m_written = *written;
        emit liveChanged();
    };
    const QString env = m_session->environment().name;
    for (const Vertical& v : m_session->config().verticals)
        whenReady(m_session->cache()->loadDocument(writtenDocumentKind(), writtenDocumentKey(env, v.id)), this,
                  [written, done, id = v.id](const std::optional<std::pair<QByteArray, qint64>>& doc) {
                      if (doc)
                          (*written)[id] = doc->first;
                      done();
                  });
    if (m_session->isOffline()) {
        m_live = {};
        m_live.error = Text::tr("offline review: the flag store is not read");
        done();
        return;
    }
    whenReady(m_store.read(), this, [this, gen, done](const LiveDocument& live) {
        if (gen == m_liveGeneration)
            m_live = live;
        done();
    });
}

void DegradationMonitor::evaluateSignals()
{
    const quint64 gen = ++m_signalGeneration;
    const Config& config = m_session->config();
    const Environment& env = m_session->environment();
    if (m_session->isOffline()) {
        m_evaluations.clear();
        m_signalError = Text::tr("Offline review: triggers are evaluated on live data only.");
        emit evaluationsChanged();
        return;
    }
    const TriggerConfig& triggers = config.degradation.triggers;
    const qint64 stepMs = kStepSeconds * 1000;
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch() / stepMs * stepMs;
    const qint64 startMs = endMs - (qint64(triggers.holdFor.count()) + 15 * 60) * 1000;
    const double scrape = static_cast<double>(env.prometheus.scrapeInterval.count());
    const QString window = rateWindow(std::max(300.0 - scrape, scrape), scrape);
    const std::map<QString, QString> values { { QStringLiteral("window"), window }, { QStringLiteral("quantile"), QStringLiteral("0.95") } };
    const std::map<QString, QString> slow { { QStringLiteral("window"), formatPromDuration(double(triggers.abandonmentWindow.count())) } };
    // Latency, errors, abandonment, the checkouts behind the abandonment ratio, and the requests
    // behind the p95 and the 5xx ratio (a p95 of a few dozen requests swings past 2x from sampling
    // alone; one 5xx among a few hundred requests is five times a healthy ratio).
    constexpr int kQueries = 5;
    const QString queries[kQueries] = { env.queries.render(QStringLiteral("overviewLatencyQuantile"), values),
                                        env.queries.render(QStringLiteral("overviewErrorRatio"), values),
                                        env.queries.render(QStringLiteral("overviewAbandonment"), slow),
                                        env.queries.render(QStringLiteral("overviewCheckoutsStarted"), slow),
                                        env.queries.render(QStringLiteral("overviewRequestRate"), values) };
    const double windowSeconds = std::max(300.0 - scrape, scrape);
    std::vector<qint64> offsets; // days back
    if (triggers.baseline == TriggerConfig::Baseline::SameHourLastWeek)
        offsets = { 7 };
    else
        offsets = { 1, 2, 3, 4, 5, 6, 7 };

    // Every answer lands in one place; the last one evaluates.
    struct Gather
    {
        int remaining = 0;
        QueryResult current[kQueries];
        std::map<qint64, QueryResult> baseline[kQueries]; ///< days back -> answer
        QueryResult replicas;
        QString error;
    };
    auto gather = std::make_shared<Gather>();
    gather->remaining = kQueries * int(1 + offsets.size()) + 1;
    PrometheusClient* prom = m_session->prometheus();
    auto finish = [this, gen, gather, offsets, stepMs, triggers, windowSeconds] {
        if (--gather->remaining > 0 || gen != m_signalGeneration)
            return;
        const Config& config = m_session->config();
        Thresholds thresholds;
        thresholds.latencyFactor = triggers.latencyFactor;
        thresholds.errorFactor = triggers.errorFactor;
        thresholds.abandonmentIncrease = triggers.abandonmentIncrease;
        thresholds.holdFor = triggers.holdFor;
        thresholds.maxAge = triggers.maxAge;
        std::vector<Evaluation> out;
        for (const Vertical& v : config.verticals) {
            VerticalInput in;
            in.verticalId = v.id;
            in.deployment = v.deployment;
            in.cap = v.maxReplicas;
            const Samples replicas = pick(gather->replicas, QStringLiteral("namespace"), v.namespaceName);
            in.currentReplicas = replicas.empty() || !std::isfinite(replicas.back().second) ? 0 : int(std::lround(replicas.back().second));
            const LiveLevel live = level(v.id);
            in.currentLevel = live.present ? live.level : 0;
            SignalInput* inputs[3] = { &in.latency, &in.errors, &in.abandonment };
            bool anyData = false; ///< before the volume floors
            for (int k = 0; k < 3; ++k) {
                inputs[k]->current = pick(gather->current[k], QStringLiteral("vertical"), v.id);
                anyData |= !inputs[k]->current.empty();
                if (k == 0) {
                    maskLowVolume(inputs[k]->current, scaled(pick(gather->current[4], QStringLiteral("vertical"), v.id), windowSeconds),
                                  triggers.latencyMinRequests);
                    if (inputs[k]->current.empty() || !std::isfinite(inputs[k]->current.back().second))
                        inputs[k]->current.clear();
                }
                if (k == 1) {
                    // Only now: a baseline of few failures is a healthy one (and floored).
                    const Samples requests = pick(gather->current[4], QStringLiteral("vertical"), v.id);
                    maskLowVolume(inputs[k]->current, eventsBehind(inputs[k]->current, requests, windowSeconds),
                                  triggers.errorMinFailures);
                    if (inputs[k]->current.empty() || !std::isfinite(inputs[k]->current.back().second))
                        inputs[k]->current.clear();
                }
                if (k == 2) {
                    maskLowVolume(inputs[k]->current, pick(gather->current[3], QStringLiteral("vertical"), v.id), triggers.abandonmentMinCheckouts);
                    // Too few checkouts now: abandonment is not evaluated (rather than "stale",
                    // which would silence the other signals too).
                    if (inputs[k]->current.empty() || !std::isfinite(inputs[k]->current.back().second))
                        inputs[k]->current.clear();
                }
                std::vector<Samples> days;
                for (qint64 d : offsets) {
                    Samples day = pick(gather->baseline[k][d], QStringLiteral("vertical"), v.id);
                    if (k == 0)
                        maskLowVolume(day, scaled(pick(gather->baseline[4][d], QStringLiteral("vertical"), v.id), windowSeconds),
                                      triggers.latencyMinRequests);
                    if (k == 2)
                        maskLowVolume(day, pick(gather->baseline[3][d], QStringLiteral("vertical"), v.id), triggers.abandonmentMinCheckouts);
                    days.push_back(shiftedBaseline(day, std::chrono::milliseconds(d * kDayMs)));
                }
                if (days.size() == 1) {
                    inputs[k]->baseline = days.front();
                } else {
                    std::vector<qint64> at;
                    for (const Sample& s : inputs[k]->current)
                        at.push_back(s.first);
                    inputs[k]->baseline = medianBaseline(days, at, std::chrono::milliseconds(stepMs / 2), thresholds.minBaselineDays);
                }
            }
            if (!anyData)
                continue; // no such vertical in the data (yet)
            out.push_back(evaluate(in, thresholds, QDateTime::currentMSecsSinceEpoch()));
        }
        m_evaluations = std::move(out);
        m_signalError = gather->error;
        emit evaluationsChanged();
    };
    auto keep = [gather](const Result<QueryResult>& r, QueryResult& into) {
        if (r.ok())
            into = r.value();
        else if (gather->error.isEmpty())
            gather->error = r.error().toDisplayString();
    };
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC);
    for (int k = 0; k < kQueries; ++k) {
        whenReady(prom->queryRange(queries[k], start, end, kStepSeconds), this, [gather, keep, finish, k](const Result<QueryResult>& r) {
            keep(r, gather->current[k]);
            finish();
        });
        for (qint64 d : offsets)
            whenReady(prom->queryRange(queries[k], start.addMSecs(-d * kDayMs), end.addMSecs(-d * kDayMs), kStepSeconds), this,
                      [gather, keep, finish, k, d](const Result<QueryResult>& r) {
                          keep(r, gather->baseline[k][d]);
                          finish();
                      });
    }
    whenReady(prom->query(env.queries.render(QStringLiteral("overviewReplicasDesired"), values)), this,
              [gather, keep, finish](const Result<QueryResult>& r) {
                  keep(r, gather->replicas);
                  finish();
              });
}

} // namespace atalaya::degradation

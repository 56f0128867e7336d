// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo simulator's traffic model: the business day, the latency targets, the scripted
// incident, the HPA, the cluster's cost as OpenCost exports it, and above all that the
// backfilled history and the live endpoint agree.

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <QTest>

#include "backfillwriter.h"
#include "catalog.h"
#include "costmodel.h"
#include "livemetrics.h"
#include "metricset.h"
#include "simulatormodel.h"

using namespace atalaya::sim;

namespace {

// Monday 2026-11-16 00:00 ART = 03:00 UTC.
constexpr double kMonday = 1794798000.0;

double at(int day, double hour)
{
    return kMonday + day * 86400.0 + hour * 3600.0;
}

const int kBarbershop = Catalog::vertical("barbershop");
const int kPsychology = Catalog::vertical("psychology");
const int kBuenosAires = Catalog::region("buenos_aires");
const int kCordoba = Catalog::region("cordoba");
const int kMendoza = Catalog::region("mendoza");

ModelState stateAt(const SimulatorModel& model, double t)
{
    ModelState s;
    model.evaluate(t, s);
    return s;
}

/// "name{labels}" -> value text, from a text exposition or an OpenMetrics backfill (the samples
/// at one timestamp, job and instance labels taken out).
std::map<std::string, std::string> samples(const std::string& text, const std::string& timestamp = {})
{
    std::map<std::string, std::string> out;
    const std::string extra = ",job=\"barberpro-backend\",instance=\"sim-1\"";
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.empty() || line[0] == '#')
            continue;
        const size_t close = line.find("} ");
        if (close == std::string::npos)
            continue;
        std::string key = line.substr(0, close + 1);
        std::string rest = line.substr(close + 2);
        if (!timestamp.empty()) {
            const size_t space = rest.find(' ');
            if (space == std::string::npos || rest.substr(space + 1) != timestamp)
                continue;
            rest = rest.substr(0, space);
            const size_t e = key.find(extra);
            if (e == std::string::npos)
                continue;
            key.erase(e, extra.size());
        }
        out[key] = rest;
    }
    return out;
}

std::string backfill(
    const SimulatorModel& model, const MetricSet& set, double from, double end, BackfillWriter::Stats* stats = nullptr)
{
    std::string text;
    BackfillWriter::Options options;
    options.from = from;
    options.end = end;
    const bool ok = BackfillWriter(model, set)
                        .write(
                            options,
                            [&text](std::string_view chunk) {
                                text.append(chunk);
                                return true;
                            },
                            stats);
    return ok ? text : std::string();
}

/// How many series exist (are not NaN) at a state.
size_t presentSeries(const MetricSet& set, const ModelState& state)
{
    std::vector<double> values;
    set.evaluateAll(state, values);
    return static_cast<size_t>(std::count_if(values.begin(), values.end(), [](double v) { return !std::isnan(v); }));
}

/// One sample of an OpenMetrics backfill.
struct Sample
{
    std::string name;
    std::map<std::string, std::string> labels;
    double value = 0;
    long long timestamp = 0;
};

/// The samples of the named metrics in a backfill.
std::vector<Sample> parseBackfill(const std::string& text, const std::set<std::string>& names)
{
    std::vector<Sample> out;
    static const std::regex label("([a-z_]+)=\"([^\"]*)\"");
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        const std::string_view line(text.data() + pos, end - pos);
        pos = end + 1;
        const size_t brace = line.find('{');
        if (line.empty() || line[0] == '#' || brace == std::string_view::npos
            || !names.contains(std::string(line.substr(0, brace))))
            continue;
        const size_t close = line.find("} ");
        Sample s;
        s.name = std::string(line.substr(0, brace));
        const std::string labels(line.substr(brace + 1, close - brace - 1));
        for (auto it = std::sregex_iterator(labels.begin(), labels.end(), label); it != std::sregex_iterator(); ++it)
            s.labels[(*it)[1]] = (*it)[2];
        const std::string rest(line.substr(close + 2));
        const size_t space = rest.find(' ');
        s.value = std::stod(rest.substr(0, space));
        s.timestamp = std::stoll(rest.substr(space + 1));
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace

class TestSimulatorModel : public QObject
{
    Q_OBJECT
private slots:
    void trafficFollowsTheBusinessDay()
    {
        const SimulatorModel m(kMonday, kMonday + 7 * 86400);
        const double evening = m.verticalRps(kBarbershop, at(2, 18.5)); // Wednesday 18:30
        const double night = m.verticalRps(kBarbershop, at(2, 4));
        const double afternoon = m.verticalRps(kBarbershop, at(2, 15.5));
        QVERIFY2(evening > 20 * night, qPrintable(QStringLiteral("%1 vs %2").arg(evening).arg(night)));
        // The evening rush is about three times an ordinary hour (x3.0, and the barbershop's own
        // 17-20 peak on top).
        QVERIFY2(evening / afternoon > 3 && evening / afternoon < 6, qPrintable(QString::number(evening / afternoon)));
        // A growing startup: tens of requests per second at the barbershop's weekday peak.
        QVERIFY2(evening > 25 && evening < 60, qPrintable(QString::number(evening)));
        // The weekend boosts barbershop (Fri 18:00 - Sun 22:00), not psychology.
        QVERIFY(m.verticalRps(kBarbershop, at(5, 15)) / m.verticalRps(kBarbershop, at(2, 15)) > 1.7);
        QVERIFY(m.verticalRps(kPsychology, at(5, 15)) / m.verticalRps(kPsychology, at(2, 15)) < 1.0);
        // Lunch 11:30-14 for barbershop only among these two.
        QVERIFY(m.verticalRps(kBarbershop, at(2, 12.5)) > 2 * m.verticalRps(kBarbershop, at(2, 15.5)));
        QVERIFY(m.verticalRps(kPsychology, at(2, 12.5)) < 1.2 * m.verticalRps(kPsychology, at(2, 15.5)));
        // Shares over a week follow the catalogue's order.
        double week[kVerticals] = {};
        for (double t = kMonday; t < kMonday + 7 * 86400; t += 600)
            for (int v = 0; v < kVerticals; ++v)
                week[v] += m.verticalRps(v, t);
        for (int v = 1; v < kVerticals; ++v)
            QVERIFY(week[v - 1] >= week[v] * 0.99);
        // requestRate(), which integration tests compare Prometheus with, is the same model.
        QCOMPARE(requestRate("barbershop", at(2, 18.5)), evening);
        QCOMPARE(requestRate("nonexistent", at(2, 18.5)), 0.0);
    }

    void figuresHoldStillWithinAMinute()
    {
        const SimulatorModel m(kMonday, kMonday + 86400);
        const double t = at(1, 9.25);
        QCOMPARE(m.verticalRps(kBarbershop, t + 59), m.verticalRps(kBarbershop, t));
        QVERIFY(m.verticalRps(kBarbershop, t + 60) != m.verticalRps(kBarbershop, t));
        const ModelState a = stateAt(m, t), b = stateAt(m, t + 30);
        QCOMPARE(a.latencyMu[0][1][2], b.latencyMu[0][1][2]);
        QCOMPARE(a.codeShare[3][2][Code500], b.codeShare[3][2][Code500]);
    }

    void regionalLatencyAgainstTargets()
    {
        const SimulatorModel m(kMonday, kMonday + 7 * 86400);
        // What histogram_quantile() decides: a target is a bucket bound, so "p95 over target" is
        // exactly "less than 95 % of requests in the target's bucket".
        const ModelState night = stateAt(m, at(2, 4));
        QVERIFY(SimulatorModel::fractionBelow(night, 0.05, -1, kBuenosAires) >= 0.95);
        QVERIFY(SimulatorModel::fractionBelow(night, 0.08, -1, kCordoba) >= 0.95);
        QVERIFY(SimulatorModel::fractionBelow(night, 0.10, -1, Catalog::region("rosario")) >= 0.95);
        QVERIFY(SimulatorModel::fractionBelow(night, 0.12, -1, kMendoza) >= 0.95);
        const double baNight = SimulatorModel::histogramQuantile(night, 0.95, -1, kBuenosAires);
        QVERIFY2(baNight < 0.05, qPrintable(QString::number(baNight)));

        // Mendoza breaches its 120 ms in the weekday evening peak, mildly, but not in the afternoon.
        for (double hour : { 17.5, 18.5, 19.5 }) {
            const ModelState peak = stateAt(m, at(2, hour));
            QVERIFY2(SimulatorModel::fractionBelow(peak, 0.12, -1, kMendoza) < 0.95, qPrintable(QString::number(hour)));
            const double p95 = SimulatorModel::latencyQuantile(peak, 0.95, -1, kMendoza);
            QVERIFY2(p95 > 0.12 && p95 < 0.15, qPrintable(QString::number(p95)));
            // Everyone else keeps their target, and the country its 200 ms SLA.
            QVERIFY(SimulatorModel::fractionBelow(peak, 0.05, -1, kBuenosAires) >= 0.95);
            QVERIFY(SimulatorModel::fractionBelow(peak, 0.08, -1, kCordoba) >= 0.95);
            QVERIFY(SimulatorModel::fractionBelow(peak, 0.2) >= 0.95);
        }
        QVERIFY(SimulatorModel::fractionBelow(stateAt(m, at(2, 15.5)), 0.12, -1, kMendoza) >= 0.95);
        // Latency rises with load.
        QVERIFY(SimulatorModel::latencyQuantile(stateAt(m, at(4, 18.5)), 0.95)
            > 1.15 * SimulatorModel::latencyQuantile(night, 0.95));
    }

    void histogramQuantileInterpolatesLikePrometheus()
    {
        const SimulatorModel m(kMonday, kMonday + 86400);
        const ModelState s = stateAt(m, at(0, 10));
        const double exact = SimulatorModel::latencyQuantile(s, 0.95);
        const double interpolated = SimulatorModel::histogramQuantile(s, 0.95);
        // Both in the same bucket.
        const auto& b = Catalog::latencyBuckets();
        const auto bucket = [&](double x) { return std::lower_bound(b.begin(), b.end(), x) - b.begin(); };
        QCOMPARE(bucket(interpolated), bucket(exact));
    }

    void scriptedIncidentLastNightInCordoba()
    {
        const double end = at(6, 14.25); // Sunday 14:15 ART
        const SimulatorModel m(end - 7 * 86400, end);
        QCOMPARE(m.incidentStart(), at(6, 3 + 10 / 60.0));
        QCOMPARE(m.incidentEnd() - m.incidentStart(), 90 * 60.0);
        const double during = m.incidentStart() + 45 * 60, before = m.incidentStart() - 3600;
        const ModelState hit = stateAt(m, during), calm = stateAt(m, before);
        const auto fivexx = [](const ModelState& s, int v, int r) {
            return s.codeShare[size_t(v)][size_t(r)][Code500] + s.codeShare[size_t(v)][size_t(r)][Code503];
        };
        QVERIFY2(fivexx(hit, kBarbershop, kCordoba) > 0.025 && fivexx(hit, kBarbershop, kCordoba) < 0.04,
            qPrintable(QString::number(fivexx(hit, kBarbershop, kCordoba))));
        QVERIFY(fivexx(calm, kBarbershop, kCordoba) < 0.002);
        QVERIFY(fivexx(hit, kBarbershop, kBuenosAires) < 0.002);
        const double ratio = SimulatorModel::latencyQuantile(hit, 0.95, -1, kCordoba)
            / SimulatorModel::latencyQuantile(calm, 0.95, -1, kCordoba);
        QVERIFY2(ratio > 3.5 && ratio < 4.5, qPrintable(QString::number(ratio)));
        QCOMPARE(m.incidentLevel(m.incidentEnd()), 0.0);
        QCOMPARE(m.incidentLevel(m.incidentStart() - 1), 0.0);

        // At 04:00 ART tonight's incident is not over: "last night" is the one before.
        const double early = at(6, 4);
        QCOMPARE(SimulatorModel(early - 86400, early).incidentStart(), at(5, 3 + 10 / 60.0));
    }

    void checkoutsAreAbandonedWhenRequestsFailOrTheApiIsSlowed()
    {
        const auto abandonment = [](const ModelState& s, int v, int r) {
            return 1 - s.bookings[size_t(v)][size_t(r)] / s.checkoutsStarted[size_t(v)][size_t(r)];
        };
        const auto failed = [](const ModelState& s, int v, int r) {
            return s.codeShare[size_t(v)][size_t(r)][Code500] + s.codeShare[size_t(v)][size_t(r)][Code503];
        };
        const int fitness = Catalog::vertical("fitness");
        SimulatorModel model(kMonday, kMonday + 7 * 86400);
        std::string error;
        QVERIFY2(
            model.overrides().apply("{\"errorRatio\": {\"vertical\": \"fitness\", \"ratio\": 0.2}}", at(1, 0), &error),
            error.c_str());
        // No slowdown: bookings exactly as before the starts existed (one per 500 served requests),
        // abandonment the base 30 % plus 70 % of the failed share, starts the same intent whatever fails.
        for (double t = at(1, 0.5); t < at(2, 0); t += 3600 + 7 * 60) {
            const ModelState s = stateAt(model, t);
            for (int v = 0; v < kVerticals; ++v)
                for (int r = 0; r < kRegions; ++r) {
                    const double share = Catalog::regions()[size_t(r)].share;
                    const double served = model.verticalRps(v, t) * share
                        * (1 - s.codeShare[size_t(v)][size_t(r)][Code500] - s.codeShare[size_t(v)][size_t(r)][Code503]);
                    QCOMPARE(
                        s.bookings[size_t(v)][size_t(r)], std::max(0.0, served * SimulatorModel::kBookingsPerRequest));
                    const double expected = 0.30 + 0.70 * failed(s, v, r);
                    QVERIFY2(std::abs(abandonment(s, v, r) - expected) < 1e-9,
                        qPrintable(QStringLiteral("%1 vs %2").arg(abandonment(s, v, r)).arg(expected)));
                    const double intent = model.verticalRps(v, t) * share * SimulatorModel::kBookingsPerRequest / 0.70;
                    QVERIFY(std::abs(s.checkoutsStarted[size_t(v)][size_t(r)] / intent - 1) < 1e-9);
                }
            QVERIFY(std::abs(abandonment(s, fitness, kCordoba) - 0.44) < 1e-9); // 20 % failing
        }

        // The API three times slower for barbershop: 0.12 * log2(3) more abandonment there, the
        // same starts, fewer bookings; every other vertical as it was.
        const SimulatorModel plain(kMonday, kMonday + 7 * 86400);
        SimulatorModel slowed(kMonday, kMonday + 7 * 86400);
        const double change = at(2, 9);
        QVERIFY2(slowed.overrides().apply(
                     "{\"latencyFactor\": {\"vertical\": \"barbershop\", \"factor\": 3}}", change, &error),
            error.c_str());
        for (double t : { change + 30, at(2, 18.5), at(3, 4) }) {
            const ModelState a = stateAt(slowed, t), b = stateAt(plain, t);
            for (int v = 0; v < kVerticals; ++v)
                for (int r = 0; r < kRegions; ++r) {
                    QCOMPARE(a.checkoutsStarted[size_t(v)][size_t(r)], b.checkoutsStarted[size_t(v)][size_t(r)]);
                    if (v == kBarbershop) {
                        const double rise = abandonment(a, v, r) - abandonment(b, v, r);
                        QVERIFY2(std::abs(rise - 0.12 * std::log2(3.0)) < 1e-9, qPrintable(QString::number(rise)));
                        QVERIFY(a.bookings[size_t(v)][size_t(r)] < b.bookings[size_t(v)][size_t(r)]);
                    } else {
                        QCOMPARE(a.bookings[size_t(v)][size_t(r)], b.bookings[size_t(v)][size_t(r)]);
                    }
                }
        }
        QCOMPARE(stateAt(slowed, change - 1).bookings[size_t(kBarbershop)][size_t(kCordoba)],
            stateAt(plain, change - 1).bookings[size_t(kBarbershop)][size_t(kCordoba)]);
        // A faster API is no slowdown.
        SimulatorModel faster(kMonday, kMonday + 7 * 86400);
        QVERIFY(faster.overrides().apply(
            "{\"latencyFactor\": {\"vertical\": \"barbershop\", \"factor\": 0.5}}", change, &error));
        QCOMPARE(stateAt(faster, at(2, 18.5)).bookings[size_t(kBarbershop)][size_t(kCordoba)],
            stateAt(plain, at(2, 18.5)).bookings[size_t(kBarbershop)][size_t(kCordoba)]);

        // The scripted incident slows Córdoba down up to four times: two doublings.
        const double end = at(6, 14.25);
        const SimulatorModel incident(end - 7 * 86400, end);
        const ModelState hit = stateAt(incident, incident.incidentStart() + 45 * 60);
        QVERIFY(std::abs(
                    abandonment(hit, kBarbershop, kCordoba) - (0.30 + 0.24 + 0.70 * failed(hit, kBarbershop, kCordoba)))
            < 1e-9);
        QVERIFY(std::abs(abandonment(hit, kBarbershop, kBuenosAires)
                    - (0.30 + 0.70 * failed(hit, kBarbershop, kBuenosAires)))
            < 1e-9);

        // What Prometheus reads: booking_checkouts_started_total by vertical and city.
        const MetricSet set;
        const long started = set.find("booking_checkouts_started_total", "vertical=\"barbershop\",city=\"cordoba\"");
        QVERIFY(started >= 0);
        QCOMPARE(set.series()[size_t(started)].kind, SeriesKind::Counter);
        std::vector<double> rates;
        set.evaluateAll(hit, rates);
        QCOMPARE(rates[size_t(started)], hit.checkoutsStarted[size_t(kBarbershop)][size_t(kCordoba)]);
        QCOMPARE(rates[size_t(set.find("bookings_total", "vertical=\"barbershop\",city=\"cordoba\""))],
            hit.bookings[size_t(kBarbershop)][size_t(kCordoba)]);
    }

    void replicasFollowLoadWithinHpaBounds()
    {
        const SimulatorModel m(kMonday, kMonday + 7 * 86400);
        bool sawLag = false;
        for (double t = at(1, 0); t < at(2, 0); t += 60) {
            const ModelState s = stateAt(m, t);
            for (int v = 0; v < kVerticals; ++v) {
                QVERIFY(s.specReplicas[v] >= 2 && s.specReplicas[v] <= 20);
                QVERIFY(s.readyReplicas[v] <= s.specReplicas[v]);
                QVERIFY(s.updatedReplicas[v] <= s.specReplicas[v]);
                QVERIFY(s.observedGeneration[v] <= s.generation[v]);
                QVERIFY(s.cpu[v] >= 0 && s.cpu[v] <= 1 && s.memory[v] >= 0 && s.memory[v] <= 1);
            }
            sawLag = sawLag || s.readyReplicas[0] < s.specReplicas[0];
        }
        QVERIFY2(sawLag, "ready replicas never lag the spec when the HPA scales up");
        QVERIFY(stateAt(m, at(2, 18.5)).specReplicas[0] > 3 * stateAt(m, at(2, 4)).specReplicas[0]);
        // Friday evening pins barbershop at the HPA's maximum.
        QCOMPARE(stateAt(m, at(4, 18.75)).specReplicas[0], 20);
        // A daily rollout on weekdays.
        QVERIFY(stateAt(m, at(1, 12)).generation[0] > stateAt(m, at(1, 10)).generation[0]);
        QCOMPARE(stateAt(m, at(5, 12)).generation[0], stateAt(m, at(5, 10)).generation[0]);
    }

    void countersMonotonicAndHistogramsCumulative()
    {
        SimulatorModel m(at(0, 0), at(0, 8));
        const MetricSet set;
        LiveMetrics live(m, set);
        std::map<std::string, double> previous;
        for (double t = at(0, 0); t <= at(0, 8); t += 7 * 60 + 13) {
            const auto now = samples(live.exposition(t));
            QCOMPARE(now.size(), presentSeries(set, stateAt(m, t)));
            for (const MetricDef& metric : set.metrics()) {
                // A pod's CPU counter starts again when the pod is made again (podsComeAndGo...).
                if (metric.quantity == Quantity::ContainerCpuUsage)
                    continue;
                for (size_t i = metric.firstSeries; i < metric.firstSeries + metric.seriesCount; ++i) {
                    const SeriesDef& s = set.series()[i];
                    if (s.kind == SeriesKind::Gauge)
                        continue;
                    const std::string key = s.name + "{" + s.labels + "}";
                    const double v = std::stod(now.at(key));
                    QVERIFY2(v >= previous[key], key.c_str());
                    previous[key] = v;
                }
            }
        }
        // Cumulative across le, +Inf equal to _count.
        for (const MetricDef& metric : set.metrics()) {
            if (metric.quantity != Quantity::LatencyHistogram && metric.quantity != Quantity::GatewayHistogram)
                continue;
            const auto& series = set.series();
            double below = 0;
            for (size_t i = metric.firstSeries; i < metric.firstSeries + metric.seriesCount - 2; ++i) {
                QVERIFY(series[i].name.ends_with("_bucket"));
                const double v = previous.at(series[i].name + "{" + series[i].labels + "}");
                QVERIFY2(v >= below, series[i].labels.c_str());
                below = v;
            }
            const SeriesDef& count = series[metric.firstSeries + metric.seriesCount - 2];
            QVERIFY(count.name.ends_with("_count"));
            QCOMPARE(previous.at(count.name + "{" + count.labels + "}"), below);
        }
    }

    void backfillAndLiveAgree()
    {
        const double start = at(1, 17), end = at(1, 20); // a Tuesday evening rush
        const SimulatorModel model(start, end);
        const MetricSet set;
        BackfillWriter::Stats stats;
        const std::string text = backfill(model, set, start, end, &stats);
        QVERIFY(text.starts_with("# HELP http_request_duration_seconds "));
        QVERIFY(text.ends_with("\n# EOF\n"));
        QVERIFY(text.find("# TYPE http_requests counter\n") != std::string::npos);
        QVERIFY(text.find("# TYPE http_request_duration_seconds histogram\n") != std::string::npos);
        // Every series that exists at some minute, and one sample per minute while it does.
        size_t existing = 0, expectedSamples = 181; // up
        std::vector<double> values;
        std::vector<char> seen(set.series().size(), 0);
        for (double t = start; t <= end; t += 60) {
            set.evaluateAll(stateAt(model, t), values);
            for (size_t i = 0; i < values.size(); ++i)
                if (!std::isnan(values[i])) {
                    ++expectedSamples;
                    seen[i] = 1;
                }
        }
        existing = static_cast<size_t>(std::count(seen.begin(), seen.end(), 1));
        QCOMPARE(stats.series, existing + 1);
        QCOMPARE(stats.samples, expectedSamples);
        // The traffic series, and a few hundred for the cluster's cost (pods come and go).
        QVERIFY2(existing >= 1500 && existing <= 2100, qPrintable(QString::number(existing)));
        QVERIFY(text.find("up{job=\"barberpro-backend\",instance=\"sim-1\"} 1 " + std::to_string(qint64(end)) + "\n")
            != std::string::npos);

        // Every series, at two instants: the live endpoint serves exactly the backfill's text.
        SimulatorModel liveModel(start, end);
        LiveMetrics live(liveModel, set);
        for (double t : { start + 3600, end }) {
            const auto history = samples(text, std::to_string(qint64(t)));
            const auto served = samples(live.exposition(t));
            QCOMPARE(history.size(), presentSeries(set, stateAt(model, t)));
            QCOMPARE(served.size(), history.size());
            for (const auto& [key, value] : history)
                QVERIFY2(served.at(key) == value,
                    qPrintable(QString::fromStdString(key + " " + value + " vs " + served.at(key))));
        }
        // Between minutes the live counters keep growing from there.
        const long i = set.find(
            "http_requests_total", "vertical=\"fitness\",region=\"cordoba\",route=\"/api/bookings\",code=\"200\"");
        QVERIFY(i >= 0);
        QVERIFY(live.value(size_t(i), end + 45) >= live.value(size_t(i), end));

        // A history written in two parts carries the same values as one written at once.
        const std::string second = backfill(model, set, start + 5400, end);
        QVERIFY(second.find(" " + std::to_string(qint64(start + 5340)) + "\n") == std::string::npos);
        QCOMPARE(
            samples(second, std::to_string(qint64(start + 5400))), samples(text, std::to_string(qint64(start + 5400))));
    }

    void controlChangesTheLiveModelFromNowOn()
    {
        const double start = at(2, 17), now = at(2, 18) + 20;
        SimulatorModel model(start, start);
        const MetricSet set;
        LiveMetrics live(model, set);
        const long requests = set.find(
            "http_requests_total", "vertical=\"barbershop\",region=\"cordoba\",route=\"/api/bookings\",code=\"200\"");
        QVERIFY(requests >= 0);
        const double before = live.value(size_t(requests), now);

        std::string error;
        QVERIFY(!live.control("{\"latencyFactor\": {\"region\": \"atlantis\", \"factor\": 3}}", now, &error));
        QVERIFY(error.find("atlantis") != std::string::npos);
        QVERIFY(!live.control("{\"warp\": 9}", now, &error));
        QVERIFY(!live.control("not json", now, &error));
        QVERIFY(!live.control("{\"replicas\": {\"vertical\": \"barbershop\", \"value\": 2.5}}", now, &error));
        QVERIFY(model.overrides().empty());

        const double p95Before = SimulatorModel::latencyQuantile(stateAt(model, now), 0.95, -1, kCordoba);
        QVERIFY2(live.control("{\"latencyFactor\": {\"region\": \"cordoba\", \"factor\": 3},"
                              " \"replicas\": {\"vertical\": \"barbershop\", \"deployment\": \"api\", \"value\": 3}}",
                     now, &error),
            error.c_str());
        // The past is unchanged, the future is changed.
        QCOMPARE(SimulatorModel::latencyQuantile(stateAt(model, now - 1), 0.95, -1, kCordoba), p95Before);
        QVERIFY(SimulatorModel::latencyQuantile(stateAt(model, now + 1), 0.95, -1, kCordoba) > 2.5 * p95Before);
        QCOMPARE(stateAt(model, now + 1).specReplicas[size_t(kBarbershop)], 3);
        // Three pods cannot carry the evening: utilisation pinned, requests shed with 503.
        QVERIFY(stateAt(model, now + 1).codeShare[size_t(kBarbershop)][0][Code503] > 0.3);
        QCOMPARE(stateAt(model, now + 1).cpu[size_t(kBarbershop)], 1.0);

        // Counters stay monotonic across the change, and keep counting successes more slowly.
        double previous = before;
        for (double t = now; t < now + 600; t += 17) {
            const double v = live.value(size_t(requests), t);
            QVERIFY(v >= previous);
            previous = v;
        }

        // A restarted simulator replaying the journal serves the same values.
        SimulatorModel restarted(start, start);
        QVERIFY(restarted.overrides().replay(model.overrides().journal(), &error));
        LiveMetrics again(restarted, set);
        QCOMPARE(again.exposition(now + 600), live.exposition(now + 600));

        // No pods at all: every request is a 503.
        QVERIFY(live.control("{\"replicas\": {\"vertical\": \"beauty\", \"value\": 0}}", now + 650, &error));
        const ModelState none = stateAt(model, now + 651);
        QCOMPARE(none.codeShare[size_t(Catalog::vertical("beauty"))][1][Code503], 1.0);
        QCOMPARE(none.codeShare[size_t(Catalog::vertical("beauty"))][1][Code200], 0.0);
        QCOMPARE(none.bookings[size_t(Catalog::vertical("beauty"))][1], 0.0);

        // Releasing and resetting.
        QVERIFY(live.control("{\"replicas\": {\"vertical\": \"barbershop\", \"value\": \"auto\"}}", now + 700, &error));
        QVERIFY(stateAt(model, now + 701).specReplicas[size_t(kBarbershop)] > 3);
        QVERIFY(live.control("{\"down\": true}", now + 800, &error));
        QVERIFY(live.scrapeDown(now + 801));
        QVERIFY(model.overrides().describe(now + 801).find("\"down\"") != std::string::npos);
        QVERIFY(model.overrides().describe(now + 801).find("\"replicas\"") != std::string::npos); // beauty's 0
        QVERIFY(live.control("{\"reset\": true}", now + 900, &error));
        QCOMPARE(model.overrides().describe(now + 901), std::string("{\"active\":[]}"));
        QVERIFY(!live.scrapeDown(now + 901));
        // Once the pods scaled back up (two minutes) the model is the unchanged one again.
        QCOMPARE(stateAt(model, now + 901).readyReplicas[size_t(Catalog::vertical("beauty"))], 0);
        QCOMPARE(SimulatorModel::latencyQuantile(stateAt(model, now + 1081), 0.95, -1, kCordoba),
            SimulatorModel::latencyQuantile(stateAt(SimulatorModel(start, start), now + 1081), 0.95, -1, kCordoba));
    }
    void exportedCostSamplesAreTheCostModel()
    {
        // A Tuesday evening rush: barbershop's api scales up and down meanwhile.
        const double start = at(1, 16.5), end = at(1, 19.5);
        const SimulatorModel model(start, end);
        const MetricSet set;
        const std::string text = backfill(model, set, start, end);
        const auto parsed = parseBackfill(text,
            { "container_cpu_allocation", "container_memory_allocation_bytes", "pod_pvc_allocation",
                "node_cpu_hourly_cost", "node_ram_hourly_cost", "node_total_hourly_cost", "pv_hourly_cost" });
        std::map<std::string, double> cpuPrice, ramPrice, pvPrice;
        for (const Sample& s : parsed) {
            if (s.name == "node_cpu_hourly_cost")
                cpuPrice[s.labels.at("node")] = s.value;
            else if (s.name == "node_ram_hourly_cost")
                ramPrice[s.labels.at("node")] = s.value;
            else if (s.name == "pv_hourly_cost")
                pvPrice[s.labels.at("persistentvolume")] = s.value;
            else if (s.name == "node_total_hourly_cost")
                QCOMPARE(s.value, kNodeHourlyUsd);
        }
        QCOMPARE(cpuPrice.size(), size_t(kNodes));
        QCOMPARE(cpuPrice.begin()->second, 0.031611);
        QCOMPARE(ramPrice.begin()->second, 0.004237);
        QCOMPARE(pvPrice.size(), size_t(kVerticals));
        QCOMPARE(pvPrice.begin()->second, 0.00005479452);

        // A minute's allocation x the node's price, summed over the minutes of [start, end),
        // is the cost model's figure: OpenCost's sum_over_time(... [3h:1m]) x 60 / 3600.
        std::map<std::string, CostBreakdown> fromSamples;
        std::map<std::string, std::set<std::string>> podsSeen;
        for (const Sample& s : parsed) {
            if (s.timestamp >= static_cast<long long>(end))
                continue;
            const double hours = 60.0 / 3600.0;
            if (s.name == "container_cpu_allocation") {
                fromSamples[s.labels.at("namespace")].cpu += s.value * cpuPrice.at(s.labels.at("node")) * hours;
                podsSeen[s.labels.at("namespace")].insert(s.labels.at("pod"));
            } else if (s.name == "container_memory_allocation_bytes") {
                fromSamples[s.labels.at("namespace")].ram += s.value / kGiB * ramPrice.at(s.labels.at("node")) * hours;
            } else if (s.name == "pod_pvc_allocation") {
                fromSamples[s.labels.at("namespace")].pv +=
                    s.value / kGiB * pvPrice.at(s.labels.at("persistentvolume")) * hours;
            }
        }
        QCOMPARE(fromSamples.size(), size_t(kVerticals));
        for (int v = 0; v < kVerticals; ++v) {
            const std::string ns(Catalog::verticals()[size_t(v)].id);
            const CostBreakdown truth = namespaceCost(model, v, start, end);
            const CostBreakdown& seen = fromSamples.at(ns);
            for (auto [a, b] :
                { std::pair(seen.cpu, truth.cpu), std::pair(seen.ram, truth.ram), std::pair(seen.pv, truth.pv) })
                QVERIFY2(std::abs(a - b) <= 1e-9 * b,
                    qPrintable(QStringLiteral("%1: %2 vs %3").arg(QString::fromStdString(ns)).arg(a).arg(b)));
            QCOMPARE(truth.total, truth.cpu + truth.ram + truth.pv);
            // db-0 and every api pod index the HPA reached.
            int most = 0;
            for (double t = start; t < end; t += 60)
                most = std::max(most, apiPods(model, v, t));
            QCOMPARE(podsSeen.at(ns).size(), size_t(most + 1));
        }
        QVERIFY2(apiPods(model, kBarbershop, at(1, 18.5)) > apiPods(model, kBarbershop, at(1, 16.5)),
            "barbershop did not scale up in the evening rush");
    }

    void costFollowsScaling()
    {
        SimulatorModel model(kMonday, kMonday + 7 * 86400);
        const double change = at(2, 10) + 17; // inside a minute, as a control change arrives
        std::string error;
        QVERIFY2(model.overrides().apply(
                     "{\"replicas\": {\"vertical\": \"barbershop\", \"deployment\": \"api\", \"value\": 10}}", change,
                     &error),
            error.c_str());
        // From the change on, the api part is exactly ten replicas' requests.
        const double hours = 5;
        const CostBreakdown api = apiCost(model, kBarbershop, change, change + hours * 3600);
        QVERIFY(std::abs(api.total - 10 * replicaHourlyCost(kBarbershop) * hours) < 1e-9);
        const CostBreakdown ns = namespaceCost(model, kBarbershop, change, change + hours * 3600);
        QVERIFY(std::abs(ns.total
                    - (10 * replicaHourlyCost(kBarbershop) + dbHourlyCost(kBarbershop) + volumeHourlyCost(kBarbershop))
                        * hours)
            < 1e-9);
        // Before it, the HPA's count.
        const SimulatorModel plain(kMonday, kMonday + 7 * 86400);
        QCOMPARE(
            apiCost(model, kBarbershop, at(2, 9), change).total, apiCost(plain, kBarbershop, at(2, 9), change).total);
        // Other verticals are unaffected.
        QCOMPARE(namespaceCost(model, kPsychology, at(2, 9), at(2, 15)).total,
            namespaceCost(plain, kPsychology, at(2, 9), at(2, 15)).total);
        // What an api pod costs: its requests at the default prices.
        const PodRequests r = podRequests(kBarbershop, PodKind::Api);
        QCOMPARE(r.cpuCores, 0.25);
        QCOMPARE(r.memoryBytes, 1843 * kMiB); // 1536 Mi x 1.2, whole MiB
        QCOMPARE(replicaHourlyCost(kBarbershop), 0.25 * 0.031611 + 1843.0 / 1024 * 0.004237);
        QCOMPARE(podRequests(kPsychology, PodKind::Db).cpuCores, 10.5);
        QCOMPARE(podRequests(kPsychology, PodKind::Db).memoryBytes, 36 * kGiB);
        QCOMPARE(volumeBytes(kPsychology), 1200 * kGiB);
        QCOMPARE(volumeBytes(Catalog::vertical("dentist")), 400 * kGiB);

        // The exported allocation follows: ten api pods' samples right after the change.
        const MetricSet set;
        LiveMetrics live(model, set);
        const auto served = samples(live.exposition(change + 1));
        int pods = 0;
        for (const auto& [key, value] : served)
            if (key.starts_with("container_cpu_allocation{container=\"api\",namespace=\"barbershop\","))
                ++pods;
        QCOMPARE(pods, 10);
    }

    void idleIsWhatNoContainerRequestsAndEveryPodFits()
    {
        const SimulatorModel model(kMonday - 86400, kMonday + 31 * 86400);
        const double from = kMonday, to = kMonday + 7 * 86400;
        const IdleCost idle = idleCost(model, from, to);
        double allocated = 0;
        for (int v = 0; v < kVerticals; ++v) {
            const CostBreakdown c = namespaceCost(model, v, from, to);
            allocated += c.cpu + c.ram;
        }
        const double cluster = clusterCost(model, from, to);
        QVERIFY(std::abs(cluster - kNodes * 0.776944 * 168) < 1e-9);
        QVERIFY(std::abs(idle.total - (cluster - allocated)) < 1e-9);
        QVERIFY(std::abs(idle.total - idle.cpu - idle.ram) < 1e-12);
        QVERIFY(idle.cpu > 0 && idle.ram > 0);
        const double share = idle.total / cluster;
        qInfo("an ordinary week: nodes $%.2f, allocated $%.2f, idle $%.2f (%.1f %%: cpu $%.2f, ram $%.2f)", cluster,
            allocated, idle.total, 100 * share, idle.cpu, idle.ram);
        QVERIFY2(share >= 0.20 && share <= 0.35, qPrintable(QString::number(share)));

        // Every pod fits its node, every minute of the week: requests within 16 cores and 64 GiB.
        double fullest = 0;
        for (double t = from; t < to; t += 60) {
            std::array<double, kNodes> cpu {}, memory {};
            for (int v = 0; v < kVerticals; ++v) {
                const PodRequests db = podRequests(v, PodKind::Db), api = podRequests(v, PodKind::Api);
                cpu[size_t(podNode(v, PodKind::Db))] += db.cpuCores;
                memory[size_t(podNode(v, PodKind::Db))] += db.memoryBytes;
                for (int i = 0; i < apiPods(model, v, t); ++i) {
                    cpu[size_t(podNode(v, PodKind::Api, i))] += api.cpuCores;
                    memory[size_t(podNode(v, PodKind::Api, i))] += api.memoryBytes;
                }
            }
            for (int n = 0; n < kNodes; ++n)
                fullest = std::max({ fullest, cpu[size_t(n)] / kNodeCores, memory[size_t(n)] / kNodeMemoryBytes });
        }
        qInfo("the fullest node in the week: %.1f %% of a resource", 100 * fullest);
        QVERIFY2(fullest <= 1.0, qPrintable(QString::number(fullest)));
    }

    void monthlyCostsAreNearTheBudgets()
    {
        // An ordinary 30-day month of the model's traffic, no control changes.
        const SimulatorModel model(kMonday - 86400, kMonday + 31 * 86400);
        const double from = kMonday, to = kMonday + 30 * 86400;
        const std::pair<const char*, double> budgets[] = { { "barbershop", 350 }, { "psychology", 600 },
            { "fitness", 450 } };
        for (const auto& [id, budget] : budgets) {
            const int v = Catalog::vertical(id);
            const CostBreakdown c = namespaceCost(model, v, from, to);
            const CostBreakdown api = apiCost(model, v, from, to);
            qInfo("%-10s $%.2f a month (%.1f %% of $%.0f): api $%.2f, db and volume $%.2f; a replica $%.5f/h", id,
                c.total, 100 * c.total / budget, budget, api.total, c.total - api.total, replicaHourlyCost(v));
            QVERIFY2(c.total >= 0.70 * budget && c.total <= 0.95 * budget, id);
        }
    }

    void podsComeAndGoWithReplicas()
    {
        const double start = at(2, 8), change = at(2, 9) + 30;
        SimulatorModel model(start, start);
        const MetricSet set;
        LiveMetrics live(model, set);
        std::string error;
        // (The live side's time only moves forward: changes and reads in time order.)
        QVERIFY(live.control("{\"replicas\": {\"vertical\": \"fitness\", \"value\": 5}}", change, &error));
        const int fitness = Catalog::vertical("fitness");
        auto podsAt = [&](double t) {
            std::map<std::string, std::string> pods; // pod -> node
            for (const auto& [key, value] : samples(live.exposition(t))) {
                if (!key.starts_with("container_cpu_allocation{")
                    || key.find("namespace=\"fitness\"") == std::string::npos)
                    continue;
                static const std::regex pod("node=\"([^\"]+)\",pod=\"([^\"]+)\"");
                std::smatch m;
                if (std::regex_search(key, m, pod))
                    pods[m[2]] = m[1];
            }
            return pods;
        };
        const auto five = podsAt(change + 60);
        QCOMPARE(five.size(), size_t(6)); // five api pods and db-0
        QVERIFY(five.contains("db-0"));
        const std::regex name("api-[bcdfghjklmnpqrstvwxz2456789]{9,10}-[bcdfghjklmnpqrstvwxz2456789]{5}");
        for (int i = 0; i < 5; ++i) {
            const std::string pod = podName(fitness, PodKind::Api, i);
            QVERIFY2(std::regex_match(pod, name), pod.c_str());
            QVERIFY(pod.starts_with(replicaSetName(fitness) + "-"));
            QCOMPARE(five.at(pod), nodeName(podNode(fitness, PodKind::Api, i)));
        }
        // Scaling down removes the highest indices; scaling up brings index 3 back, on its node.
        QVERIFY(live.control("{\"replicas\": {\"vertical\": \"fitness\", \"value\": 3}}", change + 600, &error));
        const auto three = podsAt(change + 660);
        QCOMPARE(three.size(), size_t(4));
        QVERIFY(
            !three.contains(podName(fitness, PodKind::Api, 3)) && !three.contains(podName(fitness, PodKind::Api, 4)));
        QVERIFY(live.control("{\"replicas\": {\"vertical\": \"fitness\", \"value\": 4}}", change + 1200, &error));
        const auto four = podsAt(change + 1260);
        QCOMPARE(four.size(), size_t(5));
        QCOMPARE(four.at(podName(fitness, PodKind::Api, 3)), five.at(podName(fitness, PodKind::Api, 3)));
        // Its CPU counter is a new container's: it starts again from zero.
        const std::string usage = "container_cpu_usage_seconds_total{container=\"api\",namespace=\"fitness\",node=\""
            + four.at(podName(fitness, PodKind::Api, 3)) + "\",pod=\"" + podName(fitness, PodKind::Api, 3) + "\"}";
        const auto fresh = samples(live.exposition(change + 1260));
        const double usedSinceBack = std::stod(fresh.at(usage));
        const double request = podRequests(fitness, PodKind::Api).cpuCores;
        QVERIFY2(
            usedSinceBack >= 0 && usedSinceBack <= request * 60.0 + 1e-9, qPrintable(QString::number(usedSinceBack)));
        const long index = set.find("container_cpu_usage_seconds_total",
            "container=\"api\",namespace=\"fitness\",node=\"" + four.at(podName(fitness, PodKind::Api, 3)) + "\",pod=\""
                + podName(fitness, PodKind::Api, 3) + "\"");
        QVERIFY(index >= 0);
        QCOMPARE(live.value(size_t(index), change + 1260), usedSinceBack);
        // A pod that is not there has no value (and no sample).
        const long gone = set.find("container_cpu_allocation",
            "container=\"api\",namespace=\"fitness\",node=\"" + nodeName(podNode(fitness, PodKind::Api, 4))
                + "\",pod=\"" + podName(fitness, PodKind::Api, 4) + "\"");
        QVERIFY(gone >= 0);
        QVERIFY(std::isnan(live.value(size_t(gone), change + 1260)));
        // Names are fixed per vertical and index; other verticals' pods keep theirs.
        QVERIFY(replicaSetName(kBarbershop) != replicaSetName(kPsychology));
        QCOMPARE(podName(kBarbershop, PodKind::Db), std::string("db-0"));
        QVERIFY(std::regex_match(persistentVolumeName(kBarbershop),
            std::regex("pvc-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
        std::set<std::string> names;
        for (int v = 0; v < kVerticals; ++v)
            for (int i = 0; i < SimulatorModel::kHpaMaxReplicas; ++i)
                names.insert(podName(v, PodKind::Api, i));
        QCOMPARE(names.size(), size_t(kVerticals * SimulatorModel::kHpaMaxReplicas));

        // The owners and labels OpenCost aggregates by.
        const auto served = samples(live.exposition(change + 1260));
        const std::string pod0 = podName(fitness, PodKind::Api, 0);
        QVERIFY(served.contains(
            "kube_pod_owner{namespace=\"fitness\",owner_is_controller=\"true\",owner_kind=\"ReplicaSet\","
            "owner_name=\""
            + replicaSetName(fitness) + "\",pod=\"" + pod0 + "\"}"));
        QVERIFY(served.contains(
            "kube_pod_owner{namespace=\"fitness\",owner_is_controller=\"true\",owner_kind=\"StatefulSet\","
            "owner_name=\"db\",pod=\"db-0\"}"));
        QVERIFY(served.contains(
            "kube_replicaset_owner{namespace=\"fitness\",owner_is_controller=\"true\",owner_kind=\"Deployment\","
            "owner_name=\"api\",replicaset=\""
            + replicaSetName(fitness) + "\"}"));
        QVERIFY(
            served.contains("kube_pod_labels{label_app=\"api\",label_vertical=\"fitness\",namespace=\"fitness\",pod=\""
                + pod0 + "\"}"));
        QVERIFY(
            !served.contains("kube_pod_labels{label_app=\"api\",label_vertical=\"fitness\",namespace=\"fitness\",pod=\""
                + podName(fitness, PodKind::Api, 4) + "\"}"));
        QCOMPARE(served.at("opencost_build_info{revision=\"atalaya-simulator\",version=\"demo\"}"), std::string("1"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorModel)
#include "tst_simulatormodel.moc"

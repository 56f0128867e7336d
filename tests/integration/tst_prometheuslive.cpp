// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Against the real Prometheus of the demo stack (CTest fixture demo_stack): the figures the
// console reads are the ones the simulator emitted.

#include <cmath>

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include "config/config.h"
#include "domain/aggregate.h"
#include "domain/querytiming.h"
#include "simulatormodel.h"
#include "sources/prometheusclient.h"
#include "testutils.h"
#include "sources/queryset.h"
#include "sources/session.h"

using namespace atalaya;
using atalaya::test::await;


class TestPrometheusLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("ATALAYA_DEMO_STATE") + QStringLiteral("/atalaya-demo.json");
        QVERIFY2(QFile::exists(path), "the demo stack fixture did not start (no config written)");
        // Reading the file is I/O: off the main thread, as the console does it.
        ConfigLoadResult loaded = QtConcurrent::run([path] { return ConfigLoader::load(path); }).result();
        QVERIFY2(loaded.problems.empty(), loaded.problems.empty() ? "" : qPrintable(loaded.problems.front().toDisplayString()));
        m_session = std::make_unique<Session>(loaded.config, QStringLiteral("demo"));
        QCOMPARE(m_session->environment().name, QStringLiteral("demo"));
    }

    void cleanupTestCase() { m_session.reset(); }

    void buildInfoAnswers()
    {
        const auto r = await(m_session->prometheus()->buildInfo());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toDisplayString()));
        QVERIFY(r.value().version.startsWith(QStringLiteral("2.")));
    }

    void requestRateMatchesTheSimulator_data()
    {
        QTest::addColumn<QString>("vertical");
        QTest::addColumn<int>("hoursAgo");
        for (const char* v : { "barbershop", "psychology", "fitness" })
            for (int h : { 3, 30, 100 })
                QTest::newRow(qPrintable(QStringLiteral("%1 %2h ago").arg(QString::fromLatin1(v)).arg(h)))
                    << QString::fromLatin1(v) << h;
    }

    void requestRateMatchesTheSimulator()
    {
        QFETCH(QString, vertical);
        QFETCH(int, hoursAgo);
        // Backfilled history, at a whole minute: rate over 10 minutes of 1-minute samples.
        const qint64 at = (QDateTime::currentSecsSinceEpoch() - hoursAgo * 3600) / 60 * 60;
        // The requests the dashboard shows: the latency histogram's count.
        const QString q = m_session->environment().queries.render(
            QStringLiteral("latencyBuckets"), { { QStringLiteral("vertical"), vertical }, { QStringLiteral("window"), QStringLiteral("10m") } });
        const auto r = await(m_session->prometheus()->query(q, QDateTime::fromSecsSinceEpoch(at)));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toDisplayString()));
        QVERIFY(r.value().series.size() > 10); // by bucket and region
        const Series all = BucketGrid(r.value().series).count();
        QCOMPARE(all.values.size(), size_t(1));
        const double measured = all.values.front();
        // The simulator's own figure: the average rate over the same ten minutes.
        double expected = 0;
        for (int m = 0; m < 10; ++m)
            expected += sim::requestRate(vertical.toStdString(), static_cast<double>(at - 600 + m * 60 + 30));
        expected /= 10;
        QVERIFY2(expected > 0.1, "the simulator emits no traffic for this vertical");
        QVERIFY2(std::abs(measured - expected) / expected < 0.05,
                 qPrintable(QStringLiteral("Prometheus %1 req/s, simulator %2 req/s").arg(measured).arg(expected)));
    }

    void sevenDaysOfHistoryAreThere()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const QDateTime start = end.addDays(-7).addSecs(600);
        const double step = stepForWidth(7 * 86400.0, 1200, 60);
        QueryTarget t { QStringLiteral("rps"), {}, QStringLiteral("sum(rate(http_requests_total{vertical=\"fitness\"}[") + rateWindow(step, 60) + QStringLiteral("]))") };
        const auto r = await(m_session->prometheus()->queryRange(t.promql, start, end, step));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toDisplayString()));
        QCOMPARE(r.value().series.size(), size_t(1));
        const Series& s = r.value().series.front();
        // Nearly every step has a value: no hole between the backfilled history and live data.
        const double expectedPoints = start.secsTo(end) / step;
        QVERIFY2(s.values.size() >= expectedPoints * 0.97,
                 qPrintable(QStringLiteral("%1 points of %2").arg(s.values.size()).arg(expectedPoints)));
        // The week has a daily rhythm: the busiest hour is several times the quietest.
        const auto [mn, mx] = std::minmax_element(s.values.begin(), s.values.end());
        QVERIFY2(*mx > 3 * *mn, qPrintable(QStringLiteral("min %1 max %2").arg(*mn).arg(*mx)));
    }

    void p95IsNanFreeAndUnderTheSlaMostOfTheTime()
    {
        const QString q = m_session->environment().queries.render(
            QStringLiteral("latencyBuckets"), { { QStringLiteral("vertical"), QStringLiteral("barbershop") },
                                                { QStringLiteral("window"), QStringLiteral("5m") } });
        const auto r = await(m_session->prometheus()->query(q));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toDisplayString()));
        const Series p95s = quantileOverTime(0.95, r.value().series);
        QCOMPARE(p95s.values.size(), size_t(1));
        const double p95 = p95s.values.front();
        QVERIFY(std::isfinite(p95));
        QVERIFY2(p95 > 0.005 && p95 < 1.0, qPrintable(QString::number(p95)));
    }

    /// The dashboard computes quantiles, requests/s and the 5xx ratio from one answer by (le, region)
    /// and one of the 5xx by (code, region): over six hours, every step equals what Prometheus
    /// computes itself.
    void clientSideAggregationEqualsPrometheus()
    {
        const Environment& env = m_session->environment();
        const QDateTime end = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, Qt::UTC);
        const QDateTime start = end.addSecs(-6 * 3600);
        const std::map<QString, QString> values { { QStringLiteral("vertical"), QStringLiteral("fitness") },
                                                  { QStringLiteral("window"), QStringLiteral("4m") } };
        auto range = [&](const QString& promql) {
            auto r = await(m_session->prometheus()->queryRange(promql, start, end, 60));
            if (!r.ok())
                qWarning() << r.error().toDisplayString();
            return r.ok() ? r.value() : QueryResult {};
        };
        const QueryResult buckets = range(env.queries.render(QStringLiteral("latencyBuckets"), values));
        const QueryResult codes = range(env.queries.render(QStringLiteral("requestsByCode"), values));
        QVERIFY(buckets.series.size() > 20);
        QVERIFY(codes.series.size() > 3);
        // The buckets' bounds: where float noise decides between two buckets.
        auto boundOf = [](const Series& b) {
            const QString le = b.labels.value(QStringLiteral("le"));
            return le.compare(u"+Inf", Qt::CaseInsensitive) == 0 ? std::numeric_limits<double>::infinity() : le.toDouble();
        };
        std::vector<double> bounds;
        for (const Series& b : buckets.series)
            bounds.push_back(boundOf(b));
        std::sort(bounds.begin(), bounds.end());
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
        // The cumulative rate at bound @p le at time @p t, over the buckets @p keep keeps.
        auto countAt = [&](double t, double le, const LabelFilter& keep) {
            double sum = 0;
            for (const Series& b : buckets.series) {
                if (boundOf(b) != le || (keep && !keep(b.labels)))
                    continue;
                const auto it = std::lower_bound(b.timestamps.begin(), b.timestamps.end(), t);
                if (it != b.timestamps.end() && *it == t)
                    sum += b.values[size_t(it - b.timestamps.begin())];
            }
            return sum;
        };
        // A bucket with no observations in the window has a rate that is zero only up to float
        // noise, which depends on the order of the sums (ours by region first, Prometheus' at
        // once): the rank then lands at one bucket's top on one side and inside or at the top of
        // the next, empty, buckets on the other. Prometheus 2.42 has no tolerance for it. Allowed:
        // both answers in one bucket, or only empty buckets between them (the cumulative rate at
        // the top of the bucket holding the higher answer equals, up to noise, the one at the top
        // of the bucket holding the lower). Anything else is a real difference.
        auto onlyNoiseBetween = [&](double t, double a, double b, const LabelFilter& keep) {
            const double lo = std::min(a, b), hi = std::max(a, b);
            auto top = [&](double x) {
                const auto it = std::lower_bound(bounds.begin(), bounds.end(), x - 1e-9);
                return it == bounds.end() ? std::numeric_limits<double>::infinity() : *it;
            };
            const double total = countAt(t, std::numeric_limits<double>::infinity(), keep);
            return std::abs(countAt(t, top(hi), keep) - countAt(t, top(lo), keep)) <= 1e-9 * std::max(1.0, total);
        };
        auto same = [&](const Series& ours, const Series& theirs, const char* what, const LabelFilter& keep = {}, bool quantile = false) {
            QVERIFY2(ours.timestamps.size() > 300, what);
            QCOMPARE(ours.timestamps, theirs.timestamps);
            size_t noise = 0;
            for (size_t i = 0; i < ours.values.size(); ++i) {
                const double a = ours.values[i], b = theirs.values[i];
                if ((std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)))
                    continue;
                // A bound within 1e-9 of an answer is that answer's own (0.1 + 0.02 is a hair
                // above 0.12).
                const double lo = std::min(a, b) + 1e-9, hi = std::max(a, b) - 1e-9;
                const bool oneBucket = std::none_of(bounds.begin(), bounds.end(), [&](double le) { return le > lo && le < hi; });
                const bool explained = quantile && !std::isnan(a) && !std::isnan(b) && (oneBucket || onlyNoiseBetween(ours.timestamps[i], a, b, keep));
                QVERIFY2(explained, qPrintable(QStringLiteral("%1 at %2: console %3, Prometheus %4").arg(QString::fromLatin1(what)).arg(ours.timestamps[i]).arg(a).arg(b)));
                ++noise;
            }
            QVERIFY2(noise * 100 <= ours.values.size(), qPrintable(QStringLiteral("%1: %2 steps differ").arg(QString::fromLatin1(what)).arg(noise)));
        };
        const QString selector = QStringLiteral("{vertical=\"fitness\"}[4m]");
        for (const char* q : { "0.5", "0.95", "0.99" }) {
            const QueryResult server = range(QStringLiteral("histogram_quantile(%1, sum by (le) (rate(http_request_duration_seconds_bucket%2)))")
                                                 .arg(QString::fromLatin1(q), selector));
            QCOMPARE(server.series.size(), size_t(1));
            same(quantileOverTime(QString::fromLatin1(q).toDouble(), buckets.series), server.series.front(), q, {}, true);
        }
        // One region: Córdoba's p95 from the same answer.
        const QueryResult cordoba = range(QStringLiteral("histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{vertical=\"fitness\",region=\"cordoba\"}[4m])))"));
        QCOMPARE(cordoba.series.size(), size_t(1));
        const LabelFilter inCordoba = [](const QMap<QString, QString>& l) { return l.value(QStringLiteral("region")) == u"cordoba"; };
        same(quantileOverTime(0.95, buckets.series, inCordoba), cordoba.series.front(), "cordoba p95", inCordoba, true);
        // Requests/s: the histogram's count; the 5xx ratio: requestsByCode's 5xx over it.
        const BucketGrid grid(buckets.series, QStringLiteral("region"));
        const QueryResult rate = range(QStringLiteral("sum(rate(http_request_duration_seconds_count%1))").arg(selector));
        same(grid.count(), rate.series.front(), "requests/s");
        const QueryResult errors = range(QStringLiteral("(sum(rate(http_requests_total{vertical=\"fitness\",region=\"cordoba\",code=~\"5..\"}[4m])) or "
                                                        "sum(rate(http_request_duration_seconds_count{vertical=\"fitness\",region=\"cordoba\"}[4m])) * 0) / "
                                                        "sum(rate(http_request_duration_seconds_count{vertical=\"fitness\",region=\"cordoba\"}[4m]))"));
        const LabelFilter is5xx = [](const QMap<QString, QString>& l) { return l.value(QStringLiteral("code")).startsWith(u'5'); };
        QVERIFY(std::all_of(codes.series.begin(), codes.series.end(), [&](const Series& s) { return is5xx(s.labels); }));
        same(partOfTotal(grid.count(QStringLiteral("cordoba")), codes.series, inCordoba).ratio(), errors.series.front(), "cordoba 5xx ratio");
    }

    void querySetRunsConcurrentlyAndDropsSupersededRuns()
    {
        QuerySet set;
        set.setClient(m_session->prometheus());
        std::vector<QueryTarget> targets;
        for (const char* v : { "barbershop", "psychology", "fitness", "beauty" })
            targets.push_back({ QString::fromLatin1(v), {},
                                QStringLiteral("sum(rate(http_requests_total{vertical=\"%1\"}[5m]))").arg(QString::fromLatin1(v)) });
        set.setTargets(targets);
        int results = 0;
        int finishedRuns = 0;
        connect(&set, &QuerySet::resultReady, this, [&](int, const Result<QueryResult>& r) {
            QVERIFY(r.ok());
            ++results;
        });
        connect(&set, &QuerySet::finished, this, [&](int failures, const QString&) {
            QCOMPARE(failures, 0);
            ++finishedRuns;
        });
        set.runInstant();
        set.runInstant(); // supersedes the first: only the second run's answers come through
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns, 1, 30000);
        QCOMPARE(results, 4);
        QTest::qWait(300);
        QCOMPARE(finishedRuns, 1);
    }

private:
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestPrometheusLive)
#include "tst_prometheuslive.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Costs: the OpenCost allocation client on OpenCost-shaped fixtures (nulls, idle, unallocated,
// the JSON error envelope, the plain-text 400), the window and aggregate checks, the cache
// encoding, the Prometheus-derived assembly, and the analysis the cost page shows: budgets at
// 120 % / 150 %, the forecast, trend anomalies at 150 %, cost per booking, the share of revenue
// and the cost of more replicas. The real Prometheus path is in tests/integration/tst_costs.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include "cache/cache.h"
#include "costs/costanalysis.h"
#include "costs/costservice.h"
#include "costs/opencost.h"
#include "costs/promcost.h"
#include "sources/prometheusclient.h"
#include "util/workpool.h"

#include "scriptedserver.h"
#include "testutils.h"

using namespace atalaya;
using namespace atalaya::costs;
using atalaya::test::await;
using atalaya::test::ScriptedServer;

namespace {

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(ATALAYA_TEST_DATA "/opencost/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString formValue(const QByteArray& form, const QByteArray& key)
{
    for (const QByteArray& pair : form.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (pair.left(eq) == key)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return QStringLiteral("<missing>");
}

const QTimeZone kArt("America/Argentina/Buenos_Aires");

Vertical vertical(const QString& id, std::optional<double> budget, std::optional<double> perBooking)
{
    Vertical v;
    v.id = id;
    v.name = id;
    v.namespaceName = id;
    v.monthlyBudgetUsd = budget;
    v.costPerBookingUsd = perBooking;
    return v;
}

/// A whole local day of cost: @p perVertical for each id, idle and the total on top.
DayCost day(const QDate& d, std::map<QString, double> perVertical, double idle = 0, double fraction = 1)
{
    DayCost c;
    c.day = d;
    c.startMs = QDateTime(d, QTime(0, 0), kArt).toMSecsSinceEpoch();
    c.endMs = c.startMs + qint64(fraction * 86'400'000);
    c.coveredFraction = fraction;
    c.byVertical = std::move(perVertical);
    c.idle = idle;
    c.total = idle;
    for (const auto& [id, v] : c.byVertical)
        c.total += v;
    return c;
}

const VerticalCosts& of(const CostAnalysis& a, const QString& id)
{
    for (const VerticalCosts& v : a.verticals)
        if (v.id == id)
            return v;
    qFatal("no vertical %s", qPrintable(id));
}

} // namespace

class TestCosts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("atalaya-net"));
        m_thread->start();
    }
    void cleanup()
    {
        for (QObject* c : std::as_const(m_clients))
            QMetaObject::invokeMethod(c, [c] { delete c; }, Qt::BlockingQueuedConnection);
        m_clients.clear();
        m_thread->quit();
        m_thread->wait();
        m_server.reset();
    }

    void decodesTheDocumentedShapeWithNulls()
    {
        const auto r = decodeAllocationResponse(fixture(QStringLiteral("allocation-namespace-daily.json")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toDisplayString()));
        const AllocationReport& report = r.value();
        QCOMPARE(report.sets.size(), size_t(2)); // the third step is null: no allocations
        const AllocationSet& first = report.sets[0];
        QCOMPARE(first.items.size(), size_t(4));
        QCOMPARE(first.startMs, QDateTime::fromString(QStringLiteral("2026-11-27T03:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(first.endMs, QDateTime::fromString(QStringLiteral("2026-11-28T03:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        const Allocation* barbershop = first.find(QStringLiteral("barbershop"));
        QVERIFY(barbershop);
        QCOMPARE(barbershop->totalCost, 8.75496);
        QCOMPARE(barbershop->cpuCost, 6.12345);
        QCOMPARE(barbershop->totalEfficiency, 0.41);
        QVERIFY(std::isnan(barbershop->ramEfficiency)); // null is unknown, not 0
        // A null total: the parts that are known, summed.
        const Allocation* psychology = first.find(QStringLiteral("psychology"));
        QVERIFY(std::isnan(psychology->totalCost));
        QCOMPARE(psychology->total(), 9.0 + 4.25 + 0.2);
        QVERIFY(std::isnan(psychology->cpuEfficiency));
        // Every figure null: nothing known, and nothing counted.
        const Allocation* unknown = report.sets[1].find(QStringLiteral("psychology"));
        QVERIFY(std::isnan(unknown->cpuCost));
        QCOMPARE(unknown->total(), 0.0); // gpu, network, lb, shared and external are 0 there
        // Idle and unallocated are not a namespace's spend.
        QCOMPARE(first.allocatedTotal(), 8.75496 + 13.45);
        QCOMPARE(report.totalOf(kIdle), 5.5 + 2.25);
        QVERIFY(isSpecialName(kUnallocated));
        QVERIFY(!isSpecialName(QStringLiteral("barbershop")));
    }

    void decodesErrorsWithTheServersMessage()
    {
        const auto bad = decodeAllocationResponse(fixture(QStringLiteral("error-400.json")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ApiError::Kind::Api);
        QCOMPARE(bad.error().httpStatus, 400);
        QVERIFY(bad.error().message.contains(QStringLiteral("unknown property 'verticals'")));
        const auto text = decodeAllocationResponse("Invalid window parameter: bad duration");
        QCOMPARE(text.error().kind, ApiError::Kind::Decode);
        QVERIFY(text.error().message.contains(QStringLiteral("Invalid window parameter")));
        const auto object = decodeAllocationResponse(R"({"code":200,"status":"success","data":{"a":{}}})");
        QCOMPARE(object.error().kind, ApiError::Kind::Decode);
        const auto notObject = decodeAllocationResponse(R"({"code":200,"data":[{"a":5}]})");
        QCOMPARE(notObject.error().kind, ApiError::Kind::Decode);
        QVERIFY(notObject.error().message.contains(u'a'));
    }

    void validatesWindows_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<bool>("valid");
        QTest::newRow("today") << "today" << true;
        QTest::newRow("lastmonth") << "lastmonth" << true;
        QTest::newRow("7d") << "7d" << true;
        QTest::newRow("30m") << "30m" << true;
        QTest::newRow("unix pair") << "1764547200,1764633600" << true;
        QTest::newRow("rfc3339 pair") << "2026-11-01T00:00:00Z,2026-11-08T00:00:00Z" << true;
        QTest::newRow("reversed unix pair") << "1764633600,1764547200" << false;
        QTest::newRow("equal rfc3339") << "2026-11-01T00:00:00Z,2026-11-01T00:00:00Z" << false;
        QTest::newRow("idle is kubecost's") << "idle" << false;
        QTest::newRow("weeks") << "2w" << false;
        QTest::newRow("zero") << "0d" << false;
        QTest::newRow("dates only") << "2026-11-01,2026-11-08" << false;
        QTest::newRow("injection") << "7d&aggregate=pod" << false;
        QTest::newRow("empty") << "" << false;
    }
    void validatesWindows()
    {
        QFETCH(QString, window);
        QFETCH(bool, valid);
        QCOMPARE(validateWindow(window).isEmpty(), valid);
    }

    void validatesAggregates()
    {
        QVERIFY(validateAggregate(QStringLiteral("namespace")).isEmpty());
        QVERIFY(validateAggregate(QStringLiteral("namespace,label:app.kubernetes.io/name")).isEmpty());
        QVERIFY(validateAggregate(QStringLiteral("controller")).isEmpty());
        QVERIFY(!validateAggregate(QStringLiteral("verticals")).isEmpty());
        QVERIFY(!validateAggregate(QStringLiteral("label:")).isEmpty());
        QVERIFY(!validateAggregate(QStringLiteral("namespace,")).isEmpty());
        QVERIFY(!validateAggregate(QStringLiteral("label:a\"b")).isEmpty());
        QCOMPARE(labelValueFromKey(QStringLiteral("vertical=fitness")), QStringLiteral("fitness"));
        QCOMPARE(labelValueFromKey(QStringLiteral("fitness")), QStringLiteral("fitness"));
    }

    void clientAsksWithTheDocumentedParameters()
    {
        auto* client = make();
        m_server->replies = { { 200, "application/json", fixture(QStringLiteral("allocation-namespace-daily.json")) } };
        AllocationQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(1764558000, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(1764558000 + 2 * 86400, Qt::UTC);
        q.stepSeconds = 86400;
        q.resolution = QStringLiteral("5m");
        const auto r = await(client->allocation(q));
        QVERIFY(r.ok());
        QCOMPARE(r.value().sets.size(), size_t(2));
        QCOMPARE(m_server->requests.size(), 1);
        const auto& req = m_server->requests.front();
        QCOMPARE(req.path(), QByteArray("/model/allocation"));
        QCOMPARE(formValue(req.form(), "window"), QStringLiteral("1764558000,1764730800"));
        QCOMPARE(formValue(req.form(), "aggregate"), QStringLiteral("namespace"));
        QCOMPARE(formValue(req.form(), "includeIdle"), QStringLiteral("true")); // not Kubecost's "idle"
        QCOMPARE(formValue(req.form(), "step"), QStringLiteral("86400s"));
        QCOMPARE(formValue(req.form(), "resolution"), QStringLiteral("5m"));
    }

    void clientRefusesABadQueryWithoutAsking()
    {
        auto* client = make();
        AllocationQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(2000, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        const auto reversed = await(client->allocation(q));
        QCOMPARE(reversed.error().kind, ApiError::Kind::Api);
        QVERIFY(reversed.error().message.contains(QStringLiteral("start")));
        q.end = QDateTime::fromSecsSinceEpoch(3000, Qt::UTC);
        q.aggregate = QStringLiteral("namespace,vertical");
        const auto aggregate = await(client->allocation(q));
        QVERIFY(aggregate.error().message.contains(QStringLiteral("\"vertical\"")));
        QCOMPARE(m_server->requests.size(), 0);
    }

    void clientReadsEveryKindOfFailure()
    {
        auto* client = make();
        AllocationQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(90000, Qt::UTC);
        // The plain-text 400 of a bad parameter (the handler goes on writing JSON after it).
        m_server->replies = { { 400, "text/plain; charset=utf-8", "Invalid window parameter: bad\n{\"code\":200,\"data\":[]}" } };
        const auto plain = await(client->allocation(q));
        QCOMPARE(plain.error().kind, ApiError::Kind::Api);
        QCOMPARE(plain.error().httpStatus, 400);
        QCOMPARE(plain.error().message, QStringLiteral("Invalid window parameter: bad"));
        QCOMPARE(plain.error().service, QStringLiteral("OpenCost"));
        QVERIFY(plain.error().source.endsWith(QStringLiteral("/model/allocation")));
        // The JSON error envelope with a 500.
        m_server->replies = { { 500, "application/json", fixture(QStringLiteral("error-500.json")) } };
        const auto envelope = await(client->allocation(q));
        QCOMPARE(envelope.error().kind, ApiError::Kind::Api);
        QCOMPARE(envelope.error().httpStatus, 500);
        QVERIFY(envelope.error().message.contains(QStringLiteral("context deadline exceeded")));
        QVERIFY(envelope.error().isRetryable());
        // A gateway's HTML page.
        m_server->replies = { { 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>" } };
        const auto gateway = await(client->allocation(q));
        QCOMPARE(gateway.error().kind, ApiError::Kind::Http);
        QVERIFY(gateway.error().message.contains(QStringLiteral("502 Bad Gateway")));
        // Nobody listening.
        m_server.reset();
        const auto refused = await(client->allocation(q));
        QCOMPARE(refused.error().kind, ApiError::Kind::Transport);
    }

    void cacheEncodingRoundTrips()
    {
        const auto r = decodeAllocationResponse(fixture(QStringLiteral("allocation-namespace-daily.json")));
        QByteArray bytes = encode(r.value());
        AllocationReport back;
        QVERIFY(decode(bytes, back));
        QCOMPARE(back.sets.size(), r.value().sets.size());
        QCOMPARE(back.totalOf(QStringLiteral("barbershop")), r.value().totalOf(QStringLiteral("barbershop")));
        QVERIFY(std::isnan(back.sets[0].find(QStringLiteral("psychology"))->totalCost));
        QCOMPARE(back.sets[1].startMs, r.value().sets[1].startMs);
        bytes.chop(9);
        QVERIFY(!decode(bytes, back));
        QVERIFY(!decode(QByteArray("not a report"), back));
    }

    void serviceFallsBackToTheCacheAndSaysWhen()
    {
        QTemporaryDir dir;
        cache::Cache cache(dir.filePath(QStringLiteral("costs.db")));
        auto* client = make();
        auto* prometheus = new PrometheusClient(SourceConfig {});
        prometheus->moveToThread(m_thread.get());
        m_clients << prometheus;
        CostService service(client, prometheus, {}, &cache, false, QStringLiteral("prometheus x"));
        QVERIFY(service.usesApi());
        AllocationQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(1764558000, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(1764558000 + 86400 + 3600, Qt::UTC);
        q.stepSeconds = 86400;
        m_server->replies = { { 200, "application/json", fixture(QStringLiteral("allocation-namespace-daily.json")) } };
        const auto live = await(service.allocation(q));
        QVERIFY(live.ok());
        QCOMPARE(live.value().cachedAtMs, 0);
        // A later refresh of the same window (today grew by an hour) while OpenCost is down.
        q.end = q.end.addSecs(3600);
        m_server.reset();
        const auto cached = await(service.allocation(q));
        QVERIFY2(cached.ok(), qPrintable(cached.ok() ? QString() : cached.error().toDisplayString()));
        QVERIFY(cached.value().cachedAtMs > 0);
        QCOMPARE(cached.value().totalOf(QStringLiteral("barbershop")), live.value().totalOf(QStringLiteral("barbershop")));
        // A window that starts elsewhere was never fetched: the error, not someone else's answer.
        q.start = q.start.addDays(-1);
        const auto never = await(service.allocation(q));
        QVERIFY(!never.ok());
        QCOMPARE(never.error().kind, ApiError::Kind::Transport);

        // Offline review asks nobody: the cached answer, and for a window never fetched not a
        // transport error but "not cached".
        CostService offline(client, prometheus, {}, &cache, true, QStringLiteral("prometheus x"));
        const auto neverOffline = await(offline.allocation(q));
        QCOMPARE(neverOffline.error().kind, ApiError::Kind::NotCached);
        q.start = q.start.addDays(1);
        const auto review = await(offline.allocation(q));
        QVERIFY(review.ok());
        QVERIFY(review.value().cachedAtMs > 0);
    }

    void replicaCostFromThePodsOfTheLastHour()
    {
        auto* client = make();
        auto* prometheus = new PrometheusClient(SourceConfig {}); // no URL: asks nobody, fails
        prometheus->moveToThread(m_thread.get());
        m_clients << prometheus;
        QueryTemplates queries;
        queries.templates[QStringLiteral("costReplica")] = QStringLiteral("x");
        CostService service(client, prometheus, queries, nullptr, false, {});
        // OpenCost takes its time: no thread of either pool waits for it meanwhile.
        m_server->replies = { { 200, "application/json", fixture(QStringLiteral("allocation-pods-1h.json")), false, 600 } };
        const auto future = service.replicaHourlyCost(QStringLiteral("barbershop"), QStringLiteral("api"));
        QTRY_COMPARE(m_server->requests.size(), qsizetype(1));
        QTest::qWait(100);
        QVERIFY(!future.isFinished());
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QCOMPARE(workPool()->activeThreadCount(), 0);
        const auto r = await(future);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toDisplayString()));
        // Two api pods (db-0 is another controller): 0.04178 $/h, and 0.02089 over half an hour.
        QCOMPARE(r.value().first, (0.04178 + 0.02089 * 2) / 2);
        QVERIFY(r.value().second.contains(u'2'));
        QCOMPARE(formValue(m_server->requests.front().form(), "aggregate"), QStringLiteral("namespace,pod"));
    }

    void assemblesPrometheusAnswersAsAllocations()
    {
        AllocationQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(86400, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(3 * 86400 + 7200, Qt::UTC);
        q.stepSeconds = 86400;
        const auto sets = setBoundaries(q);
        QCOMPARE(sets.size(), size_t(3));
        QCOMPARE(sets[2], (std::pair<qint64, qint64> { 3 * 86'400'000LL, 3 * 86'400'000LL + 7'200'000 }));
        auto series = [](const QString& ns, std::vector<double> t, std::vector<double> v) {
            Series s;
            if (!ns.isEmpty())
                s.labels[QStringLiteral("namespace")] = ns;
            s.timestamps = std::move(t);
            s.values = std::move(v);
            return s;
        };
        std::array<std::vector<Series>, kCostParts> parts;
        parts[size_t(CostPart::Cpu)] = { series(QStringLiteral("fitness"), { 2 * 86400, 3 * 86400 }, { 4, 5 }),
                                         series(QStringLiteral("fitness"), { 3 * 86400 + 7200 }, { 0.5 }) };
        parts[size_t(CostPart::Ram)] = { series(QStringLiteral("fitness"), { 2 * 86400, 3 * 86400 }, { 1, 2 }) };
        parts[size_t(CostPart::Pv)] = { series(QStringLiteral("fitness"), { 2 * 86400 }, { 0.25 }) };
        parts[size_t(CostPart::Nodes)] = { series({}, { 2 * 86400, 3 * 86400, 3 * 86400 + 7200 }, { 10, 6, 0.25 }) };
        const AllocationReport r = assembleAllocation(sets, parts, true);
        QCOMPARE(r.sets.size(), size_t(3));
        QCOMPARE(r.sets[0].find(QStringLiteral("fitness"))->totalCost, 4 + 1 + 0.25);
        QCOMPARE(r.sets[0].find(kIdle)->totalCost, 10 - 5.0); // PV is not a node's cost
        QCOMPARE(r.sets[1].find(QStringLiteral("fitness"))->totalCost, 7.0);
        QCOMPARE(r.sets[1].find(kIdle)->totalCost, 0.0 - 1.0 + 1.0); // 6 - 7 never goes below 0
        QCOMPARE(r.sets[2].find(QStringLiteral("fitness"))->cpuCost, 0.5);
        QVERIFY(std::isnan(r.sets[2].find(QStringLiteral("fitness"))->ramCost));
        QCOMPARE(r.sets[2].find(kIdle)->totalCost, 0.0);
        QCOMPARE(r.sets[2].find(QStringLiteral("fitness"))->minutes, 120.0);
        QCOMPARE(costOverRange(QStringLiteral("sum(x)"), 86400, QStringLiteral("1m")),
                 QStringLiteral("sum_over_time((sum(x))[86400s:60s]) * 0.016666666666666666"));
    }

    void budgetsAlertAt120AndCapAt150()
    {
        CostConfig config;
        // November: 30 days. Fitness $450 a month = $15 a day.
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), kArt); // a Wednesday, noon
        std::vector<DayCost> days;
        for (int d = 1; d <= 24; ++d)
            days.push_back(day(QDate(2026, 11, d), { { QStringLiteral("fitness"), 15.0 }, { QStringLiteral("barbershop"), 14.0 } }, 5));
        // Today, half over: fitness spent 1.2 × half a day's budget, barbershop 1.19 ×.
        days.push_back(day(QDate(2026, 11, 25), { { QStringLiteral("fitness"), 9.0 }, { QStringLiteral("barbershop"), 0.5 * 350.0 / 30 * 1.19 } }, 2.5, 0.5));
        const std::vector<Vertical> verticals { vertical(QStringLiteral("fitness"), 450, 0.20), vertical(QStringLiteral("barbershop"), 350, 0.15),
                                                vertical(QStringLiteral("beauty"), std::nullopt, std::nullopt) };
        const CostAnalysis a = analyse(days, {}, verticals, config, now, kArt);
        QCOMPARE(a.today, QDate(2026, 11, 25));
        QCOMPARE(a.weekStart, QDate(2026, 11, 23));
        QCOMPARE(a.monthStart, QDate(2026, 11, 1));
        const VerticalCosts& fitness = of(a, QStringLiteral("fitness"));
        QCOMPARE(fitness.today.budget, 7.5);
        QCOMPARE(fitness.today.ratio, 1.2);
        QCOMPARE(fitness.today.standing, Standing::Alert);
        QCOMPARE(of(a, QStringLiteral("barbershop")).today.standing, Standing::Ok);
        // The week so far: Monday, Tuesday and half of Wednesday.
        QCOMPARE(fitness.week.coveredDays, 2.5);
        QCOMPARE(fitness.week.spend, 39.0);
        QCOMPARE(fitness.week.budget, 37.5);
        QCOMPARE(fitness.month.spend, 24 * 15.0 + 9);
        QCOMPARE(fitness.month.standing, Standing::Ok);
        // Month-end: to date, plus 5.5 days at the last 7 complete days' mean ($15).
        QCOMPARE(fitness.forecast, 369.0 + 5.5 * 15);
        // No budget: spend without a standing.
        const VerticalCosts& beauty = of(a, QStringLiteral("beauty"));
        QCOMPARE(beauty.month.spend, 0.0);
        QCOMPARE(beauty.month.standing, Standing::Unknown);

        // At 150 % the cap.
        days.back().byVertical[QStringLiteral("fitness")] = 11.25;
        QCOMPARE(of(analyse(days, {}, verticals, config, now, kArt), QStringLiteral("fitness")).today.standing, Standing::Cap);
        days.back().byVertical[QStringLiteral("fitness")] = 11.24;
        QCOMPARE(of(analyse(days, {}, verticals, config, now, kArt), QStringLiteral("fitness")).today.standing, Standing::Alert);
    }

    void aBudgetIsProratedToTheDaysWithData()
    {
        // History from the 20th only: the month's budget is taken over what the data covers.
        CostConfig config;
        const QDateTime now(QDate(2026, 11, 22), QTime(0, 0), kArt);
        std::vector<DayCost> days { day(QDate(2026, 11, 20), { { QStringLiteral("fitness"), 30.0 } }),
                                    day(QDate(2026, 11, 21), { { QStringLiteral("fitness"), 30.0 } }) };
        const CostAnalysis a = analyse(days, {}, { vertical(QStringLiteral("fitness"), 450, 0.20) }, config, now, kArt);
        const VerticalCosts& f = of(a, QStringLiteral("fitness"));
        QCOMPARE(f.month.coveredDays, 2.0);
        QCOMPARE(f.month.budget, 30.0);
        QCOMPARE(f.month.ratio, 2.0);
        QCOMPARE(f.month.standing, Standing::Cap);
        QCOMPARE(a.dataFrom, QDate(2026, 11, 20));
        // The days without data and the rest of the month at the trailing rate.
        QCOMPARE(f.forecast, 60.0 + 28 * 30.0);
        QCOMPARE(f.forecastStanding, Standing::Cap);
    }

    void costPerBookingAndShareOfRevenue()
    {
        CostConfig config;
        config.arsPerUsd = 1000;
        config.commissionRate = 0.05;
        const QDateTime now(QDate(2026, 11, 3), QTime(0, 0), kArt);
        std::vector<DayCost> days { day(QDate(2026, 11, 1), { { QStringLiteral("psychology"), 20.0 } }, 10),
                                    day(QDate(2026, 11, 2), { { QStringLiteral("psychology"), 20.0 } }, 10) };
        BookingsByDay bookings;
        bookings[QStringLiteral("psychology")][QDate(2026, 11, 1)] = { 50, 400000 };
        bookings[QStringLiteral("psychology")][QDate(2026, 11, 2)] = { 30, 400000 };
        bookings[QStringLiteral("psychology")][QDate(2026, 10, 31)] = { 999, 1e9 }; // before the month
        const CostAnalysis a = analyse(days, bookings, { vertical(QStringLiteral("psychology"), 600, 0.50) }, config, now, kArt);
        const VerticalCosts& p = of(a, QStringLiteral("psychology"));
        QCOMPARE(p.bookings.value_or(-1), 80);
        QCOMPARE(p.costPerBooking, 0.5);
        QCOMPARE(p.costPerBookingStanding, Standing::Ok); // at the target, not above it
        // Revenue: 5 % of ARS 800,000 = 40,000; the cost: $40 = ARS 40,000.
        QCOMPARE(p.revenueArs, 40000.0);
        QCOMPARE(p.revenueShare, 1.0);
        // The cluster: $60 with idle, against the same revenue; idle is a third: waste.
        QCOMPARE(a.revenueShare, 1.5);
        QCOMPARE(a.revenueShareTarget, 0.25);
        QCOMPARE(a.revenueShareStanding, Standing::Alert);
        QCOMPARE(a.idleShare, 20.0 / 60.0);
        QVERIFY(a.idleIsWaste);
        bookings[QStringLiteral("psychology")][QDate(2026, 11, 2)] = { 29, 400000 };
        QCOMPARE(of(analyse(days, bookings, { vertical(QStringLiteral("psychology"), 600, 0.50) }, config, now, kArt),
                    QStringLiteral("psychology")).costPerBookingStanding,
                 Standing::Alert);
        // Without an exchange rate, no share of revenue is made up.
        config.arsPerUsd = 0;
        const CostAnalysis noRate = analyse(days, bookings, { vertical(QStringLiteral("psychology"), 600, 0.50) }, config, now, kArt);
        QVERIFY(std::isnan(noRate.revenueShare));
        QCOMPARE(noRate.revenueShareStanding, Standing::Unknown);
    }

    void anomaliesAbove150PercentOfTheTrend()
    {
        std::vector<std::pair<QDate, double>> daily;
        for (int d = 1; d <= 10; ++d)
            daily.emplace_back(QDate(2026, 11, d), 10.0);
        daily.emplace_back(QDate(2026, 11, 11), 15.0); // exactly 150 %: not above
        QVERIFY(findAnomalies(daily, 1, 1.5, 30, {}).empty());
        daily.back().second = 15.01;
        auto found = findAnomalies(daily, 1, 1.5, 30, QStringLiteral("fitness"));
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].day, QDate(2026, 11, 11));
        QCOMPARE(found[0].trend, 10.0);
        QCOMPARE(found[0].vertical, QStringLiteral("fitness"));
        // Only the trailing trendDays count: 3 days of 10 after 7 of 100.
        std::vector<std::pair<QDate, double>> shifted;
        for (int d = 1; d <= 7; ++d)
            shifted.emplace_back(QDate(2026, 11, d), 100.0);
        for (int d = 8; d <= 10; ++d)
            shifted.emplace_back(QDate(2026, 11, d), 10.0);
        shifted.emplace_back(QDate(2026, 11, 11), 16.0);
        QCOMPARE(findAnomalies(shifted, 1, 1.5, 3, {}).size(), size_t(1));
        QVERIFY(findAnomalies(shifted, 1, 1.5, 30, {}).empty());
        // Fewer than three days before it: no trend to compare with.
        QVERIFY(findAnomalies({ { QDate(2026, 11, 1), 1 }, { QDate(2026, 11, 2), 1 }, { QDate(2026, 11, 3), 9 } }, 1, 1.5, 30, {}).empty());
        // Today at its pace: 8 by noon is 16 a day.
        daily.back().second = 8;
        found = findAnomalies(daily, 0.5, 1.5, 30, {});
        QCOMPARE(found.size(), size_t(1));
        QVERIFY(found[0].projected);
        QCOMPARE(found[0].cost, 16.0);
        // Too early in the day to project.
        daily.back().second = 2;
        QVERIFY(findAnomalies(daily, 0.1, 1.5, 30, {}).empty());
    }

    void toDaysFindsVerticalsByNamespace()
    {
        const auto r = decodeAllocationResponse(fixture(QStringLiteral("allocation-namespace-daily.json")));
        Vertical v = vertical(QStringLiteral("barber"), 350, 0.15);
        v.namespaceName = QStringLiteral("barbershop");
        const qint64 now = QDateTime::fromString(QStringLiteral("2026-11-28T13:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        const auto days = toDays(r.value(), { v }, kArt, now);
        QCOMPARE(days.size(), size_t(2));
        QCOMPARE(days[0].day, QDate(2026, 11, 27)); // 03:00 UTC is midnight in Buenos Aires
        QCOMPARE(days[0].coveredFraction, 1.0);
        QCOMPARE(days[0].byVertical.at(QStringLiteral("barber")), 8.75496);
        QCOMPARE(days[0].efficiency.at(QStringLiteral("barber")), 0.41);
        QCOMPARE(days[0].idle, 5.5);
        QCOMPARE(days[0].total, 8.75496 + 13.45 + 0.75 + 5.5);
        QCOMPARE(days[1].day, QDate(2026, 11, 28));
        QCOMPARE(days[1].coveredFraction, 10.0 / 24.0);
    }

    void costOfMoreReplicas()
    {
        const CostImpact up = impactOfReplicas(0.0836, 4, 20, 1450, 450);
        QCOMPARE(up.extraReplicas, 16);
        QCOMPARE(up.perHour, 0.0836 * 16);
        QCOMPARE(up.perDay, 0.0836 * 16 * 24);
        QCOMPARE(up.perDayArs, 0.0836 * 16 * 24 * 1450);
        QCOMPARE(up.dayShareOfDailyBudget, up.perDay / (450 * 12 / 365.25));
        const CostImpact down = impactOfReplicas(0.05, 10, 6, 0, std::nan(""));
        QCOMPARE(down.perHour, -0.2);
        QVERIFY(std::isnan(down.perDayArs));
        QVERIFY(std::isnan(down.dayShareOfDailyBudget));
        QVERIFY(std::isnan(impactOfReplicas(std::nan(""), 1, 2, 1, 1).perDay));
    }

private:
    OpenCostClient* make()
    {
        SourceConfig c;
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1/model").arg(m_server ? m_server->port() : 9));
        c.timeout = std::chrono::milliseconds(5000);
        auto* client = new OpenCostClient(c);
        client->moveToThread(m_thread.get());
        m_clients << client;
        return client;
    }

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QThread> m_thread;
    QList<QObject*> m_clients;
};

QTEST_GUILESS_MAIN(TestCosts)
#include "tst_costs.moc"

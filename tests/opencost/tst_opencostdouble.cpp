// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The OpenCost API double of the demo stack (tests/opencost/opencost-double.py, CTest fixture
// demo_stack) against the simulator's own cost model (costmodel.h): what it computes from
// Prometheus is what the simulator's cluster cost, per namespace and idle, over backfilled history
// and over live scrapes after a scaling through /control; and it answers errors as OpenCost does.

#include <cmath>
#include <memory>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include "catalog.h"
#include "costmodel.h"
#include "simulatormodel.h"

using namespace atalaya::sim;

namespace {

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// The figures the double computes are rounded to 5 decimals (OpenCost's rule); over a day a
/// namespace costs dollars, so rounding is far below the tolerance. Backfilled minutes equal the
/// model exactly. Live minutes do not quite: each minute is read from the latest scrape before it
/// (up to 15 s old), so a set with live minutes is late by up to a minute at every scaling.
/// 1 % holds that with a wide margin (a day has 1,440 minutes and far fewer scalings).
constexpr double kTolerance = 0.01;

bool near(double measured, double expected, double tolerance = kTolerance)
{
    return std::abs(measured - expected) <= tolerance * std::abs(expected) + 1e-5;
}

} // namespace

class TestOpenCostDouble : public QObject
{
    Q_OBJECT
private:
    QString m_state;
    QString m_url;
    QString m_simulator;
    QNetworkAccessManager m_network;

    Answer get(const QString& path, const QUrlQuery& query = {}, int timeoutMs = 60000)
    {
        QUrl url(m_url + path);
        url.setQuery(query);
        return send(QNetworkRequest(url), {}, timeoutMs);
    }

    Answer send(QNetworkRequest request, const QByteArray& postBody, int timeoutMs = 60000)
    {
        QNetworkReply* reply = postBody.isNull() ? m_network.get(request) : m_network.post(request, postBody);
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        if (!reply->isFinished()) {
            reply->abort();
        } else {
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            a.body = reply->readAll();
        }
        reply->deleteLater();
        return a;
    }

    /// The simulator as the stack runs it: its history and every control change so far (from the
    /// state file it keeps), so that the model here is the one whose metrics Prometheus holds.
    std::unique_ptr<SimulatorModel> stackModel()
    {
        QFile f(m_state + QStringLiteral("/simulator-state.json"));
        if (!f.open(QIODevice::ReadOnly))
            return nullptr;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        auto model = std::make_unique<SimulatorModel>(
            o.value(QStringLiteral("historyStart")).toDouble(), o.value(QStringLiteral("historyEnd")).toDouble());
        const QByteArray journal =
            QJsonDocument(o.value(QStringLiteral("controls")).toArray()).toJson(QJsonDocument::Compact);
        std::string error;
        if (!model->overrides().replay(journal.toStdString(), &error))
            qWarning("cannot replay the simulator's controls: %s", error.c_str());
        return model;
    }

    /// One set of a namespace aggregation: every vertical and __idle__ against the cost model.
    void compareNamespaces(const QJsonObject& set, const SimulatorModel& model, double from, double to)
    {
        for (int v = 0; v < kVerticals; ++v) {
            const QString ns = QString::fromLatin1(Catalog::verticals()[size_t(v)].id);
            QVERIFY2(set.contains(ns), qPrintable(ns));
            const QJsonObject a = set.value(ns).toObject();
            const CostBreakdown truth = namespaceCost(model, v, from, to);
            const auto check = [&](const char* field, double expected) {
                const double measured = a.value(QLatin1String(field)).toDouble();
                QVERIFY2(near(measured, expected),
                    qPrintable(QStringLiteral("%1 %2: double %3, model %4")
                                   .arg(ns, QLatin1String(field))
                                   .arg(measured)
                                   .arg(expected)));
            };
            check("totalCost", truth.total);
            check("cpuCost", truth.cpu);
            check("ramCost", truth.ram);
            check("pvCost", truth.pv);
            QCOMPARE(
                a.value(QStringLiteral("properties")).toObject().value(QStringLiteral("namespace")).toString(), ns);
        }
        QVERIFY(set.contains(QStringLiteral("__idle__")));
        const QJsonObject idle = set.value(QStringLiteral("__idle__")).toObject();
        const IdleCost truth = idleCost(model, from, to);
        QVERIFY2(near(idle.value(QStringLiteral("totalCost")).toDouble(), truth.total),
            qPrintable(QStringLiteral("idle: double %1, model %2")
                           .arg(idle.value(QStringLiteral("totalCost")).toDouble())
                           .arg(truth.total)));
        QVERIFY(near(idle.value(QStringLiteral("cpuCost")).toDouble(), truth.cpu));
        QVERIFY(near(idle.value(QStringLiteral("ramCost")).toDouble(), truth.ram));
    }

private slots:
    void initTestCase()
    {
        m_state = qEnvironmentVariable("ATALAYA_DEMO_STATE");
        QFile ports(m_state + QStringLiteral("/ports"));
        QVERIFY2(ports.open(QIODevice::ReadOnly), "the demo stack fixture did not start (no ports file)");
        QString opencost, simulator;
        for (const QByteArray& line : ports.readAll().split('\n')) {
            if (line.startsWith("opencost_port="))
                opencost = QString::fromLatin1(line.mid(14));
            else if (line.startsWith("sim_port="))
                simulator = QString::fromLatin1(line.mid(9));
        }
        QVERIFY2(!opencost.isEmpty(), "the demo stack has no OpenCost double (no opencost_port)");
        m_url = QStringLiteral("http://127.0.0.1:") + opencost;
        m_simulator = QStringLiteral("http://127.0.0.1:") + simulator;
        const Answer health = get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QVERIFY(stackModel());
    }

    void yesterdayByNamespaceIsTheCostModel()
    {
        // Yesterday in UTC, as OpenCost reads "yesterday"; at least a week of history is backfilled.
        const auto model = stackModel();
        const double today = std::floor(double(QDateTime::currentSecsSinceEpoch()) / 86400) * 86400;
        const Answer a = get(QStringLiteral("/allocation"),
            QUrlQuery { { QStringLiteral("window"), QStringLiteral("yesterday") },
                { QStringLiteral("aggregate"), QStringLiteral("namespace") },
                { QStringLiteral("includeIdle"), QStringLiteral("true") } });
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        const QJsonObject body = a.json();
        QCOMPARE(body.value(QStringLiteral("code")).toInt(), 200);
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        const QJsonArray data = body.value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 1);
        const QJsonObject set = data.first().toObject();
        QCOMPARE(set.size(), kVerticals + 1);
        compareNamespaces(set, *model, today - 86400, today);
        const QJsonObject barbershop = set.value(QStringLiteral("barbershop")).toObject();
        QCOMPARE(barbershop.value(QStringLiteral("window")).toObject().value(QStringLiteral("start")).toString(),
            QDateTime::fromSecsSinceEpoch(qint64(today) - 86400, Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(barbershop.value(QStringLiteral("minutes")).toDouble(), 1440.0);
        // The database and its volume are there all day; every field OpenCost documents is there.
        QVERIFY(barbershop.value(QStringLiteral("pvCost")).toDouble() > 0);
        for (const char* field : { "cpuCoreHours", "cpuCoreRequestAverage", "cpuCoreUsageAverage", "cpuEfficiency",
                 "gpuCost", "networkCost", "loadBalancerCost", "ramByteHours", "ramBytes", "sharedCost", "externalCost",
                 "totalEfficiency", "pvs", "lbAllocations" })
            QVERIFY2(barbershop.contains(QLatin1String(field)), field);
        const double efficiency = barbershop.value(QStringLiteral("cpuEfficiency")).toDouble();
        QVERIFY2(efficiency > 0.05 && efficiency < 1.0, qPrintable(QString::number(efficiency)));
    }

    void lastDayInStepsAndAccumulated()
    {
        // The last 24 whole hours as a unix pair, in four six-hour steps, then accumulated.
        const auto model = stackModel();
        const qint64 end = QDateTime::currentSecsSinceEpoch() / 3600 * 3600, start = end - 86400;
        QUrlQuery q { { QStringLiteral("window"), QStringLiteral("%1,%2").arg(start).arg(end) },
            { QStringLiteral("aggregate"), QStringLiteral("namespace") },
            { QStringLiteral("includeIdle"), QStringLiteral("true") },
            { QStringLiteral("step"), QStringLiteral("6h") } };
        const QJsonArray sets = get(QStringLiteral("/allocation"), q).json().value(QStringLiteral("data")).toArray();
        QCOMPARE(sets.size(), 4);
        for (int i = 0; i < 4; ++i)
            compareNamespaces(
                sets.at(i).toObject(), *model, double(start + i * 21600), double(start + (i + 1) * 21600));
        q.addQueryItem(QStringLiteral("accumulate"), QStringLiteral("true"));
        const QJsonArray one =
            get(QStringLiteral("/model/allocation/compute"), q).json().value(QStringLiteral("data")).toArray();
        QCOMPARE(one.size(), 1);
        compareNamespaces(one.first().toObject(), *model, double(start), double(end));
    }

    void controllersAndLabels()
    {
        const QUrlQuery yesterday { { QStringLiteral("window"), QStringLiteral("yesterday") } };
        auto keys = [&](const QString& aggregate, bool idle = false) {
            QUrlQuery q = yesterday;
            q.addQueryItem(QStringLiteral("aggregate"), aggregate);
            if (idle)
                q.addQueryItem(QStringLiteral("includeIdle"), QStringLiteral("true"));
            const QJsonArray data =
                get(QStringLiteral("/allocation"), q).json().value(QStringLiteral("data")).toArray();
            return data.isEmpty() ? QStringList() : data.first().toObject().keys();
        };
        QCOMPARE(keys(QStringLiteral("controller")),
            (QStringList { QStringLiteral("deployment:api"), QStringLiteral("statefulset:db") }));
        QCOMPARE(keys(QStringLiteral("controllerKind"), true),
            (QStringList { QStringLiteral("__idle__"), QStringLiteral("deployment"), QStringLiteral("statefulset") }));
        QVERIFY(keys(QStringLiteral("namespace,controller")).contains(QStringLiteral("psychology/statefulset:db")));
        QCOMPARE(keys(QStringLiteral("label:app")), (QStringList { QStringLiteral("api"), QStringLiteral("db") }));
        QCOMPARE(keys(QStringLiteral("label:team")), QStringList { QStringLiteral("__unallocated__") });
        QCOMPARE(keys(QStringLiteral("cluster")), QStringList { QStringLiteral("default-cluster") });
        QCOMPARE(keys(QStringLiteral("node")).size(), kNodes);

        // Per container (the default): the pod's properties and its volume.
        QUrlQuery q = yesterday;
        const QJsonObject set =
            get(QStringLiteral("/allocation"), q).json().value(QStringLiteral("data")).toArray().first().toObject();
        const QString db =
            QStringLiteral("default-cluster/%1/fitness/db-0/postgres")
                .arg(QString::fromStdString(nodeName(podNode(Catalog::vertical("fitness"), PodKind::Db))));
        QVERIFY2(set.contains(db), qPrintable(set.keys().join(u' ')));
        const QJsonObject a = set.value(db).toObject();
        const QJsonObject p = a.value(QStringLiteral("properties")).toObject();
        QCOMPARE(p.value(QStringLiteral("controller")).toString(), QStringLiteral("db"));
        QCOMPARE(p.value(QStringLiteral("controllerKind")).toString(), QStringLiteral("statefulset"));
        QCOMPARE(p.value(QStringLiteral("labels")).toObject().value(QStringLiteral("vertical")).toString(),
            QStringLiteral("fitness"));
        const QJsonObject pvs = a.value(QStringLiteral("pvs")).toObject();
        QCOMPARE(pvs.size(), 1);
        QCOMPARE(pvs.keys().first(),
            QStringLiteral("cluster=default-cluster:name=%1")
                .arg(QString::fromStdString(persistentVolumeName(Catalog::vertical("fitness")))));
        QCOMPARE(a.value(QStringLiteral("cpuCoreRequestAverage")).toDouble(),
            podRequests(Catalog::vertical("fitness"), PodKind::Db).cpuCores);
        QCOMPARE(a.value(QStringLiteral("pvBytes")).toDouble(), volumeBytes(Catalog::vertical("fitness")));
    }

    void errorsAreOpenCosts()
    {
        // A window OpenCost cannot parse: plain text, 400.
        const Answer window =
            get(QStringLiteral("/allocation"), QUrlQuery { { QStringLiteral("window"), QStringLiteral("fortnight") } });
        QCOMPARE(window.status, 400);
        QVERIFY2(window.contentType.startsWith("text/plain"), window.contentType.constData());
        QVERIFY2(
            window.body.startsWith("Invalid 'window' parameter: illegal window: fortnight\n"), window.body.constData());
        QCOMPARE(get(QStringLiteral("/allocation")).status, 400); // no window at all
        // An unknown aggregate: OpenCost's JSON error.
        const Answer aggregate = get(QStringLiteral("/model/allocation"),
            QUrlQuery { { QStringLiteral("window"), QStringLiteral("today") },
                { QStringLiteral("aggregate"), QStringLiteral("namespace,flavour") } });
        QCOMPARE(aggregate.status, 400);
        QCOMPARE(aggregate.contentType, QByteArray("application/json"));
        QCOMPARE(aggregate.json().value(QStringLiteral("code")).toInt(), 400);
        QVERIFY(aggregate.json().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Error: ")));
        QVERIFY(aggregate.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("flavour")));
        QCOMPARE(get(QStringLiteral("/assets")).status, 404);
    }

    void aWeekByDayIsQuick()
    {
        QElapsedTimer timer;
        timer.start();
        const Answer a = get(QStringLiteral("/allocation"),
            QUrlQuery { { QStringLiteral("window"), QStringLiteral("7d") },
                { QStringLiteral("step"), QStringLiteral("1d") },
                { QStringLiteral("aggregate"), QStringLiteral("namespace") },
                { QStringLiteral("includeIdle"), QStringLiteral("true") } });
        const qint64 ms = timer.elapsed();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QStringLiteral("data")).toArray().size(), 7);
        qInfo("a week by day, by namespace: %lld ms", ms);
        QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
    }

    void costFollowsAScaleThroughTheSimulator()
    {
        // Wellness to ten api pods through the simulator's /control, as the Kubernetes double
        // passes a scale on; two minutes of live scrapes later, those minutes cost ten replicas.
        const int wellness = Catalog::vertical("wellness");
        QNetworkRequest control(QUrl(m_simulator + QStringLiteral("/control")));
        control.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const Answer scaled =
            send(control, R"({"replicas": {"vertical": "wellness", "deployment": "api", "value": 10}})");
        QCOMPARE(scaled.status, 200);
        const double changed = double(QDateTime::currentMSecsSinceEpoch()) / 1000;
        // Whole minutes whose scrape (up to 15 s before each) already saw the change.
        const double from = std::ceil((changed + 16) / 60) * 60, to = from + 120;
        // The last minute's point is read from a scrape before it: in Prometheus a few seconds on.
        while (double(QDateTime::currentMSecsSinceEpoch()) / 1000 < to + 5)
            QTest::qWait(500);
        const auto model = stackModel();
        QCOMPARE(model->specReplicas(wellness, from), 10);
        const QJsonObject set = get(QStringLiteral("/allocation"),
            QUrlQuery { { QStringLiteral("window"), QStringLiteral("%1,%2").arg(qint64(from)).arg(qint64(to)) },
                { QStringLiteral("aggregate"), QStringLiteral("namespace,controller") } })
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray()
                                    .first()
                                    .toObject();
        const QJsonObject api = set.value(QStringLiteral("wellness/deployment:api")).toObject();
        const double expected = 10 * replicaHourlyCost(wellness) * 2 / 60;
        QVERIFY2(near(api.value(QStringLiteral("totalCost")).toDouble(), expected, 0.005),
            qPrintable(QStringLiteral("double %1, ten replicas %2")
                           .arg(api.value(QStringLiteral("totalCost")).toDouble())
                           .arg(expected)));
        QVERIFY(
            near(api.value(QStringLiteral("totalCost")).toDouble(), apiCost(*model, wellness, from, to).total, 0.005));
        QCOMPARE(api.value(QStringLiteral("cpuCoreRequestAverage")).toDouble(),
            10 * podRequests(wellness, PodKind::Api).cpuCores);
    }

    void cleanupTestCase()
    {
        // Wellness back to its autoscaler.
        if (m_simulator.isEmpty())
            return;
        QNetworkRequest control(QUrl(m_simulator + QStringLiteral("/control")));
        control.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        send(control, R"({"replicas": {"vertical": "wellness", "value": "auto"}})");
    }
};

QTEST_GUILESS_MAIN(TestOpenCostDouble)
#include "tst_opencostdouble.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Costs against the demo stack (CTest fixture demo_stack): the Prometheus-derived path against
// the real Prometheus, the OpenCost API (the stack's double, which reads the same Prometheus)
// through the console's client, both against the simulator's own cost model, and the cost
// page's month to date, CSV and currency.
#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QtConcurrent>

#include "catalog.h"
#include "costmodel.h"
#include "costs/costservice.h"
#include "costs/opencost.h"
#include "costs/promcost.h"
#include "simulatormodel.h"
#include "sources/session.h"
#include "testutils.h"
#include "itemmodels/verticalstatusmodel.h"
#include "ui/costspage.h"
#include "ui/overviewpage.h"

using namespace atalaya;
using atalaya::test::await;

namespace {

/// Within 2.5 %: the subquery samples each minute at its end where the model integrates it
/// from its start, live samples arrive up to a scrape interval late, and a pod removed by a
/// scale-down in the backfilled history (no staleness marker) still counts for Prometheus'
/// 5-minute lookback: over a 6-hour set that is up to 1.4 % of its share.
bool near(double measured, double expected, double relative = 0.025)
{
    return std::abs(measured - expected) <= relative * std::max(std::abs(expected), 0.01);
}

QString describe(double measured, double expected)
{
    return QStringLiteral("measured %1, the model %2").arg(measured, 0, 'f', 5).arg(expected, 0, 'f', 5);
}

} // namespace

class TestCosts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_state = qEnvironmentVariable("ATALAYA_DEMO_STATE");
        const QString path = m_state + QStringLiteral("/atalaya-demo.json");
        QVERIFY2(QFile::exists(path), "the demo stack fixture did not start (no config written)");
        ConfigLoadResult loaded = await(QtConcurrent::run([path] { return ConfigLoader::load(path); }));
        QVERIFY2(loaded.problems.empty(), loaded.problems.empty() ? "" : qPrintable(loaded.problems.front().toDisplayString()));
        QVERIFY2(loaded.config.environment(QStringLiteral("demo"))->costs.isConfigured(), "the demo config names no cost API");
        // The booking reader's password, as run-demo.sh hands it to the console.
        QFile pw(m_state + QStringLiteral("/db-password"));
        QVERIFY(pw.open(QIODevice::ReadOnly));
        qputenv(loaded.config.environment(QStringLiteral("demo"))->bookings.passwordEnv.toLatin1().constData(), pw.readAll().trimmed());
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("cache.db"));
        m_session = std::make_unique<Session>(loaded.config, QStringLiteral("demo"), options);
        m_model = stackModel();
        QVERIFY(m_model);
    }

    void cleanupTestCase() { m_session.reset(); }

    void prometheusPathEqualsTheModel()
    {
        // Two whole days (the range query) and six hours (the instant query of a shorter last
        // set), ending an hour ago. Days, not hours: the backfilled history has no staleness
        // markers, so a pod removed by a scale-down still counts for Prometheus' 5-minute
        // lookback; over a day that stays well under the tolerance, over an hour it does not.
        const qint64 end = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 3600;
        costs::PrometheusCostSource source(m_session->prometheus(), m_session->environment().queries);
        costs::AllocationQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(end - 2 * 86400 - 6 * 3600, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        q.stepSeconds = 86400;
        const auto r = await(source.allocation(q));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toDisplayString()));
        QCOMPARE(r.value().sets.size(), size_t(3));
        QCOMPARE(r.value().sets.back().endMs - r.value().sets.back().startMs, qint64(6 * 3600 * 1000));
        for (const costs::AllocationSet& set : r.value().sets)
            compareWithModel(set, /*withIdle*/ true);
    }

    void apiAndMetricsAgree()
    {
        // A whole day, through the console's own OpenCost client and the metrics path.
        const qint64 end = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 600;
        costs::AllocationQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(end - 86400, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        QVERIFY(m_session->costs()->usesApi());
        const auto api = await(m_session->costs()->allocation(q));
        QVERIFY2(api.ok(), api.ok() ? "" : qPrintable(api.error().toDisplayString()));
        QCOMPARE(api.value().cachedAtMs, 0);
        QCOMPARE(api.value().sets.size(), size_t(1));
        compareWithModel(api.value().sets.front(), true);
        costs::PrometheusCostSource metrics(m_session->prometheus(), m_session->environment().queries);
        const auto derived = await(metrics.allocation(q));
        QVERIFY2(derived.ok(), derived.ok() ? "" : qPrintable(derived.error().toDisplayString()));
        for (const Vertical& v : m_session->config().verticals) {
            const double a = api.value().totalOf(v.namespaceName), b = derived.value().totalOf(v.namespaceName);
            QVERIFY2(near(a, b, 0.01), qPrintable(v.id + u' ' + describe(a, b)));
        }
        // A bad aggregate is refused before anything is sent; the double would answer a 400.
        q.aggregate = QStringLiteral("vertical");
        const auto refused = await(m_session->costs()->allocation(q));
        QCOMPARE(refused.error().kind, ApiError::Kind::Api);
    }

    void aReplicaCostsWhatTheModelSays()
    {
        for (const Vertical& v : m_session->config().verticals) {
            const int index = sim::Catalog::vertical(v.id.toStdString());
            QVERIFY(index >= 0);
            const auto r = await(m_session->costs()->replicaHourlyCost(v.namespaceName, v.deployment));
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toDisplayString()));
            const double expected = sim::replicaHourlyCost(index);
            QVERIFY2(near(r.value().first, expected, 1e-6), qPrintable(v.id + u' ' + describe(r.value().first, expected)));
            QVERIFY(r.value().second.contains(QStringLiteral("OpenCost metrics")));
        }
    }

    void costsPageShowsTheMonthToDate()
    {
        CostsPage page(m_session.get());
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QVERIFY(loaded.wait(120000));
        QVERIFY2(loaded.front().at(0).toBool(), qPrintable(loaded.front().at(1).toString()));
        const costs::CostAnalysis& a = page.analysis();
        const QTimeZone zone(m_session->config().timeZone.toUtf8());
        QCOMPARE(a.today, QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
        // Fitness month to date: from the month's first local midnight, or the history's start,
        // to the minute the page asked for.
        const double monthStart = double(QDateTime(a.monthStart, QTime(0, 0), zone).toSecsSinceEpoch());
        const double from = std::max(monthStart, std::ceil(m_model->historyStart() / 60) * 60);
        // A copy: the page makes a new analysis when it shows pesos.
        std::optional<costs::VerticalCosts> fitness;
        for (const costs::VerticalCosts& c : a.verticals)
            if (c.id == u"fitness")
                fitness = c;
        QVERIFY(fitness);
        // The end of the last set is the page's "now", a whole minute.
        const double to = double(QDateTime::currentSecsSinceEpoch() / 60 * 60);
        const double expected = sim::namespaceCost(*m_model, sim::Catalog::vertical("fitness"), from, to).total;
        // The page's now was a few seconds earlier than this one: a minute of slack on top.
        const double slack = sim::namespaceCost(*m_model, sim::Catalog::vertical("fitness"), to - 120, to).total;
        QVERIFY2(std::abs(fitness->month.spend - expected) <= 0.015 * expected + slack,
                 qPrintable(describe(fitness->month.spend, expected)));
        QVERIFY(fitness->monthlyBudget == 450);
        QVERIFY(!std::isnan(fitness->forecast));
        QVERIFY(fitness->month.standing != costs::Standing::Unknown);
        // Bookings and revenue from the booking database.
        QVERIFY(fitness->bookings.value_or(0) > 0);
        QVERIFY(fitness->costPerBooking > 0);
        QVERIFY(!std::isnan(a.revenueShare));
        // What the table shows is that analysis, in dollars, then in pesos.
        const QString month = page.cell(QStringLiteral("fitness"), CostsPage::Month);
        QVERIFY2(month.contains(QLocale().toString(fitness->month.spend, 'f', 2)), qPrintable(month));
        page.setPesos(true);
        const QString pesos = page.cell(QStringLiteral("fitness"), CostsPage::Month);
        QVERIFY2(pesos.startsWith(QStringLiteral("ARS ")), qPrintable(pesos));
        QVERIFY2(pesos.contains(QLocale().toString(fitness->month.spend * m_session->config().costs.arsPerUsd, 'f', 0)), qPrintable(pesos));
        // The CSV: the table, then one row per day with the vertical's cost.
        const QList<QByteArray> lines = page.csv().split('\n');
        QVERIFY(lines.front().startsWith("\"Vertical\""));
        QVERIFY(page.csv().contains("\"fitness_usd\""));
        QVERIFY(page.csv().contains(a.today.toString(Qt::ISODate).toUtf8()));
    }

    void overviewShowsTodaysCostAgainstTheBudget()
    {
        OverviewPage page(m_session.get());
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QVERIFY(loaded.wait(120000));
        VerticalStatusModel* model = page.model();
        auto fitnessRow = [&]() -> int {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(VerticalStatusModel::VerticalIdRole).toString() == u"fitness")
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fitnessRow() >= 0 && !std::isnan(model->rows()[size_t(fitnessRow())].costToday), 60000);
        const VerticalStatus& fitness = model->rows()[size_t(fitnessRow())];
        // Today from the local midnight (or the history's start) to about now, as the simulator's
        // own cost model has it.
        const QTimeZone zone(m_session->config().timeZone.toUtf8());
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
        const double from = std::max(double(QDateTime(today, QTime(0, 0), zone).toSecsSinceEpoch()), std::ceil(m_model->historyStart() / 60) * 60);
        const double to = double(QDateTime::currentSecsSinceEpoch() / 60 * 60);
        const double expected = sim::namespaceCost(*m_model, sim::Catalog::vertical("fitness"), from, to).total;
        const double slack = sim::namespaceCost(*m_model, sim::Catalog::vertical("fitness"), to - 120, to).total;
        QVERIFY2(std::abs(fitness.costToday - expected) <= 0.015 * expected + slack, qPrintable(describe(fitness.costToday, expected)));
        // Against US$ 450 a month, for the part of today gone.
        const double dayBudget = 450.0 / today.daysInMonth();
        QVERIFY2(fitness.costBudgetToday > 0 && fitness.costBudgetToday <= dayBudget * 1.001,
                 qPrintable(QString::number(fitness.costBudgetToday)));
        QVERIFY(fitness.costState != Status::NoData);
        const QString shown = model->index(fitnessRow(), VerticalStatusModel::ColumnCost).data().toString();
        QVERIFY2(shown.contains(QLocale().toString(fitness.costToday, 'f', 2)), qPrintable(shown));
        QVERIFY2(shown.contains(QLocale().toString(fitness.costToday / fitness.costBudgetToday * 100.0, 'f', 0) + QStringLiteral(" %")), qPrintable(shown));
    }

    void offlineReviewShowsWhatWasFetched()
    {
        // What the live page fetched, from the cache alone: the session's end finishes the
        // cache's writes; the offline session asks no source at all.
        CostsPage live(m_session.get());
        QSignalSpy liveLoaded(&live, &Page::loaded);
        live.refresh();
        QVERIFY(liveLoaded.wait(120000));
        const costs::CostAnalysis before = live.analysis();
        const Config config = m_session->config();
        m_session.reset();
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("cache.db"));
        options.offline = true;
        m_session = std::make_unique<Session>(config, QStringLiteral("demo"), options);
        CostsPage page(m_session.get());
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QVERIFY(loaded.wait(60000));
        QVERIFY2(loaded.front().at(0).toBool(), qPrintable(loaded.front().at(1).toString()));
        QVERIFY(page.cachedAtMs() > 0);
        for (size_t i = 0; i < before.verticals.size(); ++i)
            QCOMPARE(page.analysis().verticals[i].month.spend, before.verticals[i].month.spend);
        QCOMPARE(page.analysis().verticals[2].bookings, before.verticals[2].bookings);
    }

private:
    std::unique_ptr<sim::SimulatorModel> stackModel() const
    {
        QFile f(m_state + QStringLiteral("/simulator-state.json"));
        if (!f.open(QIODevice::ReadOnly))
            return nullptr;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        auto model = std::make_unique<sim::SimulatorModel>(o.value(QStringLiteral("historyStart")).toDouble(),
                                                           o.value(QStringLiteral("historyEnd")).toDouble());
        const QByteArray journal = QJsonDocument(o.value(QStringLiteral("controls")).toArray()).toJson(QJsonDocument::Compact);
        std::string error;
        if (!model->overrides().replay(journal.toStdString(), &error))
            qWarning("cannot replay the simulator's controls: %s", error.c_str());
        return model;
    }

    void compareWithModel(const costs::AllocationSet& set, bool withIdle)
    {
        const double from = double(set.startMs) / 1000, to = double(set.endMs) / 1000;
        for (const Vertical& v : m_session->config().verticals) {
            const costs::Allocation* a = set.find(v.namespaceName);
            QVERIFY2(a, qPrintable(v.namespaceName));
            const sim::CostBreakdown truth = sim::namespaceCost(*m_model, sim::Catalog::vertical(v.id.toStdString()), from, to);
            QVERIFY2(near(a->cpuCost, truth.cpu), qPrintable(v.id + QStringLiteral(" cpu ") + describe(a->cpuCost, truth.cpu)));
            QVERIFY2(near(a->ramCost, truth.ram), qPrintable(v.id + QStringLiteral(" ram ") + describe(a->ramCost, truth.ram)));
            QVERIFY2(near(a->pvCost, truth.pv), qPrintable(v.id + QStringLiteral(" pv ") + describe(a->pvCost, truth.pv)));
            QVERIFY2(near(a->total(), truth.total), qPrintable(v.id + QStringLiteral(" total ") + describe(a->total(), truth.total)));
        }
        if (withIdle) {
            const costs::Allocation* idle = set.find(costs::kIdle);
            QVERIFY(idle);
            const double truth = sim::idleCost(*m_model, from, to).total;
            QVERIFY2(near(idle->total(), truth), qPrintable(QStringLiteral("idle ") + describe(idle->total(), truth)));
        }
    }

    QString m_state;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<sim::SimulatorModel> m_model;
};

QTEST_MAIN(TestCosts)
#include "tst_costs.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The regional latency map: each region's colour against its own p95 target (green at or under,
// amber up to 20 % over, red beyond, grey without data), as drawn on the marker and on the
// province it belongs to; markers sized by traffic; click and tooltip; and the map page reading
// the region queries from a scripted Prometheus, with its time slider replaying older values.
#include <algorithm>
#include <cmath>
#include <memory>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "config/config.h"
#include "geo/geodata.h"
#include "geo/projection.h"
#include "sources/session.h"
#include "itemmodels/verticalstatusmodel.h"
#include "ui/chartpanel.h"
#include "ui/mainwindow.h"
#include "ui/mappage.h"
#include "ui/overviewpage.h"
#include "ui/theme.h"
#include "ui/timeplot.h"
#include "ui/verticaldashboardpage.h"
#include "ui/mapwidget.h"

#include "scriptedserver.h"

using namespace atalaya;
using atalaya::test::ScriptedServer;

namespace {

MapWidget::RegionValue region(const QString& id, double lat, double lon, double target, double p95, double rps = 1)
{
    MapWidget::RegionValue r;
    r.id = id;
    r.name = id;
    r.latitude = lat;
    r.longitude = lon;
    r.targetMs = target;
    r.targetSource = QStringLiteral("test");
    r.p95Ms = p95;
    r.rps = rps;
    return r;
}

/// How far two colours are apart, channel by channel.
int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

/// A Prometheus matrix answer: one series per region label, values from @p value(region, i).
QByteArray matrix(const QStringList& regions, qint64 start, int points, double (*value)(int region, int i))
{
    QByteArray out = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    for (int r = 0; r < regions.size(); ++r) {
        out += (r ? "," : "") + QByteArray("{\"metric\":{\"region\":\"") + regions[r].toUtf8() + "\"},\"values\":[";
        for (int i = 0; i < points; ++i)
            out += (i ? "," : "") + QByteArray("[") + QByteArray::number(start + i * 60) + ",\"" + QByteArray::number(value(r, i), 'g', 10) + "\"]";
        out += "]}";
    }
    return out + "]}}";
}


/// A Prometheus answer of one series per label set, each with @p points samples a minute
/// apart from @p start; vector answers (instant queries) take the last sample.
QByteArray answer(bool instant, const std::vector<std::pair<QByteArray, double>>& series, qint64 start, int points)
{
    QByteArray out = QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"") + (instant ? "vector" : "matrix") + "\",\"result\":[";
    for (size_t k = 0; k < series.size(); ++k) {
        const QByteArray v = "\"" + QByteArray::number(series[k].second, 'g', 12) + "\"";
        out += (k ? "," : "") + QByteArray("{\"metric\":{") + series[k].first + "},";
        if (instant) {
            out += "\"value\":[" + QByteArray::number(start + (points - 1) * 60) + "," + v + "]}";
            continue;
        }
        out += "\"values\":[";
        for (int i = 0; i < points; ++i)
            out += (i ? "," : "") + QByteArray("[") + QByteArray::number(start + i * 60) + "," + v + "]";
        out += "]}";
    }
    return out + "]}}";
}


/// A session whose Prometheus is @p prometheus (scraped every 15 s), with its cache in @p dir.
/// @p environment adds keys to the environment (its queries, for one).
std::unique_ptr<Session> sessionOn(const ScriptedServer& prometheus, const QTemporaryDir& dir, const QByteArray& environment = {})
{
    const QByteArray json = "{\"defaultEnvironment\": \"t\", \"environments\": [{\"name\": \"t\", \"sources\": "
                            "{\"prometheus\": {\"url\": \"http://127.0.0.1:"
        + QByteArray::number(prometheus.port()) + "\", \"scrapeInterval\": \"15s\"}}" + environment + "}]}";
    const ConfigLoadResult loaded = ConfigLoader::loadFromText(json, QStringLiteral("test.json"));
    if (!loaded.problems.empty())
        return nullptr;
    SessionOptions options;
    options.cachePath = dir.filePath(QStringLiteral("cache.db"));
    return std::make_unique<Session>(loaded.config, QStringLiteral("t"), options);
}

/// Opens the barbershop dashboard over the last hour, as a user does; true once it has loaded.
bool openBarbershopDashboard(MainWindow& window)
{
    window.resize(1600, 1000);
    window.setRange(std::chrono::hours(1));
    window.show();
    if (!window.setVertical(QStringLiteral("barbershop")))
        return false;
    QSignalSpy pageLoaded(&window, &MainWindow::pageLoaded);
    return window.showPage(QStringLiteral("vertical")) && pageLoaded.wait(20000);
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private slots:
    void statesFollowTheThresholds_data()
    {
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("state");
        QTest::newRow("under") << 50.0 << 80.0 << int(RegionState::Under);
        QTest::newRow("at the target") << 80.0 << 80.0 << int(RegionState::Under);
        QTest::newRow("just over") << 80.01 << 80.0 << int(RegionState::Near);
        QTest::newRow("20 % over") << 96.0 << 80.0 << int(RegionState::Near);
        QTest::newRow("just beyond 20 %") << 96.01 << 80.0 << int(RegionState::Over);
        QTest::newRow("far over") << 400.0 << 80.0 << int(RegionState::Over);
        QTest::newRow("no data") << double(NAN) << 80.0 << int(RegionState::NoData);
        QTest::newRow("no target") << 10.0 << 0.0 << int(RegionState::NoData);
    }
    void statesFollowTheThresholds()
    {
        QFETCH(double, p95);
        QFETCH(double, target);
        QFETCH(int, state);
        QCOMPARE(int(regionState(p95, target)), state);
    }

    void markersAndAreasAreDrawnInTheirStateColour()
    {
        QVERIFY2(!geo::GeoData::embedded().features().empty(), "no embedded outlines");
        MapWidget map;
        map.resize(900, 900);
        // Córdoba over (red), Mendoza 20 % over (amber), Buenos Aires under (green), Santiago no data.
        map.setRegions({ region(QStringLiteral("cordoba"), -31.4201, -64.1888, 80, 200),
                         region(QStringLiteral("mendoza"), -32.8895, -68.8458, 120, 144),
                         region(QStringLiteral("buenos_aires"), -34.6037, -58.3816, 50, 49),
                         region(QStringLiteral("santiago"), -33.4489, -70.6693, 300, NAN) });
        map.resetView();
        const QImage image = map.grab().toImage();
        auto at = [&](const QString& id) { return QColor(image.pixel(map.markerCentre(id).toPoint())); };
        QVERIFY2(distance(at(QStringLiteral("cordoba")), MapWidget::colour(RegionState::Over)) < 40, qPrintable(at(QStringLiteral("cordoba")).name()));
        QVERIFY2(distance(at(QStringLiteral("mendoza")), MapWidget::colour(RegionState::Near)) < 40, qPrintable(at(QStringLiteral("mendoza")).name()));
        QVERIFY2(distance(at(QStringLiteral("buenos_aires")), MapWidget::colour(RegionState::Under)) < 40,
                 qPrintable(at(QStringLiteral("buenos_aires")).name()));
        QVERIFY2(distance(at(QStringLiteral("santiago")), MapWidget::colour(RegionState::NoData)) < 40, qPrintable(at(QStringLiteral("santiago")).name()));
        // The province is filled too: Río Cuarto, in Córdoba province but away from the marker,
        // is red-tinted; Santa Rosa (La Pampa, no region) is not.
        QCOMPARE(map.areaOf(map.regions()[0]).isEmpty(), false);
        const geo::Feature* cordoba = geo::GeoData::embedded().find(map.areaOf(map.regions()[0]));
        QVERIFY(cordoba);
        QVERIFY2(cordoba->name.contains(QStringLiteral("rdoba")), qPrintable(cordoba->name));
        const QTransform toWidget = [&] {
            // Two known points give the map's scale and offset (it draws north up, no rotation).
            const QPointF a = geo::Projection::defaultMap().forward({ -64.1888, -31.4201 });
            const QPointF b = geo::Projection::defaultMap().forward({ -58.3816, -34.6037 });
            const QPointF wa = map.markerCentre(QStringLiteral("cordoba")), wb = map.markerCentre(QStringLiteral("buenos_aires"));
            const double sx = (wb.x() - wa.x()) / (b.x() - a.x()), sy = (wb.y() - wa.y()) / (b.y() - a.y());
            return QTransform(sx, 0, 0, sy, wa.x() - sx * a.x(), wa.y() - sy * a.y());
        }();
        const QColor rioCuarto(image.pixel(toWidget.map(geo::Projection::defaultMap().forward({ -64.35, -33.13 })).toPoint()));
        const QColor santaRosa(image.pixel(toWidget.map(geo::Projection::defaultMap().forward({ -64.29, -36.62 })).toPoint()));
        QVERIFY2(rioCuarto.red() > rioCuarto.green() + 30 && rioCuarto.red() > rioCuarto.blue() + 30, qPrintable(rioCuarto.name()));
        QVERIFY2(std::abs(santaRosa.red() - santaRosa.blue()) < 25, qPrintable(santaRosa.name()));

        // The outlines are kept as drawn: a new state must still reach the province's fill.
        map.setRegions({ region(QStringLiteral("cordoba"), -31.4201, -64.1888, 80, 40) });
        const QImage after = map.grab().toImage();
        const QColor rioCuartoAfter(after.pixel(toWidget.map(geo::Projection::defaultMap().forward({ -64.35, -33.13 })).toPoint()));
        QVERIFY2(rioCuartoAfter.green() > rioCuartoAfter.red() + 20, qPrintable(rioCuartoAfter.name()));
    }

    void zoomedOutTheOutlinesAreCoarser()
    {
        // The overview's tile shows the same region in a fifth of the pixels: its outlines are
        // simplified to half a pixel there (about a third of the vertices); the map page at full
        // size draws them as embedded.
        MapWidget large, tile;
        large.resize(1200, 900);
        tile.setCompact(true);
        tile.resize(260, 220);
        large.resetView();
        tile.resetView();
        (void)large.grab();
        (void)tile.grab();
        QVERIFY(large.drawnVertexCount() > 0);
        QVERIFY2(tile.drawnVertexCount() * 2 < large.drawnVertexCount(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(tile.drawnVertexCount()).arg(large.drawnVertexCount())));
    }

    void trafficSizesTheMarkerAndClicksSelect()
    {
        MapWidget map;
        map.resize(900, 900);
        map.setRegions({ region(QStringLiteral("busy"), -34.6037, -58.3816, 50, 40, 100),
                         region(QStringLiteral("quiet"), -31.4201, -64.1888, 80, 40, 1) });
        map.resetView();
        const QPointF busy = map.markerCentre(QStringLiteral("busy")), quiet = map.markerCentre(QStringLiteral("quiet"));
        QCOMPARE(map.regionAt(busy + QPointF(15, 0)), QStringLiteral("busy"));
        QVERIFY(map.regionAt(quiet + QPointF(15, 0)).isEmpty());
        QCOMPARE(map.regionAt(quiet + QPointF(5, 0)), QStringLiteral("quiet"));
        QSignalSpy clicked(&map, &MapWidget::regionClicked);
        QTest::mouseClick(&map, Qt::LeftButton, {}, quiet.toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.front().front().toString(), QStringLiteral("quiet"));
        QCOMPARE(map.selected(), QStringLiteral("quiet"));
        // A drag pans instead of selecting.
        QTest::mousePress(&map, Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(&map, QPoint(200, 160));
        QTest::mouseRelease(&map, Qt::LeftButton, {}, QPoint(200, 160));
        QCOMPARE(clicked.size(), 1);
        QVERIFY(QLineF(map.markerCentre(QStringLiteral("quiet")), quiet + QPointF(100, 60)).length() < 2);
    }

    void aRegionChosenOnTheMapFiltersTheDashboards()
    {
        ScriptedServer prometheus;
        const qint64 now = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        // Barbershop: 100 requests/s in Buenos Aires, all under 50 ms; 10 in Córdoba, half of them
        // between 0.1 and 0.25 s, 1 of them a 503. The overview, asked for Córdoba only, hears 180 ms.
        int delayMs = 0;
        prometheus.responder = [&](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            const QString q = QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(r.form()).replace('+', ' ')));
            const bool instant = r.path().endsWith("/query");
            std::vector<std::pair<QByteArray, double>> series;
            if (q.contains(QStringLiteral("sum by (le, region)")) && q.contains(QStringLiteral("barbershop"))) {
                for (const auto& [le, ba, cba] : { std::tuple { "0.05", 100.0, 2.0 }, { "0.1", 100.0, 5.0 }, { "0.25", 100.0, 10.0 }, { "+Inf", 100.0, 10.0 } }) {
                    series.push_back({ "\"le\":\"" + QByteArray(le) + "\",\"region\":\"buenos_aires\"", ba });
                    series.push_back({ "\"le\":\"" + QByteArray(le) + "\",\"region\":\"cordoba\"", cba });
                }
            } else if (q.contains(QStringLiteral("sum by (code, region)"))) {
                series = { { "\"code\":\"200\",\"region\":\"buenos_aires\"", 100 },
                           { "\"code\":\"200\",\"region\":\"cordoba\"", 9 },
                           { "\"code\":\"503\",\"region\":\"cordoba\"", 1 } };
            } else if (q.contains(QStringLiteral("histogram_quantile(0.95, sum by (le, vertical)"))) {
                series = { { "\"vertical\":\"barbershop\"", q.contains(QStringLiteral("region=~\"cordoba\"")) ? 0.180 : 0.045 } };
            }
            return { 200, "application/json", answer(instant, series, now - 3600, 61), false, delayMs };
        };
        QTemporaryDir dir;
        const std::unique_ptr<Session> session = sessionOn(prometheus, dir);
        QVERIFY(session);
        MainWindow window(session.get(), {});
        QVERIFY(openBarbershopDashboard(window));
        QSignalSpy pageLoaded(&window, &MainWindow::pageLoaded);
        auto* page = window.findChild<VerticalDashboardPage*>();
        auto panel = [&](const QString& title) {
            for (ChartPanel* p : page->findChildren<ChartPanel*>())
                if (p->title().startsWith(title))
                    return p;
            return static_cast<ChartPanel*>(nullptr);
        };
        ChartPanel* latency = panel(QStringLiteral("Latency (p50"));
        ChartPanel* rate = panel(QStringLiteral("Requests per second"));
        ChartPanel* errors = panel(QStringLiteral("Error ratio"));
        ChartPanel* byRegion = panel(QStringLiteral("Latency by region"));
        QVERIFY(latency && rate && errors && byRegion);
        const qint64 last = (now - 60) * 1000;
        // All regions: 110 requests/s; p95 rank 104.5 lies 2.5 of 3 into (0.05, 0.1]: 92 ms.
        QVERIFY2(rate->valuesAt(last).contains(QStringLiteral("\nrequests/s: 110 req/s")), qPrintable(rate->valuesAt(last)));
        QVERIFY2(latency->valuesAt(last).contains(QStringLiteral("p95: 92 ms")), qPrintable(latency->valuesAt(last)));
        QVERIFY2(byRegion->valuesAt(last).contains(QStringLiteral("Córdoba: 235 ms")), qPrintable(byRegion->valuesAt(last)));
        const qsizetype asked = prometheus.requests.size();

        // A click on Córdoba's marker on the map page.
        QVERIFY(window.showPage(QStringLiteral("map")));
        MapWidget* map = window.findChild<MapPage*>()->map();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->markerCentre(QStringLiteral("cordoba")).toPoint());
        QCOMPARE(window.region(), QStringLiteral("cordoba"));
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("regionBox"))->currentData().toString(), QStringLiteral("cordoba"));
        // The vertical dashboard filters what it has: Córdoba's 10 requests/s, its 10 % of 5xx, its
        // p95 (rank 9.5 of 10: 90 % into (0.1, 0.25]) against its own 80 ms target.
        QVERIFY2(rate->valuesAt(last).contains(QStringLiteral("\nrequests/s · Córdoba: 10 req/s")), qPrintable(rate->valuesAt(last)));
        QVERIFY2(errors->valuesAt(last).contains(QStringLiteral("\n5xx ratio · Córdoba: 10.00 %")), qPrintable(errors->valuesAt(last)));
        QVERIFY2(latency->valuesAt(last).contains(QStringLiteral("p95 · Córdoba: 235 ms")), qPrintable(latency->valuesAt(last)));
        QVERIFY2(page->findChild<QLabel*>(QStringLiteral("pageHeading"))->text().contains(QStringLiteral("Córdoba")), "heading");
        // The map's own queries ran; the dashboard sent nothing new for the filter.
        for (qsizetype i = asked; i < prometheus.requests.size(); ++i)
            QVERIFY(!QString::fromUtf8(QByteArray::fromPercentEncoding(prometheus.requests[i].form())).contains(QStringLiteral("code, region")));

        // The overview asks for Córdoba's p95 and compares it with Córdoba's target.
        pageLoaded.clear();
        QVERIFY(window.showPage(QStringLiteral("overview")));
        QVERIFY(pageLoaded.wait(20000));
        auto* model = window.findChild<OverviewPage*>()->model();
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, VerticalStatusModel::ColumnP95);
            if (i.data(VerticalStatusModel::VerticalIdRole).toString() == u"barbershop") {
                found = true;
                QCOMPARE(i.data().toString(), QStringLiteral("180 ms"));
                QCOMPARE(model->index(row, VerticalStatusModel::ColumnSla).data().toString(), QStringLiteral("80 ms"));
            }
        }
        QVERIFY(found);
        // Buenos Aires has no 5xx series at all: 0 %, not a gap.
        QVERIFY(window.setRegion(QStringLiteral("buenos_aires")));
        QVERIFY2(errors->valuesAt(last).contains(QStringLiteral("\n5xx ratio · Buenos Aires: 0.00 %")), qPrintable(errors->valuesAt(last)));
        QVERIFY2(rate->valuesAt(last).contains(QStringLiteral("\nrequests/s · Buenos Aires: 100 req/s")), qPrintable(rate->valuesAt(last)));
        // All regions again, from the toolbar.
        QVERIFY(window.setRegion({}));
        QVERIFY2(rate->valuesAt(last).contains(QStringLiteral("\nrequests/s: 110 req/s")), qPrintable(rate->valuesAt(last)));
        QVERIFY2(errors->valuesAt(last).contains(QStringLiteral("\n5xx ratio: 0.91 %")), qPrintable(errors->valuesAt(last)));

        // A region chosen while a refresh is out: filtered from the answers already there.
        QVERIFY(window.showPage(QStringLiteral("vertical")));
        delayMs = 1500;
        pageLoaded.clear();
        window.refresh();
        QVERIFY(window.setRegion(QStringLiteral("cordoba")));
        QVERIFY(pageLoaded.isEmpty());
        QVERIFY2(errors->valuesAt(last).contains(QStringLiteral("\n5xx ratio · Córdoba: 10.00 %")), qPrintable(errors->valuesAt(last)));
        QVERIFY2(rate->valuesAt(last).contains(QStringLiteral("\nrequests/s · Córdoba: 10 req/s")), qPrintable(rate->valuesAt(last)));
        QVERIFY(pageLoaded.wait(20000));
    }

    void theSlowestRoutesAndTheForecastFollowTheRegion_data()
    {
        QTest::addColumn<QByteArray>("environment");
        QTest::addColumn<bool>("filtered");
        QTest::newRow("shipped templates") << QByteArray() << true;
        // An environment whose templates know no regions: every region's figures, and said so.
        QTest::newRow("templates without {regionRegex}")
            << QByteArray(", \"queries\": {"
                          "\"slowestRoutes\": \"topk(5, histogram_quantile(0.95, sum by (le, route) (rate(b{v=\\\"{vertical}\\\"}[{window}]))))\","
                          "\"requestRateLastWeek\": \"sum(rate(c{v=\\\"{vertical}\\\"}[{window}] offset 1w))\","
                          "\"requestTrend\": \"sum(rate(c[1h])) / sum(rate(c[1h] offset 1w))\"}")
            << false;
    }

    void theSlowestRoutesAndTheForecastFollowTheRegion()
    {
        QFETCH(QByteArray, environment);
        QFETCH(bool, filtered);
        ScriptedServer prometheus;
        const qint64 now = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        // Córdoba's slowest route is its own; its traffic last week was a tenth of the vertical's,
        // and it grew by half since (the vertical's did not).
        prometheus.responder = [&](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            const QByteArray form = QByteArray(r.form()).replace('+', ' ');
            const QString q = QString::fromUtf8(QByteArray::fromPercentEncoding(form));
            const bool instant = r.path().endsWith("/query");
            const bool cordoba = q.contains(QStringLiteral("region=~\"cordoba\""));
            std::vector<std::pair<QByteArray, double>> series;
            qint64 start = now - 3600;
            if (q.contains(QStringLiteral("sum by (le, route)"))) {
                series = { { "\"route\":\"" + QByteArray(cordoba ? "/turnos/cordoba" : "/turnos") + "\"", cordoba ? 0.4 : 0.2 } };
            } else if (q.contains(QStringLiteral("[1h] offset 1w"))) {
                series = { { "", cordoba ? 1.5 : 1.0 } };
            } else if (q.contains(QStringLiteral("offset 1w"))) {
                start = qint64(QUrlQuery(QString::fromUtf8(form)).queryItemValue(QStringLiteral("start")).toDouble());
                series = { { "", cordoba ? 20.0 : 200.0 } };
            }
            return { 200, "application/json", answer(instant, series, start, 121), false };
        };
        QTemporaryDir dir;
        const std::unique_ptr<Session> session = sessionOn(prometheus, dir, environment);
        QVERIFY(session);
        MainWindow window(session.get(), {});
        QVERIFY(openBarbershopDashboard(window));
        auto* page = window.findChild<VerticalDashboardPage*>();
        auto* routes = page->findChild<QTableWidget*>();
        ChartPanel* rate = nullptr;
        for (ChartPanel* p : page->findChildren<ChartPanel*>())
            if (p->title().startsWith(QStringLiteral("Requests per second")))
                rate = p;
        QVERIFY(routes && rate);
        QLabel* routesTitle = nullptr;
        for (QLabel* l : page->findChildren<QLabel*>())
            if (l->text().startsWith(QStringLiteral("Slowest routes")))
                routesTitle = l;
        QVERIFY(routesTitle);
        auto firstRoute = [&] { return routes->item(0, 0) ? routes->item(0, 0)->text() : QString(); };
        // An hour from now, on the forecast's own samples.
        const qint64 ahead = (page->lastEnd().toSecsSinceEpoch() + 3600) * 1000;
        QCOMPARE(firstRoute(), QStringLiteral("/turnos"));
        QVERIFY2(rate->valuesAt(ahead).contains(QStringLiteral("\nforecast: last week × 1.00: 200 req/s")), qPrintable(rate->valuesAt(ahead)));

        // Córdoba, chosen with the dashboard in view: asked again for these two only.
        const qsizetype asked = prometheus.requests.size();
        auto askedSince = [&](const QString& part) {
            int n = 0;
            for (qsizetype i = asked; i < prometheus.requests.size(); ++i)
                n += QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(prometheus.requests[i].form()).replace('+', ' '))).contains(part);
            return n;
        };
        QVERIFY(window.setRegion(QStringLiteral("cordoba")));
        if (filtered) {
            QTRY_COMPARE(firstRoute(), QStringLiteral("/turnos/cordoba"));
            QTRY_VERIFY2(rate->valuesAt(ahead).contains(QStringLiteral("\nforecast: last week × 1.50: 30 req/s")), qPrintable(rate->valuesAt(ahead)));
            QCOMPARE(routesTitle->text(), QStringLiteral("Slowest routes now in Córdoba (p95, last 5 minutes)"));
            QCOMPARE(askedSince(QStringLiteral("sum by (le, route)")), 1);
            QCOMPARE(askedSince(QStringLiteral("offset 1w")), 2);
        } else {
            QTRY_COMPARE(askedSince(QStringLiteral("sum by (le, route)")), 1);
            QCOMPARE(askedSince(QStringLiteral("offset 1w")), 0);
            QTRY_COMPARE(routesTitle->text(), QStringLiteral("Slowest routes now, every region (p95, last 5 minutes)"));
            QCOMPARE(firstRoute(), QStringLiteral("/turnos"));
            QVERIFY2(!rate->valuesAt(ahead).contains(QStringLiteral("forecast")), qPrintable(rate->valuesAt(ahead)));
        }
        // The rest is filtered from the answers already there.
        QCOMPARE(askedSince(QStringLiteral("sum by (le, region) (rate(http_request_duration_seconds_bucket{vertical")), 0);

        // All regions again: the vertical's routes and forecast.
        QVERIFY(window.setRegion({}));
        QTRY_COMPARE(firstRoute(), QStringLiteral("/turnos"));
        QTRY_VERIFY2(rate->valuesAt(ahead).contains(QStringLiteral("\nforecast: last week × 1.00: 200 req/s")), qPrintable(rate->valuesAt(ahead)));
        QCOMPARE(routesTitle->text(), QStringLiteral("Slowest routes now (p95, last 5 minutes)"));
    }

    void theOverviewShowsItsCachedAnswersInOneUpdate()
    {
        // A first run fills the cache. At the next start-up the server is slow: the overview shows
        // what the cache holds before it answers, in one update of its model for all the cached
        // answers rather than one per answer.
        ScriptedServer prometheus;
        const qint64 now = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        int delayMs = 0;
        prometheus.responder = [&](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            const bool instant = r.path().endsWith("/query");
            return { 200, "application/json", answer(instant, { { "\"vertical\":\"barbershop\",\"namespace\":\"barbershop\"", 0.05 } }, now - 3600, 61),
                     false, r.path().startsWith("/api/v1/query") ? delayMs : 0 };
        };
        QTemporaryDir dir;
        {
            const std::unique_ptr<Session> session = sessionOn(prometheus, dir);
            QVERIFY(session);
            OverviewPage page(session.get());
            QSignalSpy loaded(&page, &Page::loaded);
            page.refresh();
            QVERIFY(loaded.wait(20000));
        }
        delayMs = 1500;
        const std::unique_ptr<Session> session = sessionOn(prometheus, dir);
        OverviewPage page(session.get());
        QSignalSpy loaded(&page, &Page::loaded);
        QSignalSpy inserted(page.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
        page.refresh();
        auto* summary = page.findChild<QLabel*>(QStringLiteral("overviewSummary"));
        QVERIFY(summary);
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("Showing the cache as of")), qPrintable(summary->text()));
        QVERIFY(loaded.isEmpty());
        QTest::qWait(200);
        // Barbershop's row, the only one the answers name, changed once, or twice when the cache
        // thread is slow to read them all; one update per cached answer changed it ten times.
        QCOMPARE(inserted.size(), 0);
        QVERIFY2(changed.size() >= 1 && changed.size() <= 2, qPrintable(QString::number(changed.size())));
        QVERIFY(loaded.wait(20000));
    }

    void theOverviewTileShowsTheMapsLatestFigures()
    {
        // A server whose answers depend on the rate window and the time asked, as a quiet region's
        // p95 does: a request more or less in the window moves it.
        ScriptedServer prometheus;
        QList<qint64> tileTimes, mapEnds;
        prometheus.responder = [&](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            const QByteArray form = QByteArray(r.form()).replace('+', ' ');
            const QString q = QString::fromUtf8(QByteArray::fromPercentEncoding(form));
            const QUrlQuery params(QString::fromUtf8(form));
            const bool instant = r.path().endsWith("/query");
            const QString window = QRegularExpression(QStringLiteral("\\[([0-9a-z]+)\\]")).match(q).captured(1);
            auto value = [&](qint64 t) { return (window == u"5m15s" ? 0.2 : 0.3) + double(t % 3600) / 1e6; };
            QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"" + QByteArray(instant ? "vector" : "matrix") + "\",\"result\":[";
            if (q.contains(QStringLiteral("histogram_quantile(0.95, sum by (le, region)"))) {
                body += "{\"metric\":{\"region\":\"cordoba\"},";
                if (instant) {
                    const qint64 t = params.hasQueryItem(QStringLiteral("time")) ? qint64(params.queryItemValue(QStringLiteral("time")).toDouble())
                                                                                 : QDateTime::currentSecsSinceEpoch();
                    tileTimes << t;
                    body += "\"value\":[" + QByteArray::number(t) + ",\"" + QByteArray::number(value(t), 'g', 12) + "\"]}";
                } else {
                    const qint64 start = qint64(params.queryItemValue(QStringLiteral("start")).toDouble());
                    const qint64 end = qint64(params.queryItemValue(QStringLiteral("end")).toDouble());
                    const qint64 step = qint64(params.queryItemValue(QStringLiteral("step")).toDouble());
                    mapEnds << end;
                    body += "\"values\":[";
                    for (qint64 t = start; t <= end; t += step)
                        body += (t > start ? "," : "") + QByteArray("[") + QByteArray::number(t) + ",\"" + QByteArray::number(value(t), 'g', 12) + "\"]";
                    body += "]}";
                }
            }
            return { 200, "application/json", body + "]}}" };
        };
        QTemporaryDir dir;
        const std::unique_ptr<Session> session = sessionOn(prometheus, dir);
        QVERIFY(session);
        OverviewPage overview(session.get());
        MapPage map(session.get());
        overview.resize(1400, 800);
        map.resize(1400, 800);
        auto load = [](Page& page) {
            QSignalSpy loaded(&page, &Page::loaded);
            page.refresh();
            return loaded.wait(20000);
        };
        // Both asked within one minute (a minute turning in between asks again).
        for (int attempt = 0; attempt < 3; ++attempt) {
            tileTimes.clear();
            mapEnds.clear();
            QVERIFY(load(map));
            QVERIFY(load(overview));
            QCOMPARE(tileTimes.size(), 1);
            QCOMPARE(mapEnds.size(), 1);
            if (tileTimes.front() == mapEnds.front())
                break;
        }
        QCOMPARE(tileTimes.front(), mapEnds.front());
        double tile = NAN;
        for (const MapWidget::RegionValue& r : overview.findChild<MapWidget*>()->regions())
            if (r.id == u"cordoba")
                tile = r.p95Ms;
        QVERIFY(std::isfinite(tile));
        QCOMPARE(tile, map.valueOf(QStringLiteral("cordoba")).p95Ms);
    }

    void pageReadsTheRegionQueriesAndReplays()
    {
        ScriptedServer prometheus;
        const qint64 now = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        const QStringList labels { QStringLiteral("buenos_aires"), QStringLiteral("cordoba") };
        // Córdoba's p95 climbs from 50 ms to 150 ms over the hour; Buenos Aires stays at 40 ms.
        prometheus.responder = [&](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            const QString q = QString::fromUtf8(QByteArray::fromPercentEncoding(r.form()));
            double (*f)(int, int) = nullptr;
            if (q.contains(QStringLiteral("histogram_quantile")))
                f = [](int region, int i) { return region == 0 ? 0.040 : 0.050 + 0.100 * i / 60.0; };
            else if (q.contains(QStringLiteral("5..")))
                f = [](int region, int) { return region == 0 ? 0.001 : 0.03; };
            else
                f = [](int region, int) { return region == 0 ? 12.0 : 4.0; };
            return { 200, "application/json", matrix(labels, now - 3600, 61, f) };
        };
        QTemporaryDir dir;
        const std::unique_ptr<Session> session = sessionOn(prometheus, dir);
        QVERIFY(session);
        MapPage page(session.get());
        page.resize(1400, 800);
        QSignalSpy loadedSpy(&page, &Page::loaded);
        page.refresh();
        QVERIFY(loadedSpy.wait(20000));
        QVERIFY2(loadedSpy.front().front().toBool(), qPrintable(loadedSpy.front().at(1).toString()));
        // Three queries (the client also asks the server how many it runs at once).
        QCOMPARE(std::count_if(prometheus.requests.cbegin(), prometheus.requests.cend(),
                               [](const ScriptedServer::Request& r) { return r.path().startsWith("/api/v1/query"); }),
                 3);
        QCOMPARE(page.times().size(), size_t(61));
        // The latest: Córdoba 150 ms against 80 ms is red, Buenos Aires green; the others have no data.
        QCOMPARE(qRound(page.valueOf(QStringLiteral("cordoba")).p95Ms), 150);
        QCOMPARE(page.valueOf(QStringLiteral("cordoba")).rps, 4.0);
        QCOMPARE(page.valueOf(QStringLiteral("cordoba")).errorRatio, 0.03);
        QCOMPARE(regionState(page.valueOf(QStringLiteral("cordoba")).p95Ms, 80), RegionState::Over);
        QCOMPARE(regionState(page.valueOf(QStringLiteral("buenos_aires")).p95Ms, 50), RegionState::Under);
        QVERIFY(std::isnan(page.valueOf(QStringLiteral("mendoza")).p95Ms));
        // Back in time: at the start of the hour Córdoba was under its target.
        page.findChild<QSlider*>(QStringLiteral("timeSlider"))->setValue(0);
        QCOMPARE(qRound(page.valueOf(QStringLiteral("cordoba")).p95Ms), 50);
        QCOMPARE(regionState(page.valueOf(QStringLiteral("cordoba")).p95Ms, 80), RegionState::Under);
        // 18 minutes in it reached 80 ms, at 19 it was over: where the trouble started.
        page.showTime(18);
        QCOMPARE(regionState(page.valueOf(QStringLiteral("cordoba")).p95Ms, 80), RegionState::Under);
        page.showTime(19);
        QCOMPARE(regionState(page.valueOf(QStringLiteral("cordoba")).p95Ms, 80), RegionState::Near);
    }

    void aRefreshDrawsEachChartOnce()
    {
        ScriptedServer prometheus;
        const qint64 now = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        // Something for every query: the buckets and codes by region, one line per provider, and
        // one line for the rest.
        prometheus.responder = [&](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            const QString q = QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(r.form()).replace('+', ' ')));
            const bool instant = r.path().endsWith("/query");
            std::vector<std::pair<QByteArray, double>> series { { "", 1.0 } };
            if (q.contains(QStringLiteral("sum by (le, region)")))
                series = { { "\"le\":\"0.1\",\"region\":\"cordoba\"", 5.0 }, { "\"le\":\"+Inf\",\"region\":\"cordoba\"", 10.0 } };
            else if (q.contains(QStringLiteral("sum by (code, region)")))
                series = { { "\"code\":\"503\",\"region\":\"cordoba\"", 1.0 } };
            else if (q.contains(QStringLiteral("provider")))
                series = { { "\"provider\":\"bank\"", 0.9 }, { "\"provider\":\"wallet\"", 0.8 } };
            else if (q.contains(QStringLiteral("sum by (le, route)")))
                series = { { "\"route\":\"/turnos\"", 0.2 } };
            return { 200, "application/json", answer(instant, series, now - 3600, 61), false };
        };
        QTemporaryDir dir;
        const std::unique_ptr<Session> session = sessionOn(prometheus, dir);
        QVERIFY(session);
        MainWindow window(session.get(), {});
        QVERIFY(openBarbershopDashboard(window));
        QTRY_VERIFY(!TimePlot::drawingQueued());
        auto* page = window.findChild<VerticalDashboardPage*>();
        std::map<const TimePlot*, int> before;
        for (const TimePlot* plot : page->findChildren<TimePlot*>())
            before[plot] = plot->drawCount();

        // The same range again, as the refresh timer and F5 do: each chart is drawn with its
        // answers, once, also the replicas' of four queries; not first at the refresh's start.
        // Three refreshes, and one drawing more than that allowed: a busy machine may lay out a
        // chart anew in between; drawing at the start or once per answer is two to four a refresh.
        constexpr int kRefreshes = 3;
        for (int i = 0; i < kRefreshes; ++i) {
            QSignalSpy loaded(&window, &MainWindow::pageLoaded);
            window.refresh();
            QVERIFY(loaded.wait(20000));
            QTRY_VERIFY(!TimePlot::drawingQueued());
        }
        const QList<ChartPanel*> panels = page->findChildren<ChartPanel*>();
        QCOMPARE(panels.size(), 9);
        for (const ChartPanel* panel : panels) {
            const TimePlot* plot = panel->findChild<TimePlot*>();
            const int drawn = plot->drawCount() - before[plot];
            // Requests per second: its forecast comes from queries of its own.
            const int most = (panel->title().startsWith(QStringLiteral("Requests per second")) ? 2 : 1) * kRefreshes + 1;
            QVERIFY2(drawn >= kRefreshes && drawn <= most, qPrintable(QStringLiteral("%1: drawn %2 times in %3 refreshes").arg(panel->title()).arg(drawn).arg(kRefreshes)));
        }
    }

    void everyOverviewHeadingFitsItsColumn()
    {
        // At the width of a 1600 px screen, beside the map, in the console's theme: no heading cut
        // short, its sort arrow included. Last of these tests: the theme is the application's.
        applyWarRoomTheme(*qApp);
        ScriptedServer prometheus;
        QTemporaryDir dir;
        const std::unique_ptr<Session> session = sessionOn(prometheus, dir);
        QVERIFY(session);
        OverviewPage page(session.get());
        page.resize(1600, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableView*>();
        QVERIFY(table);
        const QHeaderView* header = table->horizontalHeader();
        int needed = 0;
        for (int c = 0; c < page.model()->columnCount(); ++c) {
            const QString text = page.model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(QStringLiteral("%1: %2 px for %3 px").arg(text).arg(header->sectionSize(c)).arg(header->sectionSizeHint(c))));
            needed += c == VerticalStatusModel::ColumnVertical ? header->sectionSizeHint(c) : header->sectionSize(c);
        }
        // And every column in sight at once, the vertical's name at its own width: no scrolling
        // sideways to find today's cost or the degradation level.
        QVERIFY2(needed <= table->viewport()->width(), qPrintable(QStringLiteral("%1 px in %2").arg(needed).arg(table->viewport()->width())));
    }
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <cmath>
#include <ctime>
#include <random>

#include <QApplication>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "ui/chartpanel.h"
#include "ui/timeplot.h"

using namespace atalaya;

namespace {

Series makeSeries(size_t n, double t0, double step, double (*f)(size_t))
{
    Series s;
    for (size_t i = 0; i < n; ++i) {
        s.timestamps.push_back(t0 + i * step);
        s.values.push_back(f(i));
    }
    return s;
}

TimePlot* plotOf(ChartPanel& panel)
{
    return panel.findChild<TimePlot*>();
}

/// Pixels of exactly @p color inside @p area (lines are drawn aliased: their pixels are their colour).
int countColor(const QImage& image, const QRect& area, const QColor& color)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.pixel(x, y) == color.rgb())
                ++n;
    return n;
}

int differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                ++n;
    return n;
}

/// A mouse event sent straight to the plot (offscreen, QTest's moves do not always arrive).
void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(w, &e);
}

const QColor kYellow(0xf2, 0xc9, 0x4c);
const QColor kGreen(0x56, 0xc2, 0x8a);
const QColor kRed(0xe5, 0x48, 0x4d);

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT
    /// An 800 x 300 panel of one line over 6000 s, shown.
    static bool showOneLine(ChartPanel& panel)
    {
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("rps"), kGreen } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(6000), 60);
        panel.show();
        return QTest::qWaitForWindowExposed(&panel);
    }

private slots:
    void gapsAreNotInterpolated()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("p95"), Qt::yellow } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(6000), 60);
        // 100 samples, NaN at 40..44, and a missing stretch (no samples) after 70.
        Series s = makeSeries(100, 0, 60, [](size_t i) { return (i >= 40 && i < 45) ? NAN : double(i); });
        s.timestamps.erase(s.timestamps.begin() + 71, s.timestamps.begin() + 80);
        s.values.erase(s.values.begin() + 71, s.values.begin() + 80);
        panel.setSeries(0, &s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto segments = plotOf(panel)->drawnSegments(0);
        QCOMPARE(segments.size(), size_t(3));
        QCOMPARE(segments[0].size(), 40);
        QCOMPARE(segments[0].back(), QPointF(39 * 60 * 1000.0, 39.0));
        QCOMPARE(segments[2].front(), QPointF(80 * 60 * 1000.0, 80.0));
        // Refreshing with a whole series: one line again.
        const Series whole = makeSeries(100, 0, 60, [](size_t i) { return double(i); });
        panel.setSeries(0, &whole);
        QCOMPARE(plotOf(panel)->drawnSegments(0).size(), size_t(1));
    }

    void aHoleIsDrawnAsAGap()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("rps"), kGreen } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(6000), 60);
        // Minutes 0..99 at 1.0, nothing for minutes 40..59, NaN for 80..84.
        Series s = makeSeries(100, 0, 60, [](size_t i) { return (i >= 80 && i < 85) ? NAN : 1.0; });
        s.timestamps.erase(s.timestamps.begin() + 40, s.timestamps.begin() + 60);
        s.values.erase(s.values.begin() + 40, s.values.begin() + 60);
        panel.setSeries(0, &s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimePlot* plot = plotOf(panel);
        const QImage image = plot->grab().toImage();
        const QRect area = plot->plotRect();
        auto drawnAt = [&](int minute) {
            const int x = int(std::floor(plot->xOf(minute * 60 * 1000LL)));
            return countColor(image, QRect(x, area.top(), 1, area.height()), kGreen);
        };
        for (int minute : { 5, 30, 38, 65, 75, 90 })
            QVERIFY2(drawnAt(minute) > 0, qPrintable(QString::number(minute)));
        // The hole and the NaNs: not a pixel of the line in their columns.
        for (int minute : { 41, 45, 50, 55, 58, 81, 82, 83 })
            QVERIFY2(drawnAt(minute) == 0, qPrintable(QString::number(minute)));
    }

    void neverMorePointsThanPixels()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setLines({ { QStringLiteral("rps"), Qt::green } });
        const size_t n = 1'000'000;
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(qint64(n)), 1);
        const Series s = makeSeries(n, 0, 1, [](size_t i) { return std::sin(i / 1000.0) + (i % 97 == 0 ? 3 : 0); });
        panel.setSeries(0, &s);
        const auto segments = plotOf(panel)->drawnSegments(0);
        QCOMPARE(segments.size(), size_t(1));
        QVERIFY2(segments[0].size() <= 4 * panel.plotWidth(), qPrintable(QString::number(segments[0].size())));
        QVERIFY(segments[0].size() > panel.plotWidth()); // reduced, not decimated to nothing
        // The spikes (value 3 + sin) survive the reduction.
        double top = 0;
        for (const QPointF& p : segments[0])
            top = std::max(top, p.y());
        QVERIFY(top > 3.5);
    }

    void reducedDrawingIsPixelIdenticalToEverySample()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(900, 320);
        panel.setLines({ { QStringLiteral("noisy"), kYellow }, { QStringLiteral("forecast"), kGreen, true } });
        panel.setThreshold(3.5, QStringLiteral("limit"));
        std::mt19937 rng(11);
        std::normal_distribution<double> noise(0, 0.7);
        const size_t n = 300'000;
        const double t0 = 1795000000;
        Series a, b;
        for (size_t i = 0; i < n; ++i) {
            // A hole (no samples) and a stretch of NaN in the first line; the second is sparser.
            if (i < 120'000 || i >= 121'500) {
                a.timestamps.push_back(t0 + double(i));
                a.values.push_back(i >= 200'000 && i < 200'700 ? NAN : std::sin(i / 9000.0) * 2 + noise(rng) + (i % 40'000 == 7 ? 3 : 0));
            }
            if (i % 7 == 0) {
                b.timestamps.push_back(t0 + double(i));
                b.values.push_back(std::cos(i / 15000.0) + noise(rng) * 0.3);
            }
        }
        panel.setSeries(0, &a);
        panel.setSeries(1, &b);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimePlot* plot = plotOf(panel);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(qint64(t0), QTimeZone::utc());
        // Windows that start and end between samples and between pixels, as zooms and pans do.
        std::vector<std::pair<qint64, qint64>> windows { { 0, qint64(n) * 1000 }, { 5'003'250, 251'777'000 }, { 118'000'000, 125'000'500 },
                                                         { 199'990'000, 290'001'000 }, { -7'000'000, 60'000'000 } };
        std::uniform_int_distribution<qint64> edge(0, qint64(n) * 1000);
        for (int i = 0; i < 10; ++i) {
            const qint64 x = edge(rng), y = edge(rng);
            if (std::abs(x - y) > 20'000'000) // at least some 20 samples a pixel
                windows.emplace_back(std::min(x, y), std::max(x, y));
        }
        for (const auto& [from, to] : windows) {
            panel.setTimeRange(start.addMSecs(from), start.addMSecs(to), 1);
            plot->setReduction(true);
            const QImage reduced = plot->grab().toImage();
            const int reducedPoints = plot->drawnPointCount();
            plot->setReduction(false);
            const QImage all = plot->grab().toImage();
            const int allPoints = plot->drawnPointCount();
            // Reduced (two lines: at most four points a column each, and a neighbour each side).
            const int most = 2 * (4 * plot->plotRect().width() + 2);
            QVERIFY2(reducedPoints < allPoints && reducedPoints <= most,
                     qPrintable(QStringLiteral("%1 of %2").arg(reducedPoints).arg(allPoints)));
            QVERIFY(countColor(reduced, plot->plotRect(), kYellow) > 500); // something is drawn
            QCOMPARE(differingPixels(reduced, all), 0);
        }
    }

    void thresholdsAreLabelledWithValueAndSource()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setUnit(QStringLiteral("ms"), 1000, 0);
        panel.setLines({ { QStringLiteral("p95"), kYellow } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(6000), 60);
        const Series s = makeSeries(100, 0, 60, [](size_t) { return 0.1; });
        panel.setSeries(0, &s);
        panel.setThreshold(200, QStringLiteral("SLA 200 ms (Argentina SLA, scaling playbook)"));
        panel.setSecondThreshold(150, QStringLiteral("warning 150 ms (playbook)"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimePlot* plot = plotOf(panel);
        QCOMPARE(plot->legendEntries(), (QStringList { QStringLiteral("p95"), QStringLiteral("SLA 200 ms (Argentina SLA, scaling playbook)"),
                                                       QStringLiteral("warning 150 ms (playbook)") }));
        // The whole label is on screen: the legend wraps before it elides.
        const QRect sla = plot->legendEntryRect(1);
        QVERIFY(sla.width() > plot->fontMetrics().horizontalAdvance(QStringLiteral("SLA 200 ms (Argentina SLA, scaling playbook)")));
        QVERIFY(plot->rect().contains(sla));
        // Drawn across the plot, above the data (the axis makes room for the threshold).
        QImage image = plot->grab().toImage();
        QVERIFY(countColor(image, plot->plotRect(), kRed) > plot->plotRect().width() / 3);
        panel.setThreshold(NAN, {});
        QCOMPARE(plot->legendEntries().size(), 2);
        image = plot->grab().toImage();
        QCOMPARE(countColor(image, plot->plotRect(), kRed), 0);
    }

    void clickingALegendEntryHidesItsLine()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("a"), kYellow }, { QStringLiteral("b"), kGreen } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(6000), 60);
        const Series a = makeSeries(101, 0, 60, [](size_t) { return 1.0; });
        const Series b = makeSeries(101, 0, 60, [](size_t) { return 2.0; });
        panel.setSeries(0, &a);
        panel.setSeries(1, &b);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimePlot* plot = plotOf(panel);
        const QRect area = plot->plotRect();
        QVERIFY(countColor(plot->grab().toImage(), area, kYellow) > 100);
        QVERIFY(panel.valuesAt(30 * 60 * 1000).contains(QStringLiteral("a: 1")));

        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->legendEntryRect(0).center());
        QVERIFY(!plot->isLineVisible(0));
        QImage image = plot->grab().toImage();
        QCOMPARE(countColor(image, area, kYellow), 0);
        QVERIFY(countColor(image, area, kGreen) > 100); // the other line stays
        QVERIFY(!panel.valuesAt(30 * 60 * 1000).contains(QStringLiteral("a: ")));
        QCOMPARE(plot->legendEntries().size(), 2); // the entry stays, to bring the line back

        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->legendEntryRect(0).center());
        QVERIFY(plot->isLineVisible(0));
        QVERIFY(countColor(plot->grab().toImage(), area, kYellow) > 100);
    }

    void csvHasOneColumnPerLine()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.setLines({ { QStringLiteral("a"), Qt::red }, { QStringLiteral("b \"q\""), Qt::blue } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(180), 60);
        const Series a = makeSeries(3, 0, 60, [](size_t i) { return double(i); });
        const Series b = makeSeries(2, 60, 60, [](size_t i) { return i == 0 ? NAN : 0.5; });
        panel.setSeries(0, &a);
        panel.setSeries(1, &b);
        const QStringList rows = panel.toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], QStringLiteral("time,\"a\",\"b \"\"q\"\"\""));
        QVERIFY(rows[1].endsWith(QStringLiteral(",0,")));
        QVERIFY(rows[2].endsWith(QStringLiteral(",1,"))); // NaN: an empty cell, not 0
        QVERIFY(rows[3].endsWith(QStringLiteral(",2,0.5")));
    }

    void crosshairValues()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.setUnit(QStringLiteral("ms"), 1000, 0);
        panel.setLines({ { QStringLiteral("p95"), Qt::yellow }, { QStringLiteral("p99"), Qt::magenta } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(6000), 60);
        const Series a = makeSeries(100, 0, 60, [](size_t i) { return 0.001 * double(i); });
        Series b = makeSeries(30, 0, 60, [](size_t) { return 0.5; }); // ends at 29 min
        panel.setSeries(0, &a);
        panel.setSeries(1, &b);
        const QString at10 = panel.valuesAt(10 * 60 * 1000 + 5000); // nearest sample: minute 10
        QVERIFY2(at10.contains(QStringLiteral("p95: 10 ms")), qPrintable(at10));
        QVERIFY2(at10.contains(QStringLiteral("p99: 500 ms")), qPrintable(at10));
        const QString at60 = panel.valuesAt(60 * 60 * 1000);
        QVERIFY(at60.contains(QStringLiteral("p95: 60 ms")));
        QVERIFY2(!at60.contains(QStringLiteral("p99")), qPrintable(at60)); // past its data: no value invented
    }

    void hoverIsSharedAndTheCrosshairDrawn()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("x"), kGreen } });
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1795000000, QTimeZone::utc());
        panel.setTimeRange(start, start.addSecs(6000), 60);
        const Series s = makeSeries(101, 1795000000, 60, [](size_t) { return 1.0; });
        panel.setSeries(0, &s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimePlot* plot = plotOf(panel);
        const QRect area = plot->plotRect();
        QSignalSpy hovered(&panel, &ChartPanel::hovered);
        const QPoint at(area.left() + area.width() / 2, area.center().y());
        sendMouse(plot, QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
        QCOMPARE(hovered.size(), 1);
        const qint64 ms = hovered.front().at(0).toLongLong();
        // Half of 100 minutes, to within a pixel's worth.
        QVERIFY2(std::abs(ms - start.addSecs(3000).toMSecsSinceEpoch()) < 6000 * 1000 / area.width() + 1, qPrintable(QString::number(ms)));
        QVERIFY(panel.valuesAt(ms).contains(QStringLiteral("x: 1")));

        // Another panel's hover draws the line here (at a sample, where its dot goes too), and
        // only changes the pixels around it.
        const qint64 startMs = start.toMSecsSinceEpoch();
        const qint64 onSample = startMs + (ms - startMs + 30000) / 60000 * 60000;
        const QImage before = plot->grab().toImage();
        panel.setCrosshair(onSample);
        const QImage after = plot->grab().toImage();
        const int x = int(std::floor(plot->xOf(onSample)));
        int changedInColumn = 0, changedElsewhere = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int cx = area.left(); cx <= area.right(); ++cx)
                if (before.pixel(cx, y) != after.pixel(cx, y))
                    ++(std::abs(cx - x) <= 6 ? changedInColumn : changedElsewhere);
        QVERIFY2(changedInColumn > area.height() / 2, qPrintable(QString::number(changedInColumn)));
        QCOMPARE(changedElsewhere, 0);
        panel.setCrosshair(-1);
        QCOMPARE(differingPixels(before, plot->grab().toImage()), 0);

        sendMouse(plot, QEvent::MouseMove, QPoint(2, 2), Qt::NoButton, Qt::NoButton); // outside the plot
        QCOMPARE(hovered.back().at(0).toLongLong(), qint64(-1));
    }

    void middleDragPansByWhatWasDragged()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("x"), kGreen } });
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1795000000, QTimeZone::utc());
        panel.setTimeRange(start, start.addSecs(6000), 60);
        // Loaded: three times the window, around it.
        const Series s = makeSeries(301, 1795000000 - 6000, 60, [](size_t i) { return double(i % 7); });
        panel.setSeries(0, &s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimePlot* plot = plotOf(panel);
        const QRect area = plot->plotRect();
        QSignalSpy panned(&panel, &ChartPanel::panned);
        QSignalSpy selected(&panel, &ChartPanel::rangeSelected);
        const QPoint a(area.left() + area.width() / 4, area.center().y());
        const QPoint b(a.x() + area.width() / 2, a.y());
        sendMouse(plot, QEvent::MouseButtonPress, a, Qt::MiddleButton, Qt::MiddleButton);
        sendMouse(plot, QEvent::MouseMove, QPoint(a.x() + area.width() / 4, a.y()), Qt::NoButton, Qt::MiddleButton);
        sendMouse(plot, QEvent::MouseMove, b, Qt::NoButton, Qt::MiddleButton);
        sendMouse(plot, QEvent::MouseButtonRelease, b, Qt::MiddleButton, Qt::NoButton);
        QCOMPARE(selected.size(), 0);
        QCOMPARE(panned.size(), 3); // two moves, then the release
        QVERIFY(!panned[0].at(1).toBool() && !panned[1].at(1).toBool() && panned[2].at(1).toBool());
        qint64 total = 0;
        for (const auto& args : panned)
            total += args.at(0).toLongLong();
        // Half the plot to the right: half of 100 minutes back.
        const qint64 expected = -qint64((b.x() - a.x()) * 6000.0 * 1000 / area.width());
        QVERIFY2(std::abs(total - expected) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(expected)));

        // The page moves the window: what is loaded is drawn there at once, reduced again.
        panel.setTimeRange(start.addMSecs(total), start.addSecs(6000).addMSecs(total), 60);
        const auto segments = plot->drawnSegments(0);
        QCOMPARE(segments.size(), size_t(1));
        const double from = start.addMSecs(total).toMSecsSinceEpoch(), to = from + 6000 * 1000.0;
        int inside = 0;
        for (const QPointF& p : segments[0]) {
            QVERIFY(p.x() >= from - 60000 && p.x() <= to + 60000); // the window and one neighbour each side
            inside += p.x() >= from && p.x() < to;
        }
        QCOMPARE(inside, 100);
    }

    void timeAxisIsInTheConfiguredZone()
    {
        const QByteArray previous = qgetenv("TZ");
        qputenv("TZ", "America/Argentina/Buenos_Aires");
        tzset();
        auto restore = qScopeGuard([&] {
            if (previous.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", previous);
            tzset();
        });
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("x"), kGreen } });
        // 00:00 to 06:00 UTC: 21:00 to 03:00 in Buenos Aires (UTC-3), across local midnight.
        const QDateTime start(QDate(2026, 11, 29), QTime(0, 0), QTimeZone::utc());
        panel.setTimeRange(start, start.addSecs(6 * 3600), 60);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto ticks = plotOf(panel)->timeTicks();
        QVERIFY(ticks.size() >= 3);
        std::map<qint64, QString> byTime(ticks.begin(), ticks.end());
        QCOMPARE(byTime[start.toMSecsSinceEpoch()], QStringLiteral("21:00"));
        QCOMPARE(byTime[start.addSecs(3 * 3600).toMSecsSinceEpoch()], QStringLiteral("29/11")); // local midnight: the date
        QVERIFY(panel.valuesAt(start.toMSecsSinceEpoch()).startsWith(QStringLiteral("28/11 21:00:00")));
        // Every tick on a whole local hour (or a round part of one).
        for (const auto& [ms, label] : ticks)
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(ms).time().minute() % 15, 0);

        // The user picks UTC; the page sets the same window again: the labels follow the zone.
        qputenv("TZ", "UTC");
        tzset();
        panel.setTimeRange(start, start.addSecs(6 * 3600), 60);
        const auto utcTicks = plotOf(panel)->timeTicks();
        std::map<qint64, QString> utcByTime(utcTicks.begin(), utcTicks.end());
        QCOMPARE(utcByTime[start.toMSecsSinceEpoch()], QStringLiteral("29/11"));
        QCOMPARE(utcByTime[start.addSecs(3 * 3600).toMSecsSinceEpoch()], QStringLiteral("03:00"));
    }

    void annotationsAreDrawn()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("x"), Qt::green } });
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(6000), 60);
        const Series s = makeSeries(100, 0, 60, [](size_t) { return 1.0; });
        panel.setSeries(0, &s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage before = panel.grab().toImage();
        panel.setAnnotations({ { 3000 * 1000LL, 0, Annotation::Kind::Alert, {}, QStringLiteral("HighLatency"), {} } });
        const QImage after = panel.grab().toImage();
        int redish = 0;
        for (int y = 0; y < after.height(); ++y)
            for (int x = 0; x < after.width(); ++x)
                if (after.pixel(x, y) != before.pixel(x, y) && qRed(after.pixel(x, y)) > 180 && qGreen(after.pixel(x, y)) < 120)
                    ++redish;
        QVERIFY2(redish > 20, qPrintable(QString::number(redish)));
        // Its title is what the tooltip adds there.
        TimePlot* plot = plotOf(panel);
        const int x = int(std::floor(plot->xOf(3000 * 1000LL)));
        QCOMPARE(plot->annotationsAt(plot->msAt(x), x), QStringList { QStringLiteral("HighLatency") });
        QVERIFY(plot->annotationsAt(plot->msAt(x + 40), x + 40).isEmpty());
    }
    void aRefreshOfTheSameRangeIsDrawnWithItsAnswer()
    {
        ChartPanel panel(QStringLiteral("t"));
        QVERIFY(showOneLine(panel));
        TimePlot* plot = plotOf(panel);
        const Series first = makeSeries(100, 0, 60, [](size_t i) { return double(i % 10); });
        panel.setSeries(0, &first); // new data on screen: drawn on a later turn
        QVERIFY(TimePlot::drawingQueued());
        QTRY_VERIFY(!TimePlot::drawingQueued());
        const int drawn = plot->drawCount();
        const QImage before = plot->grab().toImage();
        QCOMPARE(plot->drawCount(), drawn); // a repaint copies the image

        // A refresh moves the window by a tenth, its answer to follow: the image stays as it is.
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(600), QDateTime::fromSecsSinceEpoch(6600), 60, TimePlot::Redraw::WithData);
        QVERIFY(!TimePlot::drawingQueued());
        QCOMPARE(differingPixels(plot->grab().toImage(), before), 0);
        QCOMPARE(plot->drawCount(), drawn);
        // The answer: drawn once, in the new window.
        const Series next = makeSeries(100, 600, 60, [](size_t i) { return double(i % 10); });
        panel.setSeries(0, &next);
        QTRY_VERIFY(!TimePlot::drawingQueued());
        QCOMPARE(plot->drawCount(), drawn + 1);
        QVERIFY(differingPixels(plot->grab().toImage(), before) > 0);
        QCOMPARE(plot->startMs(), 600 * 1000LL);
        panel.drawStale(); // nothing is stale
        QVERIFY(!TimePlot::drawingQueued());

        // A window no answer follows (its query failed) is drawn when the refresh is over.
        panel.setTimeRange(QDateTime::fromSecsSinceEpoch(1200), QDateTime::fromSecsSinceEpoch(7200), 60, TimePlot::Redraw::WithData);
        QCOMPARE(plot->drawCount(), drawn + 1);
        panel.drawStale();
        QVERIFY(TimePlot::drawingQueued());
        QTRY_VERIFY(!TimePlot::drawingQueued());
        QCOMPARE(plot->drawCount(), drawn + 2);
    }
    void aRepaintOfAQueuedPlotShowsItsLastImageUntilItsTurn()
    {
        // New data waits in the queue of charts to draw; a repaint comes first (the window's, after
        // a page switch): it shows the last image, and the queue draws the plot once, on its turn.
        ChartPanel panel(QStringLiteral("t"));
        QVERIFY(showOneLine(panel));
        TimePlot* plot = plotOf(panel);
        QTRY_VERIFY(!TimePlot::drawingQueued());
        const int drawn = plot->drawCount();
        QVERIFY(drawn >= 1);
        const QImage before = plot->grab().toImage();
        const Series s = makeSeries(100, 0, 60, [](size_t i) { return double(i % 10); });
        panel.setSeries(0, &s);
        QVERIFY(TimePlot::drawingQueued());
        plot->repaint();
        QCOMPARE(plot->drawCount(), drawn);
        QCOMPARE(differingPixels(plot->grab().toImage(), before), 0);
        QTRY_VERIFY(!TimePlot::drawingQueued());
        QCOMPARE(plot->drawCount(), drawn + 1);
        QVERIFY(differingPixels(plot->grab().toImage(), before) > 0);
        QCOMPARE(plot->drawCount(), drawn + 1); // the grab copies the image
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"

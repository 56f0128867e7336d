// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <cmath>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>

#include "ui/chartpanel.h"

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

/// The line series of the panel that hold points, excluding thresholds (named "SLA…").
std::vector<QLineSeries*> drawnSegments(ChartPanel& panel, const QString& legend)
{
    std::vector<QLineSeries*> out;
    for (QAbstractSeries* s : panel.findChild<QChartView*>()->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->name() == legend && line->count() > 0)
            out.push_back(line);
    return out;
}

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT
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
        const auto segments = drawnSegments(panel, QStringLiteral("p95"));
        QCOMPARE(segments.size(), size_t(3));
        QCOMPARE(segments[0]->count(), 40);
        // Refreshing with a whole series reuses the segments: one line again.
        const Series whole = makeSeries(100, 0, 60, [](size_t i) { return double(i); });
        panel.setSeries(0, &whole);
        QCOMPARE(drawnSegments(panel, QStringLiteral("p95")).size(), size_t(1));
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
        const auto segments = drawnSegments(panel, QStringLiteral("rps"));
        QCOMPARE(segments.size(), size_t(1));
        QVERIFY2(segments[0]->count() <= 4 * panel.plotWidth(), qPrintable(QString::number(segments[0]->count())));
        QVERIFY(segments[0]->count() > panel.plotWidth()); // reduced, not decimated to nothing
        // The spikes (value 3 + sin) survive the reduction.
        double top = 0;
        for (const QPointF& p : segments[0]->points())
            top = std::max(top, p.y());
        QVERIFY(top > 3.5);
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
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// B3: handing a 1M-point series to Qt Charts and painting it, naively, against the M4 path
// (reduce to first/min/max/last per pixel column, then replace and paint), interleaved in one
// run. Fidelity: with antialiasing off, the two images must not differ in a single pixel.

#include <cmath>
#include <random>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QValueAxis>

#include "benchutil.h"
#include "util/allocator.h"
#include "domain/m4.h"

using namespace atalaya;

namespace {

struct Scene
{
    QChartView* view;
    QLineSeries* series;
    QRectF plot;
};

Scene makeScene(double xMax)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    // An integral plot rectangle, so that M4's columns are the chart's pixel columns.
    const QRectF plot(60, 20, 1000, 400);
    chart->setPlotArea(plot);
    auto* series = new QLineSeries;
    series->setPen(QPen(Qt::black, 1));
    chart->addSeries(series);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setRange(0, xMax);
    y->setRange(-6, 6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing, false);
    view->resize(1120, 460);
    view->show();
    return { view, series, plot };
}

} // namespace

int main(int argc, char** argv)
{
    tuneAllocator(); // as the console does
    QApplication app(argc, argv);
    const size_t n = 1'000'000;
    std::vector<double> t(n), v(n);
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0, 0.6);
    for (size_t i = 0; i < n; ++i) {
        t[i] = static_cast<double>(i);
        v[i] = std::sin(i / 20000.0) * 3 + noise(rng) + (i % 50000 == 0 ? 2.5 : 0);
    }
    QList<QPointF> all;
    all.reserve(static_cast<qsizetype>(n));
    for (size_t i = 0; i < n; ++i)
        all.append(QPointF(t[i], v[i]));

    Scene naive = makeScene(double(n));
    Scene reduced = makeScene(double(n));
    const int width = static_cast<int>(reduced.plot.width());
    QImage naiveImage, reducedImage;

    auto paintNaive = [&] {
        naive.series->replace(all);
        naiveImage = naive.view->grab().toImage();
    };
    auto paintM4 = [&] {
        const double left = reduced.plot.left();
        const std::vector<size_t> keep
            = m4Indices(t.data(), v.data(), n, 0, double(n), width, left - std::floor(left) - 1e-9);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(keep.size()));
        for (size_t i : keep)
            points.append(QPointF(t[i], v[i]));
        reduced.series->replace(points);
        reducedImage = reduced.view->grab().toImage();
    };
    paintNaive(); // warm both paths once
    paintM4();

    bool ok = false;
    for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
        double a = 0, b = 0;
        const double ratio = bench::interleavedRatio(paintNaive, paintM4, 3, &a, &b);
        std::printf("naive %.0f ms, M4 %.1f ms, %d points drawn instead of %zu\n", a * 1000, b * 1000,
                    static_cast<int>(reduced.series->count()), n);
        ok = bench::report("B3 render", ratio, ">=", 30);
    }

    // Fidelity: the same pixels with and without the reduction.
    int differing = 0;
    for (int y = 0; y < naiveImage.height(); ++y)
        for (int x = 0; x < naiveImage.width(); ++x)
            if (naiveImage.pixel(x, y) != reducedImage.pixel(x, y) && ++differing <= 5)
                std::printf("differs at %d,%d: all points %08x, M4 %08x\n", x, y, naiveImage.pixel(x, y),
                            reducedImage.pixel(x, y));
    const bool same = bench::report("B3 differing pixels", differing, "<=", 0);
    return ok && same ? 0 : 1;
}

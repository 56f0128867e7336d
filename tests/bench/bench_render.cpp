// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// B3: a 1M-point series drawn by the charts' own plot (TimePlot, what ChartPanel draws with),
// once drawing every sample of the window and once through M4 (first/min/max/last per pixel
// column), interleaved in one run. Each timed call moves the window by a millisecond, so that
// the plot reduces (or maps every sample) and paints again, as a zoom or a pan does.
// Fidelity: the plot draws lines without antialiasing; the two images must not differ in a
// single pixel.

#include <cmath>
#include <random>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include "benchutil.h"
#include "ui/timeplot.h"
#include "util/allocator.h"

using namespace atalaya;

namespace {

struct Scene
{
    TimePlot* plot;
    QImage image;
};

Scene makeScene(const Series& series, bool reduce)
{
    auto* plot = new TimePlot;
    plot->setLines({ { QStringLiteral("1M"), QColor(0xf2, 0xc9, 0x4c) } });
    plot->setValueAxis(-6, 6, 5, 0, {});
    plot->setSeries(0, series, 1.0);
    plot->setReduction(reduce);
    plot->resize(1120, 460);
    plot->show();
    // Shown, it waits for its first turn to draw: after that, every render below draws it anew.
    while (TimePlot::drawingQueued())
        QCoreApplication::processEvents();
    return { plot, QImage(plot->size(), QImage::Format_ARGB32_Premultiplied) };
}

} // namespace

int main(int argc, char** argv)
{
    tuneAllocator(); // as the console does
    QApplication app(argc, argv);
    const size_t n = 1'000'000;
    Series series;
    series.timestamps.resize(n);
    series.values.resize(n);
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0, 0.6);
    for (size_t i = 0; i < n; ++i) {
        series.timestamps[i] = static_cast<double>(i);
        series.values[i] = std::sin(i / 20000.0) * 3 + noise(rng) + (i % 50000 == 0 ? 2.5 : 0);
    }

    Scene naive = makeScene(series, false);
    Scene reduced = makeScene(series, true);
    std::printf("plot area %d px wide, %zu samples in the window\n", reduced.plot->plotRect().width(), n);
    qint64 shift = 0;
    bool drewEveryTime = true;
    auto paint = [&](Scene& scene) {
        const int drawn = scene.plot->drawCount();
        scene.plot->setTimeRange(shift, qint64(n) * 1000 + shift);
        QPainter p(&scene.image);
        scene.plot->render(&p);
        drewEveryTime = drewEveryTime && scene.plot->drawCount() == drawn + 1;
    };
    auto paintNaive = [&] { paint(naive); };
    auto paintM4 = [&] {
        paint(reduced);
        shift = 1 - shift; // the next pair draws a window one millisecond away
    };
    paintNaive(); // warm both paths once
    paintM4();

    bool ok = false;
    for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
        double a = 0, b = 0;
        const double ratio = bench::interleavedRatio(paintNaive, paintM4, 5, &a, &b);
        std::printf("every sample %.0f ms (%d points drawn), M4 %.2f ms (%d points drawn)\n", a * 1000,
                    naive.plot->drawnPointCount(), b * 1000, reduced.plot->drawnPointCount());
        ok = bench::report("B3 render", ratio, ">=", 30);
    }

    // Fidelity: the same window, the same pixels with and without the reduction.
    shift = 0;
    paint(naive);
    paint(reduced);
    int differing = 0;
    for (int y = 0; y < naive.image.height(); ++y)
        for (int x = 0; x < naive.image.width(); ++x)
            if (naive.image.pixel(x, y) != reduced.image.pixel(x, y) && ++differing <= 5)
                std::printf("differs at %d,%d: every sample %08x, M4 %08x\n", x, y, naive.image.pixel(x, y),
                            reduced.image.pixel(x, y));
    const bool same = bench::report("B3 differing pixels", differing, "<=", 0);
    if (!drewEveryTime)
        std::printf("a render did not draw the plot (it copied an image): the figures above measure nothing\n");
    return ok && same && drewEveryTime ? 0 : 1;
}

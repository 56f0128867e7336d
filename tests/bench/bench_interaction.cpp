// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// B7 interaction, on a vertical dashboard showing seven days (15 s samples, every panel) loaded
// from the cache, offline so that no answer arrives while measuring:
// - a range change (a random window of 1 to 48 hours inside the week, as a drag-to-zoom from the
//   week view does) until the window is repainted from the data already loaded: p95 <= 100 ms;
// - a pan step (what one mouse move of a Shift+drag does) until the event loop has repainted what
//   changed: p95 <= 16.7 ms. (Range changes are timed with a forced repaint of the whole window,
//   then the drawing turns of the charts left to the queue and their repaint; each change must
//   have drawn every chart.)

#include <random>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include "benchutil.h"
#include "dashboardcache.h"
#include "sources/session.h"
#include "ui/chartpanel.h"
#include "ui/mainwindow.h"
#include "ui/timeplot.h"
#include "ui/verticaldashboardpage.h"
#include "util/allocator.h"

using namespace atalaya;

namespace {

/// Points the dashboard's charts draw: a repaint of nothing would be fast and meaningless.
qsizetype drawnPoints(QWidget* page)
{
    qsizetype n = 0;
    for (TimePlot* plot : page->findChildren<TimePlot*>())
        n += plot->drawnPointCount();
    return n;
}

/// How often the page's charts have been drawn so far.
int drawings(QWidget* page)
{
    int n = 0;
    for (TimePlot* plot : page->findChildren<TimePlot*>())
        n += plot->drawCount();
    return n;
}

/// Until no chart waits for its turn to draw: a change is timed from a quiet page.
void drawQueued()
{
    while (TimePlot::drawingQueued())
        QCoreApplication::processEvents();
}

double p95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(std::ceil(0.95 * double(v.size()))) - 1];
}

} // namespace

int main(int argc, char** argv)
{
    tuneAllocator(); // as the console does
    QApplication app(argc, argv);
    const QByteArray json = "{\"defaultEnvironment\": \"b7\", \"environments\": [{\"name\": \"b7\", \"sources\": "
                            "{\"prometheus\": {\"url\": \"http://127.0.0.1:9\"}}}]}";
    const Config config = ConfigLoader::loadFromText(json, QStringLiteral("b7.json")).config;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b7.db"));
    bench::fillDashboardCache(path, config, 7 * 86400);

    SessionOptions options;
    options.cachePath = path;
    options.offline = true;
    Session session(config, QStringLiteral("b7"), options);
    MainWindow window(&session, {});
    window.resize(1600, 1000);
    window.setRange(std::chrono::hours(24 * 7));
    window.show();
    {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::pageLoaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &window, [&] { window.showPage(QStringLiteral("vertical")); });
        loop.exec();
    }
    drawQueued();
    window.repaint();
    auto* page = window.findChild<VerticalDashboardPage*>();
    const int charts = static_cast<int>(page->findChildren<TimePlot*>().size());
    const QDateTime weekStart = page->lastStart(), weekEnd = page->lastEnd();
    std::printf("loaded %s .. %s, %lld points drawn\n", qPrintable(weekStart.toString(Qt::ISODate)), qPrintable(weekEnd.toString(Qt::ISODate)),
                static_cast<long long>(drawnPoints(page)));

    // Range changes: the repaint from what is loaded, before any answer (offline answers arrive
    // from the cache thread later, and are not waited for).
    std::mt19937 rng(7);
    std::vector<double> changes;
    for (int i = 0; i < 40; ++i) {
        const qint64 span = 3600LL * (1 + rng() % 48);
        const qint64 offset = static_cast<qint64>(rng() % static_cast<unsigned>(weekStart.secsTo(weekEnd) - span));
        const QDateTime from = weekStart.addSecs(offset);
        const int drawnBefore = drawings(page);
        QElapsedTimer t;
        t.start();
        window.applyRange(TimeRange::between(from, from.addSecs(span)));
        window.refresh();
        window.repaint();
        // Charts whose lines changed with the step (their gaps) are drawn on the queue's turns,
        // and repainted then.
        drawQueued();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        changes.push_back(t.nsecsElapsed() / 1e6);
        if (drawings(page) - drawnBefore < charts) {
            std::printf("a range change drew %d of %d charts: the time measures no drawing\n",
                        drawings(page) - drawnBefore, charts);
            return 1;
        }
        if (drawnPoints(page) < 1000) {
            std::printf("after a range change only %lld points are drawn: nothing was repainted from loaded data\n",
                        static_cast<long long>(drawnPoints(page)));
            return 1;
        }
        // Back to the week (not measured): every change zooms into the whole week's data, as a
        // drag-to-zoom from the week view does.
        window.applyRange(TimeRange::between(weekStart, weekEnd));
        window.refresh();
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::pageLoaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        drawQueued();
    }
    // Pans: one mouse-move step each (a 6 h window moved by 1/80 of its width), then a repaint.
    window.applyRange(TimeRange::between(weekStart.addSecs(3 * 86400), weekStart.addSecs(3 * 86400 + 6 * 3600)));
    window.refresh();
    {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::pageLoaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::vector<double> pans;
    for (int i = 0; i < 80; ++i) {
        QElapsedTimer t;
        t.start();
        page->panBy((i < 40 ? -1 : 1) * 6 * 3600 * 1000 / 80, false);
        // As the event loop does it: the plots asked for a repaint, the window's backing store
        // repaints those regions (not the toolbar, tables and status bar).
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        pans.push_back(t.nsecsElapsed() / 1e6);
    }
    // Forty steps back and forty forward: where it started, the data still drawn.
    if (page->findChild<ChartPanel*>()->title().isEmpty() || drawnPoints(page) < 1000) {
        std::printf("pans left nothing drawn\n");
        return 1;
    }
    std::printf("range change: median %.1f ms, p95 %.1f ms over %zu; pan step: median %.2f ms, p95 %.2f ms over %zu\n",
                bench::median(changes), p95(changes), changes.size(), bench::median(pans), p95(pans), pans.size());
    const bool a = bench::report("B7 range change p95 ms", p95(changes), "<=", 100);
    const bool b = bench::report("B7 pan p95 ms", p95(pans), "<=", 16.7);
    return a && b ? 0 : 1;
}

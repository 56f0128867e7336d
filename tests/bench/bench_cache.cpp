// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// B5 cache read: reading 7 days x 20 series from the cache into arrays / SQLite's own scan of
// the same rows (every chunk row stepped and its blob touched). Target <= 1.5.
// B6 start-up: from nothing to the first painted dashboard from the cache with no network /
// the same window's start with an empty cache. Target <= 2.

#include <cmath>
#include <cstring>

#include <sqlite3.h>

#include <QApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

#include "benchutil.h"
#include "dashboardcache.h"
#include "util/allocator.h"
#include "cache/cache.h"
#include "config/config.h"
#include "domain/querytiming.h"
#include "sources/session.h"
#include "ui/mainwindow.h"

using namespace atalaya;
using namespace atalaya::cache;

namespace {

constexpr int kSeries = 20;
constexpr double kStep = 15; // a 15 s scrape: 40,320 samples a series a week

QueryResult week(double end, int offset)
{
    QueryResult r;
    r.type = QueryResult::Type::Matrix;
    for (int s = 0; s < kSeries; ++s) {
        Series series;
        series.labels.insert(QStringLiteral("vertical"), QStringLiteral("v%1").arg(s + offset));
        double counter = 1000 * s;
        for (double t = end - 7 * 86400; t <= end; t += kStep) {
            series.timestamps.push_back(t);
            counter += std::floor(20 + 10 * std::sin(t / 3600) + (static_cast<int>(t) * 7919 % 13));
            series.values.push_back(counter);
        }
        r.series.push_back(std::move(series));
    }
    return r;
}

bool b5(const QString& path)
{
    const double end = 1'795'000'000;
    Cache cache(path);
    // Two sets of 20 series, so that the read is selective.
    cache.storeRange(QStringLiteral("p"), QStringLiteral("q"), week(end, 0), qint64((end - 7 * 86400) * 1000), qint64(end * 1000));
    cache.storeRange(QStringLiteral("p"), QStringLiteral("other"), week(end, 100), qint64((end - 7 * 86400) * 1000), qint64(end * 1000));
    const CacheStats stats = cache.stats().result();
    std::printf("cache: %lld samples in %lld chunks, %.2f bytes a sample encoded\n", static_cast<long long>(stats.samples),
                static_cast<long long>(stats.chunks), double(stats.sampleBytes) / double(stats.samples));

    const qint64 from = qint64((end - 7 * 86400) * 1000), to = qint64(end * 1000);
    size_t samples = 0;
    volatile size_t sink = 0;
    return cache
        .run([&](CacheDb* db) {
            sqlite3* raw = nullptr;
            sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt* scan = nullptr;
            sqlite3_prepare_v2(raw,
                               "SELECT s.labels, c.data, c.fetched_ms FROM series s JOIN chunks c ON c.series_id = s.id"
                               " WHERE s.source = 'p' AND s.query = 'q' AND c.start_ms >= ?1 AND c.start_ms <= ?2 AND c.last_ms >= ?3"
                               " ORDER BY s.id, c.start_ms",
                               -1, &scan, nullptr);
            auto read = [&] {
                auto r = db->loadRange(QStringLiteral("p"), QStringLiteral("q"), from, to);
                samples = 0;
                for (const Series& s : r->result.series)
                    samples += s.values.size();
                sink = sink + samples;
            };
            auto sqliteScan = [&] {
                sqlite3_bind_int64(scan, 1, from - CacheDb::kChunkMs);
                sqlite3_bind_int64(scan, 2, to);
                sqlite3_bind_int64(scan, 3, from);
                size_t bytes = 0;
                while (sqlite3_step(scan) == SQLITE_ROW) {
                    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(scan, 1));
                    const int n = sqlite3_column_bytes(scan, 1);
                    bytes += static_cast<size_t>(n) + (n > 0 ? p[n - 1] : 0) + sqlite3_column_bytes(scan, 0);
                }
                sqlite3_reset(scan);
                sink = sink + bytes;
            };
            read(); // warm the page cache for both
            sqliteScan();
            bool ok = false;
            for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
                double a = 0, b = 0;
                const double ratio = bench::interleavedRatio(read, sqliteScan, 9, &a, &b);
                std::printf("read %zu samples of %d series: %.1f ms; SQLite's scan of the rows: %.1f ms\n", samples, kSeries, a * 1000,
                            b * 1000);
                ok = bench::report("B5 cache read", ratio, "<=", 1.5);
            }
            sqlite3_finalize(scan);
            sqlite3_close(raw);
            return ok;
        })
        .result();
}

/// Opens the console on @p cachePath offline and returns the seconds until its dashboard has loaded
/// and painted.
double startUp(const Config& config, const QString& cachePath)
{
    return bench::timeOnce([&] {
        SessionOptions options;
        options.cachePath = cachePath;
        options.offline = true;
        Session session(config, QStringLiteral("b6"), options);
        MainWindow window(&session, {});
        window.resize(1600, 1000);
        window.setRange(std::chrono::hours(6));
        window.show();
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::pageLoaded, &loop, [&] {
            window.repaint(); // the first paint with the data
            loop.quit();
        });
        QTimer::singleShot(0, &window, [&] { window.showPage(QStringLiteral("vertical")); });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    });
}

bool b6(const QString& dir)
{
    const QByteArray json = "{\"defaultEnvironment\": \"b6\", \"environments\": [{\"name\": \"b6\", \"sources\": "
                            "{\"prometheus\": {\"url\": \"http://127.0.0.1:9\"}}}]}";
    const Config config = ConfigLoader::loadFromText(json, QStringLiteral("b6.json")).config;
    const QString full = dir + QStringLiteral("/full.db");
    const QString empty = dir + QStringLiteral("/empty.db");
    bench::fillDashboardCache(full, config, 6 * 3600);
    {
        Cache emptyCache(empty);
        emptyCache.opened().waitForFinished();
    }
    startUp(config, empty); // fonts, styles, first-use costs: not part of either side
    bool ok = false;
    for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
        double a = 0, b = 0;
        const double ratio = bench::interleavedRatio([&] { startUp(config, full); }, [&] { startUp(config, empty); }, 5, &a, &b);
        std::printf("dashboard from the cache: %.0f ms; the same window with an empty cache: %.0f ms\n", a * 1000, b * 1000);
        ok = bench::report("B6 start-up from cache", ratio, "<=", 2);
    }
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    tuneAllocator(); // as the console does
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const bool ok5 = b5(dir.filePath(QStringLiteral("b5.db")));
    const bool ok6 = b6(dir.path());
    return ok5 && ok6 ? 0 : 1;
}

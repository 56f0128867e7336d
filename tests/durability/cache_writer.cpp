// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Helper of tst_cachecrash: writes to a cache as fast as it can (a two-hour block of twenty series,
// then an audit entry, again and again) and prints the number of each audit entry once the cache
// says it is on disk. The test kills it with SIGKILL at random moments.
#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>

#include "cache/cache.h"

using namespace atalaya;
using namespace atalaya::cache;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: cache_writer CACHE FIRST-SEQUENCE\n");
        return 1;
    }
    Cache cache(QString::fromLocal8Bit(argv[1]));
    if (const QString error = cache.opened().result(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const int first = QByteArray(argv[2]).toInt();
    for (int seq = first;; ++seq) {
        // Two hours of 15-second samples for twenty series, each pass a different window.
        QueryResult r;
        r.type = QueryResult::Type::Matrix;
        const double start = 1'790'000'000.0 + (seq % 500) * 7200.0;
        for (int s = 0; s < 20; ++s) {
            Series series;
            series.labels.insert(QStringLiteral("series"), QString::number(s));
            for (int i = 0; i < 480; ++i) {
                series.timestamps.push_back(start + i * 15);
                series.values.push_back(seq * 1000.0 + s * 10 + i % 7);
            }
            r.series.push_back(std::move(series));
        }
        cache.storeRange(QStringLiteral("prometheus"), QStringLiteral("q"), r, qint64(start * 1000), qint64((start + 7200) * 1000));
        const qint64 id = cache.appendAudit({ 0, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("drill"), QStringLiteral("crash"),
                                              QStringLiteral("scale"), QStringLiteral("deployment/api"), QString::number(seq), {} })
                              .result();
        if (id == 0)
            return 3;
        std::printf("%d\n", seq);
        std::fflush(stdout);
    }
}

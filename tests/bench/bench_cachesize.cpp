// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// B4 cache size: bytes a sample in the console's cache / bytes a sample in Prometheus' own blocks,
// on the same data: every raw sample of every series of the demo stack's Prometheus over one day
// (range-vector selector, so the samples as stored, not evaluations). Ours: the cache file after a
// checkpoint, series table and indexes included. Prometheus': prometheus_tsdb_storage_blocks_bytes
// from its /metrics over the samples its blocks hold (their meta.json). Target <= 2.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtConcurrent>

#include "benchutil.h"
#include "cache/cache.h"
#include "config/config.h"
#include "sources/prometheusclient.h"
#include "sources/session.h"
#include "util/allocator.h"

using namespace atalaya;

int main(int argc, char** argv)
{
    tuneAllocator(); // as the console does
    QCoreApplication app(argc, argv);
    const QString state = qEnvironmentVariable("ATALAYA_DEMO_STATE");
    const QString path = state + QStringLiteral("/atalaya-demo.json");
    if (!QFile::exists(path)) {
        std::printf("the demo stack fixture did not start (no %s)\n", qPrintable(path));
        return 1;
    }
    const ConfigLoadResult loaded = QtConcurrent::run([path] { return ConfigLoader::load(path); }).result();
    QTemporaryDir dir;
    SessionOptions options;
    options.cachePath = dir.filePath(QStringLiteral("b4.db"));
    Session session(loaded.config, QStringLiteral("demo"), options);

    // Prometheus' side: bytes of its blocks (its own metric) and the samples in them.
    QNetworkAccessManager nam;
    QUrl metricsUrl = session.environment().prometheus.url;
    metricsUrl.setPath(QStringLiteral("/metrics"));
    QNetworkReply* reply = nam.get(QNetworkRequest(metricsUrl));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    double blockBytes = -1;
    for (const QByteArray& line : reply->readAll().split('\n'))
        if (line.startsWith("prometheus_tsdb_storage_blocks_bytes "))
            blockBytes = line.mid(line.indexOf(' ') + 1).toDouble();
    reply->deleteLater();
    double blockSamples = 0;
    for (const QFileInfo& block : QDir(state + QStringLiteral("/tsdb")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile meta(block.filePath() + QStringLiteral("/meta.json"));
        if (meta.open(QIODevice::ReadOnly))
            blockSamples += QJsonDocument::fromJson(meta.readAll()).object().value(QStringLiteral("stats")).toObject().value(QStringLiteral("numSamples")).toDouble();
    }
    if (blockBytes <= 0 || blockSamples <= 0) {
        std::printf("could not read Prometheus' block size (%.0f bytes) or sample count (%.0f)\n", blockBytes, blockSamples);
        return 1;
    }
    const double theirs = blockBytes / blockSamples;

    // Ours: one day of every raw sample, three hours back (inside the backfilled blocks).
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    const auto r = session.prometheus()->query(QStringLiteral("{__name__=~\".+\"}[1d]"), at).result();
    if (!r.ok()) {
        std::printf("query failed: %s\n", qPrintable(r.error().toDisplayString()));
        return 1;
    }
    size_t samples = 0;
    for (const Series& s : r.value().series)
        samples += s.values.size();
    cache::Cache* cache = session.cache();
    cache->storeRange(QStringLiteral("prometheus"), QStringLiteral("raw"), r.value(), at.addDays(-1).toMSecsSinceEpoch(),
                      at.toMSecsSinceEpoch());
    cache->run([](cache::CacheDb* db) { return db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); }).waitForFinished();
    const cache::CacheStats stats = cache->stats().result();
    const double ours = double(stats.fileBytes) / double(stats.samples);
    std::printf("Prometheus: %.0f bytes for %.0f samples in its blocks = %.2f bytes a sample\n", blockBytes, blockSamples, theirs);
    std::printf("cache: %lld bytes for %lld samples of %zu series (%zu fetched) = %.2f bytes a sample (chunks alone %.2f)\n",
                static_cast<long long>(stats.fileBytes), static_cast<long long>(stats.samples), r.value().series.size(), samples, ours,
                double(stats.sampleBytes) / double(stats.samples));
    // A size ratio from one run is not noisy: one measurement decides.
    return bench::report("B4 cache bytes/sample", ours / theirs, "<=", 2) ? 0 : 1;
}

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cerrno>
#include <cmath>

#include <sys/resource.h>
#include <unistd.h>

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cache/cache.h"
#include "cache/chunkcodec.h"
#include "cache/chunkdecoder.h"
#include "util/priority.h"
#include "testutils.h"

using namespace atalaya;
using namespace atalaya::cache;
using atalaya::test::await;

namespace {

Series makeSeries(const QString& vertical, double fromS, double toS, double stepS, double base)
{
    Series s;
    s.labels.insert(QStringLiteral("vertical"), vertical);
    for (double t = fromS; t <= toS; t += stepS) {
        s.timestamps.push_back(t);
        s.values.push_back(base + t / 1000.0);
    }
    return s;
}

QueryResult matrix(std::vector<Series> series)
{
    QueryResult r;
    r.type = QueryResult::Type::Matrix;
    r.series = std::move(series);
    return r;
}

/// Builds a cache file at schema @p version with raw SQLite, as an older Atalaya left it.
void createAtVersion(const QString& path, int version)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    for (int v = 0; v < version; ++v)
        QCOMPARE(sqlite3_exec(db, CacheDb::migrationSql(v), nullptr, nullptr, nullptr), SQLITE_OK);
    if (version >= 1) {
        Samples s { { 7'200'000, 7'260'000 }, { 1.5, 2.5 } };
        const QByteArray blob = encodeChunk(s);
        QCOMPARE(sqlite3_exec(db, "INSERT INTO series VALUES (1, 'prom', 'up', '');"
                                  "INSERT INTO audit(at_ms, user, environment, action, target, detail) "
                                  "VALUES (5, 'ana', 'prod', 'scale', 'deploy/x', '3 -> 5');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO chunks VALUES (1, 7200000, 7200000, 7260000, 2, 99, ?1)", -1, &st, nullptr);
        sqlite3_bind_blob(st, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(st), SQLITE_DONE);
        sqlite3_finalize(st);
    }
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
    QCOMPARE(sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void freshCacheIsAtTheCurrentSchema()
    {
        Cache cache(path("fresh/sub/cache.db"));
        QCOMPARE(await(cache.opened()), QString());
        QCOMPARE(await(cache.run([](CacheDb* db) { return db->schemaVersion(); })), CacheDb::kSchemaVersion);
        QCOMPARE(await(cache.integrityCheck()), QStringLiteral("ok"));
    }

    void theCacheThreadRunsBelowTheGuiThread()
    {
        Cache cache(path("priority.db"));
        errno = 0;
        const int gui = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
        QCOMPARE(errno, 0);
        const int cacheThread = await(cache.run([](CacheDb*) { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); }));
        QCOMPARE(cacheThread, std::min(19, gui + kBackgroundNice));
        QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), gui);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < CacheDb::kSchemaVersion; ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString file = m_dir.filePath(QStringLiteral("old-%1.db").arg(version));
        createAtVersion(file, version);
        Cache cache(file);
        QCOMPARE(await(cache.opened()), QString());
        QCOMPARE(await(cache.run([](CacheDb* db) { return db->schemaVersion(); })), CacheDb::kSchemaVersion);
        QCOMPARE(await(cache.integrityCheck()), QStringLiteral("ok"));
        if (version >= 1) {
            // Data written by the old version is still there and readable...
            auto loaded = await(cache.loadRange(QStringLiteral("prom"), QStringLiteral("up"), 0, 10'000'000));
            QVERIFY(loaded.has_value());
            QCOMPARE(loaded->result.series.front().values, (std::vector<double> { 1.5, 2.5 }));
            QCOMPARE(await(cache.audit(10)).size(), size_t(1));
            // ...and version 2's coverage was derived from it.
            const auto cov = await(cache.coverage());
            QCOMPARE(cov.size(), size_t(1));
            QCOMPARE(cov.front().intervals.front(), std::make_pair(qint64(7'200'000), qint64(7'260'000)));
        }
        // The new tables work.
        QVERIFY(await(cache.addPin({ 0, 1, 2, QStringLiteral("incident") })) > 0);
    }

    void refusesANewerSchema()
    {
        const QString file = path("newer.db");
        createAtVersion(file, CacheDb::kSchemaVersion);
        sqlite3* db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        Cache cache(file);
        const QString error = await(cache.opened());
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(file), qPrintable(error));
        QVERIFY(QFile::exists(file)); // never moved aside or overwritten: a newer console still needs it
        QVERIFY(!await(cache.storeInstant(QStringLiteral("p"), QStringLiteral("q"), QueryResult {})));
    }

    void storesMergesAndLoadsRanges()
    {
        Cache cache(path("ranges.db"));
        const QString src = QStringLiteral("prometheus"), q = QStringLiteral("sum(rate(x[$window]))");
        // Two fetches at different steps over overlapping windows: the cache keeps the union.
        Series coarse = makeSeries(QStringLiteral("fitness"), 0, 6 * 3600, 600, 10);
        coarse.values[3] = std::nan("");
        QVERIFY(await(cache.storeRange(src, q, matrix({ coarse, makeSeries(QStringLiteral("barbershop"), 0, 3600, 600, 1) }),
                                       0, 6 * 3600 * 1000)));
        Series fine = makeSeries(QStringLiteral("fitness"), 5 * 3600, 8 * 3600, 60, 20);
        QVERIFY(await(cache.storeRange(src, q, matrix({ fine }), 5 * 3600 * 1000, 8 * 3600 * 1000)));

        auto all = await(cache.loadRange(src, q, 0, 8 * 3600 * 1000));
        QVERIFY(all.has_value());
        QVERIFY(all->fetchedMs > 0);
        QCOMPARE(all->result.series.size(), size_t(2));
        const Series* fitness = nullptr;
        for (const Series& s : all->result.series)
            if (s.labels.value(QStringLiteral("vertical")) == u"fitness")
                fitness = &s;
        QVERIFY(fitness);
        // 0..5h at 600 s (30 samples), then 5h..8h at 60 s (181), both kept, newest values winning.
        QCOMPARE(fitness->timestamps.size(), size_t(30 + 181));
        QVERIFY(std::is_sorted(fitness->timestamps.begin(), fitness->timestamps.end()));
        QVERIFY(std::isnan(fitness->values[3]));
        const auto at5h = std::find(fitness->timestamps.begin(), fitness->timestamps.end(), 5.0 * 3600) - fitness->timestamps.begin();
        QCOMPARE(fitness->values[size_t(at5h)], 20 + 5.0 * 3600 / 1000);

        // A window inside: only its samples, from the chunks that hold it.
        auto part = await(cache.loadRange(src, q, 7 * 3600 * 1000, 7 * 3600 * 1000 + 120'000));
        QVERIFY(part.has_value());
        QCOMPARE(part->result.series.size(), size_t(1));
        QCOMPARE(part->result.series.front().timestamps, (std::vector<double> { 7 * 3600.0, 7 * 3600.0 + 60, 7 * 3600.0 + 120 }));

        // Nothing cached: no answer rather than an empty one.
        QVERIFY(!await(cache.loadRange(src, q, 20 * 3600 * 1000, 21 * 3600 * 1000)).has_value());
        QVERIFY(!await(cache.loadRange(src, QStringLiteral("other"), 0, 8 * 3600 * 1000)).has_value());

        const auto cov = await(cache.coverage());
        QCOMPARE(cov.size(), size_t(1));
        QCOMPARE(cov.front().intervals.size(), size_t(1));
        QCOMPARE(cov.front().intervals.front(), std::make_pair(qint64(0), qint64(8 * 3600 * 1000)));

        const CacheStats st = await(cache.stats());
        QCOMPARE(st.series, qint64(2));
        QCOMPARE(st.samples, qint64(37 + 7 + 181 - 7)); // the 7 shared timestamps of 5h..6h are stored once
        QVERIFY(st.fileBytes > 0);
    }

    void aRefreshRewritesOnlyTheChunksThatChanged()
    {
        Cache cache(path("refresh.db"));
        const QString src = QStringLiteral("p"), q = QStringLiteral("q");
        // Three 2-hour chunks; the first holds a NaN (equal to itself, bit for bit).
        Series s = makeSeries(QStringLiteral("a"), 0, 6 * 3600 - 60, 60, 0);
        s.values[3] = std::nan("");
        auto store = [&](const Series& series, qint64 fetchedMs) {
            return await(cache.run([=](CacheDb* db) { return db->storeRange(src, q, matrix({ series }), 0, 6 * 3600 * 1000, fetchedMs); }));
        };
        auto fetchedAt = [&](double fromS, double toS) {
            const auto r = await(cache.loadRange(src, q, qint64(fromS * 1000), qint64(toS * 1000)));
            return r ? r->fetchedMs : qint64(-1);
        };
        QVERIFY(store(s, 1000));
        // The same hours again, the last one's value changed and a sample added to the second chunk.
        Series again = s;
        again.values.back() = 42;
        QVERIFY(store(again, 2000));
        QCOMPARE(fetchedAt(0, 3600), qint64(1000)); // untouched: the same samples
        QCOMPARE(fetchedAt(2 * 3600, 3 * 3600), qint64(1000));
        QCOMPARE(fetchedAt(5 * 3600, 6 * 3600), qint64(2000));
        Series more = again;
        more.timestamps.insert(more.timestamps.begin() + 151, 2 * 3600 + 1800 + 30);
        more.values.insert(more.values.begin() + 151, 7);
        QVERIFY(store(more, 3000));
        QCOMPARE(fetchedAt(0, 3600), qint64(1000));
        QCOMPARE(fetchedAt(2 * 3600, 3 * 3600), qint64(3000));
        // What a load returns is the newest of everything stored.
        const auto all = await(cache.loadRange(src, q, 0, 6 * 3600 * 1000));
        QVERIFY(all.has_value());
        const Series& got = all->result.series.front();
        QCOMPARE(got.timestamps, more.timestamps);
        QVERIFY(std::isnan(got.values[3]));
        QCOMPARE(got.values.back(), 42.0);
        QCOMPARE(got.values[151], 7.0);
        QCOMPARE(all->fetchedMs, qint64(3000));
    }

    void coverageKeepsHolesApart()
    {
        Cache cache(path("coverage.db"));
        const QString src = QStringLiteral("p"), q = QStringLiteral("q");
        await(cache.storeRange(src, q, matrix({ makeSeries(QStringLiteral("a"), 0, 600, 60, 0) }), 0, 600'000));
        await(cache.storeRange(src, q, matrix({ makeSeries(QStringLiteral("a"), 3600, 4200, 60, 0) }), 3'600'000, 4'200'000));
        await(cache.storeRange(src, q, matrix({ makeSeries(QStringLiteral("a"), 500, 700, 60, 0) }), 500'000, 700'000));
        const auto cov = await(cache.coverage());
        QCOMPARE(cov.size(), size_t(1));
        using I = std::pair<qint64, qint64>;
        QCOMPARE(cov.front().intervals, (std::vector<I> { { 0, 700'000 }, { 3'600'000, 4'200'000 } }));
    }

    void instantsDocumentsAndAudit()
    {
        Cache cache(path("misc.db"));
        QueryResult v;
        v.type = QueryResult::Type::Vector;
        Series s;
        s.labels.insert(QStringLiteral("vertical"), QStringLiteral("psychology"));
        s.timestamps = { 1700000000.5 };
        s.values = { 0.182 };
        v.series = { s };
        v.warnings = { QStringLiteral("partial") };
        QVERIFY(await(cache.storeInstant(QStringLiteral("p"), QStringLiteral("p95"), v)));
        auto back = await(cache.loadInstant(QStringLiteral("p"), QStringLiteral("p95")));
        QVERIFY(back.has_value());
        QCOMPARE(back->result.series.front().labels, s.labels);
        QCOMPARE(back->result.series.front().values, s.values);
        QCOMPARE(back->result.warnings, v.warnings);

        QVERIFY(await(cache.storeDocument(QStringLiteral("alerts"), QStringLiteral("prod"), QByteArray("[1,2]"))));
        QCOMPARE(await(cache.loadDocument(QStringLiteral("alerts"), QStringLiteral("prod")))->first, QByteArray("[1,2]"));

        const qint64 id = await(cache.appendAudit({ 0, 1000, QStringLiteral("ana"), QStringLiteral("prod"), QStringLiteral("scale"),
                                                    QStringLiteral("barberpro/deployment/api"), QStringLiteral("3 → 6"), {} }));
        QVERIFY(id > 0);
        QVERIFY(await(cache.setAuditOutcome(id, QStringLiteral("ok"))));
        const auto entries = await(cache.audit(5));
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().detail, QStringLiteral("3 → 6"));
        QCOMPARE(entries.front().outcome, QStringLiteral("ok"));
    }

    void retentionKeepsPinnedWindows()
    {
        Cache cache(path("retention.db"));
        const QString src = QStringLiteral("p"), q = QStringLiteral("q");
        const qint64 day = 86'400'000;
        for (int d = 0; d < 10; ++d)
            await(cache.storeRange(src, q, matrix({ makeSeries(QStringLiteral("a"), d * 86400.0, d * 86400.0 + 3000, 60, 0) }),
                                   d * day, d * day + 3'000'000));
        // Day 2 is an incident under review.
        QVERIFY(await(cache.addPin({ 0, 2 * day + 1000, 2 * day + 2000, QStringLiteral("Córdoba 03:10") })) > 0);
        const qint64 dropped = await(cache.applyRetention(5 * day));
        QCOMPARE(dropped, qint64(4)); // days 0, 1, 3, 4
        auto pinned = await(cache.loadRange(src, q, 2 * day, 2 * day + day));
        QVERIFY(pinned.has_value());
        QVERIFY(!await(cache.loadRange(src, q, 3 * day, 4 * day)).has_value());
        QVERIFY(await(cache.loadRange(src, q, 9 * day, 10 * day)).has_value());
        const qint64 before = await(cache.stats()).fileBytes;
        QVERIFY(await(cache.compact(5 * day)));
        QVERIFY(await(cache.stats()).fileBytes <= before);
        QCOMPARE(await(cache.integrityCheck()), QStringLiteral("ok"));
    }

    void exportsAWindowThatOpensReadOnly()
    {
        const QString exported = path("share/incident.atalaya");
        QDir().mkpath(m_dir.filePath(QStringLiteral("share")));
        {
            Cache cache(path("export-src.db"));
            await(cache.storeRange(QStringLiteral("p"), QStringLiteral("q"),
                                   matrix({ makeSeries(QStringLiteral("a"), 0, 86400, 60, 0) }), 0, 86'400'000));
            await(cache.appendAudit({ 0, 4'000'000, QStringLiteral("ana"), QStringLiteral("prod"), QStringLiteral("rollback"),
                                      QStringLiteral("x"), {}, {} }));
            await(cache.appendAudit({ 0, 80'000'000, QStringLiteral("ana"), QStringLiteral("prod"), QStringLiteral("restart"),
                                      QStringLiteral("x"), {}, {} }));
            QVERIFY(await(cache.exportWindow(exported, 3'600'000, 7'200'000)));
        }
        QVERIFY(!QFile::exists(exported + QStringLiteral("-wal")));
        Cache shared(exported, CacheDb::Mode::ReadOnly);
        QCOMPARE(await(shared.opened()), QString());
        auto r = await(shared.loadRange(QStringLiteral("p"), QStringLiteral("q"), 0, 86'400'000));
        QVERIFY(r.has_value());
        // Whole chunks travel: the two hours that hold the window, nothing of the rest of the day.
        QVERIFY(r->result.series.front().timestamps.front() >= 0);
        QVERIFY(r->result.series.front().timestamps.back() < 4 * 3600);
        QCOMPARE(await(shared.audit(10)).size(), size_t(1));
        QVERIFY(!await(shared.storeRange(QStringLiteral("p"), QStringLiteral("q"), matrix({}), 0, 1)));
        QCOMPARE(await(shared.appendAudit({})), qint64(0));
    }

    void corruptFileIsMovedAside()
    {
        const QString file = path("corrupt.db");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Cache cache(file);
        QSignalSpy problems(&cache, &Cache::problem);
        QCOMPARE(await(cache.opened()), QString());
        QTRY_COMPARE(problems.size(), 1);
        const QString message = problems.front().front().toString();
        QVERIFY2(message.contains(file) && message.contains(QStringLiteral(".corrupt-")), qPrintable(message));
        const QStringList aside = QDir(m_dir.path()).entryList({ QStringLiteral("corrupt.db.corrupt-*") });
        QCOMPARE(aside.size(), 1);
        QFile old(m_dir.filePath(aside.front()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray(8192, 'x')); // kept as it was, for whoever wants to look
        // The new cache works.
        QVERIFY(await(cache.storeInstant(QStringLiteral("p"), QStringLiteral("q"), QueryResult {})));
    }

    void fullDiskIsReportedAndTheCacheGoesOn()
    {
        Cache cache(path("full.db"));
        QSignalSpy problems(&cache, &Cache::problem);
        QVERIFY(await(cache.storeInstant(QStringLiteral("p"), QStringLiteral("small"), QueryResult {})));
        // Cap the file at its current size: SQLite answers SQLITE_FULL as on a full disk.
        QVERIFY(await(cache.run([](CacheDb* db) {
            return db->exec("PRAGMA wal_checkpoint(TRUNCATE)") && db->exec("PRAGMA max_page_count = 1");
        })));
        QVERIFY(!await(cache.storeRange(QStringLiteral("p"), QStringLiteral("big"),
                                        matrix({ makeSeries(QStringLiteral("a"), 0, 7 * 86400, 60, 0) }), 0, 7 * 86'400'000LL)));
        QTRY_COMPARE(problems.size(), 1);
        const QString message = problems.front().front().toString();
        QVERIFY2(message.contains(QStringLiteral("disk is full")) && message.contains(path("full.db")), qPrintable(message));
        // What was there is still there.
        QVERIFY(await(cache.loadInstant(QStringLiteral("p"), QStringLiteral("small"))).has_value());
        QCOMPARE(await(cache.integrityCheck()), QStringLiteral("ok"));
    }

    void aWeekOfManySeriesReadsAsStored()
    {
        // Enough samples that a helper thread decodes series while the rows are still read.
        const QString file = path("week.db");
        const double week = 7 * 86400;
        std::vector<Series> stored;
        for (int i = 0; i < 12; ++i)
            stored.push_back(makeSeries(QStringLiteral("v%1").arg(i), 0, week, 60, 100 * i));
        size_t samples = 0;
        for (const Series& s : stored)
            samples += s.values.size();
        QVERIFY(samples > 2 * ChunkDecoder::kHelperSamples);
        {
            Cache cache(file);
            QVERIFY(await(cache.storeRange(QStringLiteral("p"), QStringLiteral("q"), matrix(stored), 0, qint64(week) * 1000)));
        }
        // One chunk of v5 damaged on disk: its samples up to the damage, the other series whole.
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "UPDATE chunks SET data = substr(data, 1, length(data) / 2) WHERE start_ms = 36000000"
                              " AND series_id = (SELECT id FROM series WHERE labels LIKE '%v5%')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_changes(raw), 1);
        sqlite3_close(raw);

        Cache cache(file);
        // A window that cuts the first and the last of its chunks.
        const qint64 from = 3'600'000 + 30'000, to = qint64(week) * 1000 - 5'400'000;
        const auto read = await(cache.loadRange(QStringLiteral("p"), QStringLiteral("q"), from, to));
        QVERIFY(read.has_value());
        QCOMPARE(read->result.series.size(), stored.size());
        for (size_t i = 0; i < stored.size(); ++i) {
            const Series& got = read->result.series[i];
            QCOMPARE(got.labels, stored[i].labels);
            Series want;
            for (size_t k = 0; k < stored[i].timestamps.size(); ++k) {
                const double t = stored[i].timestamps[k];
                const bool damaged = i == 5 && t >= 36000 && t < 36000 + 7200;
                if (t * 1000 >= from && t * 1000 <= to && !damaged) {
                    want.timestamps.push_back(t);
                    want.values.push_back(stored[i].values[k]);
                }
            }
            if (i != 5) {
                QCOMPARE(got.timestamps, want.timestamps);
                QCOMPARE(got.values, want.values);
                continue;
            }
            // The damaged chunk: some of its samples, as they were stored, then the next chunks.
            QVERIFY(got.timestamps.size() > want.timestamps.size());
            QVERIFY(got.timestamps.size() < want.timestamps.size() + 120);
            QVERIFY(std::is_sorted(got.timestamps.begin(), got.timestamps.end()));
            for (size_t k = 0; k < got.timestamps.size(); ++k)
                QCOMPARE(got.values[k], 100 * 5 + got.timestamps[k] / 1000.0);
            QCOMPARE(got.timestamps.back(), want.timestamps.back());
        }
    }

    void labelKeysRoundTrip()
    {
        QMap<QString, QString> labels { { QStringLiteral("route"), QStringLiteral("/a=b,c") }, { QStringLiteral("le"), QStringLiteral("+Inf") } };
        QCOMPARE(CacheDb::parseLabelKey(CacheDb::labelKey(labels)), labels);
        QCOMPARE(CacheDb::parseLabelKey(CacheDb::labelKey({})), (QMap<QString, QString> {}));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"

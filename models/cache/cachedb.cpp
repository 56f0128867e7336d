// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/cachedb.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include "cache/chunkcodec.h"
#include "cache/chunkdecoder.h"
#include "util/threadguard.h"

namespace atalaya::cache {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released entry: add one.
const char* const kMigrations[] = {
    // 0 -> 1
    "CREATE TABLE series(id INTEGER PRIMARY KEY, source TEXT NOT NULL, query TEXT NOT NULL,"
    "  labels TEXT NOT NULL, UNIQUE(source, query, labels));"
    "CREATE TABLE chunks(series_id INTEGER NOT NULL REFERENCES series(id), start_ms INTEGER NOT NULL,"
    "  first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, samples INTEGER NOT NULL,"
    "  fetched_ms INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY(series_id, start_ms)) WITHOUT ROWID;"
    "CREATE TABLE instants(source TEXT NOT NULL, query TEXT NOT NULL, fetched_ms INTEGER NOT NULL,"
    "  data BLOB NOT NULL, PRIMARY KEY(source, query)) WITHOUT ROWID;"
    "CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, user TEXT NOT NULL,"
    "  environment TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT NOT NULL,"
    "  outcome TEXT NOT NULL DEFAULT '');",
    // 1 -> 2: fetched intervals (coverage), pinned windows, documents of the other sources.
    "CREATE TABLE fetches(source TEXT NOT NULL, query TEXT NOT NULL, start_ms INTEGER NOT NULL,"
    "  end_ms INTEGER NOT NULL, fetched_ms INTEGER NOT NULL);"
    "CREATE INDEX fetches_by_query ON fetches(source, query, start_ms);"
    "CREATE TABLE pins(id INTEGER PRIMARY KEY, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
    "  title TEXT NOT NULL);"
    "CREATE TABLE documents(kind TEXT NOT NULL, key TEXT NOT NULL, fetched_ms INTEGER NOT NULL,"
    "  body BLOB NOT NULL, PRIMARY KEY(kind, key)) WITHOUT ROWID;"
    // Version 1 kept no intervals: what its chunks hold is what it had fetched.
    "INSERT INTO fetches SELECT s.source, s.query, min(c.first_ms), max(c.last_ms), max(c.fetched_ms)"
    "  FROM chunks c JOIN series s ON s.id = c.series_id GROUP BY s.source, s.query;",
};
static_assert(std::size(kMigrations) == CacheDb::kSchemaVersion);

QString tr(const char* text)
{
    return QCoreApplication::translate("atalaya::cache::CacheDb", text);
}

QString text(sqlite3_stmt* st, int col)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

QByteArray blob(sqlite3_stmt* st, int col)
{
    const void* p = sqlite3_column_blob(st, col);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(st, col)) : QByteArray();
}

void bindText(sqlite3_stmt* st, int i, const QString& s)
{
    const QByteArray u = s.toUtf8();
    sqlite3_bind_text(st, i, u.constData(), static_cast<int>(u.size()), SQLITE_TRANSIENT);
}

void bindBlob(sqlite3_stmt* st, int i, const QByteArray& b)
{
    sqlite3_bind_blob(st, i, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
}

/// Resets a cached statement when it goes out of scope.
struct Reset
{
    sqlite3_stmt* st;
    ~Reset()
    {
        if (st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
        }
    }
};

QByteArray encodeResult(const QueryResult& r)
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds.setVersion(QDataStream::Qt_6_4);
    ds << quint8(1) << quint8(r.type) << r.stringValue << r.warnings << quint32(r.series.size());
    for (const Series& s : r.series) {
        ds << s.labels << quint32(s.timestamps.size());
        for (size_t i = 0; i < s.timestamps.size(); ++i)
            ds << s.timestamps[i] << (i < s.values.size() ? s.values[i] : NAN);
    }
    return out;
}

std::optional<QueryResult> decodeResult(const QByteArray& bytes)
{
    QDataStream ds(bytes);
    ds.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0, type = 0;
    quint32 count = 0;
    QueryResult r;
    ds >> version >> type >> r.stringValue >> r.warnings >> count;
    if (ds.status() != QDataStream::Ok || version != 1 || type > quint8(QueryResult::Type::String))
        return std::nullopt;
    r.type = static_cast<QueryResult::Type>(type);
    for (quint32 k = 0; k < count && ds.status() == QDataStream::Ok; ++k) {
        Series s;
        quint32 n = 0;
        ds >> s.labels >> n;
        if (n > static_cast<quint32>(bytes.size()))
            return std::nullopt;
        s.timestamps.resize(n);
        s.values.resize(n);
        for (quint32 i = 0; i < n; ++i)
            ds >> s.timestamps[i] >> s.values[i];
        r.series.push_back(std::move(s));
    }
    if (ds.status() != QDataStream::Ok)
        return std::nullopt;
    return r;
}

qint64 toMs(double seconds)
{
    return static_cast<qint64>(std::llround(seconds * 1000.0));
}

void moveAside(const QString& path, QString* movedTo)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + QStringLiteral(".corrupt-") + stamp;
    QFile::remove(target);
    QFile::rename(path, target);
    for (const char* suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side)) {
            QFile::remove(target + QLatin1String(suffix));
            QFile::rename(side, target + QLatin1String(suffix));
        }
    }
    *movedTo = target;
}

} // namespace

CacheDb::CacheDb(sqlite3* db, QString path, Mode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode)
{
}

CacheDb::~CacheDb()
{
    for (auto& [sql, st] : m_statements)
        sqlite3_finalize(st);
    sqlite3_close(m_db);
}

std::unique_ptr<CacheDb> CacheDb::open(const QString& path, Mode mode, QString* notice, QString* error)
{
    assertNotGuiThread("CacheDb::open");
    const bool readOnly = mode == Mode::ReadOnly;
    if (!readOnly)
        QDir().mkpath(QFileInfo(path).absolutePath());
    else if (!QFileInfo::exists(path)) {
        *error = tr("cache file %1 does not exist").arg(path);
        return {};
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        sqlite3* raw = nullptr;
        const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
        std::unique_ptr<CacheDb> db(new CacheDb(raw, path, mode));
        QString problem;
        if (rc != SQLITE_OK) {
            problem = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        } else {
            sqlite3_busy_timeout(raw, 5000);
            sqlite3_extended_result_codes(raw, 1);
            // quick_check reads every page: a file that is not a database, or a torn one, fails here.
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(raw, "PRAGMA quick_check", -1, &st, nullptr) != SQLITE_OK) {
                problem = QString::fromUtf8(sqlite3_errmsg(raw));
            } else {
                const int step = sqlite3_step(st);
                if (step != SQLITE_ROW)
                    problem = QString::fromUtf8(sqlite3_errmsg(raw));
                else if (text(st, 0) != u"ok")
                    problem = text(st, 0);
            }
            sqlite3_finalize(st);
        }
        if (problem.isEmpty()) {
            if (!readOnly && !(db->exec("PRAGMA journal_mode=WAL") && db->exec("PRAGMA synchronous=NORMAL")
                               && db->exec("PRAGMA foreign_keys=ON") && db->migrate())) {
                *error = db->lastError();
                return {};
            }
            if (readOnly) {
                const int version = db->schemaVersion();
                if (version < 1 || version > kSchemaVersion) {
                    *error = tr("%1 is not an Atalaya cache this version can read (schema %2, this build reads 1 to %3)")
                                 .arg(path)
                                 .arg(version)
                                 .arg(kSchemaVersion);
                    return {};
                }
            }
            return db;
        }
        db.reset();
        if (readOnly || attempt > 0 || !QFileInfo::exists(path)) {
            *error = tr("cannot open the cache %1: %2").arg(path, problem);
            return {};
        }
        QString movedTo;
        moveAside(path, &movedTo);
        *notice = tr("The cache %1 could not be read (%2); it was moved to %3 and a new cache was started.")
                      .arg(path, problem, movedTo);
    }
    return {};
}

bool CacheDb::fail(const char* what)
{
    const int code = sqlite3_extended_errcode(m_db);
    QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((code & 0xff) == SQLITE_FULL)
        reason = tr("the disk is full");
    m_lastError = tr("cache %1: %2 failed: %3").arg(m_path, QLatin1String(what), reason);
    return false;
}

bool CacheDb::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        // Name the statement, not the whole script.
        const QByteArray head = QByteArray(sql).left(40).simplified();
        return fail(head.size() < 40 ? head.constData() : QByteArray(head + "…").constData());
    }
    return true;
}

sqlite3_stmt* CacheDb::statement(const char* sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
        fail("prepare");
        return nullptr;
    }
    m_statements.emplace(sql, st);
    return st;
}

bool CacheDb::begin()
{
    return exec("BEGIN IMMEDIATE");
}

bool CacheDb::commit()
{
    if (exec("COMMIT"))
        return true;
    rollback();
    return false;
}

void CacheDb::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

int CacheDb::schemaVersion()
{
    sqlite3_stmt* st = statement("PRAGMA user_version");
    if (!st)
        return -1;
    Reset reset { st };
    return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
}

bool CacheDb::migrate()
{
    const int version = schemaVersion();
    if (version < 0)
        return false;
    if (version > kSchemaVersion) {
        m_lastError = tr("cache %1 was written by a newer Atalaya (schema %2; this one knows up to %3)")
                          .arg(m_path)
                          .arg(version)
                          .arg(kSchemaVersion);
        return false;
    }
    for (int v = version; v < kSchemaVersion; ++v) {
        if (!begin())
            return false;
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(v + 1);
        if (!exec(kMigrations[v]) || !exec(bump.constData())) {
            const QString why = m_lastError;
            rollback();
            m_lastError = tr("cache %1: migration to schema %2 failed: %3").arg(m_path).arg(v + 1).arg(why);
            return false;
        }
        if (!commit())
            return false;
    }
    return true;
}

const char* CacheDb::migrationSql(int version)
{
    return version >= 0 && version < kSchemaVersion ? kMigrations[version] : nullptr;
}

QString CacheDb::labelKey(const QMap<QString, QString>& labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!key.isEmpty())
            key += QChar(0x1e);
        key += it.key() + QChar(0x1f) + it.value();
    }
    return key;
}

QMap<QString, QString> CacheDb::parseLabelKey(const QString& key)
{
    QMap<QString, QString> labels;
    if (key.isEmpty())
        return labels;
    for (const QString& pair : key.split(QChar(0x1e))) {
        const qsizetype sep = pair.indexOf(QChar(0x1f));
        if (sep > 0)
            labels.insert(pair.left(sep), pair.mid(sep + 1));
    }
    return labels;
}

qint64 CacheDb::seriesId(const QString& source, const QString& query, const QString& labels, bool create)
{
    sqlite3_stmt* find = statement("SELECT id FROM series WHERE source = ?1 AND query = ?2 AND labels = ?3");
    if (!find)
        return 0;
    {
        Reset reset { find };
        bindText(find, 1, source);
        bindText(find, 2, query);
        bindText(find, 3, labels);
        if (sqlite3_step(find) == SQLITE_ROW)
            return sqlite3_column_int64(find, 0);
    }
    if (!create)
        return 0;
    sqlite3_stmt* insert = statement("INSERT INTO series(source, query, labels) VALUES (?1, ?2, ?3)");
    if (!insert)
        return 0;
    Reset reset { insert };
    bindText(insert, 1, source);
    bindText(insert, 2, query);
    bindText(insert, 3, labels);
    if (sqlite3_step(insert) != SQLITE_DONE) {
        fail("insert series");
        return 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

bool CacheDb::storeRange(const QString& source, const QString& query, const QueryResult& result, qint64 startMs,
                         qint64 endMs, qint64 fetchedMs)
{
    if (m_mode == Mode::ReadOnly)
        return false;
    if (!begin())
        return false;
    // The chunks a series already holds over the answer's span, in one scan.
    sqlite3_stmt* read = statement("SELECT start_ms, data FROM chunks WHERE series_id = ?1 AND start_ms >= ?2 AND start_ms <= ?3"
                                   " ORDER BY start_ms");
    sqlite3_stmt* write = statement(
        "INSERT OR REPLACE INTO chunks(series_id, start_ms, first_ms, last_ms, samples, fetched_ms, data)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!read || !write) {
        rollback();
        return false;
    }
    auto chunkOf = [](qint64 ms) { return ms - ((ms % kChunkMs) + kChunkMs) % kChunkMs; };
    std::vector<std::pair<qint64, Samples>> held;
    for (const Series& s : result.series) {
        const size_t n = std::min(s.timestamps.size(), s.values.size());
        if (n == 0)
            continue;
        const qint64 id = seriesId(source, query, labelKey(s.labels), true);
        if (id == 0) {
            rollback();
            return false;
        }
        held.clear();
        {
            Reset reset { read };
            sqlite3_bind_int64(read, 1, id);
            sqlite3_bind_int64(read, 2, chunkOf(toMs(s.timestamps.front())));
            sqlite3_bind_int64(read, 3, chunkOf(toMs(s.timestamps[n - 1])));
            while (sqlite3_step(read) == SQLITE_ROW) {
                held.emplace_back(sqlite3_column_int64(read, 0), Samples {});
                const auto* p = static_cast<const char*>(sqlite3_column_blob(read, 1));
                decodeChunk(QByteArrayView(p, sqlite3_column_bytes(read, 1)), held.back().second);
            }
        }
        size_t h = 0;
        size_t i = 0;
        while (i < n) {
            const qint64 chunkStart = chunkOf(toMs(s.timestamps[i]));
            const qint64 chunkEnd = chunkStart + kChunkMs;
            Samples fresh;
            while (i < n && toMs(s.timestamps[i]) < chunkEnd) {
                fresh.timestampsMs.push_back(toMs(s.timestamps[i]));
                fresh.values.push_back(s.values[i]);
                ++i;
            }
            while (h < held.size() && held[h].first < chunkStart)
                ++h;
            static const Samples none;
            const Samples& old = h < held.size() && held[h].first == chunkStart ? held[h].second : none;
            // Merge with what the chunk already holds: the union of timestamps, the new value winning.
            Samples merged;
            if (old.empty()) {
                merged = std::move(fresh);
            } else {
                merged.timestampsMs.reserve(old.size() + fresh.size());
                merged.values.reserve(old.size() + fresh.size());
                size_t a = 0, b = 0;
                while (a < old.size() || b < fresh.size()) {
                    if (b == fresh.size() || (a < old.size() && old.timestampsMs[a] < fresh.timestampsMs[b])) {
                        merged.timestampsMs.push_back(old.timestampsMs[a]);
                        merged.values.push_back(old.values[a++]);
                    } else {
                        if (a < old.size() && old.timestampsMs[a] == fresh.timestampsMs[b])
                            ++a;
                        merged.timestampsMs.push_back(fresh.timestampsMs[b]);
                        merged.values.push_back(fresh.values[b++]);
                    }
                }
                // A refresh asks again for hours it already holds: an unchanged chunk is not
                // rewritten (bit for bit, so that NaN equals NaN).
                if (merged.timestampsMs == old.timestampsMs
                    && std::memcmp(merged.values.data(), old.values.data(), old.size() * sizeof(double)) == 0)
                    continue;
            }
            Reset reset { write };
            sqlite3_bind_int64(write, 1, id);
            sqlite3_bind_int64(write, 2, chunkStart);
            sqlite3_bind_int64(write, 3, merged.timestampsMs.front());
            sqlite3_bind_int64(write, 4, merged.timestampsMs.back());
            sqlite3_bind_int64(write, 5, static_cast<qint64>(merged.size()));
            sqlite3_bind_int64(write, 6, fetchedMs);
            bindBlob(write, 7, encodeChunk(merged));
            if (sqlite3_step(write) != SQLITE_DONE) {
                fail("write chunk");
                rollback();
                return false;
            }
        }
    }

    // Coverage: merge the fetched interval with the ones it overlaps or touches.
    sqlite3_stmt* overlap = statement(
        "SELECT rowid, start_ms, end_ms FROM fetches WHERE source = ?1 AND query = ?2 AND start_ms <= ?4 AND end_ms >= ?3");
    sqlite3_stmt* drop = statement("DELETE FROM fetches WHERE rowid = ?1");
    sqlite3_stmt* add = statement("INSERT INTO fetches(source, query, start_ms, end_ms, fetched_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!overlap || !drop || !add) {
        rollback();
        return false;
    }
    qint64 from = startMs, to = endMs;
    std::vector<qint64> rows;
    {
        Reset reset { overlap };
        bindText(overlap, 1, source);
        bindText(overlap, 2, query);
        sqlite3_bind_int64(overlap, 3, startMs);
        sqlite3_bind_int64(overlap, 4, endMs);
        while (sqlite3_step(overlap) == SQLITE_ROW) {
            rows.push_back(sqlite3_column_int64(overlap, 0));
            from = std::min(from, sqlite3_column_int64(overlap, 1));
            to = std::max(to, sqlite3_column_int64(overlap, 2));
        }
    }
    for (qint64 row : rows) {
        Reset reset { drop };
        sqlite3_bind_int64(drop, 1, row);
        sqlite3_step(drop);
    }
    {
        Reset reset { add };
        bindText(add, 1, source);
        bindText(add, 2, query);
        sqlite3_bind_int64(add, 3, from);
        sqlite3_bind_int64(add, 4, to);
        sqlite3_bind_int64(add, 5, fetchedMs);
        if (sqlite3_step(add) != SQLITE_DONE) {
            fail("record coverage");
            rollback();
            return false;
        }
    }
    return commit();
}

std::optional<CachedResult> CacheDb::loadRange(const QString& source, const QString& query, qint64 startMs, qint64 endMs)
{
    sqlite3_stmt* st = statement(
        "SELECT s.labels, c.data, c.fetched_ms, c.samples, c.first_ms, c.last_ms FROM series s JOIN chunks c ON c.series_id = s.id"
        " WHERE (s.source = ?1 OR ?1 = '*') AND s.query = ?2 AND c.start_ms >= ?3 AND c.start_ms <= ?4 AND c.last_ms >= ?5"
        " ORDER BY s.id, c.start_ms");
    if (!st)
        return std::nullopt;
    Reset reset { st };
    bindText(st, 1, source);
    bindText(st, 2, query);
    sqlite3_bind_int64(st, 3, startMs - kChunkMs);
    sqlite3_bind_int64(st, 4, endMs);
    sqlite3_bind_int64(st, 5, startMs);
    CachedResult out;
    out.result.type = QueryResult::Type::Matrix;
    // The rows are stepped here while the series already read are decoded (ChunkDecoder).
    std::deque<Series> series; // where the decoder writes: stays in place as series are added
    ChunkDecoder decoder(startMs, endMs);
    QString currentLabels;
    SeriesChunks current;
    auto flush = [&] {
        if (!current.series)
            return;
        // The arrays are allocated here, whichever thread decodes into them: one thread's memory,
        // reused read after read, rather than fresh pages for a helper thread. (A damaged row's
        // count is not trusted beyond a few million samples: the decoder grows the arrays then.)
        const size_t room = std::min<size_t>(current.samples, 4'000'000);
        current.series->timestamps.reserve(room);
        current.series->values.reserve(room);
        decoder.add(std::exchange(current, {}));
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
        const auto* labels = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        const QString key = QString::fromUtf8(labels, sqlite3_column_bytes(st, 0));
        if (!current.series || key != currentLabels) {
            flush();
            currentLabels = key;
            current.series = &series.emplace_back();
            current.series->labels = parseLabelKey(key);
        }
        const int size = sqlite3_column_bytes(st, 1);
        const qsizetype offset = current.bytes.size();
        current.bytes.append(static_cast<const char*>(sqlite3_column_blob(st, 1)), size);
        current.chunks.push_back({ offset, size, sqlite3_column_int64(st, 4) >= startMs && sqlite3_column_int64(st, 5) <= endMs });
        current.samples += static_cast<size_t>(std::clamp<sqlite3_int64>(sqlite3_column_int64(st, 3), 0, 1'000'000));
        out.fetchedMs = std::max(out.fetchedMs, sqlite3_column_int64(st, 2));
    }
    flush();
    decoder.finish();
    for (Series& s : series)
        if (!s.timestamps.empty())
            out.result.series.push_back(std::move(s));
    if (out.result.series.empty())
        return std::nullopt;
    return out;
}

bool CacheDb::storeInstant(const QString& source, const QString& query, const QueryResult& result, qint64 fetchedMs)
{
    if (m_mode == Mode::ReadOnly)
        return false;
    sqlite3_stmt* st = statement("INSERT OR REPLACE INTO instants(source, query, fetched_ms, data) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return false;
    Reset reset { st };
    bindText(st, 1, source);
    bindText(st, 2, query);
    sqlite3_bind_int64(st, 3, fetchedMs);
    bindBlob(st, 4, encodeResult(result));
    return sqlite3_step(st) == SQLITE_DONE || fail("store instant");
}

std::optional<CachedResult> CacheDb::loadInstant(const QString& source, const QString& query)
{
    sqlite3_stmt* st = statement("SELECT data, fetched_ms FROM instants WHERE (source = ?1 OR ?1 = '*') AND query = ?2 ORDER BY fetched_ms DESC LIMIT 1");
    if (!st)
        return std::nullopt;
    Reset reset { st };
    bindText(st, 1, source);
    bindText(st, 2, query);
    if (sqlite3_step(st) != SQLITE_ROW)
        return std::nullopt;
    auto decoded = decodeResult(blob(st, 0));
    if (!decoded)
        return std::nullopt;
    return CachedResult { std::move(*decoded), sqlite3_column_int64(st, 1) };
}

bool CacheDb::storeDocument(const QString& kind, const QString& key, const QByteArray& body, qint64 fetchedMs)
{
    if (m_mode == Mode::ReadOnly)
        return false;
    sqlite3_stmt* st = statement("INSERT OR REPLACE INTO documents(kind, key, fetched_ms, body) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return false;
    Reset reset { st };
    bindText(st, 1, kind);
    bindText(st, 2, key);
    sqlite3_bind_int64(st, 3, fetchedMs);
    bindBlob(st, 4, body);
    return sqlite3_step(st) == SQLITE_DONE || fail("store document");
}

std::optional<std::pair<QByteArray, qint64>> CacheDb::loadDocument(const QString& kind, const QString& key)
{
    sqlite3_stmt* st = statement("SELECT body, fetched_ms FROM documents WHERE kind = ?1 AND key = ?2");
    if (!st)
        return std::nullopt;
    Reset reset { st };
    bindText(st, 1, kind);
    bindText(st, 2, key);
    if (sqlite3_step(st) != SQLITE_ROW)
        return std::nullopt;
    return std::make_pair(blob(st, 0), sqlite3_column_int64(st, 1));
}

qint64 CacheDb::appendAudit(const AuditEntry& e)
{
    if (m_mode == Mode::ReadOnly) {
        m_lastError = tr("cache %1 is open read-only: nothing can be audited, so nothing may run").arg(m_path);
        return 0;
    }
    // An audit entry must survive a power cut, not only a crash: fsync this transaction.
    exec("PRAGMA synchronous=FULL");
    sqlite3_stmt* st = statement(
        "INSERT INTO audit(at_ms, user, environment, action, target, detail, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    qint64 id = 0;
    if (st) {
        Reset reset { st };
        sqlite3_bind_int64(st, 1, e.atMs);
        bindText(st, 2, e.user);
        bindText(st, 3, e.environment);
        bindText(st, 4, e.action);
        bindText(st, 5, e.target);
        bindText(st, 6, e.detail);
        bindText(st, 7, e.outcome);
        if (sqlite3_step(st) == SQLITE_DONE)
            id = sqlite3_last_insert_rowid(m_db);
        else
            fail("write audit entry");
    }
    exec("PRAGMA synchronous=NORMAL");
    return id;
}

bool CacheDb::setAuditOutcome(qint64 id, const QString& outcome)
{
    exec("PRAGMA synchronous=FULL");
    sqlite3_stmt* st = statement("UPDATE audit SET outcome = ?2 WHERE id = ?1");
    bool ok = false;
    if (st) {
        Reset reset { st };
        sqlite3_bind_int64(st, 1, id);
        bindText(st, 2, outcome);
        ok = sqlite3_step(st) == SQLITE_DONE || fail("update audit entry");
    }
    exec("PRAGMA synchronous=NORMAL");
    return ok;
}

std::vector<AuditEntry> CacheDb::audit(int limit)
{
    std::vector<AuditEntry> out;
    sqlite3_stmt* st = statement(
        "SELECT id, at_ms, user, environment, action, target, detail, outcome FROM audit ORDER BY id DESC LIMIT ?1");
    if (!st)
        return out;
    Reset reset { st };
    sqlite3_bind_int(st, 1, limit);
    while (sqlite3_step(st) == SQLITE_ROW)
        out.push_back({ sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), text(st, 2), text(st, 3), text(st, 4),
                        text(st, 5), text(st, 6), text(st, 7) });
    return out;
}

qint64 CacheDb::addPin(const Pin& pin)
{
    sqlite3_stmt* st = statement("INSERT INTO pins(start_ms, end_ms, title) VALUES (?1, ?2, ?3)");
    if (!st || m_mode == Mode::ReadOnly)
        return 0;
    Reset reset { st };
    sqlite3_bind_int64(st, 1, pin.startMs);
    sqlite3_bind_int64(st, 2, pin.endMs);
    bindText(st, 3, pin.title);
    return sqlite3_step(st) == SQLITE_DONE ? sqlite3_last_insert_rowid(m_db) : (fail("pin a window"), 0);
}

bool CacheDb::removePin(qint64 id)
{
    sqlite3_stmt* st = statement("DELETE FROM pins WHERE id = ?1");
    if (!st || m_mode == Mode::ReadOnly)
        return false;
    Reset reset { st };
    sqlite3_bind_int64(st, 1, id);
    return sqlite3_step(st) == SQLITE_DONE || fail("unpin a window");
}

std::vector<Pin> CacheDb::pins()
{
    std::vector<Pin> out;
    sqlite3_stmt* st = statement("SELECT id, start_ms, end_ms, title FROM pins ORDER BY start_ms");
    if (!st)
        return out;
    Reset reset { st };
    while (sqlite3_step(st) == SQLITE_ROW)
        out.push_back({ sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2), text(st, 3) });
    return out;
}

std::vector<Coverage> CacheDb::coverage()
{
    std::vector<Coverage> out;
    sqlite3_stmt* st = statement("SELECT source, query, start_ms, end_ms, fetched_ms FROM fetches ORDER BY source, query, start_ms");
    if (!st)
        return out;
    Reset reset { st };
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString source = text(st, 0), query = text(st, 1);
        if (out.empty() || out.back().source != source || out.back().query != query)
            out.push_back({ source, query, {}, 0 });
        Coverage& c = out.back();
        const qint64 from = sqlite3_column_int64(st, 2), to = sqlite3_column_int64(st, 3);
        if (!c.intervals.empty() && from <= c.intervals.back().second)
            c.intervals.back().second = std::max(c.intervals.back().second, to);
        else
            c.intervals.emplace_back(from, to);
        c.lastFetchMs = std::max(c.lastFetchMs, sqlite3_column_int64(st, 4));
    }
    return out;
}

CacheStats CacheDb::stats()
{
    CacheStats s;
    auto scalar = [&](const char* sql) -> qint64 {
        sqlite3_stmt* st = statement(sql);
        if (!st)
            return 0;
        Reset reset { st };
        return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    };
    s.series = scalar("SELECT count(*) FROM series");
    s.chunks = scalar("SELECT count(*) FROM chunks");
    s.samples = scalar("SELECT coalesce(sum(samples), 0) FROM chunks");
    s.sampleBytes = scalar("SELECT coalesce(sum(length(data)), 0) FROM chunks");
    s.auditEntries = scalar("SELECT count(*) FROM audit");
    s.oldestMs = scalar("SELECT coalesce(min(first_ms), 0) FROM chunks");
    s.newestMs = scalar("SELECT coalesce(max(last_ms), 0) FROM chunks");
    s.fileBytes = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    return s;
}

qint64 CacheDb::applyRetention(qint64 cutoffMs)
{
    if (m_mode == Mode::ReadOnly || !begin())
        return 0;
    const char* keep = " AND NOT EXISTS (SELECT 1 FROM pins p WHERE p.start_ms <= %1.%2 AND p.end_ms >= %1.%3)";
    const QByteArray chunks = "DELETE FROM chunks WHERE last_ms < ?1"
        + QString::fromLatin1(keep).arg(QStringLiteral("chunks"), QStringLiteral("last_ms"), QStringLiteral("start_ms")).toLatin1();
    const QByteArray fetches = "DELETE FROM fetches WHERE end_ms < ?1"
        + QString::fromLatin1(keep).arg(QStringLiteral("fetches"), QStringLiteral("end_ms"), QStringLiteral("start_ms")).toLatin1();
    qint64 dropped = 0;
    bool ok = true;
    const QByteArray* statements[] = { &chunks, &fetches };
    for (const QByteArray* sqlp : statements) {
        const QByteArray& sql = *sqlp;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            ok = fail("retention");
            break;
        }
        sqlite3_bind_int64(st, 1, cutoffMs);
        ok = sqlite3_step(st) == SQLITE_DONE || fail("retention");
        if (sqlp == &chunks)
            dropped = sqlite3_changes(m_db);
        sqlite3_finalize(st);
        if (!ok)
            break;
    }
    if (ok) {
        sqlite3_stmt* st = statement("DELETE FROM instants WHERE fetched_ms < ?1");
        if (st) {
            Reset reset { st };
            sqlite3_bind_int64(st, 1, cutoffMs);
            sqlite3_step(st);
        }
        ok = exec("DELETE FROM series WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.series_id = series.id)");
    }
    if (!ok) {
        rollback();
        return 0;
    }
    return commit() ? dropped : 0;
}

bool CacheDb::compact(qint64 cutoffMs)
{
    applyRetention(cutoffMs);
    return exec("VACUUM") && exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

bool CacheDb::exportWindow(const QString& file, qint64 startMs, qint64 endMs)
{
    QFile::remove(file);
    {
        QString notice, error;
        auto target = open(file, Mode::ReadWrite, &notice, &error);
        if (!target) {
            m_lastError = error;
            return false;
        }
        // An exported file travels alone: no WAL beside it.
        if (!target->exec("PRAGMA journal_mode=DELETE")) {
            m_lastError = target->lastError();
            return false;
        }
    }
    sqlite3_stmt* attach = nullptr;
    sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS export", -1, &attach, nullptr);
    const QByteArray path = file.toUtf8();
    sqlite3_bind_text(attach, 1, path.constData(), static_cast<int>(path.size()), SQLITE_TRANSIENT);
    const bool attached = sqlite3_step(attach) == SQLITE_DONE;
    sqlite3_finalize(attach);
    if (!attached)
        return fail("attach the export file");
    const QByteArray from = QByteArray::number(startMs), to = QByteArray::number(endMs);
    const QByteArray sql =
        "BEGIN;"
        "INSERT INTO export.series SELECT * FROM main.series WHERE id IN (SELECT series_id FROM main.chunks"
        "  WHERE last_ms >= " + from + " AND first_ms <= " + to + ");"
        "INSERT INTO export.chunks SELECT * FROM main.chunks WHERE last_ms >= " + from + " AND first_ms <= " + to + ";"
        "INSERT INTO export.fetches SELECT source, query, max(start_ms, " + from + "), min(end_ms, " + to + "), fetched_ms"
        "  FROM main.fetches WHERE end_ms >= " + from + " AND start_ms <= " + to + ";"
        "INSERT INTO export.instants SELECT * FROM main.instants WHERE fetched_ms >= " + from + " AND fetched_ms <= " + to + ";"
        "INSERT INTO export.documents SELECT * FROM main.documents WHERE fetched_ms >= " + from + " AND fetched_ms <= " + to + ";"
        "INSERT INTO export.audit SELECT * FROM main.audit WHERE at_ms >= " + from + " AND at_ms <= " + to + ";"
        "INSERT INTO export.pins SELECT * FROM main.pins WHERE end_ms >= " + from + " AND start_ms <= " + to + ";"
        "COMMIT;";
    const bool ok = exec(sql.constData());
    if (!ok)
        rollback();
    const QString why = m_lastError;
    exec("DETACH DATABASE export");
    m_lastError = why;
    if (!ok)
        QFile::remove(file);
    return ok;
}

QString CacheDb::integrityCheck()
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA integrity_check", -1, &st, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    QStringList lines;
    while (sqlite3_step(st) == SQLITE_ROW)
        lines << text(st, 0);
    sqlite3_finalize(st);
    return lines.join(u'\n');
}

} // namespace atalaya::cache

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "domain/series.h"

struct sqlite3;
struct sqlite3_stmt;

namespace atalaya::cache {

/// What a cached answer is: the result and when it was fetched.
struct CachedResult
{
    QueryResult result;
    qint64 fetchedMs = 0; ///< newest fetch among the samples returned (unix ms)
};

/// One row of the audit trail: every action that changes the platform, written before it runs.
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString user;
    QString environment;
    QString action; ///< e.g. "scale", "rollback", "degradation"
    QString target; ///< e.g. "barberpro-prod/deployment/barber-api"
    QString detail; ///< arguments, reason
    QString outcome; ///< empty until known: "ok", "failed: …"
};

/// A window kept beyond retention (an incident under review).
struct Pin
{
    qint64 id = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString title;
};

/// What is cached of one query of one source: merged fetched intervals.
struct Coverage
{
    QString source;
    QString query;
    std::vector<std::pair<qint64, qint64>> intervals; ///< [start, end] ms, sorted, merged
    qint64 lastFetchMs = 0;
};

struct CacheStats
{
    qint64 fileBytes = 0; ///< database plus WAL
    qint64 series = 0;
    qint64 chunks = 0;
    qint64 samples = 0;
    qint64 sampleBytes = 0; ///< bytes of the encoded chunks alone
    qint64 auditEntries = 0;
    qint64 oldestMs = 0;
    qint64 newestMs = 0;
};

/// The SQLite connection of the cache. Not thread-safe: one thread (the cache thread, via Cache)
/// owns it and does all its work there. Errors are kept in lastError() as a sentence naming the
/// file; write failures never throw, so a full disk costs new data, not the console.
class CacheDb
{
public:
    /// The schema version this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 2;
    /// Samples of a series are stored in chunks of this many milliseconds, aligned to the epoch.
    static constexpr qint64 kChunkMs = 2 * 3600 * 1000;

    enum class Mode
    {
        ReadWrite,
        ReadOnly, ///< an exported file opened with --open: never written, never moved aside
    };

    ~CacheDb();
    CacheDb(const CacheDb&) = delete;
    CacheDb& operator=(const CacheDb&) = delete;

    /// Opens (creating it and its folder when needed) and migrates the cache at @p path. A file
    /// that is not a database, or fails SQLite's quick_check, is renamed aside (path.corrupt-<time>)
    /// and a new cache started; @p notice then says so and where the old one went.
    static std::unique_ptr<CacheDb> open(const QString& path, Mode mode, QString* notice, QString* error);

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString lastError() const { return m_lastError; }
    int schemaVersion();

    // Series (range answers). @p query is the cache key of the query (the PromQL, with the rate
    // window left as a placeholder when the page renders one). Loading with source "*" takes any
    // source: an exported file opened on another machine names that machine's Prometheus.
    bool storeRange(const QString& source, const QString& query, const QueryResult& result, qint64 startMs, qint64 endMs,
                    qint64 fetchedMs);
    std::optional<CachedResult> loadRange(const QString& source, const QString& query, qint64 startMs, qint64 endMs);

    // Instant answers: the last one per query.
    bool storeInstant(const QString& source, const QString& query, const QueryResult& result, qint64 fetchedMs);
    std::optional<CachedResult> loadInstant(const QString& source, const QString& query);

    // Other documents (alerts, costs, bookings, deployments, flags), by kind and key.
    bool storeDocument(const QString& kind, const QString& key, const QByteArray& body, qint64 fetchedMs);
    std::optional<std::pair<QByteArray, qint64>> loadDocument(const QString& kind, const QString& key);

    /// Appends to the audit trail with a full fsync before returning; the id, or 0 on failure.
    qint64 appendAudit(const AuditEntry& entry);
    bool setAuditOutcome(qint64 id, const QString& outcome);
    std::vector<AuditEntry> audit(int limit);

    qint64 addPin(const Pin& pin);
    bool removePin(qint64 id);
    std::vector<Pin> pins();

    std::vector<Coverage> coverage();
    CacheStats stats();
    /// Drops what ended before @p cutoffMs, except what overlaps a pin. Returns the chunks dropped.
    qint64 applyRetention(qint64 cutoffMs);
    /// Retention, then VACUUM: gives the freed pages back to the file system.
    bool compact(qint64 cutoffMs);
    /// Writes every source's data overlapping [startMs, endMs] (and the audit trail and pins of the
    /// window) to a new cache file at @p file.
    bool exportWindow(const QString& file, qint64 startMs, qint64 endMs);
    /// PRAGMA integrity_check: "ok" or SQLite's list of problems.
    QString integrityCheck();

    /// Runs SQL with no result rows (maintenance, tests: e.g. PRAGMA max_page_count).
    bool exec(const char* sql);
    /// The SQL that moves the schema from @p version to version + 1 (tests build old caches with it).
    static const char* migrationSql(int version);

    /// Canonical text of a label set, the key of a series.
    static QString labelKey(const QMap<QString, QString>& labels);
    static QMap<QString, QString> parseLabelKey(const QString& key);

private:
    CacheDb(sqlite3* db, QString path, Mode mode);
    sqlite3_stmt* statement(const char* sql);
    bool fail(const char* what);
    bool migrate();
    qint64 seriesId(const QString& source, const QString& query, const QString& labels, bool create);
    bool begin();
    bool commit();
    void rollback();

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode;
    QString m_lastError;
    std::map<const char*, sqlite3_stmt*> m_statements;
};

} // namespace atalaya::cache

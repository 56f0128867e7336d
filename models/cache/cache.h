// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include "cache/cachedb.h"

namespace atalaya::cache {

/// The local cache: a SQLite file in WAL mode owned by its own thread ("atalaya-cache"). Every
/// call may be made from any thread and returns at once with a future fulfilled on the cache
/// thread; calls run in the order they were made. Writes are write-through: a failed write
/// (full disk, broken file) is reported by problem() and costs that data only.
class Cache : public QObject
{
    Q_OBJECT
public:
    /// Opens @p path on the cache thread. isReady()/opened() tell how it went.
    explicit Cache(QString path, CacheDb::Mode mode = CacheDb::Mode::ReadWrite, QObject* parent = nullptr);
    /// Finishes the calls already made, then closes the file.
    ~Cache() override;

    /// The default location: $XDG_CACHE_HOME/atalaya/<environment>.db
    static QString defaultPath(const QString& environment);

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == CacheDb::Mode::ReadOnly; }
    /// Resolves once the file is open (or could not be): empty, or the error.
    QFuture<QString> opened() const { return m_opened; }

    QFuture<bool> storeRange(QString source, QString query, QueryResult result, qint64 startMs, qint64 endMs);
    /// The same for an answer others read too: nothing is copied; it must not change any more.
    QFuture<bool> storeRange(QString source, QString query, std::shared_ptr<const QueryResult> result, qint64 startMs, qint64 endMs);
    QFuture<std::optional<CachedResult>> loadRange(QString source, QString query, qint64 startMs, qint64 endMs);
    QFuture<bool> storeInstant(QString source, QString query, QueryResult result);
    QFuture<bool> storeInstant(QString source, QString query, std::shared_ptr<const QueryResult> result);
    QFuture<std::optional<CachedResult>> loadInstant(QString source, QString query);
    QFuture<bool> storeDocument(QString kind, QString key, QByteArray body);
    QFuture<std::optional<std::pair<QByteArray, qint64>>> loadDocument(QString kind, QString key);

    /// Resolves with the entry's id once it is on disk (fsynced); 0 when it could not be written,
    /// and then the action must not run.
    QFuture<qint64> appendAudit(AuditEntry entry);
    QFuture<bool> setAuditOutcome(qint64 id, QString outcome);
    QFuture<std::vector<AuditEntry>> audit(int limit);

    QFuture<qint64> addPin(Pin pin);
    QFuture<bool> removePin(qint64 id);
    QFuture<std::vector<Pin>> pins();
    QFuture<std::vector<Coverage>> coverage();
    QFuture<CacheStats> stats();
    QFuture<qint64> applyRetention(qint64 cutoffMs);
    QFuture<bool> compact(qint64 cutoffMs);
    QFuture<bool> exportWindow(QString file, qint64 startMs, qint64 endMs);
    QFuture<QString> integrityCheck();

    /// Runs @p job with the connection on the cache thread (for tests and benchmarks).
    template<typename F>
    auto run(F job) -> QFuture<std::invoke_result_t<F, CacheDb*>>;

signals:
    /// A write failed, or the file had to be replaced: a sentence that says what and where.
    /// Emitted on the cache thread; connect with a context object.
    void problem(const QString& message);

private:
    void report(CacheDb* db, bool ok);

    QString m_path;
    CacheDb::Mode m_mode;
    std::unique_ptr<QThread> m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread; jobs are posted to it
    std::shared_ptr<std::unique_ptr<CacheDb>> m_db; ///< touched on m_thread only
    QFuture<QString> m_opened;
    QString m_lastProblem; ///< cache thread only: the same failure is reported once
};

template<typename F>
auto Cache::run(F job) -> QFuture<std::invoke_result_t<F, CacheDb*>>
{
    using R = std::invoke_result_t<F, CacheDb*>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_context,
        [promise, job = std::move(job), db = m_db]() mutable {
            if constexpr (std::is_void_v<R>)
                job(db->get());
            else
                promise->addResult(job(db->get()));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace atalaya::cache

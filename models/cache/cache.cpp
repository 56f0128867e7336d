// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/cache.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include "util/priority.h"

namespace atalaya::cache {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Cache::Cache(QString path, CacheDb::Mode mode, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_thread(new QThread)
    , m_db(std::make_shared<std::unique_ptr<CacheDb>>())
{
    m_thread->setObjectName(QStringLiteral("atalaya-cache"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    // Runs on the new thread, before any job: the GUI thread comes first.
    connect(m_thread.get(), &QThread::started, m_thread.get(), [] { lowerThisThreadsPriority(); }, Qt::DirectConnection);
    m_thread->start();
    m_opened = run([this, path = m_path, mode](CacheDb*) {
        QString notice, error;
        *m_db = CacheDb::open(path, mode, &notice, &error);
        if (!notice.isEmpty()) {
            spdlog::warn("{}", notice.toStdString());
            emit problem(notice);
        }
        if (!error.isEmpty()) {
            spdlog::error("{}", error.toStdString());
            emit problem(error);
        }
        return error;
    });
}

Cache::~Cache()
{
    // Finish what was asked (writes, audit entries), close the file on its own thread, stop.
    QMetaObject::invokeMethod(m_context, [db = m_db] { db->reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString Cache::defaultPath(const QString& environment)
{
    QString safe = environment;
    for (QChar& c : safe)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/atalaya/")
        + (safe.isEmpty() ? QStringLiteral("default") : safe) + QStringLiteral(".db");
}

void Cache::report(CacheDb* db, bool ok)
{
    if (ok) {
        m_lastProblem.clear();
        return;
    }
    const QString message = db ? db->lastError() : tr("the cache %1 is not open").arg(m_path);
    if (message == m_lastProblem)
        return;
    m_lastProblem = message;
    spdlog::error("{}", message.toStdString());
    emit problem(message);
}

QFuture<bool> Cache::storeRange(QString source, QString query, QueryResult result, qint64 startMs, qint64 endMs)
{
    return storeRange(std::move(source), std::move(query), std::make_shared<const QueryResult>(std::move(result)), startMs, endMs);
}

QFuture<bool> Cache::storeRange(QString source, QString query, std::shared_ptr<const QueryResult> result, qint64 startMs, qint64 endMs)
{
    return run([this, source = std::move(source), query = std::move(query), result = std::move(result), startMs, endMs](CacheDb* db) {
        const bool ok = db && db->storeRange(source, query, *result, startMs, endMs, nowMs());
        if (!isReadOnly())
            report(db, ok);
        return ok;
    });
}

QFuture<std::optional<CachedResult>> Cache::loadRange(QString source, QString query, qint64 startMs, qint64 endMs)
{
    return run([=](CacheDb* db) { return db ? db->loadRange(source, query, startMs, endMs) : std::nullopt; });
}

QFuture<bool> Cache::storeInstant(QString source, QString query, QueryResult result)
{
    return storeInstant(std::move(source), std::move(query), std::make_shared<const QueryResult>(std::move(result)));
}

QFuture<bool> Cache::storeInstant(QString source, QString query, std::shared_ptr<const QueryResult> result)
{
    return run([this, source = std::move(source), query = std::move(query), result = std::move(result)](CacheDb* db) {
        const bool ok = db && db->storeInstant(source, query, *result, nowMs());
        if (!isReadOnly())
            report(db, ok);
        return ok;
    });
}

QFuture<std::optional<CachedResult>> Cache::loadInstant(QString source, QString query)
{
    return run([=](CacheDb* db) { return db ? db->loadInstant(source, query) : std::nullopt; });
}

QFuture<bool> Cache::storeDocument(QString kind, QString key, QByteArray body)
{
    return run([=, this](CacheDb* db) {
        const bool ok = db && db->storeDocument(kind, key, body, nowMs());
        if (!isReadOnly())
            report(db, ok);
        return ok;
    });
}

QFuture<std::optional<std::pair<QByteArray, qint64>>> Cache::loadDocument(QString kind, QString key)
{
    return run([=](CacheDb* db) { return db ? db->loadDocument(kind, key) : std::nullopt; });
}

QFuture<qint64> Cache::appendAudit(AuditEntry entry)
{
    return run([=, this](CacheDb* db) {
        const qint64 id = db ? db->appendAudit(entry) : 0;
        report(db, id != 0);
        return id;
    });
}

QFuture<bool> Cache::setAuditOutcome(qint64 id, QString outcome)
{
    return run([=, this](CacheDb* db) {
        const bool ok = db && db->setAuditOutcome(id, outcome);
        report(db, ok);
        return ok;
    });
}

QFuture<std::vector<AuditEntry>> Cache::audit(int limit)
{
    return run([=](CacheDb* db) { return db ? db->audit(limit) : std::vector<AuditEntry> {}; });
}

QFuture<qint64> Cache::addPin(Pin pin)
{
    return run([=](CacheDb* db) { return db ? db->addPin(pin) : 0; });
}

QFuture<bool> Cache::removePin(qint64 id)
{
    return run([=](CacheDb* db) { return db && db->removePin(id); });
}

QFuture<std::vector<Pin>> Cache::pins()
{
    return run([](CacheDb* db) { return db ? db->pins() : std::vector<Pin> {}; });
}

QFuture<std::vector<Coverage>> Cache::coverage()
{
    return run([](CacheDb* db) { return db ? db->coverage() : std::vector<Coverage> {}; });
}

QFuture<CacheStats> Cache::stats()
{
    return run([](CacheDb* db) { return db ? db->stats() : CacheStats {}; });
}

QFuture<qint64> Cache::applyRetention(qint64 cutoffMs)
{
    return run([=](CacheDb* db) { return db ? db->applyRetention(cutoffMs) : 0; });
}

QFuture<bool> Cache::compact(qint64 cutoffMs)
{
    return run([=, this](CacheDb* db) {
        const bool ok = db && db->compact(cutoffMs);
        report(db, ok);
        return ok;
    });
}

QFuture<bool> Cache::exportWindow(QString file, qint64 startMs, qint64 endMs)
{
    return run([=, this](CacheDb* db) {
        const bool ok = db && db->exportWindow(file, startMs, endMs);
        report(db, ok);
        return ok;
    });
}

QFuture<QString> Cache::integrityCheck()
{
    return run([this](CacheDb* db) { return db ? db->integrityCheck() : tr("the cache %1 is not open").arg(m_path); });
}

} // namespace atalaya::cache

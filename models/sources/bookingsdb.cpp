// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/bookingsdb.h"

#include <algorithm>
#include <map>

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <qt6keychain/keychain.h>

#include "cache/cache.h"

#include "util/priority.h"
#include "util/workpool.h"

namespace atalaya::bookings {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(BookingsDatabase)
};

std::atomic<int> g_serial { 0 };

ApiError makeError(ApiError::Kind kind, const DatabaseConfig& config, QString message, QString sql = {})
{
    ApiError e;
    e.kind = kind;
    e.service = QStringLiteral("PostgreSQL");
    e.source = config.displayName();
    e.message = std::move(message);
    e.query = std::move(sql);
    return e;
}

/// libpq's connection errors, by what people can do about them.
ApiError classifyConnect(const QSqlError& error, const DatabaseConfig& config)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString lower = text.toLower();
    const QString user = config.user;
    if (lower.contains(QStringLiteral("password authentication failed")) || lower.contains(QStringLiteral("no password supplied")))
        return makeError(ApiError::Kind::Auth, config, Text::tr("wrong password for user %1").arg(user));
    if (lower.contains(QStringLiteral("no pg_hba.conf entry")) || lower.contains(QStringLiteral("does not exist")))
        return makeError(ApiError::Kind::Auth, config, Text::tr("the server refuses user %1 here: %2").arg(user, text.trimmed()));
    if (lower.contains(QStringLiteral("certificate")) || lower.contains(QStringLiteral("ssl")))
        return makeError(ApiError::Kind::Transport, config, Text::tr("TLS failed (sslmode %1): %2").arg(config.sslmode, text.trimmed()));
    if (lower.contains(QStringLiteral("timeout expired")))
        return makeError(ApiError::Kind::Timeout, config,
                         Text::tr("no answer within %1 s (connect timeout)").arg(config.connectTimeout.count()));
    return makeError(ApiError::Kind::Transport, config, Text::tr("unreachable: %1").arg(text.trimmed()));
}

} // namespace

struct BookingsDatabase::Worker
{
    DatabaseConfig config;
    QString environment;
    QString connection; ///< the QSqlDatabase name, on the worker thread
    bool open = false;
    qint64 backendPid = 0;
    qint64 retryAtMs = 0; ///< no new connection attempt before this (backoff)
    qint64 backoffMs = 0;
    ApiError lastConnectError;
    std::atomic<qint64> runningPid { 0 }; ///< the backend running a statement now (for cancel)
    std::atomic<bool> canceled { false };
    bool noKeychain = false; ///< the keychain did not answer once: not waited for again

    /// The password: the configured environment variable, else the OS keychain. Never logged.
    std::optional<QString> password(ApiError* error)
    {
        if (!config.passwordEnv.isEmpty()) {
            const QString value = qEnvironmentVariable(config.passwordEnv.toLatin1().constData());
            if (!value.isEmpty())
                return value;
        }
        const QString key = environment + QStringLiteral("/bookings/") + config.user;
        auto noPassword = [&] {
            *error = makeError(ApiError::Kind::Auth, config,
                               config.passwordEnv.isEmpty()
                                   ? Text::tr("no password: store it in the keychain (service Atalaya, key %1)").arg(key)
                                   : Text::tr("no password: set %1, or store it in the keychain (service Atalaya, key %2)").arg(config.passwordEnv, key));
            return std::nullopt;
        };
        if (noKeychain)
            return noPassword();
        QKeychain::ReadPasswordJob job(QStringLiteral("Atalaya"));
        job.setAutoDelete(false);
        job.setKey(key);
        QEventLoop loop;
        bool finished = false;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        // No keychain service on the session bus (a headless machine): give up after 5 s.
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        job.start();
        if (!finished)
            loop.exec();
        if (finished && job.error() == QKeychain::NoError && !job.textData().isEmpty())
            return job.textData();
        noKeychain = !finished || job.error() == QKeychain::NoBackendAvailable;
        return noPassword();
    }

    std::optional<ApiError> ensureOpen()
    {
        if (open)
            return std::nullopt;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now < retryAtMs) {
            ApiError e = lastConnectError;
            e.message += u' ' + Text::tr("(next attempt in %1 s)").arg((retryAtMs - now + 999) / 1000);
            return e;
        }
        ApiError why;
        const auto pass = password(&why);
        if (!pass)
            return why;
        if (connection.isEmpty())
            connection = QStringLiteral("atalaya-bookings-%1").arg(++g_serial);
        QSqlDatabase db = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection, false)
                                                             : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.database);
        db.setUserName(config.user);
        db.setPassword(*pass);
        QStringList options { QStringLiteral("sslmode=") + config.sslmode, QStringLiteral("connect_timeout=%1").arg(config.connectTimeout.count()),
                              QStringLiteral("application_name=atalaya") };
        if (!config.sslrootcert.isEmpty())
            options << QStringLiteral("sslrootcert=") + config.sslrootcert;
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            lastConnectError = classifyConnect(db.lastError(), config);
            db.setPassword({});
            backoffMs = std::clamp<qint64>(backoffMs * 2, 1000, 60000);
            retryAtMs = now + backoffMs;
            spdlog::warn("{}", lastConnectError.toDisplayString().toStdString());
            return lastConnectError;
        }
        db.setPassword({});
        QSqlQuery q(db);
        // Read-only whatever the role allows, and every statement bounded.
        if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
            || !q.exec(QStringLiteral("SET statement_timeout = %1").arg(config.statementTimeout.count()))
            || !q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()) {
            const ApiError e = makeError(ApiError::Kind::Api, config, q.lastError().text());
            db.close();
            return e;
        }
        backendPid = q.value(0).toLongLong();
        open = true;
        backoffMs = 0;
        return std::nullopt;
    }

    void close()
    {
        if (!connection.isEmpty() && QSqlDatabase::contains(connection)) {
            QSqlDatabase::database(connection, false).close();
            QSqlDatabase::removeDatabase(connection);
        }
        open = false;
    }

    /// Runs @p sql with @p binds; each row handed to @p row. An ApiError when it fails.
    std::optional<ApiError> run(const QString& sql, const QVariantList& binds, const std::function<void(const QSqlQuery&)>& row)
    {
        if (auto e = ensureOpen())
            return e;
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return classifyStatement(q.lastError(), sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        canceled = false;
        runningPid = backendPid;
        const bool ok = q.exec();
        runningPid = 0;
        if (!ok)
            return classifyStatement(q.lastError(), sql);
        while (q.next())
            row(q);
        return std::nullopt;
    }

    ApiError classifyStatement(const QSqlError& error, const QString& sql)
    {
        const QString state = error.nativeErrorCode();
        const QString text = error.databaseText().trimmed();
        if (state == u"57014")
            return canceled ? makeError(ApiError::Kind::Canceled, config, Text::tr("canceled"), sql)
                            : makeError(ApiError::Kind::Timeout, config,
                                        Text::tr("the statement ran longer than %1 ms (statement_timeout) and was stopped")
                                            .arg(config.statementTimeout.count()),
                                        sql);
        if (state == u"42P01")
            return makeError(ApiError::Kind::Api, config,
                             Text::tr("a view of the contract is missing (%1): install packaging/bookings/views.sql").arg(text), sql);
        if (state == u"42501")
            return makeError(ApiError::Kind::Auth, config, Text::tr("not allowed: %1").arg(text), sql);
        if (state.startsWith(QStringLiteral("08")) || state.isEmpty()) {
            // The connection is gone: reopened on the next statement.
            close();
            return makeError(ApiError::Kind::Transport, config, Text::tr("the connection was lost: %1").arg(error.text().trimmed()), sql);
        }
        return makeError(ApiError::Kind::Api, config, QStringLiteral("%1 (SQLSTATE %2)").arg(text, state), sql);
    }
};

namespace {

// Answers in the cache as documents: a small binary encoding of the rows.
QDataStream& operator<<(QDataStream& s, const HourlyRow& r)
{
    return s << r.hourMs << r.vertical << r.city << r.checkouts << r.bookings << r.cancellations << r.noShows << r.completed << r.revenueArs;
}
QDataStream& operator>>(QDataStream& s, HourlyRow& r)
{
    return s >> r.hourMs >> r.vertical >> r.city >> r.checkouts >> r.bookings >> r.cancellations >> r.noShows >> r.completed >> r.revenueArs;
}
QDataStream& operator<<(QDataStream& s, const PaymentRow& r)
{
    return s << r.hourMs << r.vertical << r.provider << r.attempts << r.approved << r.rejected << r.amountArs;
}
QDataStream& operator>>(QDataStream& s, PaymentRow& r)
{
    return s >> r.hourMs >> r.vertical >> r.provider >> r.attempts >> r.approved >> r.rejected >> r.amountArs;
}
QDataStream& operator<<(QDataStream& s, const ProviderRow& r)
{
    return s << r.day << r.vertical << r.city << r.providers << r.bookedMinutes << r.availableMinutes;
}
QDataStream& operator>>(QDataStream& s, ProviderRow& r)
{
    return s >> r.day >> r.vertical >> r.city >> r.providers >> r.bookedMinutes >> r.availableMinutes;
}

template<typename Row>
QByteArray encode(const std::vector<Row>& rows)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint32(rows.size());
    for (const Row& r : rows)
        s << r;
    return out;
}

template<typename Row>
std::optional<std::vector<Row>> decode(const QByteArray& bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 n = 0;
    s >> n;
    std::vector<Row> rows(std::min<quint32>(n, 10'000'000));
    for (Row& r : rows)
        s >> r;
    if (s.status() != QDataStream::Ok)
        return std::nullopt;
    return rows;
}

template<typename Row>
Row readRow(const QSqlQuery& q);

template<>
HourlyRow readRow<HourlyRow>(const QSqlQuery& q)
{
    return { q.value(0).toDateTime().toMSecsSinceEpoch(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
             q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toDouble() };
}

template<>
PaymentRow readRow<PaymentRow>(const QSqlQuery& q)
{
    return { q.value(0).toDateTime().toMSecsSinceEpoch(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
             q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toDouble() };
}

template<>
ProviderRow readRow<ProviderRow>(const QSqlQuery& q)
{
    return { q.value(0).toDate(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
             q.value(5).toLongLong() };
}

} // namespace

Series bookingsPerHour(const std::vector<HourlyRow>& rows, const QString& vertical, qint64 shiftMs, const QString& city)
{
    std::map<qint64, double> sum;
    for (const HourlyRow& r : rows)
        if ((vertical.isEmpty() || r.vertical == vertical) && (city.isEmpty() || r.city == city))
            sum[r.hourMs + shiftMs] += double(r.bookings);
    Series s;
    for (const auto& [t, v] : sum) {
        s.timestamps.push_back(double(t) / 1000.0);
        s.values.push_back(v);
    }
    return s;
}

BookingsDatabase::BookingsDatabase(DatabaseConfig config, QString environment, cache::Cache* cache, bool offline, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_environment(std::move(environment))
    , m_cache(cache)
    , m_offline(offline)
    , m_thread(new QThread)
    , m_worker(std::make_shared<Worker>())
{
    m_worker->config = m_config;
    m_worker->environment = m_environment;
    m_thread->setObjectName(QStringLiteral("atalaya-bookings"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    // Runs on the new thread, before any job: the GUI thread comes first.
    connect(m_thread.get(), &QThread::started, m_thread.get(), [] { lowerThisThreadsPriority(); }, Qt::DirectConnection);
    m_thread->start();
}

BookingsDatabase::~BookingsDatabase()
{
    cancel();
    QMetaObject::invokeMethod(m_context, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void BookingsDatabase::cancel()
{
    const qint64 pid = m_worker->runningPid.load();
    if (pid == 0)
        return;
    m_worker->canceled = true;
    // A second, short-lived connection asks the server to cancel the first one's statement.
    workPool()->start([worker = m_worker, pid] {
        Worker other;
        other.config = worker->config;
        other.environment = worker->environment;
        other.run(QStringLiteral("SELECT pg_cancel_backend(?)"), { pid }, [](const QSqlQuery&) {});
        other.close();
    });
}

template<typename Row>
QFuture<Result<Answer<Row>>> BookingsDatabase::submit(QString what, QString sql, QVariantList binds, QString cacheKey)
{
    auto promise = std::make_shared<QPromise<Result<Answer<Row>>>>();
    QFuture<Result<Answer<Row>>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_context,
        [promise, worker = m_worker, cache = m_cache, offline = m_offline, what, sql, binds, cacheKey] {
            Answer<Row> answer;
            QElapsedTimer timer;
            timer.start();
            const auto error = offline ? std::optional<ApiError>(makeError(ApiError::Kind::NotCached, worker->config,
                                                                           Text::tr("offline review: nothing is cached for this window"), sql))
                                       : worker->run(sql, binds, [&answer](const QSqlQuery& q) { answer.rows.push_back(readRow<Row>(q)); });
            if (!error) {
                spdlog::debug("bookings {}: {} rows in {} ms", what.toStdString(), answer.rows.size(), timer.elapsed());
                if (cache)
                    cache->storeDocument(QStringLiteral("bookings"), cacheKey, encode(answer.rows));
                promise->addResult(Result<Answer<Row>>(std::move(answer)));
            } else if (cache && (error->kind == ApiError::Kind::Transport || error->kind == ApiError::Kind::Timeout
                                 || error->kind == ApiError::Kind::NotCached)) {
                // The database's fault: what was fetched before, marked as such.
                const auto cached = cache->loadDocument(QStringLiteral("bookings"), cacheKey).result();
                auto rows = cached ? decode<Row>(cached->first) : std::nullopt;
                if (rows) {
                    answer.rows = std::move(*rows);
                    answer.cachedAtMs = cached->second;
                    promise->addResult(Result<Answer<Row>>(std::move(answer)));
                } else {
                    promise->addResult(Result<Answer<Row>>(*error));
                }
            } else {
                promise->addResult(Result<Answer<Row>>(*error));
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<Answer<HourlyRow>>> BookingsDatabase::bookingsHourly(const QDateTime& from, const QDateTime& to)
{
    return submit<HourlyRow>(QStringLiteral("hourly"),
                             QStringLiteral("SELECT hour, vertical, city, checkouts, bookings, cancellations, no_shows, completed, revenue_ars "
                                            "FROM atalaya.bookings_hourly WHERE hour >= ? AND hour < ? ORDER BY hour, vertical, city"),
                             { from.toUTC(), to.toUTC() },
                             QStringLiteral("%1|hourly|%2|%3").arg(m_config.displayName()).arg(from.toSecsSinceEpoch()).arg(to.toSecsSinceEpoch()));
}

QFuture<Result<Answer<PaymentRow>>> BookingsDatabase::paymentsHourly(const QDateTime& from, const QDateTime& to)
{
    return submit<PaymentRow>(QStringLiteral("payments"),
                              QStringLiteral("SELECT hour, vertical, provider, attempts, approved, rejected, amount_ars "
                                             "FROM atalaya.payments_hourly WHERE hour >= ? AND hour < ? ORDER BY hour, vertical, provider"),
                              { from.toUTC(), to.toUTC() },
                              QStringLiteral("%1|payments|%2|%3").arg(m_config.displayName()).arg(from.toSecsSinceEpoch()).arg(to.toSecsSinceEpoch()));
}

QFuture<Result<Answer<ProviderRow>>> BookingsDatabase::providersDaily(const QDate& from, const QDate& to)
{
    return submit<ProviderRow>(QStringLiteral("providers"),
                               QStringLiteral("SELECT day, vertical, city, providers, booked_minutes, available_minutes "
                                              "FROM atalaya.providers_daily WHERE day >= ? AND day < ? ORDER BY day, vertical, city"),
                               { from, to },
                               QStringLiteral("%1|providers|%2|%3").arg(m_config.displayName(), from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

} // namespace atalaya::bookings

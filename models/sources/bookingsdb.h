// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QThread>

#include "config/sourceconfig.h"
#include "domain/series.h"
#include "util/result.h"

namespace atalaya::cache {
class Cache;
}

/// The booking database: read-only, through Qt's QPSQL driver, views of schema "atalaya" only
/// (packaging/bookings/views.sql is the contract). Aggregates only: no query names a customer,
/// a provider or a single booking, which is what lets psychology and dentistry be shown at all.
namespace atalaya::bookings {

/// atalaya.bookings_hourly: one hour (UTC) of one vertical and city.
struct HourlyRow
{
    qint64 hourMs = 0;
    QString vertical;
    QString city;
    qint64 checkouts = 0;
    qint64 bookings = 0;
    qint64 cancellations = 0;
    qint64 noShows = 0;
    qint64 completed = 0;
    double revenueArs = 0;
};

/// atalaya.payments_hourly: one hour of one vertical and payment provider.
struct PaymentRow
{
    qint64 hourMs = 0;
    QString vertical;
    QString provider;
    qint64 attempts = 0;
    qint64 approved = 0;
    qint64 rejected = 0;
    double amountArs = 0;
};

/// atalaya.providers_daily: one day (America/Argentina/Buenos_Aires) of one vertical and city.
struct ProviderRow
{
    QDate day;
    QString vertical;
    QString city;
    qint64 providers = 0;
    qint64 bookedMinutes = 0;
    qint64 availableMinutes = 0;
};

/// Bookings per hour as a chart series (seconds, count): the cities of @p vertical summed (every
/// vertical when empty), timestamps moved by @p shiftMs (a week earlier onto today's hours).
/// With @p city, that city only.
Series bookingsPerHour(const std::vector<HourlyRow>& rows, const QString& vertical = {}, qint64 shiftMs = 0, const QString& city = {});

/// Rows, and when they were fetched if they come from the local cache because the database did
/// not answer (0: live).
template<typename Row>
struct Answer
{
    std::vector<Row> rows;
    qint64 cachedAtMs = 0;
};

/// One connection on a thread of its own ("atalaya-bookings"): statements run one at a time, in
/// order, each under the configured statement_timeout; the session is read-only. The password
/// comes from the environment variable the configuration names, else from the OS keychain; it
/// is never logged, cached or shown. A lost connection is reopened on the next statement, not
/// sooner than a backoff (1 s, doubling to 60 s) after a failed attempt. Errors are ApiErrors
/// that say what, where and why: wrong password, unreachable, TLS, missing view, timed out,
/// canceled, not allowed. Answers are written through to the cache (when given) and served from
/// it when the database is unreachable or times out.
class BookingsDatabase : public QObject
{
    Q_OBJECT
public:
    /// With @p offline (offline review), the database is never asked: answers come from the
    /// cache only, and a window never fetched is ApiError::Kind::NotCached.
    BookingsDatabase(DatabaseConfig config, QString environment, cache::Cache* cache = nullptr, bool offline = false, QObject* parent = nullptr);
    /// Cancels what runs, then closes the connection and stops the thread.
    ~BookingsDatabase() override;

    const DatabaseConfig& config() const { return m_config; }

    QFuture<Result<Answer<HourlyRow>>> bookingsHourly(const QDateTime& from, const QDateTime& to);
    QFuture<Result<Answer<PaymentRow>>> paymentsHourly(const QDateTime& from, const QDateTime& to);
    QFuture<Result<Answer<ProviderRow>>> providersDaily(const QDate& from, const QDate& to);

    /// Cancels the statement running now, if any (its future answers Canceled); from any thread.
    /// The database is asked from the thread pool (pg_cancel_backend on a second connection).
    void cancel();

private:
    struct Worker;
    template<typename Row>
    QFuture<Result<Answer<Row>>> submit(QString what, QString sql, QVariantList binds, QString cacheKey);

    DatabaseConfig m_config;
    QString m_environment;
    cache::Cache* m_cache;
    bool m_offline = false;
    std::unique_ptr<QThread> m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread
    std::shared_ptr<Worker> m_worker; ///< used on m_thread only, except its atomics
};

} // namespace atalaya::bookings

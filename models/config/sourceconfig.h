// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace atalaya {

enum class AuthKind
{
    None,
    Basic,
    Bearer,
};

/// Whether answers are asked for gzip-compressed. The server compresses as it sends: a 850 KB
/// range answer costs Prometheus about 45 ms of CPU more than the query itself, which pays off over
/// a slow link and is lost on the same machine (a port-forward, a local stack).
enum class Compression
{
    Auto, ///< gzip unless the host is a loopback address or "localhost"
    Gzip,
    None,
};

/// How to reach one HTTP data source (Prometheus-compatible, Alertmanager, OpenCost).
/// Secrets are never part of this struct's persisted form: only the name of the
/// environment variable that holds them (secretEnv) is configured.
struct SourceConfig
{
    QUrl url; ///< base URL, e.g. http://127.0.0.1:9090 (no /api/v1)
    QString pathPrefix; ///< e.g. "/prometheus" for Mimir; empty for plain Prometheus
    AuthKind auth = AuthKind::None;
    QString username; ///< for basic auth
    QString secretEnv; ///< environment variable holding the password (basic) or token (bearer)
    std::vector<std::pair<QByteArray, QByteArray>> headers; ///< extra headers, e.g. X-Scope-OrgID
    std::chrono::milliseconds timeout { 30000 }; ///< per request
    std::chrono::seconds scrapeInterval { 15 }; ///< the source's scrape interval, the floor of step and rate windows
    Compression compression = Compression::Auto;
    /// How many queries may run on the server at once; 0 ("auto"): as many as the server has
    /// threads for queries (Prometheus' GOMAXPROCS), or kMaxConcurrentQueries when it does not say.
    int maxConcurrentQueries = 0;
    /// The most queries sent at once, whatever the server says.
    static constexpr int kMaxConcurrentQueries = 18;

    bool isConfigured() const { return url.isValid() && !url.isEmpty(); }
};

/// How to reach the booking database (PostgreSQL, read-only, views in schema "atalaya" only).
/// The password is never configured: passwordEnv names the environment variable that holds it,
/// else the OS keychain is asked (service "Atalaya", key "<environment>/bookings/<user>").
struct DatabaseConfig
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslmode = QStringLiteral("verify-full"); ///< libpq sslmode: disable … verify-full
    QString sslrootcert; ///< CA file for verify-ca / verify-full (empty: libpq's default)
    QString passwordEnv;
    std::chrono::seconds connectTimeout { 5 };
    std::chrono::milliseconds statementTimeout { 15000 };
    bool isConfigured() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }
    /// For people and logs: "booking@127.0.0.1:5432" (no password, ever).
    QString displayName() const { return database + u'@' + host + u':' + QString::number(port); }
};

} // namespace atalaya

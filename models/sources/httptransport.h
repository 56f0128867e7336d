// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "sources/httpsupport.h"

class QSocketNotifier;
class QTimer;

namespace atalaya::http {

/// HTTP/1.1 requests on the calling thread's event loop, with libcurl's multi interface: its
/// sockets are watched by QSocketNotifiers and its timeouts by a QTimer, so that a request costs
/// no thread hop at all. QNetworkAccessManager runs HTTP on a thread of its own and relays every
/// reply, header and chunk of body back through queued signals: about 0.6 ms of CPU per small
/// request against 0.08 ms here, a fifth of the console's CPU while a dashboard refreshes on two
/// cores that the server needs as well (tests/bench/bench_refresh).
///
/// Connections are kept alive and reused between requests; the caller decides how many run at
/// once. Proxies are not used (as QNetworkAccessManager's default); redirects are followed within
/// http and https, never from https down to http, and curl drops the Authorization header when a
/// redirect leaves the host. Answers are taken as the server sends them unless @c gzip is asked for.
///
/// Lives and is used on one thread; deleting it answers the requests in flight with
/// Outcome::Failure::Aborted, synchronously.
class Transport : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl url;
        QByteArray form; ///< sent as a POST of application/x-www-form-urlencoded when not empty
        Headers headers;
        std::chrono::milliseconds timeout { 30000 }; ///< the whole exchange, connection included
        bool gzip = false; ///< ask for a compressed answer (inflated here)
    };
    /// A GET of @p url with what every request to @p source carries: its timeout, compression
    /// setting and requestHeaders(). @p credentials: false when credentials are configured but the
    /// environment variable that should hold them is empty (the request goes without them).
    static Request forSource(const SourceConfig& source, QUrl url, bool* credentials);

    /// Called once per request on the transport's thread, never from inside send().
    using Done = std::function<void(const Outcome&, QByteArray body)>;

    /// Answers above this many bytes (inflated) are cut off as a transport failure.
    static constexpr qint64 kMaxBodyBytes = qint64(1) << 30;

    explicit Transport(QObject* parent = nullptr);
    ~Transport() override;

    void send(Request request, Done done);
    /// Answers every request in flight with Outcome::Failure::Aborted, now.
    void abortAll();

private:
    struct Transfer;
    struct Watch;
    static int onSocket(void* easy, int fd, int what, void* self, void* watch);
    static int onTimer(void* multi, long timeoutMs, void* self);
    void act(int fd, int events);
    void collect();
    void finish(void* easy, const Outcome& outcome);

    void* m_multi = nullptr;
    QTimer* m_timer = nullptr;
    std::unordered_map<void*, std::unique_ptr<Transfer>> m_transfers; ///< by curl easy handle
    std::unordered_set<Watch*> m_watches;
};

} // namespace atalaya::http

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

#include "config/sourceconfig.h"
#include "sources/apierror.h"

/// What the HTTP clients of the console's sources (Prometheus, OpenCost) share.
namespace atalaya::http {

/// application/x-www-form-urlencoded, by hand: QUrlQuery leaves '+' as it is, and Go's form parser
/// (Prometheus, Thanos, Mimir, OpenCost) reads a raw '+' as a space, so "a + b" would arrive as
/// "a   b". Everything but the unreserved characters is percent-encoded.
QByteArray formEncode(const std::vector<std::pair<QString, QString>>& params);

/// The start of a body for an error message: HTML tags dropped, whitespace folded, 160 chars.
QString snippet(const QByteArray& body);

inline bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

/// The network-layer and proxy errors of QNetworkReply (1-199) plus malformed HTTP: no usable
/// HTTP answer, whatever status line may have arrived before the failure.
bool isTransportError(QNetworkReply::NetworkError e);

/// The base URL of a source with @p path appended (trailing slashes of the base folded).
QUrl endpoint(const SourceConfig& config, const QString& path);

/// Whether requests to the source ask for gzip (its compression setting; Auto: not on loopback).
bool asksCompressed(const SourceConfig& config);

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

/// Accept, User-Agent, the configured extra headers and the credentials, read from the configured
/// environment variable at request time (never stored, never logged), added to @p out. Returns
/// false when credentials are configured but the variable is empty (the request goes without them).
bool requestHeaders(const SourceConfig& config, Headers& out);

/// requestHeaders(), the timeout and Accept-Encoding on a request of QNetworkAccessManager.
bool prepare(QNetworkRequest& request, const SourceConfig& config);

/// How one request ended, whichever HTTP stack carried it.
struct Outcome
{
    enum class Failure
    {
        None, ///< an HTTP answer came (status set)
        Aborted, ///< the client gave up on it (a transfer timeout, or the client going away)
        TimedOut,
        Transport, ///< no usable HTTP answer: refused, reset, DNS, TLS, malformed
    };
    Failure failure = Failure::None;
    int status = 0;
    QString contentType;
    QString error; ///< the HTTP stack's own words, for Transport
};

/// The failures every HTTP source shares: no connection, timeout (@p closing: the client is
/// being deleted, so an abort is Canceled), 401/403, a non-2xx answer that is not JSON. nullopt
/// when the body should go to the API's own decoder.
std::optional<ApiError> classifyTransport(const Outcome& outcome, const QByteArray& body, const SourceConfig& config, bool closing);
/// The same for a finished reply of QNetworkAccessManager.
std::optional<ApiError> classifyTransport(QNetworkReply* reply, const QByteArray& body, const SourceConfig& config, bool closing);

} // namespace atalaya::http

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QUrl>
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

/// The base URL of a source with @p path appended (trailing slashes of the base folded).
QUrl endpoint(const SourceConfig& config, const QString& path);

/// Whether requests to the source ask for gzip (its compression setting; Auto: not on loopback).
bool asksCompressed(const SourceConfig& config);

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

/// Accept, User-Agent, the configured extra headers and the credentials, read from the configured
/// environment variable at request time (never stored, never logged), added to @p out. Returns
/// false when credentials are configured but the variable is empty (the request goes without them).
bool requestHeaders(const SourceConfig& config, Headers& out);

/// How one request ended (http::Transport).
struct Outcome
{
    enum class Failure
    {
        None, ///< an HTTP answer came (status set)
        Aborted, ///< the client gave up on it (Transport::abortAll)
        TimedOut,
        Transport, ///< no usable HTTP answer: refused, reset, DNS, TLS, malformed
    };
    Failure failure = Failure::None;
    int status = 0;
    QString contentType;
    QString error; ///< curl's own words, for Transport
};

/// The failures every HTTP source shares: no connection, timeout, the client going away
/// (Canceled), 401/403, a non-2xx answer that is not JSON. nullopt when the body should go to the
/// API's own decoder.
std::optional<ApiError> classifyTransport(const Outcome& outcome, const QByteArray& body, const SourceConfig& config);

} // namespace atalaya::http

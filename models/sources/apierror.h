// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace atalaya {

/// What went wrong talking to a data source: what, where and why, never with secrets.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Transport, ///< no connection: refused, DNS, TLS, reset
        Timeout, ///< no complete answer within the configured timeout
        Http, ///< a non-2xx answer without the API's JSON error body (proxy, gateway)
        Auth, ///< 401/403: a configuration problem, never retried
        Api, ///< the API's own error envelope (Prometheus errorType/error)
        Decode, ///< the body is not what the API documents
        Canceled,
        NotCached, ///< offline review: the cache holds nothing for this query and window
    };
    Kind kind = Kind::Transport;
    int httpStatus = 0;
    QString errorType; ///< Prometheus errorType, e.g. "bad_data"
    QString message; ///< the detail: server message, transport error, body snippet (never a secret)
    QString source; ///< the URL asked, without credentials or query string
    QString query; ///< the PromQL, when there is one
    QString service; ///< what answered, e.g. "Prometheus"; optional, shown before the URL

    /// One sentence for people, what/where/why: e.g. "Prometheus at http://host:9090/api/v1/query
    /// answered 400 bad_data: 1:5: parse error (query: sum(rate(x[5m])".
    QString toDisplayString() const;
    /// A few words for a panel header: "source unreachable", "timed out", "HTTP 502"...
    QString shortText() const;
    /// Worth retrying later with backoff: transport failures, timeouts and 5xx. Never Auth.
    bool isRetryable() const
    {
        return kind == Kind::Transport || kind == Kind::Timeout || (kind != Kind::Auth && httpStatus >= 500);
    }
};

} // namespace atalaya

Q_DECLARE_METATYPE(atalaya::ApiError)

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace atalaya {

/// What went wrong talking to a data source: what, where and why, never with secrets.
struct ApiError
{
    enum class Kind
    {
        Transport, ///< no connection: refused, DNS, TLS, reset
        Timeout, ///< no complete answer within the configured timeout
        Http, ///< a non-2xx answer without the API's JSON error body (proxy, gateway)
        Auth, ///< 401/403: a configuration problem, never retried
        Api, ///< the API's own error envelope (Prometheus errorType/error)
        Decode, ///< the body is not what the API documents
        Canceled,
    };
    Kind kind = Kind::Transport;
    int httpStatus = 0;
    QString errorType; ///< Prometheus errorType, e.g. "bad_data"
    QString message;
    QString source; ///< the URL asked (no credentials)
    QString query; ///< the PromQL, when there is one

    /// One sentence for people: e.g. "Prometheus at http://host:9090 answered 400 bad_data: ...".
    QString toDisplayString() const;
    /// A few words for a panel header: "source unreachable", "timed out", "HTTP 502"...
    QString shortText() const;
    bool isRetryable() const { return kind == Kind::Transport || kind == Kind::Timeout || httpStatus >= 500; }
};

} // namespace atalaya

Q_DECLARE_METATYPE(atalaya::ApiError)

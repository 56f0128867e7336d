// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/httpsupport.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace atalaya::http {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpSource)
};

} // namespace

QByteArray formEncode(const std::vector<std::pair<QString, QString>>& params)
{
    QByteArray out;
    for (const auto& [key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString snippet(const QByteArray& body)
{
    QString s = QString::fromUtf8(body.left(4096));
    if (s.trimmed().startsWith(u'<')) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        s.replace(tags, QStringLiteral(" "));
    }
    s = s.simplified();
    if (s.size() > 160)
        s = s.left(157) + QStringLiteral("…");
    return s.isEmpty() ? Text::tr("empty body") : s;
}

QUrl endpoint(const SourceConfig& config, const QString& path)
{
    QUrl url = config.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + config.pathPrefix + path);
    return url;
}

bool asksCompressed(const SourceConfig& config)
{
    switch (config.compression) {
    case Compression::Gzip:
        return true;
    case Compression::None:
        return false;
    case Compression::Auto:
        break;
    }
    const QString host = config.url.host();
    return host.compare(u"localhost", Qt::CaseInsensitive) != 0 && !QHostAddress(host).isLoopback();
}

bool requestHeaders(const SourceConfig& config, Headers& out)
{
    out.emplace_back("Accept", "application/json");
    out.emplace_back("User-Agent", "atalaya/" ATALAYA_VERSION);
    for (const auto& [name, value] : config.headers) // tenant (X-Scope-OrgID, THANOS-TENANT) and the like
        out.emplace_back(name, value);
    if (config.auth == AuthKind::None)
        return true;
    // Read at request time from the environment; never stored, never logged.
    const QByteArray secret = config.secretEnv.isEmpty() ? QByteArray() : qgetenv(config.secretEnv.toLocal8Bit().constData());
    if (secret.isEmpty())
        return false;
    if (config.auth == AuthKind::Basic)
        out.emplace_back("Authorization", "Basic " + QByteArray(config.username.toUtf8() + ':' + secret).toBase64());
    else
        out.emplace_back("Authorization", "Bearer " + secret);
    return true;
}

std::optional<ApiError> classifyTransport(const Outcome& outcome, const QByteArray& body, const SourceConfig& config)
{
    ApiError err;
    err.httpStatus = outcome.status;
    const int status = err.httpStatus;
    if (outcome.failure != Outcome::Failure::None || status == 0) {
        if (outcome.failure == Outcome::Failure::Aborted) {
            err.kind = ApiError::Kind::Canceled;
            err.message = Text::tr("the client was shut down");
        } else if (outcome.failure == Outcome::Failure::TimedOut) {
            err.kind = ApiError::Kind::Timeout;
            err.message = Text::tr("no answer within %1 ms").arg(config.timeout.count());
        } else {
            err.kind = ApiError::Kind::Transport;
            err.message = outcome.error.isEmpty() ? Text::tr("no HTTP answer") : outcome.error;
        }
        return err;
    }
    if (status == 401 || status == 403) {
        // Not the body: a proxy may echo the credentials it refused. A hint instead, if there is one.
        err.kind = ApiError::Kind::Auth;
        const QByteArray env = config.secretEnv.toLocal8Bit();
        if (config.auth == AuthKind::None)
            err.message = Text::tr("this source is configured without credentials");
        else if (env.isEmpty() || qEnvironmentVariableIsEmpty(env.constData()))
            err.message = Text::tr("the environment variable \"%1\" that should hold the secret is not set").arg(config.secretEnv);
        return err;
    }
    const QString& contentType = outcome.contentType;
    const bool json = contentType.contains(QStringLiteral("json"), Qt::CaseInsensitive);
    if (!isSuccess(status) && !json) {
        // A proxy or gateway in front of the API, or an API that answers errors in plain text.
        err.kind = ApiError::Kind::Http;
        err.message = snippet(body);
        return err;
    }
    if (isSuccess(status) && !contentType.isEmpty() && !json) {
        // A login page of an SSO proxy, for one: do not try to read it as JSON.
        err.kind = ApiError::Kind::Decode;
        err.message = Text::tr("expected JSON, got %1: %2").arg(contentType, snippet(body));
        return err;
    }
    return std::nullopt; // on to the decoder
}

} // namespace atalaya::http

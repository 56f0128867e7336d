// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/prometheusclient.h"

#include <cmath>
#include <memory>

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThread>
#include <QtConcurrent>

#include "domain/querytiming.h"
#include "sources/promdecoder.h"
#include "util/threadguard.h"

namespace atalaya {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusClient)
};

QString formatTime(const QDateTime& t)
{
    // Unix seconds with milliseconds: unambiguous, and what the API echoes back.
    return QString::number(t.toMSecsSinceEpoch() / 1000.0, 'f', 3);
}

bool isJson(const QNetworkReply* reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QStringLiteral("json"));
}

QString snippet(const QByteArray& body)
{
    QString s = QString::fromUtf8(body.left(200)).simplified();
    return s.isEmpty() ? Text::tr("empty body") : s;
}

} // namespace

PrometheusClient::PrometheusClient(SourceConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<atalaya::SourceHealth>();
}

PrometheusClient::~PrometheusClient() = default;

QString PrometheusClient::sourceName() const
{
    QUrl u = m_config.url;
    u.setPath(u.path() + m_config.pathPrefix);
    return u.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QFuture<Result<QueryResult>> PrometheusClient::query(const QString& promql, std::optional<QDateTime> time)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), promql);
    if (time)
        params.addQueryItem(QStringLiteral("time"), formatTime(*time));
    return send<QueryResult>(QStringLiteral("/api/v1/query"), params, promql, &PromDecoder::decodeQuery, true);
}

QFuture<Result<QueryResult>> PrometheusClient::queryRange(const QString& promql, const QDateTime& start,
                                                          const QDateTime& end, double stepSeconds)
{
    const double range = static_cast<double>(start.msecsTo(end)) / 1000.0;
    const double step = std::max({ stepSeconds, minimumStepFor(range), 0.001 });
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), promql);
    params.addQueryItem(QStringLiteral("start"), formatTime(start));
    params.addQueryItem(QStringLiteral("end"), formatTime(end));
    params.addQueryItem(QStringLiteral("step"), QString::number(step, 'f', 3));
    return send<QueryResult>(QStringLiteral("/api/v1/query_range"), params, promql, &PromDecoder::decodeQuery, true);
}

QFuture<Result<QStringList>> PrometheusClient::labelValues(const QString& label)
{
    if (!isValidLabelName(label)) {
        ApiError err;
        err.kind = ApiError::Kind::Decode;
        err.source = sourceName();
        err.message = Text::tr("\"%1\" is not a label name").arg(label);
        return QtFuture::makeReadyFuture(Result<QStringList>(err));
    }
    return send<QStringList>(QStringLiteral("/api/v1/label/") + label + QStringLiteral("/values"), {}, {},
                             &PromDecoder::decodeStringList, false);
}

QFuture<Result<BuildInfo>> PrometheusClient::buildInfo()
{
    return send<BuildInfo>(QStringLiteral("/api/v1/status/buildinfo"), {}, {}, &PromDecoder::decodeBuildInfo, false);
}

QNetworkReply* PrometheusClient::start(const QString& path, const QUrlQuery& params, bool allowPost)
{
    if (m_nams.empty())
        for (size_t i = 0; i < kManagers; ++i)
            m_nams.push_back(new QNetworkAccessManager(this));
    QNetworkAccessManager* nam = m_nams[m_nextNam++ % m_nams.size()];
    QUrl url = m_config.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + m_config.pathPrefix + path);
    const QByteArray form = params.query(QUrl::FullyEncoded).toUtf8();
    const bool post = allowPost && form.size() > kMaxGetQueryBytes;
    if (!post && !params.isEmpty())
        url.setQuery(params);

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_config.timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "atalaya/" ATALAYA_VERSION);
    for (const auto& [name, value] : m_config.headers)
        request.setRawHeader(name, value);
    if (m_config.auth != AuthKind::None) {
        // Read at request time from the environment; never stored, never logged.
        const QByteArray secret = qgetenv(m_config.secretEnv.toLocal8Bit().constData());
        if (m_config.auth == AuthKind::Basic)
            request.setRawHeader("Authorization",
                                 "Basic " + QByteArray(m_config.username.toUtf8() + ':' + secret).toBase64());
        else
            request.setRawHeader("Authorization", "Bearer " + secret);
    }
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        return nam->post(request, form);
    }
    return nam->get(request);
}

template<typename T>
QFuture<Result<T>> PrometheusClient::send(const QString& path, const QUrlQuery& params, const QString& promql,
                                          Decoder<T> decode, bool allowPost)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();

    QMetaObject::invokeMethod(this, [this, promise, path, params, promql, decode, allowPost] {
        const QString where = sourceName() + path;
        auto fail = [promise, where, promql](ApiError err) {
            err.source = where;
            err.query = promql;
            promise->addResult(Result<T>(std::move(err)));
            promise->finish();
        };
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply* reply = start(path, params, allowPost);
        connect(reply, &QNetworkReply::finished, this, [this, reply, promise, where, promql, decode, timer, fail] {
            reply->deleteLater();
            const qint64 ms = timer->elapsed();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            spdlog::debug("GET {} -> {} ({} bytes, {} ms)", where.toStdString(), status, body.size(), ms);

            ApiError err;
            err.httpStatus = status;
            if (reply->error() != QNetworkReply::NoError && status == 0) {
                // No HTTP answer at all.
                err.kind = reply->error() == QNetworkReply::OperationCanceledError ? ApiError::Kind::Timeout
                                                                                     : ApiError::Kind::Transport;
                err.message = err.kind == ApiError::Kind::Timeout
                    ? Text::tr("no answer within %1 ms").arg(m_config.timeout.count())
                    : reply->errorString();
                noteOutcome(false, ms, err.message);
                fail(err);
                return;
            }
            if (status == 401 || status == 403) {
                err.kind = ApiError::Kind::Auth;
                // Not the body: a proxy may echo the credentials it refused.
                err.message = Text::tr("HTTP %1").arg(status);
                noteOutcome(false, ms, Text::tr("HTTP %1").arg(status));
                fail(err);
                return;
            }
            if ((status < 200 || status >= 300) && !isJson(reply)) {
                // A proxy or gateway in front of the API: no JSON envelope to read.
                err.kind = ApiError::Kind::Http;
                err.message = snippet(body);
                noteOutcome(false, ms, Text::tr("HTTP %1").arg(status));
                fail(err);
                return;
            }
            // Decode on the thread pool: large bodies never stall this thread or the GUI.
            QtConcurrent::run([body, decode] {
                assertNotGuiThread("decoding a Prometheus response");
                return decode(QByteArrayView(body));
            }).then(this, [this, promise, where, promql, status, ms](Result<T> result) {
                if (!result.ok()) {
                    ApiError e = result.error();
                    e.source = where;
                    e.query = promql;
                    e.httpStatus = status;
                    noteOutcome(e.kind == ApiError::Kind::Api && status < 500, ms, e.message);
                    result = Result<T>(std::move(e));
                } else {
                    noteOutcome(true, ms, {});
                }
                promise->addResult(std::move(result));
                promise->finish();
            });
        });
    });
    return future;
}

void PrometheusClient::noteOutcome(bool ok, qint64 elapsedMs, const QString& detail)
{
    // A query the server rejected (bad PromQL) says nothing about the source's health.
    SourceHealth health = ok ? (elapsedMs > kSlowMs ? SourceHealth::Slow : SourceHealth::Ok) : SourceHealth::Failing;
    const QString text = ok ? Text::tr("%1 — last answer in %2 ms").arg(sourceName()).arg(elapsedMs)
                            : Text::tr("%1 — %2").arg(sourceName(), detail);
    if (health != m_health || !ok) {
        m_health = health;
        emit healthChanged(health, text);
    }
}

} // namespace atalaya

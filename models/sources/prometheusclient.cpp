// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/prometheusclient.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRegularExpression>
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
    return QString::number(static_cast<double>(t.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

/// application/x-www-form-urlencoded, by hand: QUrlQuery leaves '+' as it is, and Go's form parser
/// (Prometheus, Thanos, Mimir) reads a raw '+' as a space, so "a + b" would arrive as "a   b".
/// Everything but the unreserved characters is percent-encoded.
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

/// The start of a body for an error message: HTML tags dropped, whitespace folded, 160 chars.
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

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

/// The network-layer and proxy errors of QNetworkReply (1-199) plus malformed HTTP: no usable
/// HTTP answer, whatever status line may have arrived before the failure.
bool isTransportError(QNetworkReply::NetworkError e)
{
    const int code = static_cast<int>(e);
    return (code > 0 && code < 200) || e == QNetworkReply::ProtocolUnknownError || e == QNetworkReply::ProtocolFailure;
}

/// The shared state of one request. Its deleter guarantees the promise of "exactly one result":
/// if the last owner lets go before a result was added (the client was deleted before the request
/// was sent, the decode task threw), the future gets a Canceled error instead of being canceled.
template<typename T>
std::shared_ptr<QPromise<Result<T>>> makePromise(const QString& where, const QString& promql)
{
    auto* promise = new QPromise<Result<T>>;
    promise->start();
    return std::shared_ptr<QPromise<Result<T>>>(promise, [where, promql](QPromise<Result<T>>* p) {
        if (!p->future().isFinished()) {
            ApiError err;
            err.kind = ApiError::Kind::Canceled;
            err.service = QStringLiteral("Prometheus");
            err.source = where;
            err.query = promql;
            p->addResult(Result<T>(std::move(err)));
            p->finish();
        }
        delete p;
    });
}

/// Decode errors on a non-2xx answer mean a JSON body that is not the API's error envelope (an
/// ingress or gateway): report the HTTP status with the start of the body instead.
template<typename T>
Result<T> decodeBody(const std::function<Result<T>(QByteArrayView)>& decode, const QByteArray& body, int status)
{
    assertNotGuiThread("decoding a Prometheus response");
    Result<T> r = decode(QByteArrayView(body));
    if (!r.ok()) {
        ApiError& e = r.error();
        e.httpStatus = status;
        if (e.kind == ApiError::Kind::Decode && !isSuccess(status)) {
            e.kind = ApiError::Kind::Http;
            e.message = snippet(body);
        }
    }
    return r;
}

} // namespace

struct PrometheusClient::Request
{
    QString path; ///< below /api/v1 of the source, e.g. "/api/v1/query"
    Params params;
    bool allowPost = false;
    QByteArray method; ///< set by start()
};

PrometheusClient::PrometheusClient(SourceConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<atalaya::SourceHealth>();
}

PrometheusClient::~PrometheusClient()
{
    // Runs on the client's thread (deleteLater there). abort() emits finished() synchronously, and
    // the handlers answer each pending future with Canceled.
    m_closing = true;
    for (QNetworkAccessManager* nam : m_nams)
        for (QNetworkReply* reply : nam->findChildren<QNetworkReply*>())
            if (reply->isRunning())
                reply->abort();
}

QString PrometheusClient::sourceName() const
{
    QUrl u = m_config.url;
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path + m_config.pathPrefix);
    u.setQuery(QString());
    u.setFragment(QString());
    return u.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QFuture<Result<QueryResult>> PrometheusClient::query(const QString& promql, std::optional<QDateTime> time)
{
    Params params { { QStringLiteral("query"), promql } };
    if (time)
        params.emplace_back(QStringLiteral("time"), formatTime(*time));
    // Lets the server stop evaluating when the client would give up anyway.
    params.emplace_back(QStringLiteral("timeout"), formatPromDuration(m_config.timeout.count() / 1000.0));
    return send<QueryResult>(
        QStringLiteral("/api/v1/query"), std::move(params), promql, &PromDecoder::decodeQuery, true);
}

QFuture<Result<QueryResult>> PrometheusClient::queryRange(
    const QString& promql, const QDateTime& start, const QDateTime& end, double stepSeconds)
{
    const double range = static_cast<double>(start.msecsTo(end)) / 1000.0;
    const double step = std::max({ stepSeconds, minimumStepFor(range), 0.001 });
    Params params {
        { QStringLiteral("query"), promql },
        { QStringLiteral("start"), formatTime(start) },
        { QStringLiteral("end"), formatTime(end) },
        { QStringLiteral("step"), QString::number(step, 'f', 3) },
        { QStringLiteral("timeout"), formatPromDuration(m_config.timeout.count() / 1000.0) },
    };
    return send<QueryResult>(
        QStringLiteral("/api/v1/query_range"), std::move(params), promql, &PromDecoder::decodeQuery, true);
}

QFuture<Result<QStringList>> PrometheusClient::labelValues(const QString& label)
{
    const QString segment = escapeLabelNameForPath(label);
    if (segment.isEmpty()) {
        ApiError err;
        err.kind = ApiError::Kind::Api;
        err.errorType = QStringLiteral("bad_data");
        err.service = QStringLiteral("Prometheus");
        err.source = sourceName() + QStringLiteral("/api/v1/label/");
        err.message = Text::tr("an empty label name was asked for");
        return QtFuture::makeReadyFuture(Result<QStringList>(std::move(err)));
    }
    return send<QStringList>(QStringLiteral("/api/v1/label/") + segment + QStringLiteral("/values"), {}, {},
        &PromDecoder::decodeStringList, false);
}

QFuture<Result<BuildInfo>> PrometheusClient::buildInfo()
{
    return send<BuildInfo>(QStringLiteral("/api/v1/status/buildinfo"), {}, {}, &PromDecoder::decodeBuildInfo, false);
}

QNetworkReply* PrometheusClient::start(Request& r)
{
    assertNotGuiThread("sending a Prometheus request");
    if (m_nams.empty())
        for (size_t i = 0; i < kManagers; ++i)
            m_nams.push_back(new QNetworkAccessManager(this));
    QNetworkAccessManager* nam = m_nams[m_nextNam++ % m_nams.size()];

    QUrl url = m_config.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + m_config.pathPrefix + r.path);
    const QByteArray form = formEncode(r.params);
    const bool post = r.allowPost && form.size() > kMaxGetQueryBytes;
    url.setQuery(post || form.isEmpty() ? QString() : QString::fromLatin1(form), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_config.timeout.count()));
    // Qt stops decompressing above 10 MiB at a 40:1 ratio ("archive bomb"); repetitive range
    // answers can legitimately get close to that.
    request.setDecompressedSafetyCheckThreshold(qint64(1) << 30);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "atalaya/" ATALAYA_VERSION);
    for (const auto& [name, value] : m_config.headers) // tenant (X-Scope-OrgID, THANOS-TENANT) and the like
        request.setRawHeader(name, value);
    if (m_config.auth != AuthKind::None) {
        // Read at request time from the environment; never stored, never logged.
        const QByteArray secret =
            m_config.secretEnv.isEmpty() ? QByteArray() : qgetenv(m_config.secretEnv.toLocal8Bit().constData());
        if (secret.isEmpty()) {
            if (!m_warnedNoSecret)
                spdlog::warn("{}: authentication is configured but the environment variable '{}' is empty or unset; "
                             "sending no credentials",
                    sourceName().toStdString(), m_config.secretEnv.toStdString());
            m_warnedNoSecret = true;
        } else if (m_config.auth == AuthKind::Basic) {
            request.setRawHeader(
                "Authorization", "Basic " + QByteArray(m_config.username.toUtf8() + ':' + secret).toBase64());
        } else {
            request.setRawHeader("Authorization", "Bearer " + secret);
        }
    }
    if (post) {
        r.method = "POST";
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        return nam->post(request, form);
    }
    r.method = "GET";
    return nam->get(request);
}

std::optional<ApiError> PrometheusClient::classify(QNetworkReply* reply, const QByteArray& body) const
{
    ApiError err;
    err.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int status = err.httpStatus;
    const QNetworkReply::NetworkError netError = reply->error();
    if (status == 0 || isTransportError(netError)) {
        if (netError == QNetworkReply::OperationCanceledError && m_closing) {
            err.kind = ApiError::Kind::Canceled;
            err.message = Text::tr("the client was shut down");
        } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
            // setTransferTimeout() aborts the reply, which reports OperationCanceledError.
            err.kind = ApiError::Kind::Timeout;
            err.message = Text::tr("no answer within %1 ms").arg(m_config.timeout.count());
        } else {
            err.kind = ApiError::Kind::Transport;
            err.message = netError == QNetworkReply::NoError ? Text::tr("no HTTP answer") : reply->errorString();
        }
        return err;
    }
    if (status == 401 || status == 403) {
        // Not the body: a proxy may echo the credentials it refused. A hint instead, if there is one.
        err.kind = ApiError::Kind::Auth;
        const QByteArray env = m_config.secretEnv.toLocal8Bit();
        if (m_config.auth == AuthKind::None)
            err.message = Text::tr("this source is configured without credentials");
        else if (env.isEmpty() || qEnvironmentVariableIsEmpty(env.constData()))
            err.message = Text::tr("the environment variable \"%1\" that should hold the secret is not set")
                              .arg(m_config.secretEnv);
        return err;
    }
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const bool json = contentType.contains(QStringLiteral("json"), Qt::CaseInsensitive);
    if (!isSuccess(status) && !json) {
        // A proxy or gateway in front of the API: no JSON envelope to read.
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

template<typename T>
QFuture<Result<T>> PrometheusClient::send(
    QString path, Params params, QString promql, Decoder<T> decode, bool allowPost)
{
    const QString where = sourceName() + path; // m_config is immutable: fine on the caller's thread
    auto promise = makePromise<T>(where, promql);
    QFuture<Result<T>> future = promise->future();

    // What the decoder and classify() cannot know; then the future is fulfilled (on any thread).
    auto annotate = [where, promql](ApiError& e) {
        e.service = QStringLiteral("Prometheus");
        e.source = where;
        e.query = promql;
    };
    auto complete = [promise, annotate](Result<T> r) {
        if (!r.ok())
            annotate(r.error());
        promise->addResult(std::move(r));
        promise->finish();
    };

    auto run = [this, complete, annotate, where,
                   request = Request { std::move(path), std::move(params), allowPost, {} },
                   decode = std::move(decode)]() mutable {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = start(request);
        connect(reply, &QNetworkReply::finished, this,
            [this, reply, complete, annotate, where, method = request.method, decode, timer] {
                reply->deleteLater();
                const qint64 ms = timer.elapsed();
                const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed if aborted
                const std::optional<ApiError> failure = classify(reply, body);
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                // The URL without its query string: no PromQL, no parameters, no credentials.
                spdlog::debug(
                    "{} {} -> {} ({} bytes, {} ms)", method.constData(), where.toStdString(), status, body.size(), ms);
                if (failure) {
                    ApiError err = *failure;
                    annotate(err);
                    complete(Result<T>(err));
                    if (err.kind != ApiError::Kind::Canceled) {
                        spdlog::warn("{} ({} ms)", err.toDisplayString().toStdString(), ms);
                        noteOutcome(err, ms);
                    }
                    return;
                }
                // Returns the error, if any, for the log and the health bookkeeping on this thread.
                auto decodeAndComplete = [complete, annotate, decode, body, status]() -> std::optional<ApiError> {
                    Result<T> r = decodeBody<T>(decode, body, status);
                    std::optional<ApiError> error;
                    if (!r.ok()) {
                        annotate(r.error());
                        error = r.error();
                    }
                    complete(std::move(r));
                    return error;
                };
                auto note = [this, ms](const std::optional<ApiError>& error) {
                    if (error)
                        spdlog::warn("{} ({} ms)", error->toDisplayString().toStdString(), ms);
                    noteOutcome(error, ms);
                };
                if (body.size() <= kInlineDecodeBytes) {
                    note(decodeAndComplete());
                    return;
                }
                // Large bodies on the thread pool, so that the network thread keeps serving the
                // other requests. The future is fulfilled there; only the health note comes back
                // to this thread (and is dropped if the client is gone by then).
                QtConcurrent::run(decodeAndComplete).then(this, note);
            });
    };
    QMetaObject::invokeMethod(this, std::move(run), Qt::QueuedConnection);
    return future;
}

void PrometheusClient::noteOutcome(const std::optional<ApiError>& error, qint64 elapsedMs)
{
    if (m_closing)
        return;
    SourceHealth health = SourceHealth::Ok;
    QString detail;
    // A query the server rejected (bad PromQL, 400/422) says nothing bad about the source.
    const bool answered = !error || (error->kind == ApiError::Kind::Api && error->httpStatus < 500);
    if (answered) {
        health = elapsedMs > kSlowMs ? SourceHealth::Slow : SourceHealth::Ok;
        detail = Text::tr("%1 — last answer in %2 ms").arg(sourceName(), QString::number(elapsedMs));
    } else {
        health = error->kind == ApiError::Kind::Transport ? SourceHealth::Offline : SourceHealth::Failing;
        ApiError shown = *error;
        shown.query.clear(); // the status bar names the source, not one panel's query
        detail = shown.toDisplayString();
    }
    const bool changed = health != m_health || (!answered && detail != m_healthDetail);
    m_health = health;
    m_sharedHealth.store(static_cast<int>(health), std::memory_order_relaxed);
    m_healthDetail = detail;
    if (changed)
        emit healthChanged(health, detail);
}

} // namespace atalaya

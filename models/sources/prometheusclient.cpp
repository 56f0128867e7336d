// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/prometheusclient.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent>

#include "domain/querytiming.h"
#include "sources/httpsupport.h"
#include "sources/promdecoder.h"
#include "util/threadguard.h"
#include "util/whenready.h"
#include "util/workpool.h"

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
        if (e.kind == ApiError::Kind::Decode && !http::isSuccess(status)) {
            e.kind = ApiError::Kind::Http;
            e.message = http::snippet(body);
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
    // Runs on the client's thread (deleteLater there). The transport answers the requests in flight
    // synchronously, and the handlers answer each pending future with Canceled.
    m_closing = true;
    if (m_transport)
        m_transport->abortAll();
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
    return send<QueryResult>(QStringLiteral("/api/v1/query"), std::move(params), promql, &PromDecoder::decodeQuery,
        true, QStringLiteral("instant ") + promql);
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
    // A refresh of the same range asks the same shape again: its last duration says where it goes.
    const QString shape = QStringLiteral("range %1 step %2 ").arg(range, 0, 'f', 0).arg(step, 0, 'f', 3) + promql;
    return send<QueryResult>(
        QStringLiteral("/api/v1/query_range"), std::move(params), promql, &PromDecoder::decodeQuery, true, shape);
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

http::Transport::Request PrometheusClient::prepare(Request& r)
{
    QUrl url = http::endpoint(m_config, r.path);
    const QByteArray form = http::formEncode(r.params);
    const bool post = r.allowPost && form.size() > kMaxGetQueryBytes;
    url.setQuery(post || form.isEmpty() ? QString() : QString::fromLatin1(form), QUrl::StrictMode);
    bool credentials = true;
    http::Transport::Request request = http::Transport::forSource(m_config, std::move(url), &credentials);
    if (post)
        request.form = form;
    r.method = post ? "POST" : "GET";
    if (!credentials) {
        if (!m_warnedNoSecret)
            spdlog::warn("{}: authentication is configured but the environment variable '{}' is empty or unset; "
                         "sending no credentials",
                sourceName().toStdString(), m_config.secretEnv.toStdString());
        m_warnedNoSecret = true;
    }
    return request;
}

template<typename T>
QFuture<Result<T>> PrometheusClient::send(
    QString path, Params params, QString promql, Decoder<T> decode, bool allowPost, QString shape, bool quiet)
{
    const QString where = sourceName() + path; // m_config is immutable: fine on the caller's thread
    auto promise = makePromise<T>(where, promql);
    QFuture<Result<T>> future = promise->future();

    // What the decoder and classifyTransport() cannot know; then the future is fulfilled (on any thread).
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

    auto run = [this, complete, annotate, where, shape, quiet,
                   request = Request { std::move(path), std::move(params), allowPost, {} },
                   decode = std::move(decode)]() mutable {
        QElapsedTimer timer;
        timer.start();
        assertNotGuiThread("sending a Prometheus request");
        if (!m_transport)
            m_transport = new http::Transport(this);
        http::Transport::Request prepared = prepare(request);
        m_transport->send(std::move(prepared),
            [this, complete, annotate, where, shape, quiet, method = request.method, decode, timer](
                const http::Outcome& outcome, const QByteArray& body) {
                const qint64 ms = timer.elapsed();
                const std::optional<ApiError> failure = http::classifyTransport(outcome, body, m_config);
                if (!shape.isEmpty())
                    queryDone(shape, failure ? std::nullopt : std::optional(ms));
                const int status = outcome.status;
                // The URL without its query string: no PromQL, no parameters, no credentials.
                spdlog::debug(
                    "{} {} -> {} ({} bytes, {} ms)", method.constData(), where.toStdString(), status, body.size(), ms);
                if (failure) {
                    ApiError err = *failure;
                    annotate(err);
                    complete(Result<T>(err));
                    if (err.kind != ApiError::Kind::Canceled && !quiet) {
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
                if (quiet) {
                    decodeAndComplete();
                    return;
                }
                if (body.size() <= kInlineDecodeBytes) {
                    note(decodeAndComplete());
                    return;
                }
                // Large bodies on the thread pool, so that the network thread keeps serving the
                // other requests. The future is fulfilled there; only the health note comes back
                // to this thread (and is dropped if the client is gone by then).
                whenReady(QtConcurrent::run(workPool(), decodeAndComplete), this, note);
            });
    };
    if (shape.isEmpty())
        QMetaObject::invokeMethod(this, std::move(run), Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            this, [this, w = Waiting { std::move(shape), 0, std::move(run) }]() mutable { enqueue(std::move(w)); },
            Qt::QueuedConnection);
    return future;
}

int PrometheusClient::concurrentQueries() const
{
    if (m_config.maxConcurrentQueries > 0)
        return m_config.maxConcurrentQueries;
    switch (m_serverThreadsState) {
    case ServerThreads::Known:
        return std::min(m_serverThreads, SourceConfig::kMaxConcurrentQueries);
    case ServerThreads::Asking:
        // The first query asked, until the server has said (an answer away). A server that does
        // not answer at once may not answer at all: its queries are not kept waiting for that.
        return m_askingTooLong ? SourceConfig::kMaxConcurrentQueries : 1;
    case ServerThreads::NotAsked:
    case ServerThreads::Unsaid:
        break;
    }
    return SourceConfig::kMaxConcurrentQueries;
}

void PrometheusClient::enqueue(Waiting waiting)
{
    if (m_config.maxConcurrentQueries == 0 && m_serverThreadsState == ServerThreads::NotAsked)
        askServerThreads();
    waiting.order = m_order++;
    m_waiting.push_back(std::move(waiting));
    // The queries a page sends together are all here before one is chosen: they were posted to
    // this thread in one go, ahead of this.
    if (!m_startPosted) {
        m_startPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_startPosted = false;
                startWaiting();
            },
            Qt::QueuedConnection);
    }
}

void PrometheusClient::startWaiting()
{
    while (!m_closing && !m_waiting.empty() && m_running < concurrentQueries()) {
        // Longest first (a shape not seen yet counts as the longest), then in the order asked.
        auto expected = [this](const Waiting& w) { return m_lastMs.value(w.shape, std::numeric_limits<qint64>::max()); };
        const auto next = std::min_element(m_waiting.begin(), m_waiting.end(), [&](const Waiting& a, const Waiting& b) {
            const qint64 ea = expected(a), eb = expected(b);
            return ea != eb ? ea > eb : a.order < b.order;
        });
        std::function<void()> start = std::move(next->start);
        m_waiting.erase(next);
        ++m_running;
        start();
    }
}

void PrometheusClient::queryDone(const QString& shape, std::optional<qint64> ms)
{
    --m_running;
    if (ms) {
        if (m_lastMs.size() > 4096)
            m_lastMs.clear(); // shapes of ranges long gone
        m_lastMs.insert(shape, *ms);
    }
    startWaiting();
}

void PrometheusClient::askServerThreads()
{
    m_serverThreadsState = ServerThreads::Asking;
    m_askingTooLong = false;
    QTimer::singleShot(kAskServerThreadsMs, this, [this] {
        m_askingTooLong = true;
        startWaiting();
    });
    whenReady(send<int>(QStringLiteral("/api/v1/status/runtimeinfo"), {}, {}, &PromDecoder::decodeRuntimeInfo, false, {}, true),
        this, [this](const Result<int>& r) {
            if (r.ok()) {
                m_serverThreads = r.value();
                m_serverThreadsState = ServerThreads::Known;
                spdlog::info("{}: {} queries at a time (the server's GOMAXPROCS)", sourceName().toStdString(),
                    concurrentQueries());
                startWaiting();
                return;
            }
            // Not there (another backend, an older Prometheus): as many as the connections allow.
            // Unreachable: asked again with the next query.
            const ApiError& e = r.error();
            const bool unreachable = e.kind == ApiError::Kind::Transport || e.kind == ApiError::Kind::Timeout
                || e.kind == ApiError::Kind::Canceled || e.httpStatus >= 500;
            m_serverThreadsState = unreachable ? ServerThreads::NotAsked : ServerThreads::Unsaid;
            startWaiting();
        });
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

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costs/opencost.h"

#include <memory>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QRegularExpression>
#include <QtConcurrent>

#include "sources/httpsupport.h"
#include "sources/httptransport.h"
#include "util/threadguard.h"
#include "util/workpool.h"

namespace atalaya::costs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpenCostClient)
};

const QString kService = QStringLiteral("OpenCost");

double number(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return kNoValue; // null (NaN or Inf on the server), absent, or not a number
    return it->get<double>();
}

qint64 timeMs(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return 0;
    const QDateTime t = QDateTime::fromString(QString::fromStdString(it->get<std::string>()), Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

ApiError decodeError(const QString& message)
{
    ApiError e;
    e.kind = ApiError::Kind::Decode;
    e.service = kService;
    e.message = message;
    return e;
}

} // namespace

QString AllocationQuery::window() const
{
    return QString::number(start.toSecsSinceEpoch()) + u',' + QString::number(end.toSecsSinceEpoch());
}

QString AllocationQuery::cacheKey() const
{
    return QStringLiteral("allocation?window=%1&step=%2&aggregate=%3&idle=%4&resolution=%5")
        .arg(window(), QString::number(stepSeconds), aggregate, includeIdle ? QStringLiteral("1") : QStringLiteral("0"), resolution);
}

QString validateWindow(const QString& window)
{
    static const QStringList keywords { QStringLiteral("today"), QStringLiteral("yesterday"), QStringLiteral("week"),
                                        QStringLiteral("month"), QStringLiteral("lastweek"), QStringLiteral("lastmonth") };
    if (keywords.contains(window))
        return {};
    static const QRegularExpression duration(QStringLiteral("^([1-9][0-9]{0,5})(m|h|d)$"));
    if (duration.match(window).hasMatch())
        return {};
    const QStringList parts = window.split(u',');
    if (parts.size() == 2) {
        static const QRegularExpression unix(QStringLiteral("^[0-9]{1,12}$"));
        if (unix.match(parts[0]).hasMatch() && unix.match(parts[1]).hasMatch()) {
            if (parts[0].toLongLong() >= parts[1].toLongLong())
                return Text::tr("the window's start is not before its end");
            return {};
        }
        const QDateTime from = QDateTime::fromString(parts[0], Qt::ISODate);
        const QDateTime to = QDateTime::fromString(parts[1], Qt::ISODate);
        if (from.isValid() && to.isValid() && parts[0].contains(u'T') && parts[1].contains(u'T')) {
            if (from >= to)
                return Text::tr("the window's start is not before its end");
            return {};
        }
    }
    return Text::tr("\"%1\" is not a window OpenCost accepts (today, yesterday, week, month, lastweek, lastmonth, "
                    "a duration such as 7d, or a pair of RFC 3339 times or Unix seconds)")
        .arg(window);
}

QString validateAggregate(const QString& aggregate)
{
    static const QStringList known { QStringLiteral("cluster"), QStringLiteral("node"), QStringLiteral("namespace"),
                                     QStringLiteral("controllerKind"), QStringLiteral("controller"), QStringLiteral("service"),
                                     QStringLiteral("pod"), QStringLiteral("container") };
    static const QRegularExpression labelled(QStringLiteral("^(label|annotation):[A-Za-z_][A-Za-z0-9_./-]{0,252}$"));
    if (aggregate.isEmpty())
        return Text::tr("no aggregation was given");
    for (const QString& part : aggregate.split(u','))
        if (!known.contains(part) && !labelled.match(part).hasMatch())
            return Text::tr("\"%1\" is not an aggregation OpenCost knows (%2, label:<name>, annotation:<name>)")
                .arg(part, known.join(QStringLiteral(", ")));
    return {};
}

Result<AllocationReport> decodeAllocationResponse(QByteArrayView body)
{
    nlohmann::json doc = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        const QString text = http::snippet(body.toByteArray());
        return decodeError(Text::tr("the answer is not JSON: %1").arg(text));
    }
    const double code = number(doc, "code");
    const auto message = doc.find("message");
    if (!std::isnan(code) && code != 200) {
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.service = kService;
        e.httpStatus = int(code);
        e.message = message != doc.end() && message->is_string() ? QString::fromStdString(message->get<std::string>())
                                                                  : Text::tr("code %1 without a message").arg(int(code));
        return e;
    }
    const auto data = doc.find("data");
    if (data == doc.end() || !data->is_array())
        return decodeError(Text::tr("\"data\" is missing or not an array of allocation sets"));
    AllocationReport report;
    if (const auto warning = doc.find("warning"); warning != doc.end() && warning->is_string())
        report.warning = QString::fromStdString(warning->get<std::string>());
    report.sets.reserve(data->size());
    for (const nlohmann::json& set : *data) {
        if (set.is_null())
            continue; // a step without allocations
        if (!set.is_object())
            return decodeError(Text::tr("an allocation set is not an object"));
        AllocationSet out;
        for (const auto& [name, a] : set.items()) {
            if (!a.is_object())
                return decodeError(Text::tr("allocation \"%1\" is not an object").arg(QString::fromStdString(name)));
            Allocation x;
            x.name = QString::fromStdString(name);
            // The window of the allocation; older versions put it only in "window".
            x.startMs = timeMs(a, "start");
            x.endMs = timeMs(a, "end");
            if (const auto w = a.find("window"); (!x.startMs || !x.endMs) && w != a.end() && w->is_object()) {
                x.startMs = timeMs(*w, "start");
                x.endMs = timeMs(*w, "end");
            }
            x.minutes = number(a, "minutes");
            x.cpuCost = number(a, "cpuCost");
            x.gpuCost = number(a, "gpuCost");
            x.ramCost = number(a, "ramCost");
            x.pvCost = number(a, "pvCost");
            x.networkCost = number(a, "networkCost");
            x.loadBalancerCost = number(a, "loadBalancerCost");
            x.sharedCost = number(a, "sharedCost");
            x.externalCost = number(a, "externalCost");
            x.totalCost = number(a, "totalCost");
            x.cpuCoreRequestAverage = number(a, "cpuCoreRequestAverage");
            x.ramByteRequestAverage = number(a, "ramByteRequestAverage");
            x.cpuEfficiency = number(a, "cpuEfficiency");
            x.ramEfficiency = number(a, "ramEfficiency");
            x.totalEfficiency = number(a, "totalEfficiency");
            out.startMs = out.startMs ? std::min(out.startMs, x.startMs) : x.startMs;
            out.endMs = std::max(out.endMs, x.endMs);
            out.items.push_back(std::move(x));
        }
        report.sets.push_back(std::move(out));
    }
    return report;
}

OpenCostClient::OpenCostClient(SourceConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

OpenCostClient::~OpenCostClient()
{
    if (m_transport)
        m_transport->abortAll(); // each pending future gets Canceled
}

QString OpenCostClient::sourceName() const
{
    QUrl u = http::endpoint(m_config, QString());
    return u.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
}

QFuture<Result<AllocationReport>> OpenCostClient::allocation(const AllocationQuery& query)
{
    const QString where = sourceName() + QStringLiteral("/allocation");
    auto annotate = [where](ApiError& e) {
        e.service = kService;
        e.source = where;
    };
    QString problem = validateWindow(query.window());
    if (problem.isEmpty())
        problem = validateAggregate(query.aggregate);
    if (problem.isEmpty() && query.stepSeconds < 0)
        problem = Text::tr("a negative step");
    if (!problem.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.message = problem;
        annotate(e);
        return QtFuture::makeReadyFuture(Result<AllocationReport>(std::move(e)));
    }

    // Exactly one result, even if the client goes away before the request is sent.
    auto* raw = new QPromise<Result<AllocationReport>>;
    raw->start();
    std::shared_ptr<QPromise<Result<AllocationReport>>> promise(raw, [annotate](QPromise<Result<AllocationReport>>* p) {
        if (!p->future().isFinished()) {
            ApiError e;
            e.kind = ApiError::Kind::Canceled;
            annotate(e);
            p->addResult(Result<AllocationReport>(std::move(e)));
            p->finish();
        }
        delete p;
    });
    QFuture<Result<AllocationReport>> future = promise->future();
    auto complete = [promise, annotate](Result<AllocationReport> r) {
        if (!r.ok())
            annotate(r.error());
        promise->addResult(std::move(r));
        promise->finish();
    };

    std::vector<std::pair<QString, QString>> params {
        { QStringLiteral("window"), query.window() },
        { QStringLiteral("aggregate"), query.aggregate },
        { QStringLiteral("includeIdle"), query.includeIdle ? QStringLiteral("true") : QStringLiteral("false") },
    };
    if (query.stepSeconds > 0)
        params.emplace_back(QStringLiteral("step"), QString::number(query.stepSeconds) + u's');
    if (!query.resolution.isEmpty())
        params.emplace_back(QStringLiteral("resolution"), query.resolution);

    auto run = [this, complete, where, params] {
        assertNotGuiThread("sending an OpenCost request");
        if (!m_transport)
            m_transport = new http::Transport(this);
        QUrl url = http::endpoint(m_config, QStringLiteral("/allocation"));
        url.setQuery(QString::fromLatin1(http::formEncode(params)), QUrl::StrictMode);
        bool credentials = true;
        http::Transport::Request request = http::Transport::forSource(m_config, std::move(url), &credentials);
        if (!credentials && !m_warnedNoSecret) {
            m_warnedNoSecret = true;
            spdlog::warn("{}: authentication is configured but the environment variable '{}' is empty or unset; sending no credentials",
                sourceName().toStdString(), m_config.secretEnv.toStdString());
        }
        QElapsedTimer timer;
        timer.start();
        m_transport->send(std::move(request), [this, complete, where, timer](const http::Outcome& outcome, const QByteArray& body) {
            const int status = outcome.status;
            spdlog::debug("GET {} -> {} ({} bytes, {} ms)", where.toStdString(), status, body.size(), timer.elapsed());
            // OpenCost's error envelope is JSON with a non-2xx status: read it before the
            // generic classification turns it into "HTTP 400".
            const bool jsonError = !http::isSuccess(status) && status != 401 && status != 403 && body.trimmed().startsWith('{');
            if (!jsonError) {
                if (auto failure = http::classifyTransport(outcome, body, m_config)) {
                    if (failure->kind == ApiError::Kind::Http && status == 400) {
                        // The plain-text 400 of a bad parameter; the handler goes on writing
                        // its JSON after it, so the first line is the message.
                        failure->kind = ApiError::Kind::Api;
                        const qsizetype eol = body.indexOf('\n');
                        failure->message = http::snippet(eol < 0 ? body : body.left(eol));
                    }
                    if (failure->kind != ApiError::Kind::Canceled)
                        spdlog::warn("OpenCost {}: {}", where.toStdString(), failure->message.toStdString());
                    complete(*failure);
                    return;
                }
            }
            auto decode = [complete, body, status] {
                assertNotGuiThread("decoding an OpenCost response");
                Result<AllocationReport> r = decodeAllocationResponse(QByteArrayView(body));
                if (!r.ok() && !r.error().httpStatus)
                    r.error().httpStatus = status;
                complete(std::move(r));
            };
            if (body.size() <= kInlineDecodeBytes)
                decode();
            else
                (void)QtConcurrent::run(workPool(), decode);
        });
    };
    QMetaObject::invokeMethod(this, std::move(run), Qt::QueuedConnection);
    return future;
}

} // namespace atalaya::costs

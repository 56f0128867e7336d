// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/snapshot.h"

#include <cmath>

#include <QDateTime>
#include <QJsonValue>

#include "sources/overviewqueries.h"
#include "sources/queryset.h"
#include "cache/cache.h"
#include "sources/session.h"

namespace atalaya {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Critical:
        return QStringLiteral("critical");
    case Status::NoData:
        break;
    }
    return QStringLiteral("no data");
}

} // namespace

Snapshot::Snapshot(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_queries = new QuerySet(session, this);
    connect(m_queries, &QuerySet::resultReady, this, [this](int target, const Result<QueryResult>& r) {
        if (r.ok())
            overview::apply(static_cast<overview::Target>(target), r.value(), m_session->config(), m_rows);
    });
    connect(m_queries, &QuerySet::finished, this, [this](int failures, const QString& firstError) {
        QJsonObject verticals;
        for (const Vertical& v : m_session->config().verticals) {
            const VerticalStatus& row = m_rows[v.id];
            verticals.insert(v.id, QJsonObject {
                                       { QStringLiteral("p95_ms"), number(row.p95Ms) },
                                       { QStringLiteral("error_ratio"), number(row.errorRatio) },
                                       { QStringLiteral("rps"), number(row.requestsPerSecond) },
                                       { QStringLiteral("replicas"), number(row.replicasReady) },
                                       { QStringLiteral("replicas_desired"), number(row.replicasDesired) },
                                       { QStringLiteral("status"), statusName(row.overall()) },
                                   });
        }
        // A source that answered only from the cache did not answer.
        const bool live = failures == 0 && m_queries->oldestCachedMs() == 0;
        QJsonObject prometheus { { QStringLiteral("ok"), live },
                                 { QStringLiteral("url"), m_session->environment().prometheus.url.toString(QUrl::RemoveUserInfo) } };
        if (!live)
            prometheus.insert(QStringLiteral("error"), failures > 0 ? firstError : m_queries->liveError());
        const QJsonObject summary {
            { QStringLiteral("environment"), m_session->environment().name },
            { QStringLiteral("takenAt"), QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate) },
            { QStringLiteral("ok"), live },
            { QStringLiteral("cache"), m_session->cache()->path() },
            { QStringLiteral("sources"), QJsonObject { { QStringLiteral("prometheus"), prometheus } } },
            { QStringLiteral("verticals"), verticals },
        };
        emit finished(summary, live);
    });
}

void Snapshot::start()
{
    m_rows = overview::emptyRows(m_session->config(), m_session->environment());
    m_queries->setTargets(overview::targets(m_session->environment()));
    m_queries->runInstant();
}

} // namespace atalaya

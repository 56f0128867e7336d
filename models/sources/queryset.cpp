// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/queryset.h"

#include <QFuture>

#include "sources/prometheusclient.h"

namespace atalaya {

QuerySet::QuerySet(QObject* parent)
    : QObject(parent)
{
}

template<typename Launch>
quint64 QuerySet::run(Launch launch)
{
    const quint64 gen = ++m_generation;
    m_pending = static_cast<int>(m_targets.size());
    m_failures = 0;
    m_firstError.clear();
    if (!m_client || m_targets.empty()) {
        m_pending = 0;
        emit finished(0, {});
        return gen;
    }
    for (int i = 0; i < static_cast<int>(m_targets.size()); ++i) {
        QFuture<Result<QueryResult>> future = launch(m_targets[static_cast<size_t>(i)].promql);
        future.then(this, [this, gen, i](const Result<QueryResult>& result) {
            if (gen != m_generation)
                return; // superseded: the user changed the range or the vertical
            if (!result.ok()) {
                ++m_failures;
                if (m_firstError.isEmpty())
                    m_firstError = result.error().toDisplayString();
            }
            emit resultReady(i, result);
            if (--m_pending == 0)
                emit finished(m_failures, m_firstError);
        });
    }
    return gen;
}

quint64 QuerySet::runRange(const QDateTime& start, const QDateTime& end, double stepSeconds)
{
    return run([&](const QString& promql) { return m_client->queryRange(promql, start, end, stepSeconds); });
}

quint64 QuerySet::runInstant()
{
    return run([&](const QString& promql) { return m_client->query(promql); });
}

} // namespace atalaya

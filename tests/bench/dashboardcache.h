// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>

#include <QDateTime>

#include "cache/cache.h"
#include "config/config.h"

namespace atalaya::bench {

/// Fills the cache at @p path the way a session against an environment's Prometheus would: the
/// last @p seconds of every dashboard query of the first vertical, at a 15 s step, under the cache
/// keys the dashboard uses (one series each, three for the per-provider queries). The config's
/// default environment names the source.
inline void fillDashboardCache(const QString& path, const Config& config, double seconds)
{
    cache::Cache cache(path);
    const Environment& env = *config.environment(config.defaultEnvironment);
    const Vertical& v = config.verticals.front();
    const double end = std::floor(QDateTime::currentSecsSinceEpoch() / 60.0) * 60;
    const double start = end - seconds;
    QUrl url = env.prometheus.url;
    const QString source = QStringLiteral("prometheus ") + url.toString(QUrl::RemoveQuery | QUrl::StripTrailingSlash) + env.prometheus.pathPrefix;
    for (const QString& name : QueryTemplates::knownNames()) {
        QueryResult r;
        r.type = QueryResult::Type::Matrix;
        const bool perProvider = name.contains(QStringLiteral("payment"), Qt::CaseInsensitive)
            || name.contains(QStringLiteral("gateway"), Qt::CaseInsensitive);
        for (int k = 0; k < (perProvider ? 3 : 1); ++k) {
            Series s;
            s.labels.insert(QStringLiteral("provider"), QStringLiteral("p%1").arg(k));
            for (double t = start; t <= end; t += 15) {
                s.timestamps.push_back(t);
                s.values.push_back(0.5 + 0.3 * std::sin(t / 3600 + k) + 0.05 * std::sin(t / 97));
            }
            r.series.push_back(std::move(s));
        }
        std::map<QString, QString> values { { QStringLiteral("vertical"), v.id }, { QStringLiteral("namespace"), v.namespaceName },
                                            { QStringLiteral("deployment"), v.deployment }, { QStringLiteral("window"), QStringLiteral("$__window") } };
        for (const char* quantile : { "0.5", "0.95", "0.99" }) {
            values[QStringLiteral("quantile")] = QString::fromLatin1(quantile);
            const QString key = env.queries.render(name, values);
            for (const QString& k : { key, QString(key + QStringLiteral(" #1h")) })
                cache.storeRange(source, k, r, qint64(start * 1000), qint64(end * 1000));
        }
    }
}

} // namespace atalaya::bench

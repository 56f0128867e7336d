// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/overviewqueries.h"

#include <cmath>

#include "domain/querytiming.h"

namespace atalaya::overview {

std::vector<QueryTarget> targets(const Environment& env, const QString& regionLabel)
{
    // "Now" figures: a five-minute window, but never shorter than four scrapes.
    const double scrape = static_cast<double>(env.prometheus.scrapeInterval.count());
    const QString window = rateWindow(std::max(300.0 - scrape, scrape), scrape);
    auto render = [&](const char* name, std::map<QString, QString> extra = {}) {
        extra[QStringLiteral("window")] = window;
        if (!regionLabel.isEmpty())
            extra[QStringLiteral("regionRegex")] = escapeRegexLiteral(regionLabel);
        return env.queries.render(QString::fromLatin1(name), extra);
    };
    std::vector<QueryTarget> t(Count);
    t[P95] = { QStringLiteral("p95"), {}, render("overviewLatencyQuantile", { { QStringLiteral("quantile"), QStringLiteral("0.95") } }) };
    t[Rps] = { QStringLiteral("rps"), {}, render("overviewRequestRate") };
    t[Errors] = { QStringLiteral("errors"), {}, render("overviewErrorRatio") };
    t[Availability] = { QStringLiteral("availability"), {}, render("overviewAvailability") };
    t[ReplicasReady] = { QStringLiteral("ready"), {}, render("overviewReplicasReady") };
    t[ReplicasDesired] = { QStringLiteral("desired"), {}, render("overviewReplicasDesired") };
    t[HpaMin] = { QStringLiteral("hpaMin"), {}, render("overviewHpaMin") };
    t[HpaMax] = { QStringLiteral("hpaMax"), {}, render("overviewHpaMax") };
    t[Bookings] = { QStringLiteral("bookings"), {}, render("overviewBookingsPerHour") };
    t[Payments] = { QStringLiteral("payments"), {}, render("overviewPaymentSuccess") };
    return t;
}

std::map<QString, VerticalStatus> emptyRows(const Config& config, const Environment& env)
{
    std::map<QString, VerticalStatus> rows;
    for (const Vertical& v : config.verticals) {
        VerticalStatus row { v.id, v.name, NAN, config.sla.p95Ms };
        row.availabilitySlo = config.sla.availability;
        row.ratioWindowSeconds = std::max(300.0, 4 * static_cast<double>(env.prometheus.scrapeInterval.count()));
        rows[v.id] = row;
    }
    return rows;
}

void apply(Target target, const QueryResult& result, const Config& config, std::map<QString, VerticalStatus>& rows)
{
    std::map<QString, QString> verticalOfNamespace;
    for (const Vertical& v : config.verticals)
        verticalOfNamespace[v.namespaceName] = v.id;
    for (const Series& s : result.series) {
        QString id = s.labels.value(QStringLiteral("vertical"));
        if (id.isEmpty() && s.labels.contains(QStringLiteral("namespace")))
            id = verticalOfNamespace[s.labels.value(QStringLiteral("namespace"))];
        auto it = rows.find(id);
        if (it == rows.end() || s.values.empty())
            continue;
        const double v = s.values.back();
        VerticalStatus& row = it->second;
        switch (target) {
        case P95:
            row.p95Ms = v * 1000.0;
            break;
        case Rps:
            row.requestsPerSecond = v;
            break;
        case Errors:
            row.errorRatio = v;
            break;
        case Availability:
            row.availability = v;
            break;
        case ReplicasReady:
            row.replicasReady = v;
            break;
        case ReplicasDesired:
            row.replicasDesired = v;
            break;
        case HpaMin:
            row.hpaMin = v;
            break;
        case HpaMax:
            row.hpaMax = v;
            break;
        case Bookings:
            row.bookingsPerHour = v;
            break;
        case Payments:
            row.paymentSuccess = v;
            break;
        case Count:
            break;
        }
    }
}

} // namespace atalaya::overview

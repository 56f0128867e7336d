// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/verticaldashboardpage.h"

#include <cmath>

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "domain/querytiming.h"
#include "sources/queryset.h"
#include "sources/session.h"
#include "ui/chartpanel.h"

namespace atalaya {

VerticalDashboardPage::VerticalDashboardPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);

    m_latency = new ChartPanel(tr("Latency (p50 / p95 / p99)"), this);
    m_latency->setUnit(tr("ms"), 1000.0, 0);
    m_latency->setLines({ { tr("p50"), QColor(0x5b, 0x9b, 0xd5) },
                          { tr("p95"), QColor(0xf2, 0xc9, 0x4c) },
                          { tr("p99"), QColor(0xc0, 0x7c, 0xe8) } });
    m_rate = new ChartPanel(tr("Requests per second"), this);
    m_rate->setUnit(tr("req/s"), 1.0, 0);
    m_rate->setLines({ { tr("requests/s"), QColor(0x56, 0xc2, 0x8a) } });
    m_errors = new ChartPanel(tr("Error ratio (5xx)"), this);
    m_errors->setUnit(tr("%"), 100.0, 2);
    m_errors->setLines({ { tr("5xx ratio"), QColor(0xee, 0x7b, 0x4c) } });
    m_errors->setThreshold(1.0, tr("1 % (5xx alert threshold, CheckIn canvas)"));

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_latency, 0, 0, 1, 2);
    grid->addWidget(m_rate, 1, 0);
    grid->addWidget(m_errors, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    layout->addLayout(grid, 1);

    m_queries = new QuerySet(this);
    m_queries->setClient(session->prometheus());
    connect(m_queries, &QuerySet::resultReady, this, &VerticalDashboardPage::onResult);
    connect(m_queries, &QuerySet::finished, this, &VerticalDashboardPage::onFinished);
}

VerticalDashboardPage::~VerticalDashboardPage() = default;

void VerticalDashboardPage::setRange(std::chrono::seconds range)
{
    m_range = range;
}

void VerticalDashboardPage::setVertical(const QString& verticalId)
{
    const Config& config = m_session->config();
    const Vertical* v = config.vertical(verticalId);
    if (!v)
        return;
    m_verticalId = verticalId;
    m_heading->setText(tr("%1 — %2").arg(v->name, m_session->environment().displayName));
    const QLocale locale;
    m_latency->setThreshold(config.sla.p95Ms,
                            tr("SLA %1 ms (%2)").arg(locale.toString(config.sla.p95Ms, 'f', 0), config.sla.source));
    for (int i = 0; i < TargetCount; ++i) {
        if (i < TargetRps)
            m_latency->setSeries(i, nullptr);
    }
    m_rate->setSeries(0, nullptr);
    m_errors->setSeries(0, nullptr);
}

void VerticalDashboardPage::refresh()
{
    if (m_verticalId.isEmpty())
        return;
    const Environment& env = m_session->environment();
    const double scrape = static_cast<double>(env.prometheus.scrapeInterval.count());
    const double range = static_cast<double>(m_range.count());
    m_step = stepForWidth(range, m_latency->plotWidth(), scrape);
    const QString window = rateWindow(m_step, scrape);

    auto render = [&](const char* name, std::map<QString, QString> extra = {}) {
        extra[QStringLiteral("vertical")] = m_verticalId;
        extra[QStringLiteral("window")] = window;
        return env.queries.render(QString::fromLatin1(name), extra);
    };
    auto quantile = [&](const char* q) { return render("latencyQuantile", { { QStringLiteral("quantile"), QString::fromLatin1(q) } }); };
    std::vector<QueryTarget> targets(TargetCount);
    targets[TargetP50] = { QStringLiteral("p50"), tr("p50"), quantile("0.5") };
    targets[TargetP95] = { QStringLiteral("p95"), tr("p95"), quantile("0.95") };
    targets[TargetP99] = { QStringLiteral("p99"), tr("p99"), quantile("0.99") };
    targets[TargetRps] = { QStringLiteral("rps"), tr("requests/s"), render("requestRate") };
    targets[TargetErrors] = { QStringLiteral("errors"), tr("5xx ratio"), render("errorRatio") };
    m_queries->setTargets(std::move(targets));

    const auto [start, end] = alignRange(QDateTime::currentDateTimeUtc().addSecs(-m_range.count()),
                                         QDateTime::currentDateTimeUtc(), m_step);
    for (ChartPanel* p : { m_latency, m_rate, m_errors }) {
        p->setTimeRange(start.toLocalTime(), end.toLocalTime(), m_step);
        p->setState(tr("loading…"));
    }
    m_queries->runRange(start, end, m_step);
}

void VerticalDashboardPage::onResult(int target, const Result<QueryResult>& result)
{
    ChartPanel* panel = target < TargetRps ? m_latency : target == TargetRps ? m_rate : m_errors;
    const int line = target < TargetRps ? target : 0;
    if (!result.ok()) {
        panel->setState(result.error().toDisplayString());
        return;
    }
    const QueryResult& r = result.value();
    const Series* s = r.series.empty() ? nullptr : &r.series.front();
    panel->setSeries(line, s);
    if (!s || s->values.empty())
        panel->setState(tr("no data in this range"));
    else if (!r.warnings.isEmpty())
        panel->setState(tr("warning: %1").arg(r.warnings.join(QStringLiteral("; "))));
    else if (panel != m_latency || target == TargetP99)
        panel->setState({});
}

void VerticalDashboardPage::onFinished(int failures, const QString& firstError)
{
    const QLocale locale;
    const QString when = locale.toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    if (failures == 0) {
        m_summary->setText(tr("Step %1, rate window %2 · updated %3")
                               .arg(formatPromDuration(m_step),
                                    rateWindow(m_step, double(m_session->environment().prometheus.scrapeInterval.count())),
                                    when));
        m_latency->setState({});
    } else {
        m_summary->setText(tr("%n query(ies) failed · %1", nullptr, failures).arg(firstError));
    }
    emit loaded(failures == 0, firstError);
}

} // namespace atalaya

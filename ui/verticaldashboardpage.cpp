// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/verticaldashboardpage.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "domain/aggregate.h"
#include "domain/querytiming.h"
#include "sources/queryset.h"
#include "sources/bookingsdb.h"
#include "sources/session.h"
#include "util/whenready.h"
#include "ui/chartpanel.h"
#include "util/workpool.h"

namespace atalaya {

namespace {
const QColor kBlue(0x5b, 0x9b, 0xd5), kAmber(0xf2, 0xc9, 0x4c), kPurple(0xc0, 0x7c, 0xe8), kGreen(0x56, 0xc2, 0x8a),
    kOrange(0xee, 0x7b, 0x4c), kGrey(0x8a, 0x93, 0x9e), kCyan(0x4c, 0xc9, 0xd6);
} // namespace

VerticalDashboardPage::VerticalDashboardPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    const Header header = addHeader();
    QVBoxLayout* layout = header.layout;
    m_heading = header.heading;
    m_summary = header.summary;

    m_latency = new ChartPanel(tr("Latency (p50 / p95 / p99)"), this);
    m_latency->setToolTip(tr("Quantiles computed in the console from the rate of each latency bucket, as PromQL's "
                             "histogram_quantile does: one query serves every region"));
    m_latency->setUnit(tr("ms"), 1000.0, 0);
    m_latency->setLines({ { tr("p50"), kBlue }, { tr("p95"), kAmber }, { tr("p99"), kPurple } });
    m_rate = new ChartPanel(tr("Requests per second"), this);
    m_rate->setUnit(tr("req/s"), 1.0, 0);
    m_rate->setLines({ { tr("requests/s"), kGreen }, { tr("forecast"), QColor(0xa8, 0xe6, 0xc4), true } });
    m_rate->setToolTip(tr("Forecast for the next two hours: the same hours last week, scaled by how the last hour "
                          "compares with the same hour last week"));
    m_errors = new ChartPanel(tr("Error ratio (5xx)"), this);
    m_errors->setUnit(tr("%"), 100.0, 2);
    m_errors->setLines({ { tr("5xx ratio"), kOrange } });
    m_errors->setThreshold(1.0, tr("1 % (5xx alert threshold, CheckIn canvas)"));
    m_replicas = new ChartPanel(tr("Replicas"), this);
    m_replicas->setUnit({}, 1.0, 0);
    m_replicas->setLines({ { tr("desired"), kBlue }, { tr("ready"), kGreen }, { tr("HPA min"), kGrey },
                           { tr("HPA max"), kOrange } });
    m_resources = new ChartPanel(tr("CPU and memory utilisation"), this);
    m_resources->setUnit(tr("%"), 100.0, 0);
    m_resources->setLines({ { tr("CPU"), kCyan }, { tr("memory"), kPurple } });
    m_resources->setThreshold(80.0, tr("memory 80 % (scaling policy)"));
    m_resources->setSecondThreshold(70.0, tr("CPU 70 % (scaling policy)"));
    m_bookings = new ChartPanel(session->bookings() ? tr("Bookings per hour — booking database") : tr("Bookings per hour"), this);
    m_bookings->setObjectName(QStringLiteral("bookingsPanel"));
    m_bookings->setUnit(tr("/h"), 1.0, 0);
    m_bookings->setLines({ { tr("bookings/h"), kGreen } });
    m_payments = new ChartPanel(tr("Payment success by provider"), this);
    m_payments->setUnit(tr("%"), 100.0, 1);
    m_payments->setThreshold(95.0, tr("95 % floor (production infrastructure)"));
    m_payments->setSecondThreshold(97.0, tr("97 % MercadoPago target (roadmap)"));
    m_payments->setFixedValueRange(80.0, 100.0);
    m_gateway = new ChartPanel(tr("Payment gateway latency (p95)"), this);
    m_gateway->setUnit(tr("ms"), 1000.0, 0);
    m_regionLatency = new ChartPanel(tr("Latency by region (p95)"), this);
    m_regionLatency->setObjectName(QStringLiteral("regionLatencyPanel"));
    m_regionLatency->setUnit(tr("ms"), 1000.0, 0);
    m_regionLatency->setToolTip(tr("Each region's p95 from the same bucket rates; choose a region on the map to "
                                   "see its target here and filter this dashboard to it"));

    auto* routesBox = new QWidget(this);
    routesBox->setObjectName(QStringLiteral("chartPanel"));
    auto* routesLayout = new QVBoxLayout(routesBox);
    routesLayout->setContentsMargins(8, 6, 8, 6);
    m_routesTitle = new QLabel(tr("Slowest routes now (p95, last 5 minutes)"), routesBox);
    m_routesTitle->setObjectName(QStringLiteral("panelTitle"));
    m_routes = new QTableWidget(0, 2, routesBox);
    m_routes->setHorizontalHeaderLabels({ tr("Route"), tr("p95") });
    m_routes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_routes->verticalHeader()->hide();
    m_routes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_routes->setShowGrid(false);
    routesLayout->addWidget(m_routesTitle);
    routesLayout->addWidget(m_routes, 1);

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_latency, 0, 0, 1, 2);
    grid->addWidget(m_rate, 0, 2);
    grid->addWidget(m_errors, 1, 0);
    grid->addWidget(m_replicas, 1, 1);
    grid->addWidget(m_resources, 1, 2);
    grid->addWidget(m_bookings, 2, 0);
    grid->addWidget(m_payments, 2, 1);
    grid->addWidget(m_gateway, 2, 2);
    grid->addWidget(routesBox, 0, 3, 2, 1);
    grid->addWidget(m_regionLatency, 2, 3);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 3);
    grid->setColumnStretch(3, 3);
    layout->addLayout(grid, 1);

    m_bindings = {
        // One answer each for several panels and every region (showDerived).
        { m_latency, kDerived, {}, QStringLiteral("latencyBuckets"), {} },
        { m_errors, kDerived, {}, QStringLiteral("requestsByCode"), {} },
        { m_replicas, 0, {}, QStringLiteral("replicasDesired"), {} },
        { m_replicas, 1, {}, QStringLiteral("replicasReady"), {} },
        { m_replicas, 2, {}, QStringLiteral("hpaMinReplicas"), {} },
        { m_replicas, 3, {}, QStringLiteral("hpaMaxReplicas"), {} },
        { m_resources, 0, {}, QStringLiteral("cpuUtilisation"), {} },
        { m_resources, 1, {}, QStringLiteral("memoryUtilisation"), {} },
        { m_bookings, 0, {}, QStringLiteral("bookingsPerHour"), {} },
        // Payments are a few per minute per provider: an hour's window keeps one failure from
        // reading as a 20 % drop.
        { m_payments, -1, QStringLiteral("provider"), QStringLiteral("paymentSuccess"), {}, 3600 },
        { m_gateway, -1, QStringLiteral("provider"), QStringLiteral("gatewayLatency"), {}, 3600 },
    };
    // With a booking database, bookings are counted there; Prometheus' bookings_total stays the
    // fallback while the database does not answer (no password, unreachable).

    m_queries = new QuerySet(session, this);
    m_queries->setProvisionalAnswers(true);
    connect(m_queries, &QuerySet::resultReady, this, &VerticalDashboardPage::onResult);
    connect(m_queries, &QuerySet::finished, this, &VerticalDashboardPage::onFinished);
    for (ChartPanel* p : panels()) {
        connect(p, &ChartPanel::rangeSelected, this, &Page::rangeRequested);
        connect(p, &ChartPanel::panned, this, &VerticalDashboardPage::panBy);
        // One crosshair for every chart of the page.
        connect(p, &ChartPanel::hovered, this, [this](qint64 ms) {
            for (ChartPanel* other : panels())
                other->setCrosshair(ms);
        });
    }
    // The two-hour forecast: the same hours last week, scaled by how this hour compares with
    // the same hour last week.
    m_lastWeek = new QuerySet(session, this);
    connect(m_lastWeek, &QuerySet::resultReady, this, [this](int, const Result<QueryResult>& r) {
        m_lastWeekSeries = r.ok() && !r.value().series.empty() ? r.value().series.front() : Series {};
        if (++m_forecastParts == 2)
            showForecast();
    });
    // The region-dependent sets count towards a refresh once, also when a new region asks again.
    auto countRegional = [this](const QuerySet* set) {
        return [this, set](int failures, const QString& firstError) {
            if (m_regionalPending.removeOne(set))
                onFinished(failures, firstError);
        };
    };
    connect(m_lastWeek, &QuerySet::finished, this, countRegional(m_lastWeek));
    m_trend = new QuerySet(session, this);
    connect(m_trend, &QuerySet::resultReady, this, [this](int, const Result<QueryResult>& r) {
        m_trendFactor = r.ok() && !r.value().series.empty() && !r.value().series.front().values.empty()
            ? r.value().series.front().values.front()
            : NAN;
        if (++m_forecastParts == 2)
            showForecast();
    });
    connect(m_trend, &QuerySet::finished, this, countRegional(m_trend));
    m_routeQuery = new QuerySet(session, this);
    connect(m_routeQuery, &QuerySet::resultReady, this, &VerticalDashboardPage::onRoutes);
    connect(m_routeQuery, &QuerySet::finished, this, countRegional(m_routeQuery));
    VerticalDashboardPage::setRegion({});
}

VerticalDashboardPage::~VerticalDashboardPage() = default;

void VerticalDashboardPage::setRange(const TimeRange& range)
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
    for (const Binding& b : m_bindings)
        if (b.line >= 0)
            b.panel->setSeries(b.line, nullptr);
    ++m_derivedGeneration;
    m_buckets.reset();
    m_codes = {};
    m_bucketsAnswered = m_codesAnswered = {};
    setRegion(m_regionId);
    m_payments->setSeriesByLabel(QStringLiteral("provider"), {});
    m_gateway->setSeriesByLabel(QStringLiteral("provider"), {});
    m_routes->setRowCount(0);
    setAnnotations(m_annotations);
}

std::vector<ChartPanel*> VerticalDashboardPage::panels() const
{
    return { m_latency, m_rate, m_errors, m_replicas, m_resources, m_bookings, m_payments, m_gateway, m_regionLatency };
}

void VerticalDashboardPage::setAnnotations(const Annotations& annotations)
{
    m_annotations = annotations;
    Annotations mine;
    for (const Annotation& a : annotations)
        if (a.verticalId.isEmpty() || a.verticalId == m_verticalId)
            mine.push_back(a);
    for (ChartPanel* p : panels())
        p->setAnnotations(mine);
}

void VerticalDashboardPage::updatePeakBands()
{
    const Vertical* v = m_session->config().vertical(m_verticalId);
    std::vector<std::pair<qint64, qint64>> bands;
    QStringList windows;
    if (v) {
        // Peak hours are hours of the platform's own zone, whatever zone the user looks in.
        const QTimeZone zone(m_session->config().timeZone.toUtf8());
        const auto [startUtc, endUtc] = m_range.resolve();
        const QDateTime start = startUtc.toTimeZone(zone);
        const QDateTime end = endUtc.toTimeZone(zone);
        for (QDate day = start.date().addDays(-1); day <= end.date(); day = day.addDays(1))
            for (const auto& [from, to] : v->peakHours)
                bands.emplace_back(QDateTime(day, QTime(from, 0), zone).toMSecsSinceEpoch(),
                                   to == 24 ? QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()
                                            : QDateTime(day, QTime(to, 0), zone).toMSecsSinceEpoch());
        for (const auto& [from, to] : v->peakHours)
            windows << QStringLiteral("%1–%2").arg(from, 2, 10, QChar(u'0')).arg(to, 2, 10, QChar(u'0'));
    }
    m_rate->setBands(std::move(bands), windows.isEmpty() ? QString()
                                                         : tr("Shaded: %1 peak hours %2")
                                                               .arg(v->name, windows.join(QStringLiteral(", "))));
}

void VerticalDashboardPage::refresh()
{
    const Vertical* vertical = m_session->config().vertical(m_verticalId);
    if (!vertical)
        return;
    const Environment& env = m_session->environment();
    const double scrape = static_cast<double>(env.prometheus.scrapeInterval.count());
    const double range = m_range.seconds();
    // Each chart its own step from its width: no chart gets fewer points than it has pixels, and
    // a narrow one does not make Prometheus evaluate three times the points it can draw.
    m_panelStep.clear();
    for (ChartPanel* p : panels())
        m_panelStep[p] = stepForWidth(range, p->plotWidth(), scrape);
    m_step = m_panelStep[m_latency]; // the widest
    auto render = [&](const QString& name, const QString& quantile, const QString& win) {
        std::map<QString, QString> values { { QStringLiteral("window"), win } };
        if (!quantile.isEmpty())
            values[QStringLiteral("quantile")] = quantile;
        return renderQuery(*vertical, name, std::move(values));
    };

    std::vector<QueryTarget> targets;
    std::map<ChartPanel*, QStringList> promqlOf;
    for (const Binding& b : m_bindings) {
        // The latency buckets also feed the narrower charts of requests, errors and regions: the
        // latency chart's step, the same for the 5xx, so that they sit on the requests' timestamps.
        const double step = m_panelStep[b.line == kDerived ? m_latency : b.panel];
        const QString w = rateWindow(b.minWindowSeconds > 0 ? std::max(step, b.minWindowSeconds - scrape) : step, scrape);
        // Cached under the query with its rate window left open: any range adds to one series.
        targets.push_back({ b.queryName, {}, render(b.queryName, b.quantile, w),
                            render(b.queryName, b.quantile, QStringLiteral("$__window")) + (b.minWindowSeconds > 0 ? QStringLiteral(" #1h") : QString()),
                            step, b.line == kDerived && b.queryName == u"latencyBuckets" ? QStringLiteral("region") : QString() });
        promqlOf[b.panel] << targets.back().promql;
    }
    promqlOf[m_rate] = promqlOf[m_latency];
    promqlOf[m_errors] << promqlOf[m_latency];
    promqlOf[m_regionLatency] = promqlOf[m_latency];
    m_lastTargets = targets;
    QUrl prometheusUi = env.prometheus.url;
    prometheusUi.setPath(prometheusUi.path() + env.prometheus.pathPrefix);
    for (const auto& [panel, promql] : promqlOf)
        panel->setQueries(promql, prometheusUi);
    m_queries->setTargets(std::move(targets));

    const auto [from, to] = m_range.resolve();
    const auto [start, end] = alignRange(from, to, m_step);
    m_lastStart = start;
    m_lastEnd = end;
    // Looking at "now": requests/s also shows the next two hours.
    m_forecastShown = forecastAvailable();
    const bool forecast = m_forecastShown;
    m_panMs = 0;
    // Every set runs on every refresh, so that a new refresh supersedes all of the previous one;
    // a set without targets (no forecast for a past window) answers at once.
    ++m_derivedGeneration;
    m_pendingSets = 4;
    m_regionalPending = { m_lastWeek, m_trend, m_routeQuery };
    m_failures = 0;
    m_firstError.clear();
    // A new range (zoom, history, pan) shows what is loaded at once, at its own resolution; an
    // auto-refresh of the same range waits for the answers instead of reducing everything twice.
    const bool newRange = !(m_range == m_drawnRange) || m_step != m_drawnStep;
    m_drawnRange = m_range;
    m_drawnStep = m_step;
    m_awaiting.clear();
    m_heldAnswers.clear();
    for (const Binding& b : m_bindings)
        ++m_awaiting[b.panel];
    std::erase_if(m_awaiting, [](const auto& awaited) { return awaited.second < 2; });
    // The page's own queries first: the slowest of them is asked before the server is busy with
    // the small ones. All of them before the charts are made ready, which the answers wait for
    // anyway (they arrive on later turns of the event loop).
    m_queries->runRange(start, end, m_step);
    runRegional(!newRange);
    for (ChartPanel* p : panels()) {
        // An auto-refresh's window moves by a few seconds and its answers follow: each chart is
        // drawn once, with its answer (or when the refresh is over, for one that failed).
        p->setTimeRange(start.toLocalTime(), (p == m_rate && forecast ? end.addSecs(7200) : end).toLocalTime(), m_panelStep[p],
                        newRange ? TimePlot::Redraw::AtRepaint : TimePlot::Redraw::WithData);
        if (newRange)
            p->redrawFromData();
        p->setState(tr("loading…"));
    }
    updatePeakBands();
    m_bookingsFromDb = false;
    if (bookings::BookingsDatabase* db = m_session->bookings()) {
        const quint64 gen = ++m_bookingsGeneration;
        // Whole hours, so that the first and last points are not partial counts.
        const QDateTime from = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
        const QDateTime to = QDateTime::fromSecsSinceEpoch(end.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
        whenReady(db->bookingsHourly(from, to), this, [this, gen](const Result<bookings::Answer<bookings::HourlyRow>>& r) {
            if (gen != m_bookingsGeneration)
                return;
            if (!r.ok()) {
                // Prometheus' estimate stays; the tooltip says why the database's count is not shown.
                m_bookings->renameLine(0, tr("bookings/h (bookings_total: %1)").arg(r.error().shortText()));
                return;
            }
            m_bookingsFromDb = true;
            m_bookings->renameLine(0, tr("bookings/h"));
            m_dbRows = r.value().rows;
            m_bookings->setGapStep(3600);
            const bool empty = showDbBookings();
            m_bookings->setState(r.value().cachedAtMs ? tr("offline — as of %1").arg(formatAsOf(r.value().cachedAtMs))
                                 : empty                 ? tr("no data in this range")
                                                         : QString());
        });
    }
}

QString VerticalDashboardPage::renderQuery(const Vertical& vertical, const QString& name, std::map<QString, QString> values) const
{
    values.emplace(QStringLiteral("vertical"), vertical.id);
    values.emplace(QStringLiteral("namespace"), vertical.namespaceName);
    values.emplace(QStringLiteral("deployment"), vertical.deployment);
    return m_session->environment().queries.render(name, values);
}

bool VerticalDashboardPage::templateFiltersRegion(const QString& name) const
{
    const auto& templates = m_session->environment().queries.templates;
    const auto it = templates.find(name);
    return it != templates.end() && it->second.contains(QStringLiteral("{regionRegex}"));
}

bool VerticalDashboardPage::forecastAvailable() const
{
    return m_range.isRelative()
        && (m_regionId.isEmpty()
            || (templateFiltersRegion(QStringLiteral("requestRateLastWeek")) && templateFiltersRegion(QStringLiteral("requestTrend"))));
}

void VerticalDashboardPage::runRegional(bool keepForecast)
{
    const Config& config = m_session->config();
    const Vertical* vertical = config.vertical(m_verticalId);
    if (!vertical || !m_lastEnd.isValid())
        return;
    const Environment& env = m_session->environment();
    const double scrape = static_cast<double>(env.prometheus.scrapeInterval.count());
    const Region* region = m_regionId.isEmpty() ? nullptr : config.region(m_regionId);
    auto render = [&](const QString& name, const QString& window) {
        std::map<QString, QString> values { { QStringLiteral("window"), window } };
        if (region)
            values[QStringLiteral("regionRegex")] = escapeRegexLiteral(region->label);
        return renderQuery(*vertical, name, std::move(values));
    };

    // A template without {regionRegex} answers for every region, and the title says so.
    m_routeQuery->setTargets({ { QStringLiteral("slowestRoutes"), {}, render(QStringLiteral("slowestRoutes"), rateWindow(300 - scrape, scrape)) } });
    m_routesTitle->setText(!region ? tr("Slowest routes now (p95, last 5 minutes)")
                               : templateFiltersRegion(QStringLiteral("slowestRoutes"))
                               ? tr("Slowest routes now in %1 (p95, last 5 minutes)").arg(region->name)
                               : tr("Slowest routes now, every region (p95, last 5 minutes)"));
    m_routesTitle->setToolTip({});

    const bool forecast = forecastAvailable();
    const double rateStep = m_panelStep[m_rate];
    m_forecastParts = 0;
    if (!keepForecast || !forecast)
        m_rate->setSeries(1, nullptr); // another region's or another window's
    if (forecast) {
        const QString window = rateWindow(rateStep, scrape);
        m_lastWeek->setTargets({ { QStringLiteral("lastWeek"), {}, render(QStringLiteral("requestRateLastWeek"), window) } });
        m_trend->setTargets({ { QStringLiteral("trend"), {}, render(QStringLiteral("requestTrend"), window) } });
    } else {
        m_lastWeek->setTargets({});
        m_trend->setTargets({});
        m_rate->renameLine(1, region && m_range.isRelative() ? tr("no forecast for one region") : tr("forecast"));
    }
    if (forecast != m_forecastShown) {
        // The requests' chart reaches two hours past now with a forecast only.
        m_forecastShown = forecast;
        m_rate->setTimeRange(m_lastStart.addMSecs(m_panMs).toLocalTime(),
                             m_lastEnd.addMSecs(m_panMs).addSecs(forecast ? 7200 : 0).toLocalTime(), rateStep,
                             TimePlot::Redraw::Queued);
    }
    m_lastWeek->runRange(m_lastEnd, m_lastEnd.addSecs(7200), rateStep);
    m_trend->runInstant();
    m_routeQuery->runInstant();
}

void VerticalDashboardPage::panBy(qint64 deltaMs, bool finished)
{
    if (!m_lastStart.isValid())
        return;
    m_panMs += deltaMs;
    const QDateTime start = m_lastStart.addMSecs(m_panMs), end = m_lastEnd.addMSecs(m_panMs);
    if (finished) {
        // Fetch the window the user settled on (it becomes an absolute range in the history).
        emit rangeRequested(start, end);
        return;
    }
    // While dragging: the points already on the charts move with the axis, nothing is fetched or
    // reduced again (one frame per mouse move); the release fetches and redraws.
    for (ChartPanel* p : panels())
        p->setTimeRange(start.toLocalTime(), end.toLocalTime(), m_panelStep[p]);
}

void VerticalDashboardPage::onResult(int target, const Result<QueryResult>& result)
{
    const Binding& b = m_bindings[static_cast<size_t>(target)];
    if (b.panel == m_bookings && m_bookingsFromDb)
        return; // the booking database answered this refresh: its counts stand
    // A chart of several queries takes this refresh's answers together: it is drawn once, with
    // one value axis, rather than once per answer. (Answers from the cache while the source is
    // awaited are shown as they come.)
    const bool provisional = result.ok() && result.value().provisional;
    if (auto awaited = m_awaiting.find(b.panel); awaited != m_awaiting.end() && !provisional) {
        if (--awaited->second > 0) {
            m_heldAnswers.emplace_back(target, result);
            return;
        }
        m_awaiting.erase(awaited);
        std::vector<std::pair<int, Result<QueryResult>>> held;
        for (auto it = m_heldAnswers.begin(); it != m_heldAnswers.end();) {
            if (m_bindings[static_cast<size_t>(it->first)].panel == b.panel) {
                held.push_back(std::move(*it));
                it = m_heldAnswers.erase(it);
            } else {
                ++it;
            }
        }
        for (const auto& [t, r] : held)
            onResult(t, r);
    }
    const bool buckets = b.line == kDerived && b.queryName == u"latencyBuckets";
    std::vector<ChartPanel*> fed { b.panel };
    if (buckets)
        fed = { m_latency, m_regionLatency, m_rate, m_errors };
    if (!result.ok()) {
        for (ChartPanel* p : fed)
            p->setState(tr("⚠ %1").arg(result.error().shortText()), result.error().toDisplayString());
        return;
    }
    const QueryResult& r = result.value();
    if (r.cachedAtMs > 0) {
        // Cached samples may be further apart than this range's step: no false gaps between them.
        for (const Series& s : r.series)
            if (s.timestamps.size() > 2) {
                std::vector<double> gaps;
                for (size_t i = 1; i < s.timestamps.size(); ++i)
                    gaps.push_back(s.timestamps[i] - s.timestamps[i - 1]);
                std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
                for (ChartPanel* p : fed)
                    p->setGapStep(std::max(m_panelStep[p], gaps[gaps.size() / 2]));
                break;
            }
    }
    const Answered answered = r.provisional ? Answered::Provisional : Answered::Final;
    if (b.line == kDerived && buckets) {
        m_bucketsMeta.provisional = r.provisional;
        m_bucketsMeta.cachedAtMs = r.cachedAtMs;
        m_bucketsMeta.liveError = r.liveError;
        m_bucketsMeta.warnings = r.warnings;
        // Their states now, their lines once the grid is laid out; the 5xx ratio's state needs
        // both answers (showErrorsState).
        for (ChartPanel* p : { m_latency, m_regionLatency, m_rate })
            showState(p, r, true);
        if (r.buckets) {
            // A live answer comes laid out by the thread that decoded it (QueryTarget::bucketsBy).
            m_buckets = r.buckets;
            m_bucketsAnswered = { m_derivedGeneration, answered };
            showDerived();
            return;
        }
        // From the cache: laying out tens of thousands of bucket samples is work for the pool,
        // not the GUI thread; the refresh counts as loaded once the grid is shown.
        const quint64 gen = m_derivedGeneration;
        ++m_pendingSets;
        // The answer is shared with the pool, not copied: tens of thousands of samples.
        std::shared_ptr<const QueryResult> answer = m_queries->deliveredAnswer();
        if (!answer)
            answer = std::make_shared<const QueryResult>(r);
        whenReady(QtConcurrent::run(workPool(), [answer] { return std::make_shared<const BucketGrid>(answer->series, QStringLiteral("region")); }), this,
                  [this, gen, answered](const std::shared_ptr<const BucketGrid>& grid) {
                      if (gen != m_derivedGeneration)
                          return; // a later refresh or another vertical
                      m_buckets = grid;
                      m_bucketsAnswered = { gen, answered };
                      showDerived();
                      onFinished(0, {});
                  });
        return;
    }
    if (b.line == kDerived) {
        m_codes = r;
        m_codesAnswered = { m_derivedGeneration, answered };
        // The latency charts wait for this refresh's buckets: drawn now, they would show the
        // last refresh's again.
        showErrorRatio();
        return;
    }
    if (b.line < 0) {
        b.panel->setSeriesByLabel(b.splitLabel, r.series);
    } else {
        b.panel->setSeries(b.line, r.series.empty() ? nullptr : &r.series.front());
    }
    for (ChartPanel* p : fed)
        showState(p, r, b.line != -1);
}

void VerticalDashboardPage::showState(ChartPanel* panel, const QueryResult& r, bool expectsData)
{
    if (r.provisional)
        panel->setState(tr("cached %1 — waiting for the source…").arg(formatAsOf(r.cachedAtMs)), r.liveError);
    else if (r.cachedAtMs > 0)
        panel->setState(tr("offline — as of %1").arg(formatAsOf(r.cachedAtMs)), r.liveError);
    else if (!r.warnings.isEmpty())
        panel->setState(tr("warning: %1").arg(r.warnings.join(QStringLiteral("; "))));
    else if (r.series.empty() && expectsData)
        panel->setState(tr("no data in this range"));
    else
        panel->setState({});
}

void VerticalDashboardPage::showErrorsState()
{
    // An empty 5xx answer is no errors; whichever answer is cached or warned about says so.
    if (m_codes.provisional || m_codes.cachedAtMs > 0 || !m_codes.warnings.isEmpty())
        showState(m_errors, m_codes, false);
    else
        showState(m_errors, m_bucketsMeta, !m_buckets || m_buckets->empty());
}

void VerticalDashboardPage::setRegion(const QString& regionId)
{
    const Config& config = m_session->config();
    const QString chosen = config.region(regionId) ? regionId : QString();
    const bool changed = chosen != m_regionId;
    m_regionId = chosen;
    m_regionLines.clear(); // coloured anew
    if (m_bookingsFromDb)
        showDbBookings();
    showRegionHeading();
    showDerived();
    // The slowest routes and the forecast are asked per region. A page out of sight asks when
    // it is shown (every page refreshes then).
    if (changed && isVisible())
        runRegional();
}

bool VerticalDashboardPage::showDbBookings()
{
    // The booking database counts by city (a region's id): filtered from what it answered.
    const Series perHour = bookings::bookingsPerHour(m_dbRows, m_verticalId, 0, m_regionId);
    m_bookings->setSeries(0, perHour.values.empty() ? nullptr : &perHour);
    return perHour.values.empty();
}

void VerticalDashboardPage::showRegionHeading()
{
    const Config& config = m_session->config();
    const Vertical* v = config.vertical(m_verticalId);
    const Region* region = m_regionId.isEmpty() ? nullptr : config.region(m_regionId);
    const QLocale locale;
    if (v)
        m_heading->setText(region ? tr("%1 — %2 · region %3").arg(v->name, m_session->environment().displayName, region->name)
                                  : tr("%1 — %2").arg(v->name, m_session->environment().displayName));
    if (region) {
        const QString target = tr("%1 target %2 ms (%3)").arg(region->name, locale.toString(region->p95TargetMs, 'f', 0), region->targetSource);
        m_latency->setThreshold(region->p95TargetMs, target);
        m_regionLatency->setThreshold(region->p95TargetMs, target);
    } else {
        m_latency->setThreshold(config.sla.p95Ms, tr("SLA %1 ms (%2)").arg(locale.toString(config.sla.p95Ms, 'f', 0), config.sla.source));
        m_regionLatency->setThreshold(NAN, {});
    }
    for (int i = 0; i < 3; ++i)
        m_latency->renameLine(i, region ? tr("%1 · %2").arg(QStringList { tr("p50"), tr("p95"), tr("p99") }[i], region->name)
                                        : QStringList { tr("p50"), tr("p95"), tr("p99") }[i]);
    m_rate->renameLine(0, region ? tr("requests/s · %1").arg(region->name) : tr("requests/s"));
    m_errors->renameLine(0, region ? tr("5xx ratio · %1").arg(region->name) : tr("5xx ratio"));
}

QString VerticalDashboardPage::regionLabel() const
{
    const Region* region = m_regionId.isEmpty() ? nullptr : m_session->config().region(m_regionId);
    return region ? region->label : QString();
}

void VerticalDashboardPage::showErrorRatio(const Series* requests)
{
    if (m_bucketsAnswered.second == Answered::No || m_bucketsAnswered != m_codesAnswered)
        return; // the two answers of one refresh, or of the cache, together
    const QString label = regionLabel();
    const Series counted = requests || !m_buckets ? Series {} : m_buckets->count(label);
    if (!requests)
        requests = &counted;
    // requestsByCode's 5xx (the default asks for no other code), over the histogram's count.
    const LabelFilter is5xx = [label](const QMap<QString, QString>& l) {
        return l.value(QStringLiteral("code")).startsWith(u'5') && (label.isEmpty() || l.value(QStringLiteral("region")) == label);
    };
    const Series ratio = partOfTotal(*requests, m_codes.series, is5xx).ratio();
    m_errors->setSeries(0, ratio.timestamps.empty() ? nullptr : &ratio);
    showErrorsState();
}

void VerticalDashboardPage::showDerived()
{
    const Config& config = m_session->config();
    auto show = [](ChartPanel* panel, int line, const Series& s) { panel->setSeries(line, s.timestamps.empty() ? nullptr : &s); };
    static const BucketGrid none({});
    const BucketGrid& grid = m_buckets ? *m_buckets : none;
    const QString label = regionLabel();
    const double quantiles[3] = { 0.5, 0.95, 0.99 };
    for (int i = 0; i < 3; ++i)
        show(m_latency, i, grid.quantile(quantiles[i], label));
    const Series requests = grid.count(label);
    show(m_rate, 0, requests);
    showErrorRatio(&requests);

    // A line per region with data (and the chosen one): the chosen one stands out, the others
    // are context.
    static const QColor palette[] = { QColor(0x5b, 0x9b, 0xd5), QColor(0x56, 0xc2, 0x8a), QColor(0xc0, 0x7c, 0xe8),
                                      QColor(0x4c, 0xc9, 0xd6), QColor(0xee, 0x7b, 0x4c), QColor(0xd6, 0x8f, 0xb0),
                                      QColor(0xb5, 0xa6, 0x6b), QColor(0x8f, 0xb3, 0x4c) };
    QStringList ids;
    std::vector<Series> perRegion;
    std::vector<ChartPanel::Line> lines;
    for (size_t i = 0; i < config.regions.size(); ++i) {
        const Region& r = config.regions[i];
        Series p95 = grid.quantile(0.95, r.label);
        if (p95.timestamps.empty() && r.id != m_regionId)
            continue;
        ids << r.id;
        perRegion.push_back(std::move(p95));
        lines.push_back({ r.name, m_regionId.isEmpty() ? palette[i % std::size(palette)]
                                  : r.id == m_regionId ? QColor(0xf2, 0xc9, 0x4c)
                                                       : QColor(0x6b, 0x72, 0x7a) });
    }
    if (ids != m_regionLines) {
        m_regionLatency->setLines(lines);
        m_regionLines = ids;
    }
    for (size_t i = 0; i < perRegion.size(); ++i)
        show(m_regionLatency, int(i), perRegion[i]);
}

void VerticalDashboardPage::showForecast()
{
    // The previous refresh's forecast stays until this one's is known (runRegional).
    if (std::isnan(m_trendFactor) || !std::isfinite(m_trendFactor) || m_lastWeekSeries.values.empty()) {
        m_rate->renameLine(1, tr("no forecast: no data from last week"));
        m_rate->setSeries(1, nullptr);
        return;
    }
    // A hugely different week (an outage then, or missing history) makes a scaled copy meaningless.
    if (m_trendFactor > 5 || m_trendFactor < 0.2) {
        m_rate->renameLine(1, tr("no forecast: this hour is %1× last week's").arg(QLocale().toString(m_trendFactor, 'f', 1)));
        m_rate->setSeries(1, nullptr);
        return;
    }
    Series f = m_lastWeekSeries;
    for (double& v : f.values)
        v *= m_trendFactor;
    m_rate->renameLine(1, tr("forecast: last week × %1").arg(QLocale().toString(m_trendFactor, 'f', 2)));
    m_rate->setSeries(1, &f);
}

void VerticalDashboardPage::onRoutes(int, const Result<QueryResult>& result)
{
    if (!result.ok()) {
        // No rows of another region or an earlier moment left standing under this title.
        m_routes->setRowCount(0);
        m_routesTitle->setText(tr("Slowest routes now — ⚠ %1").arg(result.error().shortText()));
        m_routesTitle->setToolTip(result.error().toDisplayString());
        return;
    }
    std::vector<std::pair<double, QString>> rows;
    for (const Series& s : result.value().series)
        if (!s.values.empty() && std::isfinite(s.values.back()))
            rows.emplace_back(s.values.back(), s.labels.value(QStringLiteral("route")));
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    m_routes->setRowCount(static_cast<int>(rows.size()));
    const QLocale locale;
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        m_routes->setItem(i, 0, new QTableWidgetItem(rows[static_cast<size_t>(i)].second));
        auto* value = new QTableWidgetItem(tr("%1 ms").arg(locale.toString(rows[static_cast<size_t>(i)].first * 1000, 'f', 0)));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_routes->setItem(i, 1, value);
    }
}

void VerticalDashboardPage::onFinished(int failures, const QString& firstError)
{
    m_failures += failures;
    if (m_firstError.isEmpty())
        m_firstError = firstError;
    if (--m_pendingSets > 0)
        return;
    const QLocale locale;
    const QString when = locale.toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    const double scrape = static_cast<double>(m_session->environment().prometheus.scrapeInterval.count());
    qint64 cachedAt = 0;
    for (const QuerySet* set : { m_queries, m_lastWeek, m_trend, m_routeQuery })
        if (set->oldestCachedMs() > 0)
            cachedAt = cachedAt == 0 ? set->oldestCachedMs() : std::min(cachedAt, set->oldestCachedMs());
    if (cachedAt > 0 && m_failures == 0)
        m_summary->setText(m_session->isOffline() ? tr("Offline review · from the cache, fetched %1").arg(formatAsOf(cachedAt))
                                                  : tr("Offline — showing the cache as of %1").arg(formatAsOf(cachedAt)));
    else if (m_failures == 0)
        m_summary->setText(tr("Step %1, rate window %2 · updated %3")
                               .arg(formatPromDuration(m_step), rateWindow(m_step, scrape), when));
    else
        m_summary->setText(tr("%n query(ies) failed · %1", nullptr, m_failures).arg(m_firstError));
    m_cachedAtMs = cachedAt;
    // A chart whose query failed still shows the refresh's window.
    for (ChartPanel* p : panels())
        p->drawStale();
    emit loaded(m_failures == 0, m_firstError);
}

} // namespace atalaya

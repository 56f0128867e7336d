// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overviewpage.h"

#include <limits>

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include "costs/costanalysis.h"
#include "costs/costservice.h"
#include "domain/querytiming.h"
#include "itemmodels/verticalstatusmodel.h"
#include "sources/overviewqueries.h"
#include "sources/queryset.h"
#include "sources/session.h"
#include "ui/mappage.h"
#include "ui/statusdelegate.h"
#include "util/whenready.h"

namespace atalaya {

OverviewPage::OverviewPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    const Header header = addHeader(tr("Overview — %1").arg(session->environment().displayName), QStringLiteral("overviewSummary"));
    QVBoxLayout* layout = header.layout;
    m_heading = header.heading;
    m_summary = header.summary;
    m_summary->setText(tr("Loading…"));

    m_model = new VerticalStatusModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VerticalStatusModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VerticalStatusModel::ColumnStatus, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    // Every figure as wide as its heading or its widest value; the vertical's name takes the rest.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VerticalStatusModel::ColumnVertical, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(VerticalStatusModel::ColumnStatus, new StatusDelegate(m_table));
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("Click a vertical to open its dashboard"));
    // The table, and beside it the regions on a small map: where users suffer, at a glance.
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    auto* tile = new QVBoxLayout;
    auto* tileTitle = new QLabel(tr("Regions — p95 against each region's target"), this);
    tileTitle->setObjectName(QStringLiteral("panelTitle"));
    tile->addWidget(tileTitle);
    m_regionMap = new MapWidget(this);
    m_regionMap->setCompact(true);
    m_regionMap->setFixedSize(330, 400);
    m_regionMap->setToolTip(tr("Click to open the regional latency map"));
    m_regions = MapWidget::configured(session->config().regions);
    m_regionMap->setRegions(m_regions);
    m_regionMap->resetView();
    connect(m_regionMap, &MapWidget::regionClicked, this, &OverviewPage::openMap);
    tile->addWidget(m_regionMap);
    tile->addStretch(1);
    row->addLayout(tile);
    layout->addLayout(row, 1);
    // A click (or Enter) opens the vertical: at 3 a.m. nobody should have to double-click.
    auto open = [this](const QModelIndex& index) {
        emit openVertical(index.data(VerticalStatusModel::VerticalIdRole).toString());
    };
    connect(m_table, &QTableView::clicked, this, open);
    connect(m_table, &QTableView::activated, this, open);

    // Show every configured vertical at once, as "no data" until the first answers arrive.
    std::vector<VerticalStatus> rows;
    for (const Vertical& v : session->config().verticals)
        rows.push_back({ v.id, v.name, NAN, session->config().sla.p95Ms });
    m_model->applySnapshot(rows);

    m_queries = new QuerySet(session, this);
    m_queries->setProvisionalAnswers(true);
    connect(m_queries, &QuerySet::resultReady, this, &OverviewPage::onResult);
    connect(m_queries, &QuerySet::finished, this, &OverviewPage::onFinished);
    m_regionQueries = new QuerySet(session, this);
    connect(m_regionQueries, &QuerySet::resultReady, this, &OverviewPage::onRegionResult);
    connect(m_regionQueries, &QuerySet::finished, this, [this](int failures, const QString& error) {
        m_regionMap->setRegions(m_regions);
        m_regionMap->setToolTip(failures ? tr("Regions: %1").arg(error) : tr("Click to open the regional latency map"));
        showRegionsInSummary();
    });
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setTopWidget(QWidget* widget)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_summary) + 1, widget);
}

void OverviewPage::setRegion(const QString& regionId)
{
    const Region* region = m_session->config().region(regionId);
    m_regionId = region ? regionId : QString();
    m_heading->setText(region ? tr("Overview — %1 · region %2").arg(m_session->environment().displayName, region->name)
                              : tr("Overview — %1").arg(m_session->environment().displayName));
    m_regionMap->setSelected(m_regionId);
}

void OverviewPage::refresh()
{
    const Region* region = m_session->config().region(m_regionId);
    m_queries->setTargets(overview::targets(m_session->environment(), region ? region->label : QString()));
    // The regions' tile asks on its own: what it lacks (nothing cached for it in offline review,
    // say) greys the tile and is said on it, and never fails the overview.
    // The same figures as the map's latest: its window, at its time. A quiet region's p95 over a
    // few requests moves with every request that enters or leaves the window.
    const Environment& env = m_session->environment();
    const QString window = MapPage::latestWindow(static_cast<double>(env.prometheus.scrapeInterval.count()));
    std::vector<QueryTarget> regionTargets;
    for (const char* name : { "regionLatency", "regionRequestRate", "regionErrorRatio" })
        regionTargets.push_back({ QString::fromLatin1(name), {},
                                  env.queries.render(QString::fromLatin1(name), { { QStringLiteral("window"), window } }) });
    m_regionQueries->setTargets(std::move(regionTargets));
    for (MapWidget::RegionValue& r : m_regions)
        r.p95Ms = r.rps = r.errorRatio = std::numeric_limits<double>::quiet_NaN();
    m_regionQueries->runInstant(MapPage::latestTime());
    m_pending = overview::emptyRows(m_session->config(), m_session->environment());
    if (region)
        for (auto& [id, row] : m_pending)
            row.slaMs = region->p95TargetMs;
    m_regionSummaryShown = false;
    m_queries->runInstant();
    refreshCosts();
}

void OverviewPage::refreshCosts()
{
    costs::CostService* service = m_session->costs();
    if (!service)
        return;
    const Config& config = m_session->config();
    const QTimeZone zone(config.timeZone.toUtf8());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const quint64 gen = ++m_costGeneration;
    // Today only, in the platform's zone: the spend so far against the budget for the hours gone,
    // as the costs page reckons it.
    whenReady(service->dailyByNamespace(now.toTimeZone(zone).date(), now, zone, config.costs.resolution), this,
              [this, gen, now, zone](const Result<costs::AllocationReport>& r) {
                  if (gen != m_costGeneration)
                      return;
                  if (!r.ok()) {
                      m_costError = r.error().toDisplayString(); // what was known stays shown
                      showDecorations();
                      return;
                  }
                  const Config& config = m_session->config();
                  const std::vector<costs::DayCost> days = costs::toDays(r.value(), config.verticals, zone, now.toMSecsSinceEpoch());
                  const costs::CostAnalysis analysis = costs::analyse(days, {}, config.verticals, config.costs, now, zone);
                  m_costError.clear();
                  m_costToday.clear();
                  for (const costs::VerticalCosts& v : analysis.verticals) {
                      Status state = Status::NoData;
                      switch (v.today.standing) {
                      case costs::Standing::Ok:
                          state = Status::Ok;
                          break;
                      case costs::Standing::Alert:
                          state = Status::Warning;
                          break;
                      case costs::Standing::Cap:
                          state = Status::Critical;
                          break;
                      case costs::Standing::Unknown:
                          break;
                      }
                      if (v.today.coveredDays > 0)
                          m_costToday[v.id] = { v.today.spend, v.today.budget, state };
                  }
                  showDecorations();
              });
}

void OverviewPage::setDegradationLevels(std::map<QString, int> levels)
{
    if (levels == m_levels)
        return;
    m_levels = std::move(levels);
    showDecorations();
}

void OverviewPage::decorate(VerticalStatus& row) const
{
    const CostConfig& costs = m_session->config().costs;
    row.costAlertAt = costs.budgetAlert;
    row.costCapAt = costs.budgetCap;
    row.costError = m_costError;
    // From what the cost source last answered only: a row shown again does not keep a figure
    // that answer no longer has.
    const auto it = m_costToday.find(row.verticalId);
    const bool known = it != m_costToday.end();
    row.costToday = known ? it->second.spend : std::numeric_limits<double>::quiet_NaN();
    row.costBudgetToday = known ? it->second.budget : std::numeric_limits<double>::quiet_NaN();
    row.costState = known ? it->second.state : Status::NoData;
    const auto level = m_levels.find(row.verticalId);
    row.degradationLevel = level != m_levels.end() ? level->second : -1;
}

void OverviewPage::showDecorations()
{
    std::vector<VerticalStatus> rows = m_model->rows();
    for (VerticalStatus& row : rows)
        decorate(row);
    m_model->applySnapshot(rows);
}

void OverviewPage::onResult(int target, const Result<QueryResult>& result)
{
    if (!result.ok())
        return; // reported once, in onFinished
    overview::apply(static_cast<overview::Target>(target), result.value(), m_session->config(), m_pending);
    if (result.value().provisional) {
        // Start-up, or a source known to be down: show the last known state at once, in one
        // update for the cached answers that come within a moment of each other (the cache
        // thread reads them one by one).
        m_provisionalAsOfMs = result.value().cachedAtMs;
        if (!m_provisionalPosted) {
            m_provisionalPosted = true;
            QTimer::singleShot(kProvisionalGatherMs, this, &OverviewPage::showProvisional);
        }
    }
}

void OverviewPage::showProvisional()
{
    if (!m_provisionalPosted)
        return; // the run finished first: its answers are shown
    m_provisionalPosted = false;
    std::vector<VerticalStatus> rows;
    for (const Vertical& v : m_session->config().verticals) {
        rows.push_back(m_pending[v.id]);
        decorate(rows.back());
    }
    m_model->applySnapshot(rows);
    m_summary->setText(tr("Showing the cache as of %1 while the sources answer…").arg(formatAsOf(m_provisionalAsOfMs)));
}

void OverviewPage::onFinished(int failures, const QString& firstError)
{
    m_provisionalPosted = false;
    std::vector<VerticalStatus> rows;
    int critical = 0;
    int warning = 0;
    for (const Vertical& v : m_session->config().verticals) {
        rows.push_back(m_pending[v.id]);
        decorate(rows.back());
        critical += rows.back().overall() == Status::Critical;
        warning += rows.back().overall() == Status::Warning;
    }
    if (failures == 0)
        m_model->applySnapshot(rows); // on failure, keep showing what we had
    const QString when = QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    m_cachedAtMs = m_queries->oldestCachedMs();
    if (failures > 0)
        m_summary->setText(tr("Could not refresh: %1").arg(firstError));
    else if (m_cachedAtMs > 0)
        m_summary->setText(m_session->isOffline() ? tr("Offline review · from the cache, fetched %1").arg(formatAsOf(m_cachedAtMs))
                                                  : tr("Offline — showing the cache as of %1").arg(formatAsOf(m_cachedAtMs)));
    else if (critical == 0 && warning == 0)
        m_summary->setText(tr("All verticals within their SLA · updated %1").arg(when));
    else
        m_summary->setText(tr("%n vertical(s) critical", nullptr, critical) + QStringLiteral(" · ")
                           + tr("%n warning(s)", nullptr, warning) + QStringLiteral(" · ")
                           + tr("updated %1").arg(when));
    if (const Region* region = m_session->config().region(m_regionId); region && failures == 0)
        m_summary->setText(tr("%1 only: p95 against its %2 ms target, requests/s and 5xx of its users; the other "
                              "columns are platform-wide · ")
                               .arg(region->name, QLocale().toString(region->p95TargetMs, 'f', 0))
                           + m_summary->text());
    showRegionsInSummary();
    emit loaded(failures == 0, firstError);
}

void OverviewPage::onRegionResult(int target, const Result<QueryResult>& result)
{
    if (!result.ok())
        return;
    // Series labelled "region", each configured region naming its value.
    for (const Series& series : result.value().series) {
        if (series.values.empty())
            continue;
        const QString label = series.labels.value(QStringLiteral("region"));
        for (size_t i = 0; i < m_regions.size(); ++i)
            if (m_session->config().regions[i].label == label) {
                const double v = series.values.back();
                if (target == 0)
                    m_regions[i].p95Ms = v * 1000.0;
                else if (target == 1)
                    m_regions[i].rps = v;
                else
                    m_regions[i].errorRatio = v;
            }
    }
}

void OverviewPage::showRegionsInSummary()
{
    if (m_regionSummaryShown || m_regionQueries->isRunning() || m_queries->isRunning())
        return;
    m_regionSummaryShown = true;
    QStringList over;
    for (const MapWidget::RegionValue& r : m_regions)
        if (const RegionState s = regionState(r.p95Ms, r.targetMs); s == RegionState::Over || s == RegionState::Near)
            over << tr("%1 %2 ms (target %3 ms)").arg(r.name, QLocale().toString(r.p95Ms, 'f', 0), QLocale().toString(r.targetMs, 'f', 0));
    if (!over.isEmpty())
        m_summary->setText(m_summary->text() + QStringLiteral(" · ") + tr("over their regional target: %1").arg(over.join(QStringLiteral(", "))));
}

} // namespace atalaya

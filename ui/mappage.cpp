// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mappage.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>

#include "domain/querytiming.h"
#include "sources/queryset.h"
#include "sources/session.h"

namespace atalaya {

namespace {

/// Every figure of the map is a rate over at least five minutes (quiet regions at night have a
/// few requests a minute), a point a minute at most.
constexpr double kLatestWindowSeconds = 300;
constexpr qint64 kMinStepSeconds = 60;

/// The value of @p s at @p t: its last sample at or before t, if not older than @p maxAge.
double valueAt(const Series& s, double t, double maxAge)
{
    const auto it = std::upper_bound(s.timestamps.begin(), s.timestamps.end(), t);
    if (it == s.timestamps.begin())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t i = size_t(it - s.timestamps.begin()) - 1;
    if (t - s.timestamps[i] > maxAge)
        return std::numeric_limits<double>::quiet_NaN();
    return s.values[i];
}

QString stateText(RegionState s)
{
    switch (s) {
    case RegionState::Under:
        return MapPage::tr("under target");
    case RegionState::Near:
        return MapPage::tr("up to 20 % over");
    case RegionState::Over:
        return MapPage::tr("over target");
    case RegionState::NoData:
        break;
    }
    return MapPage::tr("no data");
}

} // namespace

MapPage::MapPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    const Header top = addHeader(tr("Regional latency — %1").arg(session->environment().displayName));
    QVBoxLayout* layout = top.layout;
    m_summary = top.summary;

    auto* controls = new QHBoxLayout;
    m_span = new QComboBox(this);
    for (int hours : { 1, 3, 6, 12, 24 })
        m_span->addItem(tr("last %n hour(s)", nullptr, hours), hours * 3600);
    m_span->setCurrentIndex(2);
    connect(m_span, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    controls->addWidget(new QLabel(tr("Replay:"), this));
    controls->addWidget(m_span);
    m_play = new QPushButton(tr("▶ Play"), this);
    m_play->setCheckable(true);
    controls->addWidget(m_play);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setEnabled(false);
    controls->addWidget(m_slider, 1);
    m_time = new QLabel(this);
    m_time->setMinimumWidth(150);
    controls->addWidget(m_time);
    m_live = new QPushButton(tr("Now"), this);
    m_live->setToolTip(tr("Back to the latest figures; the map follows them on every refresh"));
    controls->addWidget(m_live);
    layout->addLayout(controls);

    auto* body = new QHBoxLayout;
    m_map = new MapWidget(this);
    body->addWidget(m_map, 3);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({ tr("Region"), tr("p95"), tr("Target"), tr("State"), tr("Requests/s"), tr("5xx") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    body->addWidget(m_table, 2);
    layout->addLayout(body, 1);

    m_player = new QTimer(this);
    m_player->setInterval(200);
    connect(m_player, &QTimer::timeout, this, [this] {
        if (m_index + 1 >= int(m_times.size())) {
            m_play->setChecked(false);
            return;
        }
        m_slider->setValue(m_index + 1);
    });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_index + 1 >= int(m_times.size()))
            m_slider->setValue(0); // from the start again
        on ? m_player->start() : m_player->stop();
        m_play->setText(on ? tr("❚❚ Pause") : tr("▶ Play"));
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        m_followLive = v + 1 >= int(m_times.size());
        showTime(v);
    });
    connect(m_live, &QPushButton::clicked, this, [this] {
        m_play->setChecked(false);
        m_slider->setValue(int(m_times.size()) - 1);
    });
    connect(m_map, &MapWidget::regionClicked, this, [this](const QString& id) {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->item(r, 0)->data(Qt::UserRole).toString() == id)
                m_table->selectRow(r);
        emit regionSelected(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_map->setSelected(m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toString());
    });

    // A region chosen in the table filters the dashboards as a click on the map does.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        if (QTableWidgetItem* item = m_table->item(row, 0))
            emit regionSelected(item->data(Qt::UserRole).toString());
    });

    m_queries = new QuerySet(session, this);
    connect(m_queries, &QuerySet::resultReady, this, &MapPage::onResult);
    connect(m_queries, &QuerySet::finished, this, &MapPage::onFinished);

    // Every configured region, without data until the first answers.
    m_map->setRegions(MapWidget::configured(session->config().regions));
    m_map->resetView();
}

QString MapPage::latestWindow(double scrapeSeconds)
{
    return rateWindow(kLatestWindowSeconds, scrapeSeconds);
}

QDateTime MapPage::latestTime()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / kMinStepSeconds * kMinStepSeconds, Qt::UTC);
}

void MapPage::refresh()
{
    const Environment& env = m_session->environment();
    const double scrape = double(env.prometheus.scrapeInterval.count());
    const double span = m_span->currentData().toDouble();
    // A point per minute at most; the slider has no more positions than that.
    const double step = std::max(double(kMinStepSeconds), std::ceil(span / 360 / 60) * 60);
    const QString window = rateWindow(std::max(step, kLatestWindowSeconds), scrape);
    std::vector<QueryTarget> targets;
    for (const char* name : { "regionLatency", "regionRequestRate", "regionErrorRatio" }) {
        const QString n = QString::fromLatin1(name);
        targets.push_back({ n, {}, env.queries.render(n, { { QStringLiteral("window"), window } }),
                            env.queries.render(n, { { QStringLiteral("window"), QStringLiteral("$__window") } }) });
    }
    m_queries->setTargets(std::move(targets));
    for (auto& byRegion : m_series)
        byRegion.clear();
    // Whole steps, so that cached answers of earlier runs line up with these.
    const qint64 end = QDateTime::currentSecsSinceEpoch() / qint64(step) * qint64(step);
    m_queries->runRange(QDateTime::fromSecsSinceEpoch(end - qint64(span), Qt::UTC), QDateTime::fromSecsSinceEpoch(end, Qt::UTC), step);
    m_summary->setText(tr("Asking %1…").arg(env.prometheus.url.toString(QUrl::RemoveUserInfo)));
}

void MapPage::onResult(int target, const Result<QueryResult>& result)
{
    if (!result.ok() || target < 0 || target >= TargetCount)
        return;
    // Series carry the "region" label; each configured region says which value is its own.
    for (const Series& s : result.value().series) {
        const QString label = s.labels.value(QStringLiteral("region"));
        for (const Region& r : m_session->config().regions)
            if (r.label == label)
                m_series[target][r.id] = s;
    }
}

void MapPage::onFinished(int failures, const QString& error)
{
    std::set<double> times;
    for (const auto& [id, s] : m_series[Latency])
        times.insert(s.timestamps.begin(), s.timestamps.end());
    m_times.assign(times.begin(), times.end());
    const int last = int(m_times.size()) - 1;
    m_slider->blockSignals(true);
    m_slider->setRange(0, std::max(0, last));
    m_slider->setEnabled(last > 0);
    const int index = m_followLive || m_index < 0 ? last : std::min(m_index, last);
    m_slider->setValue(index);
    m_slider->blockSignals(false);
    showTime(index);
    m_cachedAtMs = m_queries->oldestCachedMs();
    QString text;
    if (failures > 0)
        text = tr("⚠ %1").arg(error);
    else if (m_cachedAtMs && m_session->isOffline())
        text = tr("Offline review: figures as of %1.").arg(formatAsOf(m_cachedAtMs));
    else if (m_cachedAtMs)
        text = tr("Offline: the source does not answer; figures as of %1.").arg(formatAsOf(m_cachedAtMs));
    if (!text.isEmpty())
        m_summary->setText(text + u' ' + m_summary->text());
    emit loaded(failures == 0, error);
}

void MapPage::showTime(int index)
{
    m_index = index;
    showValues();
}

MapWidget::RegionValue MapPage::valueOf(const QString& regionId) const
{
    for (const MapWidget::RegionValue& r : m_map->regions())
        if (r.id == regionId)
            return r;
    return {};
}

void MapPage::showValues()
{
    const QLocale locale;
    const bool have = m_index >= 0 && m_index < int(m_times.size());
    const double t = have ? m_times[size_t(m_index)] : 0;
    const double maxAge = 300; // a region that stopped answering five minutes ago has no figure now
    const auto& configured = m_session->config().regions;
    std::vector<MapWidget::RegionValue> regions = MapWidget::configured(configured);
    QStringList over;
    m_table->setRowCount(int(configured.size()));
    for (int row = 0; row < int(configured.size()); ++row) {
        const Region& r = configured[size_t(row)];
        MapWidget::RegionValue& v = regions[size_t(row)];
        auto at = [&](Target target) {
            const auto it = m_series[target].find(r.id);
            return have && it != m_series[target].end() ? valueAt(it->second, t, maxAge) : std::numeric_limits<double>::quiet_NaN();
        };
        v.p95Ms = at(Latency) * 1000.0;
        v.rps = at(Rate);
        v.errorRatio = at(Errors);
        const RegionState state = regionState(v.p95Ms, v.targetMs);
        if (state == RegionState::Over || state == RegionState::Near)
            over << tr("%1 %2 ms (target %3 ms)").arg(r.name, locale.toString(v.p95Ms, 'f', 0), locale.toString(v.targetMs, 'f', 0));
        auto* name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, r.id);
        name->setToolTip(tr("Target from: %1").arg(r.targetSource));
        m_table->setItem(row, 0, name);
        auto number = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, 1, number(std::isfinite(v.p95Ms) ? tr("%1 ms").arg(locale.toString(v.p95Ms, 'f', 0)) : tr("—")));
        m_table->setItem(row, 2, number(tr("%1 ms").arg(locale.toString(v.targetMs, 'f', 0))));
        auto* stateItem = new QTableWidgetItem(stateText(state));
        stateItem->setForeground(MapWidget::colour(state));
        m_table->setItem(row, 3, stateItem);
        m_table->setItem(row, 4, number(std::isfinite(v.rps) ? locale.toString(v.rps, 'f', 1) : tr("—")));
        m_table->setItem(row, 5, number(std::isfinite(v.errorRatio) ? locale.toString(v.errorRatio * 100, 'f', 2) + QStringLiteral(" %") : tr("—")));
    }
    m_map->setRegions(std::move(regions));

    const QTimeZone zone(m_session->config().timeZone.toUtf8());
    const QString when = have ? locale.toString(QDateTime::fromSecsSinceEpoch(qint64(t)).toTimeZone(zone), QStringLiteral("ddd dd/MM HH:mm")) : QString();
    const bool latest = have && m_index + 1 == int(m_times.size());
    m_time->setText(have ? (latest ? tr("%1 (latest)").arg(when) : when) : tr("no data"));
    if (!have)
        m_summary->setText(tr("No region has latency data in this span."));
    else if (over.isEmpty())
        m_summary->setText(tr("At %1 every region is at or under its p95 target.").arg(when));
    else
        m_summary->setText(tr("At %1 over target: %2.").arg(when, over.join(QStringLiteral(", "))));
}

} // namespace atalaya

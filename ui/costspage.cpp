// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/costspage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>

#include "costs/costservice.h"
#include "itemmodels/statuscolors.h"
#include "sources/session.h"
#include "ui/chartpanel.h"
#include "ui/tableexport.h"
#include "util/whenready.h"

namespace atalaya {

using costs::Standing;

namespace {

QColor colourOf(Standing s)
{
    switch (s) {
    case Standing::Ok:
        return StatusColors::ok();
    case Standing::Alert:
        return StatusColors::warning();
    case Standing::Cap:
        return StatusColors::critical();
    case Standing::Unknown:
        break;
    }
    return QColor(0xd8, 0xdd, 0xe3);
}

QTableWidgetItem* cellItem(const QString& text, Standing standing = Standing::Unknown, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (standing != Standing::Unknown)
        item->setForeground(colourOf(standing));
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

/// The first day the page asks for: the month, the week and the trend before today.
QDate firstDay(const QDate& today, int trendDays)
{
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate weekStart = today.addDays(1 - today.dayOfWeek());
    return std::min({ monthStart, weekStart, today.addDays(-trendDays) });
}

} // namespace

CostsPage::CostsPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    const Header top = addHeader(tr("Costs — %1").arg(session->environment().displayName));
    QVBoxLayout* layout = top.layout;
    m_summary = top.summary;

    auto* controls = new QHBoxLayout;
    m_currency = new QComboBox(this);
    m_currency->addItem(tr("US dollars (USD)"));
    const double rate = session->config().costs.arsPerUsd;
    if (rate > 0)
        m_currency->addItem(tr("Argentine pesos (ARS)"));
    m_currency->setToolTip(rate > 0 ? tr("Cloud cost is in USD; pesos at the configured rate (costs.arsPerUsd)")
                                    : tr("Set costs.arsPerUsd to show pesos and the share of revenue"));
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this](int i) { setPesos(i == 1); });
    controls->addWidget(new QLabel(tr("Currency:"), this));
    controls->addWidget(m_currency);
    controls->addStretch(1);
    layout->addLayout(controls);

    auto* tiles = new QHBoxLayout;
    for (QLabel*& tile : m_tiles) {
        tile = new QLabel(this);
        tile->setObjectName(QStringLiteral("costTile"));
        tile->setTextFormat(Qt::RichText);
        tile->setWordWrap(true);
        tile->setMinimumHeight(86);
        tiles->addWidget(tile, 1);
    }
    layout->addLayout(tiles);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("Vertical"), tr("Today (pace)"), tr("This week"), tr("Month to date"),
                                         tr("Budget (month)"), tr("Month-end forecast"), tr("Per booking (target)"),
                                         tr("Share of revenue"), tr("Efficiency") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeaderItem(Today)->setToolTip(tr("Spent today so far against the daily budget for the hours gone"));
    m_table->horizontalHeaderItem(PerBooking)->setToolTip(tr("Month-to-date cost over month-to-date bookings"));
    m_table->horizontalHeaderItem(Efficiency)->setToolTip(tr("OpenCost's total efficiency: usage over requests, cost-weighted"));
    layout->addWidget(m_table, 2);

    auto* lower = new QHBoxLayout;
    m_chart = new ChartPanel(tr("Cost per day"), this);
    lower->addWidget(m_chart, 3);
    auto* side = new QVBoxLayout;
    m_anomalies = new QLabel(this);
    m_anomalies->setObjectName(QStringLiteral("costAnomalies"));
    m_anomalies->setWordWrap(true);
    m_anomalies->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    side->addWidget(m_anomalies, 1);
    m_method = new QLabel(this);
    m_method->setObjectName(QStringLiteral("pageSummary"));
    m_method->setWordWrap(true);
    m_method->setAlignment(Qt::AlignBottom | Qt::AlignLeft);
    side->addWidget(m_method, 1);
    lower->addLayout(side, 2);
    layout->addLayout(lower, 3);

    auto* buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("Export CSV…"), this);
    connect(m_export, &QPushButton::clicked, this, &CostsPage::exportCsv);
    buttons->addWidget(m_export);
    auto* source = new QLabel(session->costs()->sourceDescription(), this);
    source->setObjectName(QStringLiteral("pageSummary"));
    buttons->addWidget(source, 1);
    layout->addLayout(buttons);

    std::vector<ChartPanel::Line> lines;
    static const QColor palette[] = { QColor(0x58, 0xa6, 0xff), QColor(0xbc, 0x8c, 0xff), QColor(0x3f, 0xb9, 0x50),
                                      QColor(0xf7, 0x78, 0xba), QColor(0x39, 0xc5, 0xcf) };
    int i = 0;
    for (const Vertical& v : session->config().verticals)
        if (v.monthlyBudgetUsd)
            lines.push_back({ v.name, palette[i++ % std::size(palette)] });
    lines.push_back({ tr("other verticals"), QColor(0x8b, 0x94, 0x9e) });
    lines.push_back({ tr("idle"), QColor(0xd2, 0x99, 0x22), true });
    m_chart->setLines(lines);
    setPesos(false);
}

void CostsPage::setPesos(bool pesos)
{
    const double rate = m_session->config().costs.arsPerUsd;
    if (pesos && rate > 0)
        m_chart->setUnit(tr(" ARS"), rate, 0);
    else
        m_chart->setUnit(tr(" USD"), 1.0, 2);
    if (m_currency->currentIndex() != (pesos && rate > 0 ? 1 : 0))
        m_currency->setCurrentIndex(pesos && rate > 0 ? 1 : 0);
    if (m_haveData)
        show();
}

QString CostsPage::money(double usd, int decimals) const
{
    if (std::isnan(usd))
        return tr("—");
    const QLocale locale;
    const double rate = m_session->config().costs.arsPerUsd;
    if (m_currency->currentIndex() == 1 && rate > 0)
        return tr("ARS %1").arg(locale.toString(usd * rate, 'f', 0));
    return tr("US$ %1").arg(locale.toString(usd, 'f', decimals));
}

void CostsPage::refresh()
{
    const quint64 gen = ++m_generation;
    const Config& config = m_session->config();
    const QTimeZone zone(config.timeZone.toUtf8());
    m_now = QDateTime::currentDateTimeUtc();
    const QDate today = m_now.toTimeZone(zone).date();
    const QDate from = firstDay(today, config.costs.trendDays);
    m_pending = 2;
    m_error.clear();
    m_bookingsNote.clear();
    m_cachedAt = 0;
    m_summary->setText(tr("Reading costs: %1…").arg(m_session->costs()->sourceDescription()));
    auto done = [this, gen](const QString& error, qint64 cachedAt) {
        if (gen != m_generation)
            return;
        if (!error.isEmpty() && m_error.isEmpty())
            m_error = error;
        if (cachedAt)
            m_cachedAt = m_cachedAt ? std::min(m_cachedAt, cachedAt) : cachedAt;
        if (--m_pending == 0)
            show();
    };
    whenReady(m_session->costs()->dailyByNamespace(from, m_now, zone, config.costs.resolution), this,
              [this, gen, done](const Result<costs::AllocationReport>& r) {
                  if (gen != m_generation)
                      return;
                  if (r.ok())
                      m_report = r.value();
                  done(r.ok() ? QString() : r.error().toDisplayString(), r.ok() ? r.value().cachedAtMs : 0);
              });
    // Bookings and their value from the booking database; the count alone from Prometheus
    // when there is none.
    if (bookings::BookingsDatabase* db = m_session->bookings()) {
        // To the end of the current hour: the rows are hourly, and a window that stays the
        // same within the hour is one the cache can answer in offline review.
        const QDateTime start = QDateTime(from, QTime(0, 0), zone).toUTC();
        const QDateTime end = QDateTime::fromSecsSinceEpoch((m_now.toSecsSinceEpoch() / 3600 + 1) * 3600, Qt::UTC);
        whenReady(db->bookingsHourly(start, end), this, [this, gen, done, zone](const Result<bookings::Answer<bookings::HourlyRow>>& r) {
            if (gen != m_generation)
                return;
            if (r.ok())
                m_bookings = costs::bookingsByDay(r.value().rows, zone);
            else
                m_bookingsNote = tr("Bookings: %1.").arg(r.error().toDisplayString());
            done({}, r.ok() ? r.value().cachedAtMs : 0);
        });
    } else {
        whenReady(m_session->costs()->bookingsFromPrometheus(from, m_now, zone), this, [this, gen, done](const Result<costs::BookingsByDay>& r) {
            if (gen != m_generation)
                return;
            if (r.ok()) {
                m_bookings = r.value();
                m_bookingsNote = tr("Bookings counted in Prometheus (bookings_total); revenue needs the booking database.");
            } else {
                m_bookingsNote = tr("Bookings: %1.").arg(r.error().toDisplayString());
            }
            done({}, 0);
        });
    }
}

void CostsPage::show()
{
    const Config& config = m_session->config();
    const QTimeZone zone(config.timeZone.toUtf8());
    const QLocale locale;
    m_days = costs::toDays(m_report, config.verticals, zone, m_now.toMSecsSinceEpoch());
    m_analysis = costs::analyse(m_days, m_bookings, config.verticals, config.costs, m_now, zone);
    m_haveData = true;
    const costs::CostAnalysis& a = m_analysis;
    auto percent = [&](double v, int decimals = 0) -> QString {
        return std::isnan(v) ? tr("—") : locale.toString(v * 100, 'f', decimals) + QStringLiteral(" %");
    };
    auto withRatio = [&](const costs::PeriodSpend& p) -> QString {
        if (p.coveredDays <= 0)
            return tr("—");
        return std::isnan(p.ratio) ? money(p.spend) : tr("%1 · %2").arg(money(p.spend), percent(p.ratio));
    };
    auto periodTip = [&](const costs::PeriodSpend& p) -> QString {
        if (std::isnan(p.budget))
            return tr("No budget for this vertical (verticals[].monthlyBudgetUsd)");
        return tr("%1 spent against a budget of %2 for the %3 days the data covers")
            .arg(money(p.spend), money(p.budget), locale.toString(p.coveredDays, 'f', 1));
    };

    m_table->setRowCount(int(config.verticals.size()));
    double budgetedSpend = 0, budgetedBudget = 0, budgetedForecast = 0, monthlyBudgets = 0;
    for (int row = 0; row < int(config.verticals.size()); ++row) {
        const Vertical& v = config.verticals[size_t(row)];
        const costs::VerticalCosts& c = a.verticals[size_t(row)];
        auto* name = new QTableWidgetItem(v.name);
        name->setData(Qt::UserRole + 1, v.id);
        name->setToolTip(tr("Namespace %1").arg(v.namespaceName));
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Today, cellItem(withRatio(c.today), c.today.standing, periodTip(c.today)));
        m_table->setItem(row, Week, cellItem(withRatio(c.week), c.week.standing, periodTip(c.week)));
        m_table->setItem(row, Month, cellItem(withRatio(c.month), c.month.standing, periodTip(c.month)));
        m_table->setItem(row, Budget, cellItem(std::isnan(c.monthlyBudget) ? tr("none") : money(c.monthlyBudget, 0)));
        const QString forecast = std::isnan(c.forecast) ? tr("—")
            : std::isnan(c.monthlyBudget)               ? money(c.forecast)
                                                        : tr("%1 · %2").arg(money(c.forecast), percent(c.forecast / c.monthlyBudget));
        m_table->setItem(row, Forecast, cellItem(forecast, c.forecastStanding));
        QString perBooking = tr("—");
        QString perBookingTip;
        if (!std::isnan(c.costPerBooking)) {
            perBooking = std::isnan(c.costPerBookingTarget)
                ? money(c.costPerBooking, 4)
                : tr("%1 (%2)").arg(money(c.costPerBooking, 4), money(c.costPerBookingTarget, 2));
            perBookingTip = tr("%1 over %n booking(s) this month", nullptr, int(c.bookings.value_or(0))).arg(money(c.month.spend));
        } else if (c.bookings && *c.bookings == 0) {
            perBooking = tr("no bookings");
        }
        m_table->setItem(row, PerBooking, cellItem(perBooking, c.costPerBookingStanding, perBookingTip));
        m_table->setItem(row, RevenueShare,
                         cellItem(percent(c.revenueShare, 2), Standing::Unknown,
                                  std::isnan(c.revenueArs) ? QString() : tr("of ARS %1 revenue this month").arg(locale.toString(c.revenueArs, 'f', 0))));
        m_table->setItem(row, Efficiency, cellItem(percent(c.efficiency)));
        if (!std::isnan(c.monthlyBudget)) {
            budgetedSpend += c.month.spend;
            budgetedBudget += std::isnan(c.month.budget) ? 0 : c.month.budget;
            budgetedForecast += std::isnan(c.forecast) ? 0 : c.forecast;
            monthlyBudgets += c.monthlyBudget;
        }
    }

    // The tiles: what a manager asks first.
    auto tile = [](const QString& title, const QString& value, const QColor& colour, const QString& detail) {
        return QStringLiteral("<div style='color:#9aa3ad'>%1</div><div style='font-size:22px;font-weight:bold;color:%2'>%3</div>"
                              "<div style='color:#c9ced6'>%4</div>")
            .arg(title.toHtmlEscaped(), colour.name(), value.toHtmlEscaped(), detail.toHtmlEscaped());
    };
    const double budgetRatio = budgetedBudget > 0 ? budgetedSpend / budgetedBudget : costs::kNoValue;
    m_tiles[0]->setText(tile(tr("Month to date, verticals with a budget"), money(budgetedSpend), colourOf(costs::standingOf(budgetRatio, config.costs)),
                             tr("%1 of %2 budgeted for the days covered").arg(percent(budgetRatio), money(budgetedBudget))));
    const double forecastRatio = monthlyBudgets > 0 ? budgetedForecast / monthlyBudgets : costs::kNoValue;
    m_tiles[1]->setText(tile(tr("Month-end forecast"), money(budgetedForecast), colourOf(costs::standingOf(forecastRatio, config.costs)),
                             tr("%1 of the month's %2; whole cluster %3").arg(percent(forecastRatio), money(monthlyBudgets, 0), money(a.clusterForecast))));
    m_tiles[2]->setText(tile(tr("Idle, month to date"), money(a.idleMonth), a.idleIsWaste ? StatusColors::warning() : StatusColors::ok(),
                             a.idleIsWaste ? tr("%1 of the cluster's %2: waste (≥ %3 unused)")
                                                 .arg(percent(a.idleShare), money(a.clusterMonth.spend), percent(config.costs.wasteIdleShare))
                                           : tr("%1 of the cluster's %2").arg(percent(a.idleShare), money(a.clusterMonth.spend))));
    const QString shareDetail = std::isnan(a.revenueShare)
        ? (config.costs.arsPerUsd > 0 ? tr("needs the booking database (revenue)") : tr("needs costs.arsPerUsd"))
        : tr("target < %1 (year %2); revenue ARS %3").arg(percent(a.revenueShareTarget), QString::number(config.costs.operatingYear),
                                                          locale.toString(a.revenueArs, 'f', 0));
    m_tiles[3]->setText(tile(tr("Infrastructure / revenue"), percent(a.revenueShare, 2),
                             std::isnan(a.revenueShare) ? StatusColors::noData() : colourOf(a.revenueShareStanding), shareDetail));

    // Anomalies, newest first.
    QStringList anomalyLines;
    for (const costs::Anomaly& an : a.anomalies) {
        const Vertical* v = config.vertical(an.vertical);
        const QString who = v ? v->name : tr("Whole cluster");
        const QString factor = locale.toString(an.factor, 'f', 1), days = QString::number(config.costs.trendDays);
        if (an.projected)
            anomalyLines << tr("⚠ %1, today at its pace: %2 a day, %3× its %4-day trend (%5 a day)")
                                .arg(who, money(an.cost), factor, days, money(an.trend));
        else
            anomalyLines << tr("⚠ %1, %2: %3, %4× its %5-day trend (%6 a day)")
                                .arg(who, locale.toString(an.day, QStringLiteral("ddd dd/MM")), money(an.cost), factor, days, money(an.trend));
    }
    m_anomalies->setText(anomalyLines.isEmpty()
                             ? tr("No day above %1 of its trailing trend.").arg(percent(config.costs.anomalyFactor))
                             : tr("Days above %1 of their trailing trend:").arg(percent(config.costs.anomalyFactor)) + u'\n'
                                 + anomalyLines.mid(0, 8).join(u'\n'));
    m_anomalies->setStyleSheet(anomalyLines.isEmpty() ? QString() : QStringLiteral("color: #f0c05a;"));

    // How the figures are made.
    QStringList method;
    method << tr("Budget pace: spend over the monthly budget prorated to the time the data covers; alert at %1, spend limit %2.")
                  .arg(percent(config.costs.budgetAlert), percent(config.costs.budgetCap));
    if (a.forecastBasisDays > 0)
        method << tr("Forecast: month to date plus the mean of the last %n complete day(s) for the rest of the month (and for days without data).",
                     nullptr, a.forecastBasisDays);
    else
        method << tr("Forecast: month to date plus today's pace for the rest of the month.");
    if (config.costs.arsPerUsd > 0)
        method << tr("1 USD = %1 ARS (configured%2).")
                      .arg(locale.toString(config.costs.arsPerUsd, 'f', 2),
                           config.costs.arsPerUsdAsOf.isEmpty() ? QString() : tr(", as of %1").arg(config.costs.arsPerUsdAsOf));
    method << tr("Revenue: %1 of the approved bookings' value.").arg(percent(config.costs.commissionRate, 1));
    if (a.dataFrom.isValid() && a.dataFrom > a.monthStart)
        method << tr("Cost data starts on %1.").arg(locale.toString(a.dataFrom, QLocale::ShortFormat));
    if (!m_bookingsNote.isEmpty())
        method << m_bookingsNote;
    m_method->setText(method.join(u' '));

    // Daily cost: the budgeted verticals, the rest together, and idle; whole days at their local
    // midnight, today projected to the whole day at its pace (once a quarter of it has passed),
    // a day the data covers only in part (the start of the history) left out.
    std::vector<QString> ids;
    for (const Vertical& v : config.verticals)
        if (v.monthlyBudgetUsd)
            ids.push_back(v.id);
    std::vector<Series> series(ids.size() + 2);
    QString chartNote;
    for (const costs::DayCost& d : m_days) {
        const bool today = d.day == a.today;
        if (d.coveredFraction < 0.999 && !(today && d.coveredFraction >= 0.25))
            continue;
        const double scale = today ? 1.0 / d.coveredFraction : 1.0;
        if (today && d.coveredFraction < 0.999)
            chartNote = tr("today projected from its first %n hour(s)", nullptr, int(d.coveredFraction * 24));
        const double t = double(QDateTime(d.day, QTime(0, 0), zone).toMSecsSinceEpoch()) / 1000.0;
        double others = d.total - (std::isnan(d.idle) ? 0 : d.idle);
        for (size_t i = 0; i < ids.size(); ++i) {
            const auto it = d.byVertical.find(ids[i]);
            const double v = it == d.byVertical.end() ? 0 : it->second;
            others -= v;
            series[i].timestamps.push_back(t);
            series[i].values.push_back(v * scale);
        }
        series[ids.size()].timestamps.push_back(t);
        series[ids.size()].values.push_back(std::max(0.0, others) * scale);
        series[ids.size() + 1].timestamps.push_back(t);
        series[ids.size() + 1].values.push_back(d.idle * scale);
    }
    if (!series.front().timestamps.empty()) {
        m_chart->setTimeRange(QDateTime::fromSecsSinceEpoch(qint64(series.front().timestamps.front()), Qt::UTC),
                              QDateTime(a.today.addDays(1), QTime(0, 0), zone).toUTC(), 86400);
        m_chart->setGapStep(86400);
        for (size_t i = 0; i < series.size(); ++i)
            m_chart->setSeries(int(i), &series[i]);
        m_chart->redrawFromData();
        m_chart->setState(chartNote);
    } else {
        m_chart->setState(tr("no whole day of cost data yet"), m_error);
    }

    m_cachedAtMs = m_cachedAt;
    const QString period = tr("%1 – %2, %3").arg(locale.toString(a.monthStart, QStringLiteral("d MMM")),
                                                 locale.toString(m_now.toTimeZone(zone), QStringLiteral("d MMM HH:mm")),
                                                 config.timeZone);
    if (!m_error.isEmpty() && m_days.empty())
        m_summary->setText(tr("⚠ %1").arg(m_error));
    else if (!m_error.isEmpty())
        m_summary->setText(tr("⚠ %1 — %2").arg(m_error, period));
    else if (m_cachedAt && m_session->isOffline())
        m_summary->setText(tr("%1 — offline review: cost as of %2").arg(period, formatAsOf(m_cachedAt)));
    else if (m_cachedAt)
        m_summary->setText(tr("%1 — offline: the cost source does not answer; cost as of %2").arg(period, formatAsOf(m_cachedAt)));
    else
        m_summary->setText(tr("Month to date: %1.").arg(period));
    emit loaded(m_error.isEmpty(), m_error);
}

QString CostsPage::cell(const QString& verticalId, Column column) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Name) && m_table->item(r, Name)->data(Qt::UserRole + 1).toString() == verticalId)
            return m_table->item(r, column) ? m_table->item(r, column)->text() : QString();
    return {};
}

QString CostsPage::anomaliesText() const
{
    return m_anomalies->text();
}

QByteArray CostsPage::csv() const
{
    // The table as shown, then the daily cost per vertical in USD (the data behind the chart).
    QByteArray out = tablesToCsv({ m_table });
    out += "\n\"day\"";
    const auto& verticals = m_session->config().verticals;
    for (const Vertical& v : verticals)
        out += ",\"" + v.id.toUtf8() + "_usd\"";
    out += ",\"idle_usd\",\"total_usd\",\"covered_fraction\"\n";
    for (const costs::DayCost& d : m_days) {
        out += d.day.toString(Qt::ISODate).toUtf8();
        for (const Vertical& v : verticals) {
            const auto it = d.byVertical.find(v.id);
            out += ',' + (it == d.byVertical.end() ? QByteArray() : QByteArray::number(it->second, 'f', 5));
        }
        out += ',' + (std::isnan(d.idle) ? QByteArray() : QByteArray::number(d.idle, 'f', 5));
        out += ',' + QByteArray::number(d.total, 'f', 5) + ',' + QByteArray::number(d.coveredFraction, 'f', 4) + '\n';
    }
    return out;
}

void CostsPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export costs as CSV"), QStringLiteral("costs.csv"), tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    saveInBackground(file, csv(), this, [this, file](bool ok) {
        if (!ok)
            m_summary->setText(tr("⚠ cannot write %1").arg(file));
    });
}

} // namespace atalaya

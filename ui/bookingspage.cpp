// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bookingspage.h"

#include <array>
#include <map>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include "sources/session.h"
#include "ui/chartpanel.h"
#include "ui/tableexport.h"
#include "util/whenready.h"

namespace atalaya {

namespace {

enum VerticalColumn
{
    VName,
    VBookings,
    VChange,
    VCancelled,
    VNoShows,
    VConversion,
    VRevenue,
    VUtilisation,
    VCount,
};

enum ProviderColumn
{
    PName,
    PAttempts,
    PApproved,
    PSuccess,
    PCount,
};

constexpr double kTarget = 0.97; ///< MercadoPago success target (PLATFORM-FACTS.md)
constexpr double kFloor = 0.95;

struct Totals
{
    qint64 checkouts = 0, bookings = 0, cancelled = 0, noShows = 0;
    double revenue = 0;
};

std::map<QString, Totals> byVertical(const std::vector<bookings::HourlyRow>& rows)
{
    std::map<QString, Totals> out;
    for (const auto& r : rows) {
        Totals& t = out[r.vertical];
        t.checkouts += r.checkouts;
        t.bookings += r.bookings;
        t.cancelled += r.cancellations;
        t.noShows += r.noShows;
        t.revenue += r.revenueArs;
    }
    return out;
}

QTableWidget* makeTable(int columns, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(30);
    return t;
}

QTableWidgetItem* number(const QString& text, const QVariant& sortKey = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (sortKey.isValid())
        item->setData(Qt::UserRole, sortKey);
    return item;
}

} // namespace

BookingsPage::BookingsPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    const auto* db = session->bookings();
    const Header top = addHeader(tr("Bookings — %1").arg(session->environment().displayName));
    QVBoxLayout* layout = top.layout;
    m_summary = top.summary;
    m_verticals = makeTable(VCount,
                            { tr("Vertical"), tr("Bookings (24 h)"), tr("vs same hours last week"), tr("Cancelled"), tr("No-shows"),
                              tr("Conversion"), tr("Revenue (ARS)"), tr("Provider utilisation (7 d)") },
                            this);
    m_verticals->setToolTip(tr("Aggregates only: no row names a patient, a customer or a provider"));
    m_verticals->horizontalHeader()->setSectionResizeMode(VName, QHeaderView::ResizeToContents);
    layout->addWidget(m_verticals, 2);
    auto* lower = new QHBoxLayout;
    m_providers = makeTable(PCount, { tr("Payment provider"), tr("Attempts (24 h)"), tr("Approved"), tr("Success") }, this);
    m_providers->setToolTip(tr("MercadoPago's target is 97 %; below 95 % is an incident"));
    auto* left = new QVBoxLayout;
    left->addWidget(m_providers, 1);
    m_cities = makeTable(4, { tr("City"), tr("Bookings (24 h)"), tr("vs same hours last week"), tr("Conversion") }, this);
    left->addWidget(m_cities, 1);
    lower->addLayout(left, 2);
    m_chart = new ChartPanel(tr("Bookings per hour, every vertical"), this);
    m_chart->setUnit(tr("/h"), 1.0, 0);
    m_chart->setLines({ { tr("bookings/h"), QColor(0x3f, 0xb9, 0x50) }, { tr("same hour last week"), QColor(0x8b, 0x94, 0x9e), true } });
    lower->addWidget(m_chart, 3);
    layout->addLayout(lower, 3);
    auto* buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("Export CSV…"), this);
    connect(m_export, &QPushButton::clicked, this, &BookingsPage::exportCsv);
    buttons->addWidget(m_export);
    auto* source = new QLabel(db ? tr("Read from %1 as %2 (views of schema atalaya; sslmode %3)")
                                       .arg(db->config().displayName(), db->config().user, db->config().sslmode)
                                 : tr("No booking database is configured for this environment (sources.bookings)."),
                              this);
    source->setObjectName(QStringLiteral("pageSummary"));
    buttons->addWidget(source, 1);
    layout->addLayout(buttons);
}

void BookingsPage::refresh()
{
    bookings::BookingsDatabase* db = m_session->bookings();
    if (!db) {
        m_summary->setText(tr("No booking database is configured for this environment."));
        emit loaded(true, {});
        return;
    }
    const quint64 gen = ++m_generation;
    // Whole hours: the current one is still filling.
    m_to = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    m_from = m_to.addDays(-1);
    m_pending = 4;
    m_error.clear();
    m_cachedAt = 0;
    m_summary->setText(tr("Reading %1…").arg(db->config().displayName()));
    auto done = [this, gen](const QString& error, qint64 cachedAt) {
        if (gen != m_generation)
            return false;
        if (!error.isEmpty() && m_error.isEmpty())
            m_error = error;
        if (cachedAt)
            m_cachedAt = m_cachedAt ? std::min(m_cachedAt, cachedAt) : cachedAt;
        if (--m_pending == 0)
            show();
        return true;
    };
    auto hourly = [this, done](std::vector<bookings::HourlyRow>* into) {
        return [this, done, into](const Result<bookings::Answer<bookings::HourlyRow>>& r) {
            if (r.ok())
                *into = r.value().rows;
            done(r.ok() ? QString() : r.error().toDisplayString(), r.ok() ? r.value().cachedAtMs : 0);
        };
    };
    whenReady(db->bookingsHourly(m_from, m_to), this, hourly(&m_now));
    whenReady(db->bookingsHourly(m_from.addDays(-7), m_to.addDays(-7)), this, hourly(&m_lastWeek));
    whenReady(db->paymentsHourly(m_from, m_to), this, [this, done](const Result<bookings::Answer<bookings::PaymentRow>>& r) {
        if (r.ok())
            m_payments = r.value().rows;
        done(r.ok() ? QString() : r.error().toDisplayString(), r.ok() ? r.value().cachedAtMs : 0);
    });
    const QDate today = QDate::currentDate();
    whenReady(db->providersDaily(today.addDays(-7), today), this, [this, done](const Result<bookings::Answer<bookings::ProviderRow>>& r) {
        if (r.ok())
            m_utilisation = r.value().rows;
        done(r.ok() ? QString() : r.error().toDisplayString(), r.ok() ? r.value().cachedAtMs : 0);
    });
}

void BookingsPage::setRegion(const QString& regionId)
{
    m_city = m_session->config().region(regionId) ? regionId : QString();
    for (int r = 0; r < m_cities->rowCount(); ++r)
        if (m_cities->item(r, 0)->data(Qt::UserRole + 1).toString() == m_city)
            m_cities->selectRow(r);
    if (m_city.isEmpty())
        m_cities->clearSelection();
    if (m_shown)
        show();
}

void BookingsPage::show()
{
    m_shown = true;
    const QLocale locale;
    auto inCity = [this](const std::vector<bookings::HourlyRow>& rows) {
        if (m_city.isEmpty())
            return rows;
        std::vector<bookings::HourlyRow> out;
        for (const auto& r : rows)
            if (r.city == m_city)
                out.push_back(r);
        return out;
    };
    const auto now = byVertical(inCity(m_now));
    const auto before = byVertical(inCity(m_lastWeek));
    std::map<QString, std::pair<qint64, qint64>> utilisation; // booked, available minutes
    for (const auto& r : m_utilisation) {
        if (!m_city.isEmpty() && r.city != m_city)
            continue;
        utilisation[r.vertical].first += r.bookedMinutes;
        utilisation[r.vertical].second += r.availableMinutes;
    }
    const auto& verticals = m_session->config().verticals;
    m_verticals->setSortingEnabled(false);
    m_verticals->setRowCount(static_cast<int>(verticals.size()));
    auto percent = [&](double v) -> QString { return locale.toString(v * 100, 'f', 1) + QStringLiteral(" %"); };
    for (int row = 0; row < static_cast<int>(verticals.size()); ++row) {
        const Vertical& v = verticals[size_t(row)];
        const Totals t = now.count(v.id) ? now.at(v.id) : Totals {};
        const Totals b = before.count(v.id) ? before.at(v.id) : Totals {};
        auto* name = new QTableWidgetItem(v.healthData ? tr("%1 (aggregates only)").arg(v.name) : v.name);
        name->setData(Qt::UserRole + 1, v.id);
        m_verticals->setItem(row, VName, name);
        m_verticals->setItem(row, VBookings, number(locale.toString(t.bookings)));
        const double change = b.bookings > 0 ? double(t.bookings) / double(b.bookings) - 1 : 0;
        auto* changeItem = number(b.bookings > 0 ? (change >= 0 ? QStringLiteral("+") : QString()) + percent(change) : tr("—"));
        if (b.bookings > 0 && change < -0.2)
            changeItem->setForeground(QColor(0xf8, 0x51, 0x49));
        m_verticals->setItem(row, VChange, changeItem);
        m_verticals->setItem(row, VCancelled, number(t.bookings ? percent(double(t.cancelled) / double(t.bookings)) : tr("—")));
        m_verticals->setItem(row, VNoShows, number(t.bookings ? percent(double(t.noShows) / double(t.bookings)) : tr("—")));
        m_verticals->setItem(row, VConversion, number(t.checkouts ? percent(double(t.bookings) / double(t.checkouts)) : tr("—")));
        m_verticals->setItem(row, VRevenue, number(locale.toString(t.revenue, 'f', 0)));
        const auto u = utilisation.count(v.id) ? utilisation.at(v.id) : std::pair<qint64, qint64> {};
        m_verticals->setItem(row, VUtilisation, number(u.second ? percent(double(u.first) / double(u.second)) : tr("—")));
    }

    // Per city: the same figures, every vertical together.
    std::map<QString, std::array<qint64, 3>> cities; // bookings, checkouts, bookings last week
    for (const auto& r : m_now) {
        cities[r.city][0] += r.bookings;
        cities[r.city][1] += r.checkouts;
    }
    for (const auto& r : m_lastWeek)
        cities[r.city][2] += r.bookings;
    m_cities->setRowCount(static_cast<int>(cities.size()));
    int cityRow = 0;
    for (const auto& [city, c] : cities) {
        const Region* region = m_session->config().region(city);
        auto* name = new QTableWidgetItem(region ? region->name : city);
        name->setData(Qt::UserRole + 1, city);
        m_cities->setItem(cityRow, 0, name);
        m_cities->setItem(cityRow, 1, number(locale.toString(c[0])));
        const double change = c[2] > 0 ? double(c[0]) / double(c[2]) - 1 : 0;
        m_cities->setItem(cityRow, 2, number(c[2] > 0 ? (change >= 0 ? QStringLiteral("+") : QString()) + percent(change) : tr("—")));
        m_cities->setItem(cityRow, 3, number(c[1] ? percent(double(c[0]) / double(c[1])) : tr("—")));
        ++cityRow;
    }

    std::map<QString, std::pair<qint64, qint64>> providers; // attempts, approved
    for (const auto& p : m_payments) {
        providers[p.provider].first += p.attempts;
        providers[p.provider].second += p.approved;
    }
    m_providers->setRowCount(static_cast<int>(providers.size()));
    int row = 0;
    for (const auto& [name, counts] : providers) {
        m_providers->setItem(row, PName, new QTableWidgetItem(name));
        m_providers->setItem(row, PAttempts, number(locale.toString(counts.first)));
        m_providers->setItem(row, PApproved, number(locale.toString(counts.second)));
        const double success = counts.first ? double(counts.second) / double(counts.first) : 0;
        auto* item = number(counts.first ? percent(success) : tr("—"));
        item->setForeground(success >= kTarget ? QColor(0x3f, 0xb9, 0x50) : success >= kFloor ? QColor(0xd2, 0x99, 0x22) : QColor(0xf8, 0x51, 0x49));
        m_providers->setItem(row, PSuccess, item);
        ++row;
    }

    // Hourly totals, now and a week earlier moved onto today's hours.
    const Series nowSeries = bookings::bookingsPerHour(m_now, {}, 0, m_city);
    const Series beforeSeries = bookings::bookingsPerHour(m_lastWeek, {}, qint64(7) * 86'400'000, m_city);
    m_chart->setTimeRange(m_from, m_to, 3600);
    m_chart->setGapStep(3600);
    m_chart->setSeries(0, &nowSeries);
    m_chart->setSeries(1, &beforeSeries);
    m_chart->redrawFromData();

    m_cachedAtMs = m_cachedAt;
    QString window = tr("Last 24 h (%1–%2) against the same hours last week")
                               .arg(locale.toString(m_from.toLocalTime(), QStringLiteral("dd/MM HH:mm")),
                                    locale.toString(m_to.toLocalTime(), QStringLiteral("dd/MM HH:mm")));
    if (const Region* region = m_session->config().region(m_city))
        window = tr("%1 only (payments for every city) · %2").arg(region->name, window);
    if (!m_error.isEmpty())
        m_summary->setText(tr("⚠ %1 — %2").arg(m_error, window));
    else if (m_cachedAt && m_session->isOffline())
        m_summary->setText(tr("%1 — offline review: figures as of %2").arg(window, formatAsOf(m_cachedAt)));
    else if (m_cachedAt)
        m_summary->setText(tr("%1 — offline: the database does not answer; figures as of %2").arg(window, formatAsOf(m_cachedAt)));
    else
        m_summary->setText(window + u'.');
    emit loaded(m_error.isEmpty(), m_error);
}

void BookingsPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export bookings as CSV"), QStringLiteral("bookings.csv"), tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    // The three tables one after the other.
    saveInBackground(file, tablesToCsv({ m_verticals, m_cities, m_providers }), this, [this, file](bool ok) {
        if (!ok)
            m_summary->setText(tr("⚠ cannot write %1").arg(file));
    });
}

QString BookingsPage::verticalCell(const QString& verticalId, int column) const
{
    for (int r = 0; r < m_verticals->rowCount(); ++r)
        if (m_verticals->item(r, VName)->data(Qt::UserRole + 1).toString() == verticalId)
            return m_verticals->item(r, column)->text();
    return {};
}

QString BookingsPage::cityCell(const QString& city, int column) const
{
    for (int r = 0; r < m_cities->rowCount(); ++r)
        if (m_cities->item(r, 0)->data(Qt::UserRole + 1).toString() == city)
            return m_cities->item(r, column)->text();
    return {};
}

QString BookingsPage::providerCell(const QString& provider, int column) const
{
    for (int r = 0; r < m_providers->rowCount(); ++r)
        if (m_providers->item(r, PName)->text() == provider)
            return m_providers->item(r, column)->text();
    return {};
}

} // namespace atalaya

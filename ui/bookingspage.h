// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "sources/bookingsdb.h"
#include "ui/page.h"

class QPushButton;
class QTableWidget;

namespace atalaya {

class ChartPanel;
class Session;

/// Business figures from the booking database (views of schema "atalaya", aggregates only):
/// per vertical the last 24 hours against the same hours last week — bookings, cancellations,
/// no-shows, conversion (bookings / checkouts started), revenue in ARS — and the providers'
/// utilisation over 7 days; payment success per provider against MercadoPago's 97 % target and
/// the 95 % floor; bookings per hour against last week. CSV export.
class BookingsPage : public Page
{
    Q_OBJECT
public:
    explicit BookingsPage(Session* session, QWidget* parent = nullptr);
    QString pageName() const override { return QStringLiteral("bookings"); }
    void setRange(const TimeRange&) override { }
    void refresh() override;
    /// For tests: a cell of the per-vertical table, by vertical id and column.
    QString verticalCell(const QString& verticalId, int column) const;
    QString providerCell(const QString& provider, int column) const;
    QString cityCell(const QString& city, int column) const;
    /// Bookings, conversion, revenue and the hourly chart of one city (a region's id; empty: all),
    /// from what is loaded; payments and the cities' table stay for every city.
    void setRegion(const QString& regionId) override;

private:
    void show();
    void exportCsv();

    Session* m_session;
    QLabel* m_summary = nullptr;
    QTableWidget* m_verticals = nullptr;
    QTableWidget* m_providers = nullptr;
    QTableWidget* m_cities = nullptr;
    ChartPanel* m_chart = nullptr;
    QPushButton* m_export = nullptr;
    quint64 m_generation = 0;
    int m_pending = 0;
    QString m_error;
    qint64 m_cachedAt = 0;
    std::vector<bookings::HourlyRow> m_now, m_lastWeek;
    QString m_city; ///< the chosen region's id (the views' city), empty: all
    bool m_shown = false; ///< show() ran since the last refresh
    std::vector<bookings::PaymentRow> m_payments;
    std::vector<bookings::ProviderRow> m_utilisation;
    QDateTime m_from, m_to;
};

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "costs/costanalysis.h"
#include "ui/page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace atalaya {

class ChartPanel;
class Session;

/// What each vertical costs against its budget and its bookings (PLATFORM-FACTS.md, "Cost
/// figures"): spend today, this week and month to date against the budget prorated to the time
/// the data covers (alert at 120 %, spend limit at 150 %), the month-end forecast, cost per
/// booking against each vertical's target, the share of revenue against the year's target, idle
/// cost, and days above 150 % of their trailing trend; USD or ARS at the configured rate. From
/// OpenCost's API or its Prometheus metrics; bookings and revenue from the booking database.
class CostsPage : public Page
{
    Q_OBJECT

public:
    explicit CostsPage(Session* session, QWidget* parent = nullptr);
    QString pageName() const override { return QStringLiteral("costs"); }
    void setRange(const TimeRange&) override { }
    void refresh() override;

    /// The columns of the per-vertical table.
    enum Column
    {
        Name,
        Today,
        Week,
        Month,
        Budget,
        Forecast,
        PerBooking,
        RevenueShare,
        Efficiency,
        ColumnCount,
    };
    /// For tests: a cell of the per-vertical table, and the last analysis.
    QString cell(const QString& verticalId, Column column) const;
    const costs::CostAnalysis& analysis() const { return m_analysis; }
    /// Shows amounts in pesos (true) or dollars.
    void setPesos(bool pesos);
    QString anomaliesText() const;
    QByteArray csv() const;

private:
    void show();
    QString money(double usd, int decimals = 2) const;
    void exportCsv();

    Session* m_session;
    QLabel* m_summary = nullptr;
    QComboBox* m_currency = nullptr;
    QLabel* m_tiles[4] {};
    QTableWidget* m_table = nullptr;
    ChartPanel* m_chart = nullptr;
    QLabel* m_anomalies = nullptr;
    QLabel* m_method = nullptr;
    QPushButton* m_export = nullptr;

    quint64 m_generation = 0;
    int m_pending = 0;
    QString m_error;
    QString m_bookingsNote;
    qint64 m_cachedAt = 0;
    costs::AllocationReport m_report;
    costs::BookingsByDay m_bookings;
    std::vector<costs::DayCost> m_days;
    costs::CostAnalysis m_analysis;
    QDateTime m_now;
    bool m_haveData = false;
};

} // namespace atalaya

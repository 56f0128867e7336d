// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mapwidget.h"

#include <map>

#include "domain/series.h"
#include "domain/verticalstatus.h"
#include "ui/page.h"
#include "util/result.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace atalaya {

class QuerySet;
class Session;
class VerticalStatusModel;

/// The start page: every vertical of the environment with its current p95 against the SLA,
/// 5xx ratio and request rate, coloured by status; a row opens the vertical's dashboard.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    OverviewPage(Session* session, QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString pageName() const override { return QStringLiteral("overview"); }
    void setRange(const TimeRange&) override { }
    void refresh() override;
    /// p95, requests/s and 5xx of one region (asked again at the next refresh), its p95 against
    /// the region's own target; the other columns stay platform-wide.
    void setRegion(const QString& regionId) override;
    /// A widget shown between the summary and the table (the contingency recommendations).
    void setTopWidget(QWidget* widget);
    VerticalStatusModel* model() const { return m_model; }
    /// The level the flag store serves per vertical id (the degradation monitor reads it).
    void setDegradationLevels(std::map<QString, int> levels);

signals:
    /// The map tile was clicked (on a region: its id, else empty).
    void openMap(const QString& regionId);

private:
    void onResult(int target, const Result<QueryResult>& result);
    void onFinished(int failures, const QString& firstError);
    void showProvisional();
    void onRegionResult(int target, const Result<QueryResult>& result);
    /// Once both the overview's and the regions' queries have answered: regions over target.
    void showRegionsInSummary();
    /// Asks for today's spend per vertical (the cost source), for the cost column.
    void refreshCosts();
    /// Today's spend and the degradation level into @p row, as last known.
    void decorate(VerticalStatus& row) const;
    /// The rows shown again with what decorate() knows now.
    void showDecorations();

    Session* m_session;
    QString m_regionId;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    VerticalStatusModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QuerySet* m_queries = nullptr;
    MapWidget* m_regionMap = nullptr;
    QuerySet* m_regionQueries = nullptr;
    bool m_regionSummaryShown = false;
    /// Cached answers arrive together at start-up: shown once, when they are all in.
    bool m_provisionalPosted = false;
    static constexpr int kProvisionalGatherMs = 50;
    qint64 m_provisionalAsOfMs = 0;
    std::vector<MapWidget::RegionValue> m_regions; ///< filled by the current refresh
    std::map<QString, VerticalStatus> m_pending; ///< rows being filled by the current refresh
    struct CostToday
    {
        double spend;
        double budget;
        Status state;
    };
    std::map<QString, CostToday> m_costToday; ///< vertical id -> today's spend, as last answered
    QString m_costError; ///< the last cost request's failure, empty when it answered
    quint64 m_costGeneration = 0;
    std::map<QString, int> m_levels; ///< vertical id -> degradation level the flag store serves
};

} // namespace atalaya

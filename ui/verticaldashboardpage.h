// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "domain/series.h"
#include "sources/bookingsdb.h"
#include "sources/queryset.h"
#include "ui/page.h"
#include "util/result.h"

class QLabel;
class QTableWidget;

namespace atalaya {

class BucketGrid;
class ChartPanel;
class QuerySet;
struct Vertical;
class Session;

/// The dashboard of one vertical over the chosen range: latency against the SLA, traffic with the
/// vertical's peak hours shaded, 5xx ratio, replicas against the autoscaler's bounds, CPU and
/// memory against the scaling thresholds, bookings, payments per provider with gateway latency,
/// and the slowest routes now.
class VerticalDashboardPage : public Page
{
    Q_OBJECT
public:
    VerticalDashboardPage(Session* session, QWidget* parent = nullptr);
    ~VerticalDashboardPage() override;

    QString pageName() const override { return QStringLiteral("vertical"); }
    void setRange(const TimeRange& range) override;
    void refresh() override;
    void setAnnotations(const Annotations& annotations) override;

    void setVertical(const QString& verticalId);
    /// Latency, requests/s and the 5xx ratio of one region only (its id; empty: all regions),
    /// from the answers already loaded; only the slowest routes and the forecast, which are
    /// asked per region, are asked again.
    void setRegion(const QString& regionId) override;
    QString regionId() const { return m_regionId; }
    /// Moves every chart's window by @p deltaMs over the data already loaded; @p finished asks
    /// for the new window (rangeRequested). What Shift+drag on a chart does.
    void panBy(qint64 deltaMs, bool finished);
    QString verticalId() const { return m_verticalId; }
    /// The window and step of the last refresh (what every range query of the page asked for).
    QDateTime lastStart() const { return m_lastStart; }
    QDateTime lastEnd() const { return m_lastEnd; }
    double lastStep() const { return m_step; }
    /// The range queries of the last refresh, each with its own step (a chart's width decides it).
    const std::vector<QueryTarget>& lastTargets() const { return m_lastTargets; }

private:
    /// Where one query's answer goes: a line of a panel, or one line per series by a label.
    struct Binding
    {
        ChartPanel* panel;
        int line; ///< -1: one line per series, named by splitLabel; kDerived: see showDerived()
        QString splitLabel;
        QString queryName;
        QString quantile;
        double minWindowSeconds = 0; ///< low-volume ratios need a longer window to mean something
    };
    static constexpr int kDerived = -2;
    void onResult(int target, const Result<QueryResult>& result);
    /// The panels fed by the answers that every region filter shares: latency quantiles, the p95
    /// per region and requests/s (the +Inf bucket) from the bucket rates by (le, region); the 5xx
    /// ratio, the 5xx rates by (code, region) over those requests.
    void showDerived();
    /// The 5xx ratio over @p requests (the histogram's count, from the grid when null), once both
    /// answers of a refresh are in.
    void showErrorRatio(const Series* requests = nullptr);
    /// The chosen region's label value, empty for every region.
    QString regionLabel() const;
    void showRegionHeading();
    /// The database's bookings per hour of the vertical (and region); true when there are none.
    bool showDbBookings();
    void showState(ChartPanel* panel, const QueryResult& r, bool expectsData);
    void onRoutes(int target, const Result<QueryResult>& result);
    void onFinished(int failures, const QString& firstError);
    /// Asks for what depends on the region filter: the slowest routes and the forecast.
    /// @p keepForecast: the forecast shown stays until the new one is known (a refresh of the
    /// same range and region).
    void runRegional(bool keepForecast = false);
    /// The template @p name for @p vertical (its id, namespace and deployment) and @p values.
    QString renderQuery(const Vertical& vertical, const QString& name, std::map<QString, QString> values) const;
    /// Whether the template @p name filters by region ({regionRegex}).
    bool templateFiltersRegion(const QString& name) const;
    /// Whether requests/s shows the next two hours: a range up to now, and a forecast for the
    /// chosen region (its templates filter by region) or for all of them.
    bool forecastAvailable() const;
    void showForecast();
    void updatePeakBands();
    std::vector<ChartPanel*> panels() const;

    Session* m_session;
    QString m_verticalId;
    TimeRange m_range;
    QDateTime m_lastStart;
    QDateTime m_lastEnd;
    qint64 m_panMs = 0; ///< how far a pan in progress has moved the window
    TimeRange m_drawnRange; ///< the range the charts were last set up for
    double m_drawnStep = 0;
    double m_step = 60; ///< the widest chart's (latency's)
    std::map<ChartPanel*, double> m_panelStep;
    std::vector<QueryTarget> m_lastTargets;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QString m_regionId;
    std::shared_ptr<const BucketGrid> m_buckets; ///< latencyBuckets' answer by region (null: none yet)
    QueryResult m_bucketsMeta; ///< its answer's state, without the series
    QueryResult m_codes; ///< requestsByCode's answer (its 5xx)
    /// Which refresh an answer is of (m_derivedGeneration), and how far it has come. The 5xx ratio
    /// puts the 5xx of one answer over the requests of the other: only two answers of the same
    /// refresh and kind sit on the same timestamps.
    enum class Answered
    {
        No,
        Provisional, ///< from the cache, the source's answer awaited
        Final,
    };
    std::pair<quint64, Answered> m_bucketsAnswered { 0, Answered::No };
    std::pair<quint64, Answered> m_codesAnswered { 0, Answered::No };
    void showErrorsState();
    quint64 m_derivedGeneration = 0; ///< grids laid out for an earlier refresh are dropped
    ChartPanel* m_regionLatency = nullptr;
    QStringList m_regionLines; ///< the regions m_regionLatency has lines for, in order
    ChartPanel* m_latency = nullptr;
    ChartPanel* m_rate = nullptr;
    ChartPanel* m_errors = nullptr;
    ChartPanel* m_replicas = nullptr;
    ChartPanel* m_resources = nullptr;
    ChartPanel* m_bookings = nullptr;
    std::vector<bookings::HourlyRow> m_dbRows; ///< what the database answered, every city
    quint64 m_bookingsGeneration = 0;
    bool m_bookingsFromDb = false; ///< this refresh's bookings came from the database
    ChartPanel* m_payments = nullptr;
    ChartPanel* m_gateway = nullptr;
    QTableWidget* m_routes = nullptr;
    std::vector<Binding> m_bindings;
    /// Charts of several queries: the answers each still awaits in this refresh, and those it holds.
    std::map<ChartPanel*, int> m_awaiting;
    std::vector<std::pair<int, Result<QueryResult>>> m_heldAnswers;
    QuerySet* m_queries = nullptr;
    QuerySet* m_routeQuery = nullptr;
    QuerySet* m_lastWeek = nullptr; ///< last week's curve over the next two hours
    QuerySet* m_trend = nullptr; ///< this hour against the same hour last week
    Series m_lastWeekSeries;
    double m_trendFactor = NAN;
    int m_forecastParts = 0;
    bool m_forecastShown = false; ///< the requests' chart reaches two hours past its range's end
    QLabel* m_routesTitle = nullptr;
    /// The region-dependent sets the current refresh still counts on; a set run again for a new
    /// region is counted once.
    QList<const QuerySet*> m_regionalPending;
    Annotations m_annotations;
    int m_pendingSets = 0;
    int m_failures = 0;
    QString m_firstError;
};

} // namespace atalaya

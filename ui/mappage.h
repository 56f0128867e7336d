// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <vector>

#include "domain/series.h"
#include "util/result.h"
#include "ui/mapwidget.h"
#include "ui/page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;
class QTimer;

namespace atalaya {

class QuerySet;
class Session;

/// Where users suffer: the regional latency map with a time slider that replays the last hours
/// (from the cache in offline review) and, beside it, each region's p95 against its target,
/// requests/s and 5xx ratio at the time shown. Regions and their queries are configuration
/// (regions[], queries regionLatency, regionRequestRate, regionErrorRatio).
class MapPage : public Page
{
    Q_OBJECT

public:
    explicit MapPage(Session* session, QWidget* parent = nullptr);
    QString pageName() const override { return QStringLiteral("map"); }
    void setRange(const TimeRange&) override { }
    void refresh() override;

    MapWidget* map() const { return m_map; }
    /// The times the slider moves over (unix seconds), and shows the one at @p index.
    const std::vector<double>& times() const { return m_times; }
    void showTime(int index);
    /// For tests: a region's figures at the time shown.
    MapWidget::RegionValue valueOf(const QString& regionId) const;

    /// The rate window of the map's figures, and the time of its latest ones (the last whole
    /// minute, at the spans up to 6 hours): the overview's region tile asks for the same.
    static QString latestWindow(double scrapeSeconds);
    static QDateTime latestTime();

signals:
    void regionSelected(const QString& regionId);

private:
    enum Target
    {
        Latency,
        Rate,
        Errors,
        TargetCount,
    };
    void onResult(int target, const Result<QueryResult>& result);
    void onFinished(int failures, const QString& error);
    void showValues();

    Session* m_session;
    QLabel* m_summary = nullptr;
    QComboBox* m_span = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_time = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_live = nullptr;
    QTimer* m_player = nullptr;
    MapWidget* m_map = nullptr;
    QTableWidget* m_table = nullptr;
    QuerySet* m_queries = nullptr;
    /// Per target, per region id, the series over the span.
    std::map<QString, Series> m_series[TargetCount];
    std::vector<double> m_times;
    int m_index = -1;
    bool m_followLive = true;
};

} // namespace atalaya

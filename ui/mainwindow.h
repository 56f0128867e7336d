// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <vector>

#include <QMainWindow>

#include "config/config.h"
#include "domain/annotation.h"
#include "domain/timerange.h"

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QActionGroup;

namespace atalaya {

class Banner;
class OverviewPage;
class Page;
class Session;
class SourceHealthLabel;
class VerticalDashboardPage;
class DeploymentsPage;
class AuditPage;
class DegradationPage;
class BookingsPage;
class CostsPage;
class MapPage;
namespace degradation {
class DegradationMonitor;
}

/// The console's window: a toolbar (page, vertical, time range, refresh), the pages, an inline
/// banner for problems, and a status bar with each source's health.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session* session, const std::vector<ConfigProblem>& configProblems, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows a page by its --page name; false if there is no such page.
    bool showPage(const QString& name);
    bool setVertical(const QString& verticalId);
    /// Filters every page to one region (its id; empty: all regions); false if there is no such
    /// region. What a click on the map does.
    bool setRegion(const QString& regionId);
    QString region() const { return m_region; }
    void setRange(std::chrono::seconds range);
    /// Shows @p range on every page; with @p remember it becomes a step of the back/forward history.
    void applyRange(const TimeRange& range, bool remember = true);
    /// Shows every time in @p ianaId (e.g. "America/Sao_Paulo"); false if the zone is unknown.
    bool setTimeZone(const QString& ianaId);
    const TimeRange& range() const { return m_range; }
    Page* currentPage() const;
    static QStringList pageNames();
    /// Opens the deployments page's dialog for "scale", "rollback" or "restart" on its selected
    /// deployment (for --dialog); nullptr for another name or when nothing is loaded.
    QDialog* openActionDialog(const QString& action);
    /// The degradation level dialog of the current vertical, one level up from what is live (--dialog level).
    QDialog* openLevelDialog();
    degradation::DegradationMonitor* degradationMonitor() const { return m_monitor; }
    /// The recommendations have been evaluated at least once since start-up.
    bool recommendationsEvaluated() const { return m_recommendationsEvaluated; }
    /// Hands markers (alerts, actions, degradation changes) to every page's time charts.
    void setAnnotations(const Annotations& annotations);
    void showAbout();
    /// Refreshes the current page every @p seconds (0: never), as the refresh button's menu does.
    void setRefreshInterval(int seconds);
    /// Seconds between automatic refreshes; 0 when off.
    int refreshInterval() const;

public slots:
    void refresh();

signals:
    /// The current page finished a refresh.
    void pageLoaded(bool ok, const QString& error);

private:
    void buildToolBar();
    void onPageLoaded(bool ok, const QString& error);
    void chooseAbsoluteRange();
    void stepHistory(int delta);
    void showCacheDialog();
    void updateCacheLabel();

    Session* m_session;
    Banner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    OverviewPage* m_overview = nullptr;
    VerticalDashboardPage* m_vertical = nullptr;
    DeploymentsPage* m_deployments = nullptr;
    AuditPage* m_audit = nullptr;
    DegradationPage* m_degradation = nullptr;
    BookingsPage* m_bookings = nullptr;
    CostsPage* m_costs = nullptr;
    MapPage* m_map = nullptr;
    degradation::DegradationMonitor* m_monitor = nullptr;
    bool m_recommendationsEvaluated = false;
    QComboBox* m_verticalBox = nullptr;
    QComboBox* m_regionBox = nullptr;
    QString m_region;
    QComboBox* m_rangeBox = nullptr;
    QAction* m_refreshNow = nullptr;
    QActionGroup* m_refreshIntervals = nullptr; ///< the automatic refresh: seconds in data(), 0 off
    QComboBox* m_zoneBox = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_monitorAfterPage = nullptr; ///< runs the recommendations' refresh once the page has loaded
    SourceHealthLabel* m_promHealth = nullptr;
    QLabel* m_clock = nullptr;
    QPushButton* m_cacheButton = nullptr;
    QString m_cacheProblem;
    TimeRange m_range;
    std::vector<TimeRange> m_history;
    int m_historyIndex = -1;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
};

} // namespace atalaya

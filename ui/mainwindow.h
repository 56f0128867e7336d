// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <vector>

#include <QMainWindow>

#include "config/config.h"
#include "domain/annotation.h"

class QComboBox;
class QLabel;
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
    void setRange(std::chrono::seconds range);
    Page* currentPage() const;
    static QStringList pageNames();
    /// Hands markers (alerts, actions, degradation changes) to every page's time charts.
    void setAnnotations(const Annotations& annotations);

public slots:
    void refresh();

signals:
    /// The current page finished a refresh.
    void pageLoaded(bool ok, const QString& error);

private:
    void buildToolBar();
    void onPageLoaded(bool ok, const QString& error);

    Session* m_session;
    Banner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    OverviewPage* m_overview = nullptr;
    VerticalDashboardPage* m_vertical = nullptr;
    QComboBox* m_verticalBox = nullptr;
    QComboBox* m_rangeBox = nullptr;
    QComboBox* m_refreshBox = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QTimer* m_refreshTimer = nullptr;
    SourceHealthLabel* m_promHealth = nullptr;
    QLabel* m_clock = nullptr;
    std::chrono::seconds m_range { 6 * 3600 };
};

} // namespace atalaya

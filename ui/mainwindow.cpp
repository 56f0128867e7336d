// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <cstdlib>
#include <ctime>

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QMessageBox>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "domain/querytiming.h"
#include "sources/prometheusclient.h"
#include "sources/session.h"
#include "ui/banner.h"
#include "ui/cachedialog.h"
#include "ui/deploymentspage.h"
#include "ui/auditpage.h"
#include "ui/bookingspage.h"
#include "ui/costspage.h"
#include "ui/mappage.h"
#include "geo/geodata.h"
#include "ui/degradationpage.h"
#include "ui/leveldialog.h"
#include "ui/recommendationspanel.h"
#include "degradation/monitor.h"
#include "actions/actions.h"
#include "cache/cache.h"
#include "ui/overviewpage.h"
#include "ui/sourcehealthlabel.h"
#include "ui/timeplot.h"
#include "ui/verticaldashboardpage.h"
#include "util/afterevents.h"

namespace atalaya {

namespace {

/// Starts @p monitor once the charts have drawn what the page loaded. They draw on later turns,
/// and each then asks for a repaint, posted at low priority as this is: one more turn once none
/// is left to draw, so that the last repaint comes first.
void refreshOnceDrawn(degradation::DegradationMonitor* monitor, bool drawn = false)
{
    afterPendingEvents(monitor, [monitor, drawn] {
        if (TimePlot::drawingQueued() || !drawn)
            refreshOnceDrawn(monitor, !TimePlot::drawingQueued());
        else
            monitor->refresh();
    });
}

struct RangeChoice
{
    const char* label;
    int seconds;
};
// The labels are PromQL-style durations: the same in every language.
constexpr RangeChoice kRanges[] = { { "15m", 900 },     { "1h", 3600 },       { "3h", 3 * 3600 },
                                    { "6h", 6 * 3600 }, { "12h", 12 * 3600 }, { "24h", 24 * 3600 },
                                    { "2d", 2 * 86400 }, { "7d", 7 * 86400 } };
constexpr int kRefreshSeconds[] = { 0, 10, 30, 60, 300 };

} // namespace

MainWindow::MainWindow(Session* session, const std::vector<ConfigProblem>& configProblems, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowTitle(tr("Atalaya — %1").arg(session->environment().displayName));
    m_range = TimeRange::last(session->config().defaultRange);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new Banner(central);
    layout->addWidget(m_banner);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_overview = new OverviewPage(session, m_stack);
    m_vertical = new VerticalDashboardPage(session, m_stack);
    m_deployments = new DeploymentsPage(session, m_stack);
    m_audit = new AuditPage(session, m_stack);
    m_monitor = new degradation::DegradationMonitor(session, this);
    connect(m_monitor, &degradation::DegradationMonitor::evaluationsChanged, this, [this] { m_recommendationsEvaluated = true; });
    m_degradation = new DegradationPage(session, m_monitor, m_stack);
    m_bookings = new BookingsPage(session, m_stack);
    m_costs = new CostsPage(session, m_stack);
    m_map = new MapPage(session, m_stack);
    connect(m_overview, &OverviewPage::openMap, this, [this](const QString& regionId) {
        showPage(QStringLiteral("map"));
        if (!regionId.isEmpty())
            setRegion(regionId);
    });
    connect(m_map, &MapPage::regionSelected, this, &MainWindow::setRegion);
    // The recommendations where the on-call engineer looks first, and on the degradation page.
    auto* overviewCards = new RecommendationsPanel(session, m_monitor, m_overview);
    m_overview->setTopWidget(overviewCards);
    // The level each vertical is served at, as read back from the flag store: a vertical without
    // a level flag has never been degraded. A store that cannot be read leaves the last known.
    connect(m_monitor, &degradation::DegradationMonitor::liveChanged, m_overview, [this] {
        if (!m_monitor->live().ok)
            return;
        std::map<QString, int> levels;
        for (const Vertical& v : m_session->config().verticals) {
            const degradation::LiveLevel live = m_monitor->level(v.id);
            levels[v.id] = live.present ? live.level : 0;
        }
        m_overview->setDegradationLevels(std::move(levels));
    });
    for (RecommendationsPanel* panel : { overviewCards, m_degradation->recommendations() }) {
        connect(panel, &RecommendationsPanel::levelRequested, this, [this](const QString& id, int level) {
            showPage(QStringLiteral("degradation"));
            m_degradation->openLevelDialog(id, level);
        });
        connect(panel, &RecommendationsPanel::scaleRequested, this, [this](const QString& id) {
            const Vertical* v = m_session->config().vertical(id);
            if (!v)
                return;
            setVertical(id);
            m_deployments->openActionWhenLoaded(int(kube::Plan::Kind::Scale), v->deployment);
            showPage(QStringLiteral("deployments"));
        });
    }
    connect(m_degradation, &DegradationPage::levelChanged, m_audit, &AuditPage::refresh);
    // Audited actions are drawn on every chart.
    connect(m_audit, &AuditPage::annotationsChanged, this, &MainWindow::setAnnotations);
    connect(m_deployments, &DeploymentsPage::actionExecuted, m_audit, &AuditPage::refresh);
    for (Page* page : { static_cast<Page*>(m_overview), static_cast<Page*>(m_vertical), static_cast<Page*>(m_deployments),
                        static_cast<Page*>(m_audit), static_cast<Page*>(m_degradation),
                        static_cast<Page*>(m_bookings), static_cast<Page*>(m_costs),
                        static_cast<Page*>(m_map) }) {
        m_stack->addWidget(page);
        page->setRange(m_range);
        connect(page, &Page::loaded, this, [this, page](bool ok, const QString& error) {
            if (page == currentPage())
                onPageLoaded(ok, error);
        });
        connect(page, &Page::rangeRequested, this, [this](const QDateTime& from, const QDateTime& to) {
            applyRange(TimeRange::between(from, to));
            refresh();
        });
        connect(page, &Page::openVertical, this, [this](const QString& id) {
            setVertical(id);
            showPage(QStringLiteral("vertical"));
        });
    }
    buildToolBar();

    m_promHealth = new SourceHealthLabel(tr("Prometheus"), this);
    m_promHealth->setToolTip(session->environment().prometheus.url.toString());
    statusBar()->addWidget(m_promHealth);
    connect(session->prometheus(), &PrometheusClient::healthChanged, m_promHealth,
            [this](SourceHealth health, const QString& detail) { m_promHealth->setHealth(health, detail); });
    if (session->isOffline())
        m_promHealth->setHealth(SourceHealth::Offline, tr("Offline review: Prometheus is not asked"));
    m_cacheButton = new QPushButton(this);
    m_cacheButton->setObjectName(QStringLiteral("cacheButton"));
    m_cacheButton->setFlat(true);
    connect(m_cacheButton, &QPushButton::clicked, this, &MainWindow::showCacheDialog);
    statusBar()->addPermanentWidget(m_cacheButton);
    connect(session, &Session::cacheProblem, this, [this](const QString& message) {
        m_cacheProblem = message;
        m_banner->showMessage(Banner::Level::Warning, tr("Local cache: %1").arg(message.toHtmlEscaped()));
        updateCacheLabel();
    });
    updateCacheLabel();
    auto* about = new QPushButton(tr("About"), this);
    about->setFlat(true);
    about->setToolTip(tr("Version, licences and the sources of the data this console ships (F1)"));
    auto* aboutAction = new QAction(this);
    aboutAction->setShortcut(QKeySequence::HelpContents);
    addAction(aboutAction);
    connect(about, &QPushButton::clicked, this, &MainWindow::showAbout);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    statusBar()->addPermanentWidget(about);
    m_clock = new QLabel(this);
    statusBar()->addPermanentWidget(m_clock);
    const QString zone = QString::fromUtf8(QDateTime::currentDateTime().timeZone().id());
    m_clock->setToolTip(tr("Times are shown in %1").arg(zone));

    if (session->isOffline())
        m_banner->showMessage(Banner::Level::Info,
                              session->isReadOnly()
                                  ? tr("Reviewing %1 (read-only): every chart shows what was exported; no source is asked.")
                                        .arg(session->cache()->path().toHtmlEscaped())
                                  : tr("Offline review: every chart shows the local cache; no source is asked.")
                                        + QStringLiteral(" ") + tr("Coverage: status bar → Cache."));
    if (!configProblems.empty()) {
        QStringList lines;
        for (const auto& p : configProblems)
            lines << p.toDisplayString().toHtmlEscaped();
        m_banner->showMessage(Banner::Level::Warning,
                              tr("Configuration problem — the console runs on the built-in defaults:<br>%1")
                                  .arg(lines.join(QStringLiteral("<br>"))));
    }

    m_monitorAfterPage = new QTimer(this);
    m_monitorAfterPage->setSingleShot(true);
    m_monitorAfterPage->setInterval(3000);
    connect(m_monitorAfterPage, &QTimer::timeout, m_monitor, &degradation::DegradationMonitor::refresh);
    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    setRefreshInterval(static_cast<int>(session->config().refreshInterval.count()));

    setVertical(session->config().verticals.front().id);
    m_audit->refresh(); // the markers of past actions, for the charts
    m_monitorAfterPage->start(); // the recommendations, whatever page opens first
    resize(1500, 940);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageNames()
{
    return { QStringLiteral("overview"), QStringLiteral("vertical"), QStringLiteral("deployments"), QStringLiteral("audit"),
             QStringLiteral("degradation"), QStringLiteral("bookings"), QStringLiteral("costs"),
             QStringLiteral("map") };
}

void MainWindow::setRefreshInterval(int seconds)
{
    QAction* chosen = nullptr;
    for (QAction* a : m_refreshIntervals->actions())
        if (a->data().toInt() == seconds)
            chosen = a;
    if (!chosen) { // a configured interval that is not one of the menu's
        chosen = new QAction(tr("every %1").arg(formatPromDuration(seconds)), this);
        chosen->setCheckable(true);
        chosen->setData(seconds);
        m_refreshIntervals->addAction(chosen);
        if (QMenu* menu = findChild<QToolButton*>(QStringLiteral("refreshButton"))->menu())
            menu->addAction(chosen);
    }
    chosen->setChecked(true);
    if (seconds > 0)
        m_refreshTimer->start(seconds * 1000);
    else
        m_refreshTimer->stop();
    m_refreshNow->setText(seconds > 0 ? tr("Refresh · %1").arg(formatPromDuration(seconds)) : tr("Refresh"));
    m_refreshNow->setToolTip(tr("Refresh now (%1); the arrow sets the automatic refresh (%2)")
                                 .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText),
                                      seconds > 0 ? tr("every %1").arg(formatPromDuration(seconds)) : tr("off")));
}

int MainWindow::refreshInterval() const
{
    return m_refreshTimer->isActive() ? m_refreshTimer->interval() / 1000 : 0;
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);

    auto* brand = new QLabel(tr("ATALAYA"), bar);
    brand->setObjectName(QStringLiteral("brand"));
    bar->addWidget(brand);
    auto* env = new QLabel(m_session->environment().displayName, bar);
    env->setObjectName(m_session->environment().production ? QStringLiteral("envProduction")
                                                            : QStringLiteral("envBadge"));
    env->setToolTip(m_session->environment().production ? tr("Production environment") : tr("Non-production environment"));
    bar->addWidget(env);
    bar->addSeparator();

    m_pageActions = new QActionGroup(this);
    auto addPage = [&](const QString& text, const QString& name, const QString& shortcut) {
        QAction* a = bar->addAction(text);
        a->setCheckable(true);
        a->setData(name);
        a->setShortcut(QKeySequence(shortcut));
        a->setToolTip(tr("%1 (%2)").arg(text, shortcut));
        m_pageActions->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { showPage(name); });
    };
    addPage(tr("Overview"), QStringLiteral("overview"), QStringLiteral("Ctrl+1"));
    addPage(tr("Vertical"), QStringLiteral("vertical"), QStringLiteral("Ctrl+2"));
    addPage(tr("Deployments"), QStringLiteral("deployments"), QStringLiteral("Ctrl+3"));
    addPage(tr("Audit"), QStringLiteral("audit"), QStringLiteral("Ctrl+4"));
    addPage(tr("Degradation"), QStringLiteral("degradation"), QStringLiteral("Ctrl+5"));
    addPage(tr("Bookings"), QStringLiteral("bookings"), QStringLiteral("Ctrl+6"));
    addPage(tr("Costs"), QStringLiteral("costs"), QStringLiteral("Ctrl+7"));
    addPage(tr("Map"), QStringLiteral("map"), QStringLiteral("Ctrl+8"));
    m_pageActions->actions().front()->setChecked(true);

    // What the pages show, on a row of its own: every control stays in sight at 1600 px in the
    // longer languages too (one row hid the refresh behind the toolbar's overflow arrow).
    addToolBarBreak();
    bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewToolBar"));
    bar->setMovable(false);

    m_verticalBox = new QComboBox(bar);
    m_verticalBox->setToolTip(tr("Vertical"));
    for (const Vertical& v : m_session->config().verticals)
        m_verticalBox->addItem(v.name, v.id);
    bar->addWidget(m_verticalBox);
    connect(m_verticalBox, &QComboBox::activated, this, [this](int index) {
        setVertical(m_verticalBox->itemData(index).toString());
        if (currentPage() != m_deployments)
            showPage(QStringLiteral("vertical"));
    });

    m_regionBox = new QComboBox(bar);
    m_regionBox->setObjectName(QStringLiteral("regionBox"));
    m_regionBox->setToolTip(tr("Region: latency, requests/s and 5xx of every dashboard for this region only "
                               "(or click a region on the map)"));
    m_regionBox->addItem(tr("All regions"), QString());
    for (const Region& r : m_session->config().regions)
        m_regionBox->addItem(r.name, r.id);
    bar->addWidget(m_regionBox);
    connect(m_regionBox, &QComboBox::activated, this, [this](int index) { setRegion(m_regionBox->itemData(index).toString()); });

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_back = bar->addAction(QStringLiteral("◀"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Previous time range (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    connect(m_back, &QAction::triggered, this, [this] { stepHistory(-1); });
    m_forward = bar->addAction(QStringLiteral("▶"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("Next time range (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    connect(m_forward, &QAction::triggered, this, [this] { stepHistory(+1); });

    m_rangeBox = new QComboBox(bar);
    m_rangeBox->setToolTip(tr("Time range of every chart"));
    m_rangeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto& r : kRanges)
        m_rangeBox->addItem(tr("Last %1").arg(QString::fromLatin1(r.label)), r.seconds);
    m_rangeBox->addItem(tr("From… to…"), -1);
    bar->addWidget(m_rangeBox);
    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) {
        const int seconds = m_rangeBox->itemData(index).toInt();
        if (seconds == -1) {
            chooseAbsoluteRange();
            return;
        }
        if (seconds > 0)
            setRange(std::chrono::seconds(seconds));
        refresh();
    });

    m_zoneBox = new QComboBox(bar);
    m_zoneBox->setToolTip(tr("Time zone of every time shown"));
    QStringList zones { m_session->config().timeZone };
    for (const char* z : { "America/Argentina/Buenos_Aires", "America/Sao_Paulo", "America/Montevideo",
                           "America/Santiago", "UTC" })
        if (!zones.contains(QString::fromLatin1(z)))
            zones << QString::fromLatin1(z);
    for (const QString& z : zones)
        m_zoneBox->addItem(z.section(u'/', -1).replace(u'_', u' '), z);
    bar->addWidget(m_zoneBox);
    connect(m_zoneBox, &QComboBox::activated, this, [this](int index) {
        setTimeZone(m_zoneBox->itemData(index).toString());
        refresh();
    });

    // One control, as Grafana's: the button refreshes now, its arrow sets the automatic refresh.
    m_refreshNow = new QAction(tr("Refresh"), this);
    m_refreshNow->setShortcut(QKeySequence::Refresh);
    connect(m_refreshNow, &QAction::triggered, this, &MainWindow::refresh);
    auto* refreshButton = new QToolButton(bar);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setPopupMode(QToolButton::MenuButtonPopup);
    refreshButton->setDefaultAction(m_refreshNow);
    auto* intervals = new QMenu(refreshButton);
    m_refreshIntervals = new QActionGroup(this);
    for (int s : kRefreshSeconds) {
        QAction* a = intervals->addAction(s == 0 ? tr("Off") : tr("every %1").arg(formatPromDuration(s)));
        a->setCheckable(true);
        a->setData(s);
        m_refreshIntervals->addAction(a);
    }
    connect(m_refreshIntervals, &QActionGroup::triggered, this, [this](QAction* a) { setRefreshInterval(a->data().toInt()); });
    refreshButton->setMenu(intervals);
    bar->addWidget(refreshButton);
    applyRange(m_range);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Atalaya"),
        tr("<h3>Atalaya %1</h3>"
           "<p>The operations console of the booking platform: Prometheus, Alertmanager, OpenCost, the booking database "
           "and the user's own kubectl, with a local cache for offline review.</p>"
           "<p>Licence: GPL-3.0-or-later. Built with Qt %2 (LGPL-3.0).</p>"
           "<p><b>Map outlines</b>: %3, from Debian's gmt-dcw package; simplified at build time.</p>"
           "<p><b>Flag schema</b>: OpenFeature flagd-schemas (Apache-2.0).</p>")
            .arg(QStringLiteral(ATALAYA_VERSION), QString::fromLatin1(qVersion()), geo::GeoData::embedded().attribution().toHtmlEscaped()));
}

void MainWindow::setAnnotations(const Annotations& annotations)
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto* page = qobject_cast<Page*>(m_stack->widget(i)))
            page->setAnnotations(annotations);
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString& name)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        auto* page = qobject_cast<Page*>(m_stack->widget(i));
        if (page && page->pageName() == name) {
            m_stack->setCurrentIndex(i);
            for (QAction* a : m_pageActions->actions())
                a->setChecked(a->data().toString() == name);
            page->refresh();
            return true;
        }
    }
    return false;
}

bool MainWindow::setRegion(const QString& regionId)
{
    if (!regionId.isEmpty() && !m_session->config().region(regionId))
        return false;
    m_regionBox->setCurrentIndex(m_regionBox->findData(regionId));
    m_map->map()->setSelected(regionId);
    if (regionId == m_region)
        return true;
    m_region = regionId;
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto* page = qobject_cast<Page*>(m_stack->widget(i)))
            page->setRegion(regionId);
    // The overview asks for the region's figures; the vertical dashboard filters what it has.
    if (currentPage() == m_overview)
        m_overview->refresh();
    return true;
}

bool MainWindow::setVertical(const QString& verticalId)
{
    if (!m_session->config().vertical(verticalId))
        return false;
    m_verticalBox->setCurrentIndex(m_verticalBox->findData(verticalId));
    m_vertical->setVertical(verticalId);
    m_deployments->setVertical(verticalId);
    if (currentPage() == m_vertical || currentPage() == m_deployments)
        currentPage()->refresh();
    return true;
}

void MainWindow::setRange(std::chrono::seconds range)
{
    applyRange(TimeRange::last(range));
}

void MainWindow::applyRange(const TimeRange& range, bool remember)
{
    m_range = range;
    if (remember && (m_historyIndex < 0 || !(m_history[static_cast<size_t>(m_historyIndex)] == range))) {
        m_history.resize(static_cast<size_t>(m_historyIndex + 1));
        m_history.push_back(range);
        m_historyIndex = static_cast<int>(m_history.size()) - 1;
    }
    m_back->setEnabled(m_historyIndex > 0);
    m_forward->setEnabled(m_historyIndex + 1 < static_cast<int>(m_history.size()));

    // The combo shows the relative choice, or the absolute window as an extra entry.
    const int absoluteIndex = m_rangeBox->findData(-2);
    if (absoluteIndex >= 0)
        m_rangeBox->removeItem(absoluteIndex);
    if (range.isRelative()) {
        const int i = m_rangeBox->findData(static_cast<int>(range.relative.count()));
        if (i >= 0)
            m_rangeBox->setCurrentIndex(i);
    } else {
        const QLocale locale;
        const QString format = QStringLiteral("dd/MM HH:mm");
        m_rangeBox->addItem(tr("%1 – %2").arg(locale.toString(range.start.toLocalTime(), format),
                                             locale.toString(range.end.toLocalTime(), format)),
                            -2);
        m_rangeBox->setCurrentIndex(m_rangeBox->count() - 1);
    }
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto* page = qobject_cast<Page*>(m_stack->widget(i)))
            page->setRange(range);
}

bool MainWindow::setTimeZone(const QString& ianaId)
{
    if (!QTimeZone(ianaId.toUtf8()).isValid())
        return false;
    // Charts and labels use local time: the process's zone is the one the user chose.
    qputenv("TZ", ianaId.toUtf8());
    tzset();
    const int i = m_zoneBox->findData(ianaId);
    if (i >= 0)
        m_zoneBox->setCurrentIndex(i);
    m_clock->setToolTip(tr("Times are shown in %1").arg(ianaId));
    return true;
}

void MainWindow::stepHistory(int delta)
{
    const int target = m_historyIndex + delta;
    if (target < 0 || target >= static_cast<int>(m_history.size()))
        return;
    m_historyIndex = target;
    applyRange(m_history[static_cast<size_t>(target)], false);
    refresh();
}

void MainWindow::chooseAbsoluteRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Time range"));
    auto* form = new QFormLayout(&dialog);
    const auto [from, to] = m_range.resolve();
    auto* fromEdit = new QDateTimeEdit(from.toLocalTime(), &dialog);
    auto* toEdit = new QDateTimeEdit(to.toLocalTime(), &dialog);
    for (QDateTimeEdit* e : { fromEdit, toEdit }) {
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        e->setCalendarPopup(true);
    }
    form->addRow(tr("From"), fromEdit);
    form->addRow(tr("To"), toEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (fromEdit->dateTime() < toEdit->dateTime())
            dialog.accept();
        else
            toEdit->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        applyRange(TimeRange::between(fromEdit->dateTime().toUTC(), toEdit->dateTime().toUTC()));
        refresh();
    } else {
        applyRange(m_range, false); // put the combo back
    }
}

void MainWindow::refresh()
{
    Page* page = currentPage();
    // The recommendations follow every refresh, whatever the page (the degradation page asks
    // itself), once the page has loaded: their queries for every vertical and the flag store's
    // kubectl would otherwise share the server and the cores with what the user is waiting for.
    // A page that takes long does not hold them back for more than a few seconds.
    if (page != m_degradation)
        m_monitorAfterPage->start();
    if (page)
        page->refresh();
}

void MainWindow::onPageLoaded(bool ok, const QString& error)
{
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc();
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(QChar(offset < 0 ? u'−' : u'+'))
                            .arg(std::abs(offset) / 3600, 2, 10, QChar(u'0'))
                            .arg(std::abs(offset) % 3600 / 60, 2, 10, QChar(u'0'));
    m_clock->setText(tr("Updated %1 (%2)").arg(QLocale().toString(now.time(), QStringLiteral("HH:mm:ss")), utc));
    const qint64 cachedAt = currentPage() ? currentPage()->cachedAtMs() : 0;
    if (!ok)
        m_banner->showMessage(Banner::Level::Error, tr("Some data could not be loaded: %1").arg(error.toHtmlEscaped()));
    else if (cachedAt > 0 && !m_session->isOffline())
        m_banner->showMessage(Banner::Level::Warning,
                              tr("Offline — the sources do not answer; charts show the local cache as of %1. Live data resumes by itself.")
                                  .arg(Page::formatAsOf(cachedAt)));
    else if (m_banner->property("level").toString() == u"error"
             || (m_banner->property("level").toString() == u"warning" && m_banner->text().startsWith(tr("Offline —"))))
        m_banner->hide();
    updateCacheLabel();
    if (m_monitorAfterPage->isActive()) {
        // Once the page is on screen: its last repaint does not wait for the cores behind the
        // recommendations' queries.
        m_monitorAfterPage->stop();
        refreshOnceDrawn(m_monitor);
    }
    emit pageLoaded(ok, error);
}

QDialog* MainWindow::openActionDialog(const QString& action)
{
    static const std::pair<const char*, kube::Plan::Kind> kinds[] = { { "scale", kube::Plan::Kind::Scale },
                                                                      { "rollback", kube::Plan::Kind::Rollback },
                                                                      { "restart", kube::Plan::Kind::Restart } };
    for (const auto& [name, kind] : kinds)
        if (action == QLatin1String(name)) {
            m_deployments->openAction(int(kind));
            return m_deployments->findChild<QDialog*>();
        }
    return nullptr;
}

QDialog* MainWindow::openLevelDialog()
{
    return m_degradation->openNextLevelDialog(m_verticalBox->currentData().toString());
}

void MainWindow::updateCacheLabel()
{
    const bool offline = m_session->isOffline();
    m_cacheButton->setText(!m_cacheProblem.isEmpty() ? tr("Cache ⚠")
                                                     : offline ? tr("Cache: offline review") : tr("Cache"));
    m_cacheButton->setToolTip(m_cacheProblem.isEmpty()
                                  ? tr("Local cache %1 — click for coverage, pinned windows, export").arg(m_session->cache()->path())
                                  : m_cacheProblem);
}

void MainWindow::showCacheDialog()
{
    auto* dialog = new CacheDialog(m_session, m_range, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace atalaya

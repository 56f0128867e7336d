// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "config/config.h"
#include "sources/session.h"
#include "cache/cache.h"
#include "ui/auditpage.h"
#include "ui/cachedialog.h"
#include "ui/chartpanel.h"
#include "ui/timeplot.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

using namespace atalaya;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // A source nothing listens on: these tests are about the window, not the data.
        const QByteArray config = "{\"defaultEnvironment\": \"t\", \"environments\": [{\"name\": \"t\", \"sources\": "
                                  "{\"prometheus\": {\"url\": \"http://127.0.0.1:9\", \"timeout\": \"2s\"}}}]}";
        m_config = ConfigLoader::loadFromText(config, QStringLiteral("test.json")).config;
    }

    void rangeHistoryGoesBackAndForward()
    {
        Session session(m_config, QStringLiteral("t"));
        MainWindow window(&session, {});
        window.setRange(std::chrono::hours(1));
        const QDateTime from = QDateTime::fromSecsSinceEpoch(1795000000, QTimeZone::utc());
        window.applyRange(TimeRange::between(from, from.addSecs(5400)));
        QVERIFY(!window.range().isRelative());
        QCOMPARE(window.range().seconds(), 5400.0);

        QAction* back = nullptr;
        QAction* forward = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Back))
                back = a;
            if (a->shortcut() == QKeySequence(QKeySequence::Forward))
                forward = a;
        }
        QVERIFY(back && forward);
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        back->trigger();
        QVERIFY(window.range().isRelative());
        QCOMPARE(window.range().relative.count(), 3600);
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(window.range().start, from);
        // A new range after going back drops the forward steps.
        back->trigger();
        window.setRange(std::chrono::hours(24));
        QVERIFY(!forward->isEnabled());
    }

    void refreshesReportOnceEvenWhenSuperseded()
    {
        Session session(m_config, QStringLiteral("t"));
        MainWindow window(&session, {});
        QSignalSpy loaded(&window, &MainWindow::pageLoaded);
        window.showPage(QStringLiteral("vertical")); // relative: with the forecast queries
        const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-2);
        window.applyRange(TimeRange::between(from, from.addSecs(3600))); // a past window: no forecast
        window.refresh(); // supersedes the first refresh
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QTest::qWait(500);
        QCOMPARE(loaded.count(), 1); // nothing of the superseded refresh comes through
        QCOMPARE(loaded.front().at(0).toBool(), false); // nothing listens on 127.0.0.1:9
        QVERIFY(loaded.front().at(1).toString().contains(QStringLiteral("127.0.0.1:9")));
    }

    void timeZoneChoiceChangesLocalTime()
    {
        Session session(m_config, QStringLiteral("t"));
        MainWindow window(&session, {});
        QVERIFY(window.setTimeZone(QStringLiteral("UTC")));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(0).toLocalTime().time().hour(), 0);
        QVERIFY(window.setTimeZone(QStringLiteral("America/Argentina/Buenos_Aires")));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(0).toLocalTime().time().hour(), 21); // UTC-3
        QVERIFY(!window.setTimeZone(QStringLiteral("Mars/Olympus_Mons")));
    }

    void dragOnAChartSelectsAWindow()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("x"), Qt::green } });
        Series s;
        for (int i = 0; i <= 100; ++i) {
            s.timestamps.push_back(1795000000 + i * 60.0);
            s.values.push_back(1);
        }
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1795000000, QTimeZone::utc());
        panel.setTimeRange(start, start.addSecs(6000), 60);
        panel.setSeries(0, &s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy selected(&panel, &ChartPanel::rangeSelected);
        auto* view = panel.findChild<TimePlot*>();
        const QRectF plot = view->plotRect();
        const QPoint a(int(plot.left() + plot.width() * 0.25), int(plot.center().y()));
        const QPoint b(int(plot.left() + plot.width() * 0.75), int(plot.center().y()));
        QTest::mousePress(view, Qt::LeftButton, {}, a);
        QMouseEvent move(QEvent::MouseMove, b, view->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(view, &move);
        QTest::mouseRelease(view, Qt::LeftButton, {}, b);
        QCOMPARE(selected.count(), 1);
        const QDateTime from = selected.front().at(0).toDateTime();
        const QDateTime to = selected.front().at(1).toDateTime();
        // A quarter and three quarters of 100 minutes, to within a pixel's worth.
        QVERIFY2(std::abs(start.secsTo(from) - 1500) < 30, qPrintable(from.toString(Qt::ISODate)));
        QVERIFY2(std::abs(start.secsTo(to) - 4500) < 30, qPrintable(to.toString(Qt::ISODate)));
    }

    void shiftDragPansTheWindow()
    {
        ChartPanel panel(QStringLiteral("t"));
        panel.resize(800, 300);
        panel.setLines({ { QStringLiteral("x"), Qt::green } });
        Series s;
        for (int i = 0; i <= 100; ++i) {
            s.timestamps.push_back(1795000000 + i * 60.0);
            s.values.push_back(i % 5);
        }
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1795000000, QTimeZone::utc());
        panel.setTimeRange(start, start.addSecs(6000), 60);
        panel.setSeries(0, &s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy panned(&panel, &ChartPanel::panned);
        QSignalSpy selected(&panel, &ChartPanel::rangeSelected);
        auto* view = panel.findChild<TimePlot*>();
        const QRectF plot = view->plotRect();
        const QPoint a(int(plot.left() + plot.width() * 0.5), int(plot.center().y()));
        const QPoint b(int(plot.left() + plot.width() * 0.75), int(plot.center().y()));
        QTest::mousePress(view, Qt::LeftButton, Qt::ShiftModifier, a);
        QMouseEvent move(QEvent::MouseMove, b, view->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        QCoreApplication::sendEvent(view, &move);
        QTest::mouseRelease(view, Qt::LeftButton, Qt::ShiftModifier, b);
        QCOMPARE(selected.count(), 0); // a pan, not a zoom
        QVERIFY(panned.count() >= 2);
        qint64 total = 0;
        for (const auto& args : panned)
            total += args.at(0).toLongLong();
        QVERIFY(panned.back().at(1).toBool()); // the release says it is done
        // Dragging a quarter of the plot to the right goes back a quarter of 100 minutes.
        QVERIFY2(std::abs(total + 1500 * 1000) < 30 * 1000, qPrintable(QString::number(total)));

        // The loaded data, drawn for a window moved by a quarter: still there, at the new place.
        panel.setTimeRange(start.addSecs(-1500), start.addSecs(4500), 60);
        panel.redrawFromData();
        QVERIFY(view->drawnPointCount() >= 76); // three quarters of the 101 samples are in the window
    }

    void cacheDialogShowsWhatIsCached()
    {
        QTemporaryDir dir;
        SessionOptions options;
        options.cachePath = dir.filePath(QStringLiteral("dialog.db"));
        Session session(m_config, QStringLiteral("t"), options);
        QueryResult r;
        r.type = QueryResult::Type::Matrix;
        Series s;
        s.labels.insert(QStringLiteral("vertical"), QStringLiteral("fitness"));
        const double end = std::floor(QDateTime::currentSecsSinceEpoch() / 60.0) * 60;
        for (double t = end - 6 * 3600; t <= end; t += 60) {
            s.timestamps.push_back(t);
            s.values.push_back(std::fmod(t, 7));
        }
        r.series = { s };
        const qint64 endMs = qint64(end * 1000);
        session.cache()->storeRange(QStringLiteral("prometheus x"), QStringLiteral("sum(rate(a[$__window]))"), r, endMs - 6 * 3600000, endMs);
        session.cache()->storeRange(QStringLiteral("prometheus x"), QStringLiteral("sum(rate(b[$__window]))"), r, endMs - 6 * 3600000, endMs - 3 * 3600000);
        session.cache()->storeRange(QStringLiteral("prometheus x"), QStringLiteral("sum(rate(b[$__window]))"), r, endMs - 3600000, endMs);
        session.cache()->addPin({ 0, endMs - 2 * 3600000, endMs - 3600000, QStringLiteral("Córdoba 5xx") });

        CacheDialog dialog(&session, TimeRange::last(std::chrono::hours(6)));
        dialog.show();
        auto* tables = &dialog;
        QTableWidget* coverage = nullptr;
        QTableWidget* pins = nullptr;
        for (QTableWidget* t : tables->findChildren<QTableWidget*>())
            (t->columnCount() == 4 ? coverage : pins) = t;
        QVERIFY(coverage && pins);
        QTRY_COMPARE(coverage->rowCount(), 2);
        QTRY_COMPARE(pins->rowCount(), 1);
        QCOMPARE(pins->item(0, 0)->text(), QStringLiteral("Córdoba 5xx"));
        // The query with a hole: two windows.
        int b = coverage->item(0, 0)->text().contains(QStringLiteral("(b[")) ? 0 : 1;
        QCOMPARE(coverage->item(b, 1)->text(), QStringLiteral("2"));
        QCOMPARE(coverage->item(1 - b, 1)->text(), QStringLiteral("1"));
        QLabel* summary = dialog.findChildren<QLabel*>().front();
        QTRY_VERIFY(summary->text().contains(options.cachePath));
        QVERIFY2(summary->text().contains(QStringLiteral("722")), qPrintable(summary->text())); // 361 samples in each query
        if (qEnvironmentVariableIsSet("ATALAYA_TEST_SHOTS"))
            dialog.grab().save(qEnvironmentVariable("ATALAYA_TEST_SHOTS") + QStringLiteral("/cache-dialog.png"));
    }

    void auditPageFiltersExportsAndMarksCharts()
    {
        QTemporaryDir dir;
        SessionOptions options;
        options.cachePath = dir.filePath(QStringLiteral("audit.db"));
        Session session(m_config, QStringLiteral("t"), options);
        session.cache()->appendAudit({ 0, 1795000000000, QStringLiteral("ana"), QStringLiteral("t"), QStringLiteral("scale-hpa"),
                                       QStringLiteral("barbershop/deployment/api"), QStringLiteral("reason: p95 800 ms, \"Córdoba\""),
                                       QStringLiteral("ok: 12 ready") });
        session.cache()->appendAudit({ 0, 1795000600000, QStringLiteral("luis"), QStringLiteral("t"), QStringLiteral("rollback"),
                                       QStringLiteral("fitness/deployment/api"), QStringLiteral("reason: bad release"), QString() });
        MainWindow window(&session, {});
        auto* page = window.findChild<AuditPage*>();
        QVERIFY(page);
        QSignalSpy marks(page, &AuditPage::annotationsChanged);
        QVERIFY(window.showPage(QStringLiteral("audit")));
        QTRY_VERIFY(!marks.isEmpty());
        const auto annotations = marks.last().front().value<Annotations>();
        QCOMPARE(annotations.size(), size_t(2));
        QCOMPARE(annotations.front().kind, Annotation::Kind::Action);
        QCOMPARE(annotations.back().verticalId, QStringLiteral("barbershop")); // from the namespace
        auto* table = page->findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 2);
        page->findChild<QLineEdit*>()->setText(QStringLiteral("córdoba"));
        QVERIFY(!table->isRowHidden(1) && table->isRowHidden(0)); // newest first: luis, then ana
        const QStringList csv = page->toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 2); // header and the one row that matches
        QVERIFY2(csv.back().contains(QStringLiteral("\"reason: p95 800 ms, \"\"Córdoba\"\"\"")), qPrintable(csv.back()));
    }

    void theRefreshButtonRefreshesAndItsMenuSetsTheInterval()
    {
        Session session(m_config, QStringLiteral("t"));
        MainWindow window(&session, {});
        QCOMPARE(window.refreshInterval(), int(m_config.refreshInterval.count())); // the configured one
        auto* button = window.findChild<QToolButton*>(QStringLiteral("refreshButton"));
        QVERIFY(button && button->menu());
        QAction* off = nullptr;
        QAction* fiveMinutes = nullptr;
        for (QAction* a : button->menu()->actions()) {
            if (a->data().toInt() == 0)
                off = a;
            if (a->data().toInt() == 300)
                fiveMinutes = a;
        }
        QVERIFY(off && fiveMinutes);
        fiveMinutes->trigger();
        QCOMPARE(window.refreshInterval(), 300);
        QCOMPARE(button->text(), QStringLiteral("Refresh · 5m"));
        QVERIFY(fiveMinutes->isChecked());
        off->trigger();
        QCOMPARE(window.refreshInterval(), 0);
        QCOMPARE(button->text(), QStringLiteral("Refresh"));
        // An interval the menu does not offer (from the configuration) joins it, checked.
        window.setRefreshInterval(45);
        QCOMPARE(window.refreshInterval(), 45);
        QVERIFY(std::any_of(button->menu()->actions().cbegin(), button->menu()->actions().cend(),
                            [](QAction* a) { return a->data().toInt() == 45 && a->isChecked(); }));
        // The button itself refreshes now.
        QSignalSpy loaded(&window, &MainWindow::pageLoaded);
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    }

    void everyToolbarControlIsInSight()
    {
        // In the console's theme on a 1366 px laptop screen: no control behind a toolbar's
        // overflow arrow (at 1600 px the refresh used to be, and the region and time zone were
        // cut short in Spanish). Last of these tests: the theme is the application's.
        applyWarRoomTheme(*qApp);
        Session session(m_config, QStringLiteral("t"));
        MainWindow window(&session, {});
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QToolBar*> bars = window.findChildren<QToolBar*>();
        QVERIFY(!bars.isEmpty());
        for (QToolBar* bar : bars) {
            auto* overflow = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY2(!overflow || !overflow->isVisible(), qPrintable(bar->objectName()));
        }
    }

private:
    Config m_config;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

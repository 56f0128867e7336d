// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

#include "config/config.h"
#include "sources/session.h"
#include "ui/chartpanel.h"
#include "ui/mainwindow.h"

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
        auto* view = panel.findChild<QChartView*>();
        const QRectF plot = view->chart()->plotArea();
        const QPoint a(int(plot.left() + plot.width() * 0.25), int(plot.center().y()));
        const QPoint b(int(plot.left() + plot.width() * 0.75), int(plot.center().y()));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
        QMouseEvent move(QEvent::MouseMove, b, view->viewport()->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
        QCOMPARE(selected.count(), 1);
        const QDateTime from = selected.front().at(0).toDateTime();
        const QDateTime to = selected.front().at(1).toDateTime();
        // A quarter and three quarters of 100 minutes, to within a pixel's worth.
        QVERIFY2(std::abs(start.secsTo(from) - 1500) < 30, qPrintable(from.toString(Qt::ISODate)));
        QVERIFY2(std::abs(start.secsTo(to) - 4500) < 30, qPrintable(to.toString(Qt::ISODate)));
    }

private:
    Config m_config;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

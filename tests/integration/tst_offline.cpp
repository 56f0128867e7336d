// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An outage drill against the demo stack (CTest fixture demo_stack): Prometheus goes away in the
// middle of a session and comes back. Panels stay, marked offline, answered from the cache; live
// data resumes without a restart. The headless --snapshot and --offline modes of the real binary
// are checked on the same outage.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "cache/cache.h"
#include "consolerun.h"
#include "config/config.h"
#include "sources/session.h"
#include "testutils.h"
#include "ui/banner.h"
#include "ui/chartpanel.h"
#include "ui/timeplot.h"
#include "ui/mainwindow.h"
#include "ui/page.h"

using namespace atalaya;
using atalaya::test::await;

namespace {

QString stateDir()
{
    return qEnvironmentVariable("ATALAYA_DEMO_STATE");
}

/// Runs packaging/demo/stack with @p command on the fixture's state directory.
bool stack(const char* command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral(ATALAYA_STACK), { QString::fromLatin1(command) });
    return p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// The console with its own cache folder.
test::ConsoleRun runConsole(const QStringList& args, const QString& cacheHome)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    return test::runConsole(args, env);
}

/// Points drawn by a panel's chart, all lines together.
qsizetype drawnPoints(ChartPanel* panel)
{
    return panel->findChild<TimePlot*>()->drawnPointCount();
}

QString stateOf(ChartPanel* panel)
{
    return panel->findChild<QLabel*>(QStringLiteral("panelState"))->text();
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Config m_config;
    QString m_configPath;

    /// Refreshes the current page and waits for it to report.
    static std::pair<bool, QString> refreshAndWait(MainWindow& window)
    {
        QSignalSpy loaded(&window, &MainWindow::pageLoaded);
        window.refresh();
        if (!loaded.wait(60000))
            return { false, QStringLiteral("no pageLoaded within 60 s") };
        return { loaded.front().at(0).toBool(), loaded.front().at(1).toString() };
    }

private slots:
    void initTestCase()
    {
        m_configPath = stateDir() + QStringLiteral("/atalaya-demo.json");
        QVERIFY2(QFile::exists(m_configPath), "the demo stack fixture did not start (no config written)");
        ConfigLoadResult loaded = QtConcurrent::run([path = m_configPath] { return ConfigLoader::load(path); }).result();
        QVERIFY(loaded.problems.empty());
        m_config = loaded.config;
    }

    void cleanupTestCase()
    {
        // Whatever happened, leave Prometheus running for the tests after this one.
        QProcess p;
        p.start(QStringLiteral(ATALAYA_STACK), { QStringLiteral("status") });
        p.waitForFinished();
        if (p.readAllStandardOutput().contains("prometheus: stopped"))
            stack("start-prometheus");
    }

    void panelsStayOfflineAndComeBackLive()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("session.db"));
        Session session(m_config, QStringLiteral("demo"), options);
        MainWindow window(&session, {});
        window.resize(1500, 940);
        window.show();
        window.setRange(std::chrono::hours(6));
        // The overview and the dashboard, live, before the outage.
        QVERIFY(window.showPage(QStringLiteral("overview")));
        auto [ok, error] = refreshAndWait(window);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(window.currentPage()->cachedAtMs(), qint64(0));
        QVERIFY(window.setVertical(QStringLiteral("barbershop")));
        QVERIFY(window.showPage(QStringLiteral("vertical")));
        std::tie(ok, error) = refreshAndWait(window);
        QVERIFY2(ok, qPrintable(error));
        Page* page = window.currentPage();
        QCOMPARE(page->cachedAtMs(), qint64(0)); // live
        const auto panels = page->findChildren<ChartPanel*>();
        QVERIFY(panels.size() >= 8);
        std::map<ChartPanel*, qsizetype> livePoints;
        for (ChartPanel* p : panels) {
            livePoints[p] = drawnPoints(p);
            QVERIFY2(livePoints[p] > 0, qPrintable(p->objectName()));
            QVERIFY(!stateOf(p).contains(QStringLiteral("offline")));
        }

        // The outage. Prometheus comes back even when a check below fails.
        QVERIFY(stack("stop-prometheus"));
        auto restart = qScopeGuard([] { stack("start-prometheus"); });
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        std::tie(ok, error) = refreshAndWait(window);
        QVERIFY2(ok, qPrintable(error)); // every panel answered, from the cache
        QVERIFY(page->cachedAtMs() > 0 && page->cachedAtMs() <= before);
        for (ChartPanel* p : panels) {
            QVERIFY2(stateOf(p).contains(QStringLiteral("offline")), qPrintable(stateOf(p)));
            // Still drawn: at least most of what was there (the window moved on a little).
            QVERIFY2(drawnPoints(p) >= livePoints[p] * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(drawnPoints(p)).arg(livePoints[p])));
        }
        auto* banner = window.findChild<Banner*>();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Offline")), qPrintable(banner->text()));

        // The overview falls back too.
        QVERIFY(window.showPage(QStringLiteral("overview")));
        std::tie(ok, error) = refreshAndWait(window);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(window.currentPage()->cachedAtMs() > 0);

        // Prometheus is back: the next refresh is live, without a restart.
        restart.dismiss();
        QVERIFY(stack("start-prometheus"));
        QVERIFY(window.showPage(QStringLiteral("vertical")));
        std::tie(ok, error) = refreshAndWait(window);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(page->cachedAtMs(), qint64(0));
        for (ChartPanel* p : panels)
            QVERIFY2(!stateOf(p).contains(QStringLiteral("offline")), qPrintable(stateOf(p)));
        QVERIFY(!banner->isVisible() || !banner->text().contains(QStringLiteral("Offline")));
    }

    void snapshotThenOfflineScreenshotAfterTheOutage()
    {
        const QString cacheHome = m_dir.filePath(QStringLiteral("xdg"));
        const QString out = m_dir.filePath(QStringLiteral("snapshot.json"));
        test::ConsoleRun r = runConsole({ QStringLiteral("--config"), m_configPath, QStringLiteral("--snapshot"), QStringLiteral("--out"), out }, cacheHome);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("sources")).toObject().value(QStringLiteral("prometheus")).toObject().value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject barbershop = summary.value(QStringLiteral("verticals")).toObject().value(QStringLiteral("barbershop")).toObject();
        QVERIFY(barbershop.value(QStringLiteral("p95_ms")).toDouble() > 1);
        QVERIFY(barbershop.value(QStringLiteral("rps")).toDouble() > 0.1);
        QVERIFY(barbershop.value(QStringLiteral("replicas")).toDouble() >= 1);
        QVERIFY(barbershop.value(QStringLiteral("error_ratio")).isDouble());
        QVERIFY(QFile::exists(cacheHome + QStringLiteral("/atalaya/demo.db")));

        QVERIFY(stack("stop-prometheus"));
        auto restart = qScopeGuard([] { stack("start-prometheus"); });
        // The snapshot says which source failed, and exits 2.
        const QString out2 = m_dir.filePath(QStringLiteral("snapshot-down.json"));
        r = runConsole({ QStringLiteral("--config"), m_configPath, QStringLiteral("--snapshot"), QStringLiteral("--out"), out2 }, cacheHome);
        QCOMPARE(r.exitCode, 2);
        QFile f2(out2);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        const QJsonObject down = QJsonDocument::fromJson(f2.readAll()).object();
        const QJsonObject prom = down.value(QStringLiteral("sources")).toObject().value(QStringLiteral("prometheus")).toObject();
        QCOMPARE(prom.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(prom.value(QStringLiteral("error")).toString().contains(QStringLiteral("127.0.0.1")), qPrintable(prom.value(QStringLiteral("error")).toString()));
        // ...while the cache still gave the figures.
        QVERIFY(down.value(QStringLiteral("verticals")).toObject().value(QStringLiteral("barbershop")).toObject().value(QStringLiteral("p95_ms")).isDouble());

        // Offline review of what the snapshot cached, with Prometheus gone.
        const QString png = m_dir.filePath(QStringLiteral("offline-overview.png"));
        r = runConsole({ QStringLiteral("--config"), m_configPath, QStringLiteral("--offline"), QStringLiteral("--screenshot"), png,
                      QStringLiteral("--page"), QStringLiteral("overview") },
                    cacheHome);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);

        // Share: export the last hours to one file, open it read-only "on another machine" (a
        // configuration whose Prometheus is somewhere else, and another cache folder).
        const QString shared = m_dir.filePath(QStringLiteral("incident.atalaya"));
        {
            cache::Cache source(cacheHome + QStringLiteral("/atalaya/demo.db"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(await(source.exportWindow(shared, now - 3 * 3600 * 1000, now)));
        }
        const QString otherConfig = m_dir.filePath(QStringLiteral("other.json"));
        QFile other(otherConfig);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\"defaultEnvironment\": \"elsewhere\", \"environments\": [{\"name\": \"elsewhere\", \"sources\": "
                    "{\"prometheus\": {\"url\": \"http://192.0.2.1:9090\"}}}]}");
        other.close();
        const QString sharedPng = m_dir.filePath(QStringLiteral("shared-overview.png"));
        r = runConsole({ QStringLiteral("--config"), otherConfig, QStringLiteral("--open"), shared, QStringLiteral("--screenshot"), sharedPng,
                         QStringLiteral("--page"), QStringLiteral("overview") },
                       m_dir.filePath(QStringLiteral("xdg-other")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QVERIFY(!QImage(sharedPng).isNull());
        // A file that is not there: a clear error, exit 1.
        r = runConsole({ QStringLiteral("--open"), m_dir.filePath(QStringLiteral("missing.atalaya")), QStringLiteral("--screenshot"),
                         m_dir.filePath(QStringLiteral("x.png")) },
                       m_dir.filePath(QStringLiteral("xdg-other")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stderrText.contains(QStringLiteral("missing.atalaya")), qPrintable(r.stderrText));
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"

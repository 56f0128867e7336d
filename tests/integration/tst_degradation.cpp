// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Degradation end to end on the demo stack: the simulator degrades one vertical (slower, failing
// requests), the real Prometheus scrapes it, and the recommendation appears for that vertical
// only, against the baseline of the same hour last week; applying level 1 through the level
// dialog publishes the flags into the ConfigMap of the Kubernetes double with the real kubectl,
// and the console reads it back as live; a change made behind its back shows as drift.
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "cache/cache.h"
#include "degradation/monitor.h"
#include "sources/session.h"
#include "testutils.h"
#include "ui/degradationpage.h"
#include "ui/leveldialog.h"
#include "ui/recommendationspanel.h"

using namespace atalaya;
using atalaya::test::await;

class TestDegradation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Config m_config;

    /// POST /control to the demo simulator (curl, as the README shows it).
    void control(const QByteArray& body)
    {
        const QString url = m_config.environment(QStringLiteral("demo"))->simulator.url.toString() + QStringLiteral("/control");
        QProcess curl;
        curl.start(QStringLiteral("curl"), { QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-X"), QStringLiteral("POST"),
                                             QStringLiteral("--data"), QString::fromUtf8(body), url });
        QVERIFY(curl.waitForFinished(20000));
        QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());
    }

    const degradation::Evaluation* evaluationOf(const degradation::DegradationMonitor& monitor, const QString& vertical)
    {
        for (const auto& e : monitor.evaluations())
            if (e.verticalId == vertical)
                return &e;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("ATALAYA_DEMO_STATE") + QStringLiteral("/atalaya-demo.json");
        QVERIFY2(QFile::exists(path), "the demo stack fixture did not start (no config written)");
        // The console's own file, with a one-minute hold so the test need not wait five.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject user = QJsonDocument::fromJson(f.readAll()).object();
        user[QStringLiteral("degradation")] = QJsonObject { { QStringLiteral("triggers"), QJsonObject { { QStringLiteral("holdFor"), QStringLiteral("1m") } } } };
        const QByteArray text = QJsonDocument(user).toJson();
        ConfigLoadResult loaded = QtConcurrent::run([text] { return ConfigLoader::loadFromText(text, QStringLiteral("demo.json")); }).result();
        QVERIFY2(loaded.problems.empty(), loaded.problems.empty() ? "" : qPrintable(loaded.problems.front().toDisplayString()));
        m_config = loaded.config;
        QCOMPARE(m_config.degradation.triggers.holdFor, std::chrono::seconds(60));
    }

    void cleanupTestCase()
    {
        control("{\"reset\": true}");
    }

    void aDegradedVerticalGetsARecommendation()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("demo.db"));
        Session session(m_config, QStringLiteral("demo"), options);
        degradation::DegradationMonitor monitor(&session);
        RecommendationsPanel panel(&session, &monitor);

        // Before: the demo's traffic is what it was a week ago; nothing holds for fitness.
        QSignalSpy evaluated(&monitor, &degradation::DegradationMonitor::evaluationsChanged);
        monitor.refresh();
        QVERIFY(evaluated.wait(60000));
        QVERIFY2(monitor.signalError().isEmpty(), qPrintable(monitor.signalError()));
        const degradation::Evaluation* before = evaluationOf(monitor, QStringLiteral("fitness"));
        QVERIFY(before);
        QVERIFY(!before->stale);
        QStringList holding;
        for (const auto& tr : before->triggers)
            holding << RecommendationsPanel::describe(tr, m_config.degradation.triggers.baseline);
        QVERIFY2(!before->recommends(), qPrintable(QStringLiteral("fitness is recommended a change before it was degraded: ") + holding.join(QStringLiteral("; "))));

        // Slower and failing: p95 ×5 and half the requests 5xx for fitness only. At night fitness
        // sees a few tenths of a request per second: the ten failures the error trigger wants in its
        // window (errorMinFailures) then take about a minute, and the hold one more.
        control("{\"latencyFactor\": {\"vertical\": \"fitness\", \"factor\": 5}, \"errorRatio\": {\"vertical\": \"fitness\", \"ratio\": 0.5}}");
        const degradation::Evaluation* after = nullptr;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 300000) {
            evaluated.clear();
            monitor.refresh();
            QVERIFY(evaluated.wait(60000));
            after = evaluationOf(monitor, QStringLiteral("fitness"));
            if (after && after->recommends())
                break;
            QTest::qWait(10000);
        }
        QVERIFY2(after && after->recommends(), "no recommendation for fitness within 5 minutes of degrading it");
        bool errors = false;
        for (const auto& t : after->triggers) {
            QVERIFY(t.ratio > t.threshold);
            errors |= t.signal == degradation::Signal::Errors;
        }
        QVERIFY(errors);
        QCOMPARE(after->currentLevel, 0);
        QCOMPARE(after->suggestedLevel, 1);
        QVERIFY(after->suggestedReplicas > after->currentReplicas);
        // Only the degraded vertical.
        for (const auto& e : monitor.evaluations()) {
            if (e.verticalId == QStringLiteral("fitness"))
                continue;
            QStringList why;
            for (const auto& tr : e.triggers)
                why << RecommendationsPanel::describe(tr, m_config.degradation.triggers.baseline);
            QVERIFY2(!e.recommends(), qPrintable(e.verticalId + QStringLiteral(" recommended too: ") + why.join(QStringLiteral("; "))));
        }

        // The card says what holds and what to do, with the prefilled dialog one click away.
        const QStringList cards = panel.cardTexts();
        QCOMPARE(cards.size(), 1);
        QVERIFY2(cards.front().contains(QStringLiteral("raise Fitness to level 1")), qPrintable(cards.front()));
        QVERIFY2(cards.front().contains(QStringLiteral("5xx errors")), qPrintable(cards.front()));
        QSignalSpy requested(&panel, &RecommendationsPanel::levelRequested);
        auto* raise = panel.findChild<QPushButton*>(QStringLiteral("raiseLevel"));
        QVERIFY(raise);
        raise->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.front().at(0).toString(), QStringLiteral("fitness"));
        QCOMPARE(requested.front().at(1).toInt(), 1);
    }

    void levelOneThroughTheDoubleIsReadBackAsLive()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("demo.db"));
        Session session(m_config, QStringLiteral("demo"), options);
        degradation::DegradationMonitor monitor(&session);
        DegradationPage page(&session, &monitor);
        page.resize(1400, 800);
        page.show();
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QVERIFY(loaded.wait(60000));
        QVERIFY2(monitor.live().ok, qPrintable(monitor.live().error));
        QVERIFY(!monitor.level(QStringLiteral("fitness")).present);

        LevelDialog* dialog = page.openLevelDialog(QStringLiteral("fitness"), 1);
        QVERIFY(dialog);
        // The dialog reads the ConfigMap and asks the cluster (auth can-i) before it offers Apply.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->diffText().contains(QStringLiteral("fitness.degradation_level")), 30000);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("advanced analytics, social integrations")), qPrintable(dialog->summaryText()));
        QVERIFY(!dialog->canConfirm()); // no reason yet
        dialog->setReason(QStringLiteral("p95 5x and 20% errors in fitness"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->canConfirm(), 30000);
        QSignalSpy applied(dialog, &LevelDialog::applied);
        dialog->confirm();
        QVERIFY(applied.wait(60000));
        QVERIFY2(applied.front().at(0).toBool(), qPrintable(applied.front().at(1).toString()));

        // Read back from the ConfigMap, not assumed.
        QTRY_COMPARE_WITH_TIMEOUT(monitor.level(QStringLiteral("fitness")).level, 1, 30000);
        QVERIFY(monitor.level(QStringLiteral("fitness")).present);
        QCOMPARE(monitor.level(QStringLiteral("fitness")).featuresOff, m_config.degradation.featuresOff(1));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.drift(QStringLiteral("fitness")).known, 30000);
        QVERIFY(!monitor.drift(QStringLiteral("fitness")).drifted());
        QVERIFY2(page.cellText(QStringLiteral("fitness"), 1).startsWith(QStringLiteral("1 — ")), qPrintable(page.cellText(QStringLiteral("fitness"), 1)));
        const auto audit = await(session.cache()->audit(5));
        QCOMPARE(audit.size(), size_t(1));
        QCOMPARE(audit.front().action, QStringLiteral("degradation"));
        QVERIFY2(audit.front().outcome.startsWith(QStringLiteral("ok: ")), qPrintable(audit.front().outcome));

        // The same ConfigMap, read by kubectl itself.
        const Environment& env = session.environment();
        kube::Runner runner(kube::Target { env.kubernetes.kubectl, env.kubernetes.kubeconfig, env.kubernetes.context, QStringLiteral("flagd") });
        const kube::Result cm = await(runner.getConfigMap(QStringLiteral("atalaya-flags")));
        QVERIFY2(cm.ok(), qPrintable(cm.message));
        const QJsonObject data = QJsonDocument::fromJson(cm.stdoutText.toUtf8()).object().value(QStringLiteral("data")).toObject();
        const QJsonObject flags = QJsonDocument::fromJson(data.value(QStringLiteral("flags.json")).toString().toUtf8()).object();
        QCOMPARE(degradation::readLevel(flags, QStringLiteral("fitness"), m_config.degradation).level, 1);
        QCOMPARE(degradation::validate(data.value(QStringLiteral("flags.json")).toString().toUtf8()), QStringList());

        // Someone else sets it back to 0 behind the console's back: drift, with their name.
        degradation::Change theirs;
        theirs.level = 0;
        theirs.user = QStringLiteral("luis");
        theirs.reason = QStringLiteral("recovered");
        theirs.at = QDateTime::currentDateTimeUtc();
        // Blocking store calls run kubectl: off this (GUI) thread, as the console does.
        const degradation::FlagStore store = monitor.store();
        const degradation::LiveDocument live = await(store.read());
        QVERIFY(live.ok);
        const QJsonObject next = degradation::applyLevel(live.document, QStringLiteral("fitness"), m_config.degradation, theirs);
        const kube::Result w = await(QtConcurrent::run([store, next, live, theirs] { return store.writeNow(next, live.version, theirs); }));
        QVERIFY2(w.ok(), qPrintable(w.message));
        // A write planned on the version before that is refused (409 from the API).
        const kube::Result stale = await(QtConcurrent::run([store, live, theirs] { return store.writeNow(live.document, live.version, theirs); }));
        QCOMPARE(stale.error, kube::ErrorKind::Conflict);
        loaded.clear();
        page.refresh();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(monitor.level(QStringLiteral("fitness")).level, 0);
        const degradation::Drift drift = monitor.drift(QStringLiteral("fitness"));
        QVERIFY(drift.drifted());
        QCOMPARE(drift.liveChangedBy, QStringLiteral("luis"));
        QVERIFY2(page.cellText(QStringLiteral("fitness"), 4).contains(QStringLiteral("luis")), qPrintable(page.cellText(QStringLiteral("fitness"), 4)));
    }
};

QTEST_MAIN(TestDegradation)
#include "tst_degradation.moc"

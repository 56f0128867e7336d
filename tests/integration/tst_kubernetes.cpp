// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The machine's real kubectl, run by the console's runner, against the Kubernetes API double
// (tests/kubedouble, HTTPS on loopback): reads, scale with and without its precondition, HPA
// patch, rollout restart / undo / status, permission checks, and the errors kubectl reports for
// a missing object, a forbidden action, a failed precondition and a rollout that never finishes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "actions/actions.h"
#include "actions/kubectl.h"
#include "cache/cache.h"
#include "kubedouble/kubedouble.h"
#include "scriptedserver.h"
#include "testutils.h"

using namespace atalaya;
using namespace atalaya::kube;
using atalaya::test::await;

class TestKubernetes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::KubeDouble m_double;
    QString m_kubeconfig;
    std::unique_ptr<test::ScriptedServer> m_simulator; ///< stands in for the demo simulator's /control

    Runner runner(const char* ns, const char* context = "operator") const
    {
        Target t;
        t.kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        t.kubeconfig = m_kubeconfig;
        t.context = QString::fromLatin1(context);
        t.namespaceName = QString::fromLatin1(ns);
        return Runner(t);
    }

    static QJsonObject json(const Result& r)
    {
        return QJsonDocument::fromJson(r.stdoutText.toUtf8()).object();
    }

    /// Ready replicas of barbershop/api, as kubectl reads them (0 when the field is omitted).
    int readyReplicas()
    {
        const Result r = await(runner("barbershop").run({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("api"),
                                                          QStringLiteral("-o"), QStringLiteral("json") },
                                                        {}, std::chrono::seconds(30)));
        return json(r).value(QStringLiteral("status")).toObject().value(QStringLiteral("readyReplicas")).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty(),
                 "kubectl is not installed (packaging/install-deps.sh installs Debian's kubernetes-client)");
        m_simulator = std::make_unique<test::ScriptedServer>();
        for (int i = 0; i < 50; ++i)
            m_simulator->replies.append({ 200, "application/json", "{}" });
        const QString error = m_double.start("{\"barbershop\": [{\"name\": \"api\", \"replicas\": 3, \"image\": \"registry.local/barber-api:2.4.1\","
                                             " \"hpa\": {\"minReplicas\": 2, \"maxReplicas\": 20}}],"
                                             " \"fitness\": [{\"name\": \"api\", \"replicas\": 2, \"progressDeadlineSeconds\": 600}]}",
                                             { QStringLiteral("--stuck"), QStringLiteral("fitness/api"), QStringLiteral("--simulator"),
                                               QStringLiteral("http://127.0.0.1:%1").arg(m_simulator->port()) });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_kubeconfig = m_double.kubeconfig();
    }

    void readsDeploymentsReplicaSetsAndHpas()
    {
        const Result deployments = await(runner("barbershop").getDeployments(), 60000);
        QVERIFY2(deployments.ok(), qPrintable(deployments.message));
        const QJsonArray items = json(deployments).value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject().value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(), 3);
        const Result rs = await(runner("barbershop").getReplicaSets(QStringLiteral("app=api")), 60000);
        QVERIFY2(rs.ok(), qPrintable(rs.message));
        QVERIFY(!json(rs).value(QStringLiteral("items")).toArray().isEmpty());
        const Result hpas = await(runner("barbershop").getHpas(), 60000);
        QVERIFY2(hpas.ok(), qPrintable(hpas.message));
        QCOMPARE(json(hpas).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("spec")).toObject()
                     .value(QStringLiteral("maxReplicas")).toInt(),
                 20);
    }

    void scaleWithItsPreconditionThenReadyFollows()
    {
        Result r = await(runner("barbershop").scale(QStringLiteral("api"), 6, 3), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(r.stdoutText.contains(QStringLiteral("deployment.apps/api scaled")), qPrintable(r.stdoutText));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(), 6, 20000);
        // The demo's traffic model is told, so that scaling shows in the metrics.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_simulator->requests.cbegin(), m_simulator->requests.cend(),
                                             [](const test::ScriptedServer::Request& r) {
                                                 return r.method == "POST" && r.target == "/control"
                                                     && r.body.contains("\"vertical\": \"barbershop\"") && r.body.contains("\"value\": 6");
                                             }),
                                 10000);
        // Someone else scaled first: the precondition says so, nothing changes.
        r = await(runner("barbershop").scale(QStringLiteral("api"), 9, 3), 60000);
        QCOMPARE(r.error, ErrorKind::PreconditionFailed);
        QVERIFY2(r.message.contains(QStringLiteral("Expected replicas to be 3, was 6")), qPrintable(r.message));
        QCOMPARE(readyReplicas(), 6);
        // Without a precondition (kubectl PATCHes the scale subresource).
        r = await(runner("barbershop").scale(QStringLiteral("api"), 4, {}), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(), 4, 20000);
    }

    void missingAndForbidden()
    {
        Result r = await(runner("barbershop").scale(QStringLiteral("nope"), 2, {}), 60000);
        QCOMPARE(r.error, ErrorKind::NotFound);
        r = await(runner("barbershop").run({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("nope") }, {},
                                           std::chrono::seconds(30)),
                  60000);
        QCOMPARE(r.error, ErrorKind::NotFound);
        QVERIFY2(r.message.contains(QStringLiteral("deployments.apps \"nope\" not found")), qPrintable(r.message));

        r = await(runner("barbershop", "viewer").scale(QStringLiteral("api"), 2, {}), 60000);
        QCOMPARE(r.error, ErrorKind::Forbidden);
        QVERIFY2(r.message.contains(QStringLiteral("cannot patch resource \"deployments/scale\"")), qPrintable(r.message));
        r = await(runner("barbershop", "viewer").canI(QStringLiteral("patch"), QStringLiteral("deployments.apps"), QStringLiteral("scale")), 60000);
        QCOMPARE(r.error, ErrorKind::Forbidden);
        r = await(runner("barbershop").canI(QStringLiteral("patch"), QStringLiteral("deployments.apps"), QStringLiteral("scale")), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.stdoutText.trimmed(), QStringLiteral("yes"));
    }

    void hpaFloorIsRaisedInsteadOfScaling()
    {
        Result r = await(runner("barbershop").patchHpaReplicas(QStringLiteral("api"), 10, 30), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = await(runner("barbershop").getHpas(), 60000);
        const QJsonObject spec = json(r).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("minReplicas")).toInt(), 10);
        QCOMPARE(spec.value(QStringLiteral("maxReplicas")).toInt(), 30);
        // The API server refuses max < min; the runner already does.
        QCOMPARE(await(runner("barbershop").patchHpaReplicas(QStringLiteral("api"), 10, 5)).error, ErrorKind::InvalidArgument);
    }

    void restartUndoAndStatus()
    {
        Result r = await(runner("barbershop").rolloutRestart(QStringLiteral("api")), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = await(runner("barbershop").rolloutStatus(QStringLiteral("api"), std::chrono::seconds(30)), 90000);
        QVERIFY2(r.ok(), qPrintable(r.message + r.stderrText));
        QVERIFY2(r.stdoutText.contains(QStringLiteral("successfully rolled out")), qPrintable(r.stdoutText));

        r = await(runner("barbershop").rolloutUndo(QStringLiteral("api"), 1), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(r.stdoutText.contains(QStringLiteral("rolled back")), qPrintable(r.stdoutText));
        r = await(runner("barbershop").rolloutStatus(QStringLiteral("api"), std::chrono::seconds(30)), 90000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        // Revision 1 was renumbered to 3: it is no longer in the history.
        r = await(runner("barbershop").rolloutUndo(QStringLiteral("api"), 1), 60000);
        QCOMPARE(r.error, ErrorKind::NotFound);
        QVERIFY2(r.message.contains(QStringLiteral("unable to find specified revision 1")), qPrintable(r.message));
    }

    void actionsAreAuditedBeforeTheyRunAndCompletedAfter()
    {
        cache::Cache cache(m_dir.filePath(QStringLiteral("audit.db")));
        const Runner r = runner("barbershop");
        const Executor executor(r, &cache, QStringLiteral("demo"), QStringLiteral("ana"));
        QString error;
        auto deployments = parseDeployments(await(r.getDeployments(), 60000).stdoutText.toUtf8(), &error);
        QVERIFY2(deployments, qPrintable(error));
        const auto hpas = parseHpas(await(r.getHpas(), 60000).stdoutText.toUtf8(), &error);
        QVERIFY2(hpas, qPrintable(error));
        attachHpas(*deployments, *hpas);
        const DeploymentInfo& api = deployments->front();
        QVERIFY(api.hpa.has_value());

        // An HPA manages it: the plan raises the HPA's floor instead of scaling the deployment.
        const Plan plan = planScale(api, 12, 20);
        QCOMPARE(plan.kind, Plan::Kind::RaiseHpa);
        QVERIFY(plan.problem.isEmpty());
        const QStringList lines = plan.commandLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().contains(QStringLiteral("patch horizontalpodautoscalers.v2.autoscaling api --type=merge")), qPrintable(lines.front()));
        const Outcome done = await(executor.execute(plan, QStringLiteral("bookings failing in Córdoba"), std::chrono::seconds(30)), 90000);
        QVERIFY2(done.ok, qPrintable(done.message));
        QVERIFY(done.auditId > 0);
        QCOMPARE(readyReplicas(), 12);
        auto entries = await(cache.audit(10));
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("scale-hpa"));
        QCOMPARE(entries.front().target, QStringLiteral("barbershop/deployment/api"));
        QCOMPARE(entries.front().user, QStringLiteral("ana"));
        QVERIFY(entries.front().detail.contains(QStringLiteral("bookings failing in Córdoba")));
        QVERIFY(entries.front().detail.contains(QStringLiteral("minReplicas 10, maxReplicas 30"))); // the values to go back to
        QVERIFY2(entries.front().outcome.startsWith(QStringLiteral("ok: ")), qPrintable(entries.front().outcome));

        // The entry exists, without an outcome, while the command runs.
        const QString slow = m_dir.filePath(QStringLiteral("slow-kubectl"));
        QFile script(slow);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nsleep 3\nexit 1\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        Target t = r.target();
        t.kubectl = slow;
        const Executor slowExecutor { Runner(t), &cache, QStringLiteral("demo"), QStringLiteral("ana") };
        QFuture<Outcome> running = slowExecutor.execute(planRestart(api), QStringLiteral("stuck pods"), std::chrono::seconds(5));
        QTRY_COMPARE_WITH_TIMEOUT(await(cache.audit(10)).size(), size_t(2), 2500);
        QVERIFY(!running.isFinished());
        QCOMPARE(await(cache.audit(1)).front().outcome, QString());
        const Outcome failed = await(running, 60000);
        QVERIFY(!failed.ok);
        QVERIFY2(await(cache.audit(1)).front().outcome.startsWith(QStringLiteral("failed: ")), qPrintable(await(cache.audit(1)).front().outcome));

        // No audit, no action: a read-only cache cannot take the entry, and nothing runs.
        const QString exported = m_dir.filePath(QStringLiteral("ro.atalaya"));
        QVERIFY(await(cache.exportWindow(exported, 0, 1)));
        cache::Cache readOnly(exported, cache::CacheDb::Mode::ReadOnly);
        const QString marker = m_dir.filePath(QStringLiteral("marker-kubectl"));
        QFile m(marker);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("#!/bin/sh\ntouch \"$0.ran\"\n");
        m.close();
        m.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        t.kubectl = marker;
        const Outcome refused = await(Executor(Runner(t), &readOnly, QStringLiteral("demo"), QStringLiteral("ana"))
                                          .execute(planRestart(api), QStringLiteral("x")),
                                      60000);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral("audit")), qPrintable(refused.message));
        QVERIFY(!QFile::exists(marker + QStringLiteral(".ran")));
        // And a reason is required.
        QVERIFY(!await(executor.execute(planRestart(api), QStringLiteral("  "))).ok);
    }

    void aRolloutThatNeverFinishesTimesOut()
    {
        // fitness/api's new pods never become ready in the double.
        Result r = await(runner("fitness").rolloutRestart(QStringLiteral("api")), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = await(runner("fitness").rolloutStatus(QStringLiteral("api"), std::chrono::seconds(3)), 90000);
        QCOMPARE(r.error, ErrorKind::Timeout);
        QVERIFY2(r.stdoutText.contains(QStringLiteral("Waiting for deployment \"api\" rollout to finish")), qPrintable(r.stdoutText));
    }
};

QTEST_GUILESS_MAIN(TestKubernetes)
#include "tst_kubernetes.moc"

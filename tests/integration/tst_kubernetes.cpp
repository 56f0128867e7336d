// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The machine's real kubectl, run by the console's runner, against the Kubernetes API double
// (tests/kubedouble, HTTPS on loopback): reads, scale with and without its precondition, HPA
// patch, rollout restart / undo / status, permission checks, and the errors kubectl reports for
// a missing object, a forbidden action, a failed precondition and a rollout that never finishes.
// The flagd ConfigMap the console publishes flag definitions to: read, merge patch with the
// resourceVersion it was read at (a stale one is a conflict), who may change it, and what the API
// server refuses.
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

namespace {
const QString kFlagsNamespace = QStringLiteral("flagd");
const QString kFlags = QStringLiteral("atalaya-flags");
const QString kSeededFlags = QStringLiteral("{\"$schema\": \"https://flagd.dev/schema/v0/flags.json\", \"flags\": {}}");
} // namespace

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

    /// The flags ConfigMap as kubectl reads it (empty when it cannot).
    QJsonObject flagsConfigMap(const char* context = "operator")
    {
        const Result r = await(runner("flagd", context).getConfigMap(kFlags), 60000);
        return r.ok() ? json(r) : QJsonObject {};
    }
    static QString flagsText(const QJsonObject& cm)
    {
        return cm.value(QStringLiteral("data")).toObject().value(QStringLiteral("flags.json")).toString();
    }
    static QString resourceVersion(const QJsonObject& cm)
    {
        return cm.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
    }

    /// A merge patch as the console would publish flags: the whole document as data["flags.json"],
    /// the resourceVersion it was read at as the precondition (none: unconditional).
    static QByteArray flagsPatch(const QString& resourceVersion, const QString& flags, const QJsonObject& annotations = {})
    {
        QJsonObject metadata { { QStringLiteral("annotations"), annotations } };
        if (!resourceVersion.isEmpty())
            metadata.insert(QStringLiteral("resourceVersion"), resourceVersion);
        return QJsonDocument(QJsonObject { { QStringLiteral("metadata"), metadata },
                                           { QStringLiteral("data"), QJsonObject { { QStringLiteral("flags.json"), flags } } } })
            .toJson(QJsonDocument::Compact);
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
        QJsonObject state = QJsonDocument::fromJson("{\"barbershop\": [{\"name\": \"api\", \"replicas\": 3, \"image\": \"registry.local/barber-api:2.4.1\","
                                                    " \"hpa\": {\"minReplicas\": 2, \"maxReplicas\": 20}}],"
                                                    " \"fitness\": [{\"name\": \"api\", \"replicas\": 2, \"progressDeadlineSeconds\": 600}]}")
                                .object();
        state.insert(QStringLiteral("configmaps"),
                     QJsonArray { QJsonObject { { QStringLiteral("namespace"), kFlagsNamespace },
                                                { QStringLiteral("name"), kFlags },
                                                { QStringLiteral("data"), QJsonObject { { QStringLiteral("flags.json"), kSeededFlags } } },
                                                { QStringLiteral("annotations"), QJsonObject { { QStringLiteral("atalaya.io/seeded"), QStringLiteral("yes") } } } } });
        const QString error = m_double.start(QJsonDocument(state).toJson(QJsonDocument::Compact),
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

    void theFlagsConfigMapIsReadWithItsData()
    {
        const Result r = await(runner("flagd").getConfigMap(kFlags), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.arguments.mid(4), Runner::getConfigMapArgs(kFlags));
        const QJsonObject cm = json(r);
        QCOMPARE(cm.value(QStringLiteral("kind")).toString(), QStringLiteral("ConfigMap"));
        QCOMPARE(cm.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString(), kFlagsNamespace);
        QCOMPARE(flagsText(cm), kSeededFlags);
        QVERIFY(!resourceVersion(cm).isEmpty());
        // A namespace that holds only a ConfigMap exists, as in a real cluster.
        const Result ns = await(runner("flagd").run({ QStringLiteral("get"), QStringLiteral("namespace"), kFlagsNamespace }, {},
                                                    std::chrono::seconds(30)),
                                60000);
        QVERIFY2(ns.ok(), qPrintable(ns.message));
    }

    void aMergePatchAtTheCurrentVersionPublishesTheFlags()
    {
        const Runner manager = runner("flagd", "manager");
        const QJsonObject before = flagsConfigMap();
        const QString rv = resourceVersion(before);
        QVERIFY(!rv.isEmpty());
        // Pretty-printed, with quotes, newlines and non-ASCII text: one argument, no shell between.
        const QString flags = QStringLiteral("{\n  \"$schema\": \"https://flagd.dev/schema/v0/flags.json\",\n  \"flags\": {\n"
                                             "    \"degrade-recommendations\": {\"state\": \"ENABLED\", \"defaultVariant\": \"on\","
                                             " \"variants\": {\"on\": true, \"off\": false}}\n  }\n}\n");
        const QJsonObject annotations { { QStringLiteral("atalaya.io/published-by"), QStringLiteral("ana") },
                                        { QStringLiteral("atalaya.io/reason"), QStringLiteral("bookings failing in Córdoba; it's \"slow\"") } };
        Result r = await(manager.patchConfigMap(kFlags, flagsPatch(rv, flags, annotations)), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(r.stdoutText.contains(QStringLiteral("configmap/atalaya-flags patched")), qPrintable(r.stdoutText));

        const QJsonObject after = flagsConfigMap();
        QCOMPARE(flagsText(after), flags);
        const QJsonObject stored = after.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject();
        QCOMPARE(stored.value(QStringLiteral("atalaya.io/published-by")).toString(), QStringLiteral("ana"));
        QCOMPARE(stored.value(QStringLiteral("atalaya.io/reason")).toString(), annotations.value(QStringLiteral("atalaya.io/reason")).toString());
        QCOMPARE(stored.value(QStringLiteral("atalaya.io/seeded")).toString(), QStringLiteral("yes")); // merged, not replaced
        // The server sets a new version; the one in the patch was only the precondition.
        QVERIFY(!resourceVersion(after).isEmpty());
        QVERIFY2(resourceVersion(after) != rv, qPrintable(rv));
    }

    void aPatchAtAStaleVersionIsAConflictAndChangesNothing()
    {
        const Runner manager = runner("flagd", "manager");
        // Two consoles read the same version; the first to publish wins.
        const QString read = resourceVersion(flagsConfigMap());
        QVERIFY(!read.isEmpty());
        const QString first = QStringLiteral(R"({"flags": {"first": {"state": "ENABLED", "defaultVariant": "on", "variants": {"on": true}}}})");
        Result r = await(manager.patchConfigMap(kFlags, flagsPatch(read, first)), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QJsonObject won = flagsConfigMap();
        QCOMPARE(flagsText(won), first);

        r = await(manager.patchConfigMap(kFlags, flagsPatch(read, QStringLiteral(R"({"flags": {}})"),
                                                            { { QStringLiteral("atalaya.io/published-by"), QStringLiteral("second") } })),
                  60000);
        QCOMPARE(r.error, ErrorKind::Conflict);
        QVERIFY2(r.message.contains(QStringLiteral("Operation cannot be fulfilled on configmaps \"atalaya-flags\": the object has been "
                                                   "modified; please apply your changes to the latest version and try again")),
                 qPrintable(r.message));
        const QJsonObject after = flagsConfigMap();
        QCOMPARE(flagsText(after), first);
        QCOMPARE(resourceVersion(after), resourceVersion(won));
        QVERIFY(after.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject().value(
                    QStringLiteral("atalaya.io/published-by"))
                != QJsonValue(QStringLiteral("second")));
    }

    void onlyManagersMayChangeTheFlags()
    {
        const QJsonObject before = flagsConfigMap();
        const QByteArray patch = flagsPatch(resourceVersion(before), QStringLiteral(R"({"flags": {"operator": {}}})"));
        Result r = await(runner("flagd", "operator").patchConfigMap(kFlags, patch), 60000);
        QCOMPARE(r.error, ErrorKind::Forbidden);
        QVERIFY2(r.message.contains(QStringLiteral("cannot patch resource \"configmaps\" in API group \"\" in the namespace \"flagd\"")),
                 qPrintable(r.message));
        r = await(runner("flagd", "viewer").patchConfigMap(kFlags, patch), 60000);
        QCOMPARE(r.error, ErrorKind::Forbidden);
        QCOMPARE(flagsConfigMap(), before);

        r = await(runner("flagd", "operator").canI(QStringLiteral("patch"), QStringLiteral("configmaps")), 60000);
        QCOMPARE(r.error, ErrorKind::Forbidden);
        QCOMPARE(r.stdoutText.trimmed().section(u' ', 0, 0), QStringLiteral("no"));
        r = await(runner("flagd", "manager").canI(QStringLiteral("patch"), QStringLiteral("configmaps")), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.stdoutText.trimmed(), QStringLiteral("yes"));
        // Reading is everyone's.
        r = await(runner("flagd", "viewer").getConfigMap(kFlags), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));

        r = await(runner("flagd", "manager").patchConfigMap(kFlags, patch), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(flagsText(flagsConfigMap()), QStringLiteral(R"({"flags": {"operator": {}}})"));
    }

    void aMissingConfigMapIsNotFound()
    {
        Result r = await(runner("flagd").getConfigMap(QStringLiteral("no-flags")), 60000);
        QCOMPARE(r.error, ErrorKind::NotFound);
        QVERIFY2(r.message.contains(QStringLiteral("configmaps \"no-flags\" not found")), qPrintable(r.message));
        r = await(runner("flagd", "manager").patchConfigMap(QStringLiteral("no-flags"), flagsPatch({}, kSeededFlags)), 60000);
        QCOMPARE(r.error, ErrorKind::NotFound);
        // Not in another namespace either: the runner's namespace is the one asked.
        r = await(runner("barbershop").getConfigMap(kFlags), 60000);
        QCOMPARE(r.error, ErrorKind::NotFound);
    }

    void theApiServerRefusesWhatAConfigMapCannotHold()
    {
        const QJsonObject before = flagsConfigMap();
        // The document as a JSON object instead of its text: data values are strings.
        const QByteArray notText = R"({"data": {"flags.json": {"flags": {}}}})";
        Result r = await(runner("flagd", "manager").patchConfigMap(kFlags, notText), 60000);
        QCOMPARE(r.error, ErrorKind::Invalid);
        QVERIFY2(r.message.contains(QStringLiteral("ConfigMap \"atalaya-flags\" is invalid: data[flags.json]")), qPrintable(r.message));
        QCOMPARE(flagsConfigMap(), before);

        // At most 1 MiB of keys and values: exactly that is taken, one byte more is not. (Too much
        // for one argument of a patch: kubectl create reads it from a file.)
        auto create = [this](const char* name, qsizetype valueBytes) {
            const QString path = m_dir.filePath(QLatin1String(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return Result {};
            f.write(QByteArray(valueBytes, 'x'));
            f.close();
            return await(runner("flagd", "manager")
                             .run({ QStringLiteral("create"), QStringLiteral("configmap"), QLatin1String(name),
                                    QStringLiteral("--from-file=flags.json=") + path },
                                  { QLatin1String(name) }, std::chrono::seconds(60)),
                         90000);
        };
        const qsizetype limit = 1024 * 1024 - qsizetype(sizeof("flags.json") - 1);
        r = create("at-the-limit", limit);
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = create("over-the-limit", limit + 1);
        QVERIFY(!r.ok());
        QVERIFY2(r.stderrText.contains(QStringLiteral("ConfigMap \"over-the-limit\" is invalid: []: Too long: must have at most 1048576 bytes")),
                 qPrintable(r.stderrText));
        QCOMPARE(await(runner("flagd").getConfigMap(QStringLiteral("over-the-limit")), 60000).error, ErrorKind::NotFound);
        const Result atTheLimit = await(runner("flagd").getConfigMap(QStringLiteral("at-the-limit")), 60000);
        QVERIFY2(atTheLimit.ok(), qPrintable(atTheLimit.message));
        QCOMPARE(flagsText(json(atTheLimit)).size(), limit);
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

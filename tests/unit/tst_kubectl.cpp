// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The kubectl runner: names and values that are not allowed never reach a process; the argument
// list is exactly what is run; errors are read the way kubectl writes them. The transport errors
// come from the machine's real kubectl.
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cerrno>
#include <sys/resource.h>

#include "actions/actions.h"
#include "actions/kubectl.h"
#include "util/priority.h"
#include "util/workpool.h"
#include "testutils.h"

using namespace atalaya;
using namespace atalaya::kube;
using atalaya::test::await;

class TestKubectl : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// A stand-in for kubectl that writes its arguments, one a line, to a file (and sleeps when
    /// asked): what was run, exactly.
    QString recorder(const char* name, int sleepSeconds = 0)
    {
        return executable(name, "printf '%s\\n' \"$@\" > \"$0.args\"\n"
                                    + (sleepSeconds ? "sleep " + QByteArray::number(sleepSeconds) + "\n" : QByteArray())
                                    + "echo done\n");
    }

    /// A shell script in the test's directory, ready to run.
    QString executable(const char* name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("#!/bin/sh\n" + body);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    static QStringList recorded(const QString& script)
    {
        QFile f(script + QStringLiteral(".args"));
        if (!f.open(QIODevice::ReadOnly))
            return { QStringLiteral("<not run>") };
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    QString kubeconfig(const char* name, const QString& server)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: %1\n"
                               "users:\n- name: u\n  user:\n    token: test-token\ncontexts:\n- name: demo\n  context:\n"
                               "    cluster: c\n    user: u\ncurrent-context: demo\n")
                    .arg(server)
                    .toUtf8());
        return path;
    }

private slots:
    void namesFollowTheApiRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("deployment") << QStringLiteral("barber-api") << true;
        QTest::newRow("dotted") << QStringLiteral("api.v2") << true;
        QTest::newRow("digits") << QStringLiteral("0web9") << true;
        QTest::newRow("shell") << QStringLiteral("api; rm -rf /") << false;
        QTest::newRow("flag") << QStringLiteral("--all") << false;
        QTest::newRow("dash first") << QStringLiteral("-n") << false;
        QTest::newRow("path") << QStringLiteral("../secrets") << false;
        QTest::newRow("slash") << QStringLiteral("deployment/api") << false;
        QTest::newRow("upper") << QStringLiteral("Api") << false;
        QTest::newRow("space") << QStringLiteral("api web") << false;
        QTest::newRow("subst") << QStringLiteral("$(id)") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << QString(254, u'a') << false;
        QTest::newRow("double dot") << QStringLiteral("a..b") << false;
        QTest::newRow("unicode") << QStringLiteral("apí") << false;
    }
    void namesFollowTheApiRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidName(name), valid);
    }

    void badValuesNeverReachAProcess()
    {
        const QString script = recorder("kubectl-never");
        Target t;
        t.kubectl = script;
        t.namespaceName = QStringLiteral("barbershop");
        const Runner runner(t);
        const QList<QFuture<Result>> attempts {
            runner.scale(QStringLiteral("--all"), 3, {}),
            runner.scale(QStringLiteral("api; rm -rf /"), 3, 1),
            runner.scale(QStringLiteral("api"), -1, {}),
            runner.rolloutUndo(QStringLiteral("../etc"), {}),
            runner.rolloutUndo(QStringLiteral("api"), 0),
            runner.rolloutRestart(QStringLiteral("api --all")),
            runner.patchHpaReplicas(QStringLiteral("api`id`"), 5, {}),
            runner.patchHpaReplicas(QStringLiteral("api"), 10, 5),
            runner.getReplicaSets(QStringLiteral("app=api; rm")),
            runner.canI(QStringLiteral("--as=admin"), QStringLiteral("deployments")),
            runner.getConfigMap(QStringLiteral("--all")),
            runner.patchConfigMap(QStringLiteral("flags; rm -rf /"), "{}"),
            runner.patchConfigMap(QStringLiteral("atalaya-flags"), "--all"),
            runner.patchConfigMap(QStringLiteral("atalaya-flags"), "[{\"op\": \"remove\", \"path\": \"/data\"}]"),
            runner.patchConfigMap(QStringLiteral("atalaya-flags"), "{\"data\": {\"flags.json\": \"" + QByteArray(200 * 1024, 'x') + "\"}}"),
        };
        for (const QFuture<Result>& f : attempts) {
            const Result r = await(f);
            QCOMPARE(r.error, ErrorKind::InvalidArgument);
            QVERIFY2(r.message.contains(QStringLiteral("nothing was run")) || r.message.contains(QStringLiteral("not a")), qPrintable(r.message));
        }
        // A namespace or context with flag syntax, from a bad configuration, is refused as well.
        Target bad = t;
        bad.namespaceName = QStringLiteral("--all-namespaces");
        QCOMPARE(await(Runner(bad).getDeployments()).error, ErrorKind::InvalidArgument);
        bad = t;
        bad.context = QStringLiteral("--kubeconfig=/tmp/x");
        QCOMPARE(await(Runner(bad).getDeployments()).error, ErrorKind::InvalidArgument);
        QCOMPARE(recorded(script), QStringList { QStringLiteral("<not run>") });
    }

    void theArgumentListIsExactlyWhatRuns()
    {
        const QString script = recorder("kubectl-args");
        Target t;
        t.kubectl = script;
        t.kubeconfig = m_dir.filePath(QStringLiteral("my config"));
        t.context = QStringLiteral("prod-ar");
        t.namespaceName = QStringLiteral("barbershop");
        const Result r = await(Runner(t).scale(QStringLiteral("barber-api"), 15, 3));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.stdoutText.trimmed(), QStringLiteral("done"));
        const QStringList expected { QStringLiteral("--kubeconfig=") + t.kubeconfig, QStringLiteral("--context=prod-ar"),
                                     QStringLiteral("--namespace=barbershop"), QStringLiteral("--request-timeout=10s"),
                                     QStringLiteral("scale"), QStringLiteral("deployment/barber-api"), QStringLiteral("--replicas=15"),
                                     QStringLiteral("--current-replicas=3") };
        QCOMPARE(recorded(script), expected);
        QCOMPARE(r.arguments, expected);
        // For people: one line, the path with a space quoted.
        QCOMPARE(displayCommand(QStringLiteral("kubectl"), r.arguments),
                 QStringLiteral("kubectl '--kubeconfig=%1' --context=prod-ar --namespace=barbershop --request-timeout=10s scale "
                                "deployment/barber-api --replicas=15 --current-replicas=3")
                     .arg(t.kubeconfig));

        const Result hpa = await(Runner(t).patchHpaReplicas(QStringLiteral("barber-api"), 15, 20));
        QVERIFY(hpa.ok());
        QCOMPARE(recorded(script).mid(4), (QStringList { QStringLiteral("patch"), QStringLiteral("horizontalpodautoscalers.v2.autoscaling"),
                                                           QStringLiteral("barber-api"), QStringLiteral("--type=merge"),
                                                           QStringLiteral("--patch={\"spec\":{\"minReplicas\":15,\"maxReplicas\":20}}") }));
    }

    void kubectlRunsBelowTheConsolesPriority()
    {
        // The child's nice value, as the kernel has it (field 19 of /proc/PID/stat).
        Target t;
        t.kubectl = executable("kubectl-nice", "cut -d' ' -f19 /proc/$$/stat\n");
        t.namespaceName = QStringLiteral("barbershop");
        const Result r = await(Runner(t).getDeployments());
        QCOMPARE(r.exitCode, 0);
        errno = 0;
        const int ours = getpriority(PRIO_PROCESS, 0);
        QCOMPARE(errno, 0);
        QCOMPARE(r.stdoutText.trimmed().toInt(), std::min(19, ours + kBackgroundNice));
        QCOMPARE(getpriority(PRIO_PROCESS, 0), ours); // the console itself is left as it was
    }

    void kubectlWaitsOnTheConsolesPoolNotQts()
    {
        // Qt's raster engine hands pieces of large fills to the global pool and waits for them:
        // a kubectl run that sits on one of its threads would hold a window repaint up.
        const QString script = recorder("kubectl-pool", 1);
        Target t;
        t.kubectl = script;
        t.namespaceName = QStringLiteral("barbershop");
        auto running = Runner(t).getDeployments();
        QTRY_COMPARE(workPool()->activeThreadCount(), 1);
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QVERIFY(await(running).ok());
    }

    void aConfigMapPatchIsOneArgument()
    {
        // Quotes, a shell's metacharacters and a flag inside the text: all of it stays one argument.
        const QByteArray patch = "{\"metadata\":{\"resourceVersion\":\"1042\",\"annotations\":{\"atalaya.io/reason\":"
                                 "\"it's \\\"down\\\"; $(id) `id` --all\"}},\"data\":{\"flags.json\":\"{\\\"flags\\\": {\\\"a b\\\": {}}}\"}}";
        const QStringList expected { QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("atalaya-flags"),
                                     QStringLiteral("--type=merge"), QStringLiteral("-p"), QString::fromUtf8(patch) };
        QCOMPARE(Runner::patchConfigMapArgs(QStringLiteral("atalaya-flags"), patch), expected);
        QCOMPARE(Runner::getConfigMapArgs(QStringLiteral("atalaya-flags")),
                 (QStringList { QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("atalaya-flags"), QStringLiteral("-o"),
                                QStringLiteral("json") }));
        // Refused: names that are not names, a patch that is not a JSON object or too long for one argument.
        QVERIFY(Runner::patchConfigMapArgs(QStringLiteral("--all"), patch).isEmpty());
        QVERIFY(Runner::patchConfigMapArgs(QStringLiteral("flags; rm -rf /"), patch).isEmpty());
        QVERIFY(Runner::patchConfigMapArgs(QStringLiteral("atalaya-flags"), "--all").isEmpty());
        QVERIFY(Runner::patchConfigMapArgs(QStringLiteral("atalaya-flags"), "[]").isEmpty());
        QVERIFY(Runner::patchConfigMapArgs(QStringLiteral("atalaya-flags"), "{\"data\": ").isEmpty());
        QVERIFY(Runner::patchConfigMapArgs(QStringLiteral("atalaya-flags"), "{\"a\":\"" + QByteArray(Runner::kMaxPatchBytes, 'x') + "\"}")
                    .isEmpty());
        QVERIFY(Runner::getConfigMapArgs(QStringLiteral("../flags")).isEmpty());

        // And that is what runs.
        const QString script = recorder("kubectl-configmap");
        Target t;
        t.kubectl = script;
        t.namespaceName = QStringLiteral("flagd");
        const Result r = await(Runner(t).patchConfigMap(QStringLiteral("atalaya-flags"), patch));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(recorded(script), (QStringList { QStringLiteral("--namespace=flagd"), QStringLiteral("--request-timeout=10s") } + expected));
    }

    void aRunPastItsDeadlineIsStopped()
    {
        Target t;
        t.kubectl = recorder("kubectl-slow", 30);
        t.namespaceName = QStringLiteral("fitness");
        const Result r = await(Runner(t).run({ QStringLiteral("get"), QStringLiteral("pods") }, {}, std::chrono::milliseconds(300)));
        QCOMPARE(r.error, ErrorKind::Timeout);
        QVERIFY(r.elapsedMs < 10000);
    }

    void aMissingProgramSaysSo()
    {
        Target t;
        t.kubectl = m_dir.filePath(QStringLiteral("no-such-kubectl"));
        t.namespaceName = QStringLiteral("fitness");
        const Result r = await(Runner(t).getDeployments());
        QCOMPARE(r.error, ErrorKind::NotInstalled);
        QVERIFY2(r.message.contains(QStringLiteral("no-such-kubectl")), qPrintable(r.message));
    }

    void errorsAreReadAsKubectlWritesThem_data()
    {
        QTest::addColumn<QString>("stderrText");
        QTest::addColumn<int>("kind");
        QTest::newRow("forbidden")
            << QStringLiteral("Error from server (Forbidden): deployments.apps \"api\" is forbidden: User \"ana\" cannot patch resource "
                              "\"deployments/scale\" in API group \"apps\" in the namespace \"barbershop\"\n")
            << int(ErrorKind::Forbidden);
        QTest::newRow("not found") << QStringLiteral("Error from server (NotFound): deployments.apps \"api\" not found") << int(ErrorKind::NotFound);
        QTest::newRow("conflict") << QStringLiteral("Error from server (Conflict): Operation cannot be fulfilled") << int(ErrorKind::Conflict);
        QTest::newRow("invalid") << QStringLiteral("Error from server (Invalid): HorizontalPodAutoscaler.autoscaling \"x\" is invalid")
                                 << int(ErrorKind::Invalid);
        // kubectl's own wording of a 422 (its checkErr), with one cause, with several, without details.
        QTest::newRow("invalid, one cause") << QStringLiteral("The ConfigMap \"atalaya-flags\" is invalid: data[flags.json]: Invalid value: 1: "
                                                              "must be a string\n")
                                            << int(ErrorKind::Invalid);
        QTest::newRow("invalid, causes") << QStringLiteral("The ConfigMap \"atalaya-flags\" is invalid: \n* data[a]: Invalid value: 1: must be a "
                                                           "string\n* data[b]: Invalid value: true: must be a string\n")
                                         << int(ErrorKind::Invalid);
        QTest::newRow("invalid request") << QStringLiteral("The request is invalid: test failed at /metadata/resourceVersion")
                                         << int(ErrorKind::Invalid);
        QTest::newRow("unauthorized") << QStringLiteral("error: You must be logged in to the server (Unauthorized)") << int(ErrorKind::Unauthorized);
        QTest::newRow("precondition") << QStringLiteral("error: Expected replicas to be 3, was 5") << int(ErrorKind::PreconditionFailed);
        QTest::newRow("klog then refused")
            << QStringLiteral("E0822 10:11:12.123456   4242 memcache.go:265] couldn't get current server API group list: connection refused\n"
                              "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n")
            << int(ErrorKind::ConnectionRefused);
        QTest::newRow("refused then klog")
            << QStringLiteral("The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n"
                              "E0822 10:11:12.123456   4242 memcache.go:265] trailing log line\n")
            << int(ErrorKind::ConnectionRefused);
        QTest::newRow("unreachable") << QStringLiteral("Unable to connect to the server: dial tcp: lookup k8s.example: no such host")
                                     << int(ErrorKind::Unreachable);
        QTest::newRow("context") << QStringLiteral("error: context \"prod\" does not exist") << int(ErrorKind::UnknownContext);
        QTest::newRow("deadline") << QStringLiteral("error: deployment \"api\" exceeded its progress deadline") << int(ErrorKind::RolloutFailed);
        QTest::newRow("status timeout") << QStringLiteral("error: timed out waiting for the condition") << int(ErrorKind::Timeout);
        QTest::newRow("other") << QStringLiteral("error: something new") << int(ErrorKind::Other);
    }
    void errorsAreReadAsKubectlWritesThem()
    {
        QFETCH(QString, stderrText);
        QFETCH(int, kind);
        QCOMPARE(int(classifyError(stderrText)), kind);
    }

    void anErrorWithSeveralCausesKeepsThemAll()
    {
        QString line;
        QCOMPARE(classifyError(QStringLiteral("The ConfigMap \"f\" is invalid: \n* data[a]: must be a string\n* data[b]: must be a string\n"), &line),
                 ErrorKind::Invalid);
        QCOMPARE(line, QStringLiteral("The ConfigMap \"f\" is invalid: data[a]: must be a string; data[b]: must be a string"));
    }

    void deploymentsAsTheApiWritesThem()
    {
        // Zero counters are omitted by the API; spec.replicas defaults to 1.
        const QByteArray list = "{\"kind\":\"List\",\"items\":[{\"kind\":\"Deployment\",\"metadata\":{\"name\":\"api\",\"namespace\":\"fitness\","
                                "\"uid\":\"u1\",\"generation\":4,\"annotations\":{\"deployment.kubernetes.io/revision\":\"7\"}},"
                                "\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"api\"}},\"template\":{\"spec\":{\"containers\":"
                                "[{\"name\":\"api\",\"image\":\"r/api:3\"}]}}},\"status\":{\"observedGeneration\":4}}]}";
        QString error;
        const auto d = parseDeployments(list, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->size(), size_t(1));
        QCOMPARE(d->front().desired, 1);
        QCOMPARE(d->front().ready, 0);
        QCOMPARE(d->front().revision, 7);
        QCOMPARE(d->front().image, QStringLiteral("r/api:3"));
        QCOMPARE(d->front().selector, QStringLiteral("app=api"));
        QVERIFY(!d->front().rolloutComplete()); // 0 of 1 updated
        QVERIFY(!parseDeployments("<html>502</html>", &error));
        QVERIFY2(error.contains(QStringLiteral("not JSON")), qPrintable(error));
        QVERIFY(!parseDeployments("{\"kind\":\"Pod\"}", &error));

        const QByteArray rs = "{\"kind\":\"ReplicaSetList\",\"items\":["
                              "{\"metadata\":{\"annotations\":{\"deployment.kubernetes.io/revision\":\"2\"},\"ownerReferences\":[{\"uid\":\"u1\"}]}},"
                              "{\"metadata\":{\"annotations\":{\"deployment.kubernetes.io/revision\":\"9\"},\"ownerReferences\":[{\"uid\":\"other\"}]}},"
                              "{\"metadata\":{\"annotations\":{\"deployment.kubernetes.io/revision\":\"5\",\"kubernetes.io/change-cause\":\"hotfix\"},"
                              "\"ownerReferences\":[{\"uid\":\"u1\"}]}}]}";
        const auto revisions = parseRevisions(rs, QStringLiteral("u1"), &error);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), size_t(2));
        QCOMPARE(revisions->front().number, 5); // newest first, the other owner's left out
        QCOMPARE(revisions->front().changeCause, QStringLiteral("hotfix"));
    }

    void plans()
    {
        QCOMPARE(emergencyReplicas(3, 20), 15);
        QCOMPARE(emergencyReplicas(6, 20), 20);
        QCOMPARE(emergencyReplicas(0, 20), 5);
        DeploymentInfo d;
        d.namespaceName = QStringLiteral("barbershop");
        d.name = QStringLiteral("api");
        d.desired = 4;
        d.revision = 3;
        Plan p = planScale(d, 12, 20);
        QCOMPARE(p.kind, Plan::Kind::Scale);
        QCOMPARE(p.commands.front(), (QStringList { QStringLiteral("scale"), QStringLiteral("deployment/api"), QStringLiteral("--replicas=12"),
                                                     QStringLiteral("--current-replicas=4") }));
        QVERIFY(!planScale(d, 21, 20).problem.isEmpty()); // above the cap
        QVERIFY(!planScale(d, 4, 20).problem.isEmpty()); // no change
        d.hpa = HpaInfo { QStringLiteral("api"), QStringLiteral("Deployment"), QStringLiteral("api"), 2, 10, 4, 4 };
        p = planScale(d, 15, 20);
        QCOMPARE(p.kind, Plan::Kind::RaiseHpa);
        QCOMPARE(p.newHpaMin, 15);
        QCOMPARE(p.newHpaMax, 15); // raised with the floor: max >= min
        QVERIFY(p.commands.front().last().contains(QStringLiteral("\"maxReplicas\":15")));
        QVERIFY(!planRollback(d, 3).problem.isEmpty()); // the running revision
        QVERIFY(planRollback(d, 2).problem.isEmpty());
        d.paused = true;
        QVERIFY(!planRestart(d).problem.isEmpty());

        // The values an emergency scale recorded, read back for its undo.
        const auto recorded = recordedHpa(QStringLiteral("reason: x\nkubectl …\nHPA api before: minReplicas 2, maxReplicas 20"));
        QVERIFY(recorded);
        QCOMPARE(recorded->name, QStringLiteral("api"));
        QCOMPARE(recorded->minReplicas, 2);
        QCOMPARE(recorded->maxReplicas, 20);
        QVERIFY(!recordedHpa(QStringLiteral("reason: restart")).has_value());
        d.paused = false;
        QCOMPARE(planRestoreHpa(d, 2, 20).commands.front().last(), QStringLiteral("--patch={\"spec\":{\"minReplicas\":2,\"maxReplicas\":20}}"));
        QVERIFY(!planRestoreHpa(d, 2, 10).problem.isEmpty()); // already so
        QVERIFY(!planRestoreHpa(d, 5, 3).problem.isEmpty());
    }

    void theRealKubectlsTransportErrors()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        QVERIFY2(!kubectl.isEmpty(), "kubectl is not installed (packaging/install-deps.sh installs Debian's kubernetes-client)");
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 closed = probe.serverPort();
        probe.close();
        Target t;
        t.kubectl = kubectl;
        t.kubeconfig = kubeconfig("refused.yaml", QStringLiteral("https://127.0.0.1:%1").arg(closed));
        t.namespaceName = QStringLiteral("barbershop");
        t.requestTimeout = std::chrono::seconds(3);
        Result r = await(Runner(t).getDeployments(), 60000);
        QCOMPARE(r.error, ErrorKind::ConnectionRefused);
        QVERIFY2(r.message.contains(QString::number(closed)), qPrintable(r.message));

        t.context = QStringLiteral("nowhere");
        r = await(Runner(t).getDeployments(), 60000);
        QCOMPARE(r.error, ErrorKind::UnknownContext);
        QVERIFY2(r.message.contains(QStringLiteral("nowhere")), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestKubectl)
#include "tst_kubectl.moc"

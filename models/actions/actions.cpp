// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent>

#include "cache/cache.h"
#include "util/threadguard.h"
#include "util/workpool.h"

namespace atalaya::kube {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atalaya::kube::Actions", text);
}

constexpr std::chrono::seconds kStep { 30 };

} // namespace

QString Plan::actionName() const
{
    switch (kind) {
    case Kind::Scale:
        return QStringLiteral("scale");
    case Kind::RaiseHpa:
        return QStringLiteral("scale-hpa");
    case Kind::Rollback:
        return QStringLiteral("rollback");
    case Kind::Restart:
        return QStringLiteral("restart");
    case Kind::RestoreHpa:
        return QStringLiteral("restore-hpa");
    }
    return {};
}

QStringList Plan::commandLines(const Runner& runner) const
{
    QStringList lines;
    for (const QStringList& args : commands)
        if (const auto full = runner.arguments(args))
            lines << displayCommand(runner.target().kubectl, *full);
    return lines;
}

std::optional<std::vector<DeploymentInfo>> readDeployments(const Runner& runner, QString* error)
{
    assertNotGuiThread("kube::readDeployments");
    QFuture<Result> deploymentsRun = runner.getDeployments();
    QFuture<Result> hpasRun = runner.getHpas(); // at the same time
    const Result deployments = deploymentsRun.result();
    if (!deployments.ok()) {
        *error = deployments.message;
        return std::nullopt;
    }
    auto parsed = parseDeployments(deployments.stdoutText.toUtf8(), error);
    if (!parsed)
        return std::nullopt;
    const Result hpas = hpasRun.result();
    QString hpaError;
    if (hpas.ok())
        if (const auto list = parseHpas(hpas.stdoutText.toUtf8(), &hpaError))
            attachHpas(*parsed, *list);
    return parsed;
}

int emergencyReplicas(int current, int cap)
{
    return std::max(1, std::min(std::max(current, 1) * 5, cap));
}

Plan planScale(const DeploymentInfo& d, int targetReplicas, int cap)
{
    Plan p;
    p.namespaceName = d.namespaceName;
    p.deployment = d.name;
    p.currentReplicas = d.desired;
    p.targetReplicas = targetReplicas;
    p.cap = cap;
    p.hpa = d.hpa;
    if (targetReplicas < 0 || (cap > 0 && targetReplicas > cap))
        p.problem = tr("%1 replicas is above this vertical's cap of %2").arg(targetReplicas).arg(cap);
    else if (targetReplicas == d.desired)
        p.problem = tr("the deployment already has %1 replicas").arg(targetReplicas);
    if (d.hpa) {
        // The autoscaler would undo a plain scale within seconds: raise its floor instead (and its
        // ceiling when the floor would pass it). The old values go into the audit entry.
        p.kind = Plan::Kind::RaiseHpa;
        p.newHpaMin = std::max(1, targetReplicas);
        p.newHpaMax = std::max(d.hpa->maxReplicas, p.newHpaMin);
        p.commands.push_back(Runner::patchHpaArgs(d.hpa->name, p.newHpaMin,
                                                  p.newHpaMax != d.hpa->maxReplicas ? std::optional<int>(p.newHpaMax) : std::nullopt));
    } else {
        p.kind = Plan::Kind::Scale;
        p.commands.push_back(Runner::scaleArgs(d.name, targetReplicas, d.desired));
    }
    return p;
}

Plan planRollback(const DeploymentInfo& d, int toRevision)
{
    Plan p;
    p.kind = Plan::Kind::Rollback;
    p.namespaceName = d.namespaceName;
    p.deployment = d.name;
    p.currentReplicas = p.targetReplicas = d.desired;
    p.toRevision = toRevision;
    if (d.paused)
        p.problem = tr("the deployment is paused: resume it first");
    else if (toRevision == d.revision)
        p.problem = tr("revision %1 is the one running").arg(toRevision);
    p.commands.push_back(Runner::undoArgs(d.name, toRevision));
    return p;
}

Plan planRestart(const DeploymentInfo& d)
{
    Plan p;
    p.kind = Plan::Kind::Restart;
    p.namespaceName = d.namespaceName;
    p.deployment = d.name;
    p.currentReplicas = p.targetReplicas = d.desired;
    if (d.paused)
        p.problem = tr("the deployment is paused: resume it first");
    p.commands.push_back(Runner::restartArgs(d.name));
    return p;
}

Plan planRestoreHpa(const DeploymentInfo& d, int minReplicas, int maxReplicas)
{
    Plan p;
    p.kind = Plan::Kind::RestoreHpa;
    p.namespaceName = d.namespaceName;
    p.deployment = d.name;
    p.currentReplicas = d.desired;
    p.targetReplicas = minReplicas;
    p.hpa = d.hpa;
    p.newHpaMin = minReplicas;
    p.newHpaMax = maxReplicas;
    if (!d.hpa)
        p.problem = tr("the deployment has no autoscaler any more");
    else if (minReplicas < 1 || maxReplicas < minReplicas)
        p.problem = tr("minReplicas %1 / maxReplicas %2 is not a valid range").arg(minReplicas).arg(maxReplicas);
    else if (d.hpa->minReplicas == minReplicas && d.hpa->maxReplicas == maxReplicas)
        p.problem = tr("the autoscaler already has these values");
    if (d.hpa)
        p.commands.push_back(Runner::patchHpaArgs(d.hpa->name, minReplicas, maxReplicas));
    return p;
}

std::optional<RecordedHpa> recordedHpa(const QString& auditDetail)
{
    static const QRegularExpression re(QStringLiteral("HPA ([a-z0-9.-]+) before: minReplicas (\\d+), maxReplicas (\\d+)"));
    const QRegularExpressionMatch m = re.match(auditDetail);
    if (!m.hasMatch())
        return std::nullopt;
    return RecordedHpa { m.captured(1), m.captured(2).toInt(), m.captured(3).toInt() };
}

Executor::Executor(Runner runner, cache::Cache* cache, QString environment, QString user)
    : m_runner(std::move(runner))
    , m_cache(cache)
    , m_environment(std::move(environment))
    , m_user(std::move(user))
{
}

QFuture<Outcome> Executor::execute(const Plan& plan, const QString& reason, std::chrono::seconds verifyTimeout) const
{
    return QtConcurrent::run(workPool(), [runner = m_runner, cache = m_cache, env = m_environment, user = m_user, plan, reason, verifyTimeout] {
        Outcome out;
        if (!plan.problem.isEmpty()) {
            out.message = plan.problem;
            return out;
        }
        if (reason.trimmed().isEmpty()) {
            out.message = tr("a reason is required");
            return out;
        }
        QString detail = tr("reason: %1").arg(reason.trimmed());
        detail += u'\n' + plan.commandLines(runner).join(u'\n');
        if (plan.hpa)
            // Not translated: recordedHpa() reads it back for an undo, whatever the UI language.
            detail += u'\n' + QStringLiteral("HPA %1 before: minReplicas %2, maxReplicas %3").arg(plan.hpa->name).arg(plan.hpa->minReplicas).arg(plan.hpa->maxReplicas);
        // Written and fsynced before anything runs; without it nothing runs.
        out.auditId = cache->appendAudit({ 0, QDateTime::currentMSecsSinceEpoch(), user, env, plan.actionName(), plan.targetName(), detail, {} })
                          .result();
        if (out.auditId == 0) {
            out.message = tr("the audit entry could not be written, so nothing was run");
            return out;
        }
        const QStringList names { plan.deployment };
        QStringList allNames = names;
        if (plan.hpa)
            allNames << plan.hpa->name;
        bool ok = true;
        for (const QStringList& args : plan.commands) {
            out.steps.push_back(runner.runNow(args, allNames, kStep));
            if (!out.steps.back().ok()) {
                ok = false;
                out.message = out.steps.back().message;
                break;
            }
        }
        if (ok) {
            // Verify: a rollout until done, failed or timed out; a scale until the ready count is there.
            if (plan.kind == Plan::Kind::RestoreHpa) {
                // The autoscaler decides the count from here: the patch being accepted is the result.
                out.message = tr("autoscaler %1 back to %2–%3 replicas").arg(plan.hpa->name).arg(plan.newHpaMin).arg(plan.newHpaMax);
            } else if (plan.kind == Plan::Kind::Rollback || plan.kind == Plan::Kind::Restart) {
                out.steps.push_back(runner.runNow(Runner::statusArgs(plan.deployment, verifyTimeout), names, verifyTimeout + kStep));
                ok = out.steps.back().ok();
                out.message = ok ? tr("%1 of %2 done and rolled out").arg(plan.actionName(), plan.targetName()) : out.steps.back().message;
            } else {
                const auto deadline = QDateTime::currentMSecsSinceEpoch() + qint64(verifyTimeout.count()) * 1000;
                int ready = -1;
                while (QDateTime::currentMSecsSinceEpoch() < deadline) {
                    const Result r = runner.runNow({ QStringLiteral("get"), QStringLiteral("deployment"), plan.deployment, QStringLiteral("-o"),
                                                     QStringLiteral("json") },
                                                   names, kStep);
                    QString error;
                    const auto parsed = r.ok() ? parseDeployments(r.stdoutText.toUtf8(), &error) : std::nullopt;
                    if (parsed && !parsed->empty()) {
                        ready = parsed->front().ready;
                        if (ready >= plan.targetReplicas && parsed->front().desired >= plan.targetReplicas)
                            break;
                    }
                    QThread::msleep(500);
                }
                ok = ready >= plan.targetReplicas;
                out.message = ok ? tr("%1 has %2 ready replicas").arg(plan.targetName()).arg(ready)
                                 : tr("%1: %2 of %3 replicas ready after %4 s").arg(plan.targetName()).arg(std::max(ready, 0)).arg(plan.targetReplicas).arg(verifyTimeout.count());
            }
        }
        out.ok = ok;
        QString outcome = (ok ? QStringLiteral("ok: ") : QStringLiteral("failed: ")) + out.message;
        for (const Result& step : out.steps) {
            const QString text = QString(step.stdoutText + step.stderrText).trimmed();
            if (!text.isEmpty())
                outcome += u'\n' + text.right(2000);
        }
        cache->setAuditOutcome(out.auditId, outcome).waitForFinished();
        return out;
    });
}

} // namespace atalaya::kube

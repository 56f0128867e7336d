// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>

#include <QFuture>
#include <QObject>

#include "actions/deployments.h"
#include "actions/kubectl.h"

namespace atalaya::cache {
class Cache;
}

namespace atalaya::kube {

/// What an action will do, before it is confirmed: the exact commands, the current and target
/// state. Built by the plan*() functions; the dialog shows it; execute() runs it.
struct Plan
{
    enum class Kind
    {
        Scale, ///< kubectl scale with --current-replicas
        RaiseHpa, ///< an HPA manages the deployment: its floor is raised instead
        Rollback,
        Restart,
        RestoreHpa, ///< put an autoscaler back to the values an earlier action recorded
    };
    Kind kind = Kind::Scale;
    QString namespaceName;
    QString deployment;
    int currentReplicas = 0;
    int targetReplicas = 0;
    int cap = 0; ///< the vertical's scaling cap
    std::optional<HpaInfo> hpa; ///< before the change (recorded, so it can be undone)
    int newHpaMin = 0;
    int newHpaMax = 0;
    int toRevision = 0;
    std::vector<QStringList> commands; ///< kubectl arguments after the global flags, in order
    QString problem; ///< why it cannot run as planned (empty when it can)

    QString actionName() const;
    QString targetName() const { return namespaceName + QStringLiteral("/deployment/") + deployment; }
    /// The command lines as people read them (preview, audit).
    QStringList commandLines(const Runner& runner) const;
};

/// The namespace's deployments with their autoscalers attached (without, when the autoscalers
/// cannot be read), with kubectl. Blocking: call it off the GUI thread. nullopt with @p error
/// saying why when the deployments cannot be read.
std::optional<std::vector<DeploymentInfo>> readDeployments(const Runner& runner, QString* error);

/// The seeds' emergency suggestion: five times the current replicas, never above the cap.
int emergencyReplicas(int current, int cap);

Plan planScale(const DeploymentInfo& d, int targetReplicas, int cap);
Plan planRollback(const DeploymentInfo& d, int toRevision);
Plan planRestart(const DeploymentInfo& d);
/// Back to @p minReplicas / @p maxReplicas on the deployment's autoscaler (an undo of RaiseHpa).
Plan planRestoreHpa(const DeploymentInfo& d, int minReplicas, int maxReplicas);

/// The autoscaler values a RaiseHpa audit entry recorded ("HPA api before: minReplicas 2,
/// maxReplicas 20"): name, min, max; nullopt when the detail has none.
struct RecordedHpa
{
    QString name;
    int minReplicas = 0;
    int maxReplicas = 0;
};
std::optional<RecordedHpa> recordedHpa(const QString& auditDetail);

/// How an action ended.
struct Outcome
{
    bool ok = false;
    qint64 auditId = 0;
    QString message; ///< for people: what happened, or what failed and why
    std::vector<Result> steps; ///< every kubectl run, verification included
};

/// Runs a confirmed plan: audit entry written (fsynced) first — if it cannot be written nothing
/// runs — then the commands, then verification (rollout status, or the ready count reaching the
/// target), then the audit entry completed with the result. All of it off the GUI thread.
class Executor
{
public:
    Executor(Runner runner, cache::Cache* cache, QString environment, QString user);

    QFuture<Outcome> execute(const Plan& plan, const QString& reason, std::chrono::seconds verifyTimeout = std::chrono::seconds(120)) const;
    const Runner& runner() const { return m_runner; }

private:
    Runner m_runner;
    cache::Cache* m_cache;
    QString m_environment;
    QString m_user;
};

} // namespace atalaya::kube

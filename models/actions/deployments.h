// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace atalaya::kube {

/// An autoscaler (autoscaling/v2) and what it targets.
struct HpaInfo
{
    QString name;
    QString targetKind;
    QString targetName;
    int minReplicas = 1; ///< the API's default when absent
    int maxReplicas = 0;
    int currentReplicas = 0;
    int desiredReplicas = 0;
};

/// A deployment as the deployments page shows it. Counters the API omits when zero read as 0.
struct DeploymentInfo
{
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    qint64 generation = 0;
    qint64 observedGeneration = 0;
    int desired = 0;
    int replicas = 0;
    int updated = 0;
    int ready = 0;
    int available = 0;
    int revision = 0;
    QString image; ///< first container's
    QString changeCause;
    QDateTime created;
    bool paused = false;
    bool progressDeadlineExceeded = false;
    QString selector; ///< matchLabels as "k=v,k=v"
    std::optional<HpaInfo> hpa;

    /// The rule kubectl's rollout status uses.
    bool rolloutComplete() const
    {
        return observedGeneration >= generation && updated == desired && replicas == updated && available == updated;
    }
};

/// One revision of a deployment, from its ReplicaSets.
struct Revision
{
    int number = 0;
    QString image;
    QString changeCause;
    QDateTime created;
    int replicas = 0;
};

/// Parses `kubectl get deployments -o json` (a List) or one deployment's JSON. Returns nullopt
/// with @p error set when the text is not that.
std::optional<std::vector<DeploymentInfo>> parseDeployments(const QByteArray& json, QString* error);
std::optional<std::vector<HpaInfo>> parseHpas(const QByteArray& json, QString* error);
/// The revisions of the deployment with @p ownerUid, newest first, from `get replicasets -o json`.
std::optional<std::vector<Revision>> parseRevisions(const QByteArray& json, const QString& ownerUid, QString* error);
/// Attaches each HPA to the deployment it targets.
void attachHpas(std::vector<DeploymentInfo>& deployments, const std::vector<HpaInfo>& hpas);

} // namespace atalaya::kube

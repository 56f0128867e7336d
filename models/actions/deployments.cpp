// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/deployments.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atalaya::kube {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atalaya::kube::Deployments", text);
}

std::optional<QJsonArray> items(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("kubectl's output is not JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("kind")).toString().endsWith(QStringLiteral("List")))
        return o.value(QStringLiteral("items")).toArray();
    return QJsonArray { o };
}

QString annotation(const QJsonObject& meta, const char* key)
{
    return meta.value(QStringLiteral("annotations")).toObject().value(QLatin1String(key)).toString();
}

QString firstImage(const QJsonObject& spec)
{
    const QJsonArray containers = spec.value(QStringLiteral("template")).toObject().value(QStringLiteral("spec")).toObject()
                                      .value(QStringLiteral("containers")).toArray();
    return containers.isEmpty() ? QString() : containers.first().toObject().value(QStringLiteral("image")).toString();
}

} // namespace

std::optional<std::vector<DeploymentInfo>> parseDeployments(const QByteArray& json, QString* error)
{
    const auto list = items(json, error);
    if (!list)
        return std::nullopt;
    std::vector<DeploymentInfo> out;
    for (const QJsonValue& v : *list) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("kind")).toString() != u"Deployment") {
            *error = tr("expected Deployment objects, got \"%1\"").arg(d.value(QStringLiteral("kind")).toString());
            return std::nullopt;
        }
        const QJsonObject meta = d.value(QStringLiteral("metadata")).toObject();
        const QJsonObject spec = d.value(QStringLiteral("spec")).toObject();
        const QJsonObject status = d.value(QStringLiteral("status")).toObject();
        DeploymentInfo info;
        info.namespaceName = meta.value(QStringLiteral("namespace")).toString();
        info.name = meta.value(QStringLiteral("name")).toString();
        info.uid = meta.value(QStringLiteral("uid")).toString();
        info.resourceVersion = meta.value(QStringLiteral("resourceVersion")).toString();
        info.generation = meta.value(QStringLiteral("generation")).toInteger();
        info.created = QDateTime::fromString(meta.value(QStringLiteral("creationTimestamp")).toString(), Qt::ISODate);
        info.revision = annotation(meta, "deployment.kubernetes.io/revision").toInt();
        info.changeCause = annotation(meta, "kubernetes.io/change-cause");
        info.desired = spec.value(QStringLiteral("replicas")).toInt(1); // the API's default
        info.paused = spec.value(QStringLiteral("paused")).toBool();
        info.image = firstImage(spec);
        QStringList selector;
        const QJsonObject labels = spec.value(QStringLiteral("selector")).toObject().value(QStringLiteral("matchLabels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            selector << it.key() + u'=' + it.value().toString();
        info.selector = selector.join(u',');
        // Zero counters are omitted (omitempty): absent means 0.
        info.observedGeneration = status.value(QStringLiteral("observedGeneration")).toInteger();
        info.replicas = status.value(QStringLiteral("replicas")).toInt();
        info.updated = status.value(QStringLiteral("updatedReplicas")).toInt();
        info.ready = status.value(QStringLiteral("readyReplicas")).toInt();
        info.available = status.value(QStringLiteral("availableReplicas")).toInt();
        for (const QJsonValue& c : status.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject cond = c.toObject();
            if (cond.value(QStringLiteral("type")).toString() == u"Progressing"
                && cond.value(QStringLiteral("reason")).toString() == u"ProgressDeadlineExceeded")
                info.progressDeadlineExceeded = true;
        }
        out.push_back(std::move(info));
    }
    return out;
}

std::optional<std::vector<HpaInfo>> parseHpas(const QByteArray& json, QString* error)
{
    const auto list = items(json, error);
    if (!list)
        return std::nullopt;
    std::vector<HpaInfo> out;
    for (const QJsonValue& v : *list) {
        const QJsonObject h = v.toObject();
        const QJsonObject spec = h.value(QStringLiteral("spec")).toObject();
        const QJsonObject target = spec.value(QStringLiteral("scaleTargetRef")).toObject();
        const QJsonObject status = h.value(QStringLiteral("status")).toObject();
        HpaInfo info;
        info.name = h.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        info.targetKind = target.value(QStringLiteral("kind")).toString();
        info.targetName = target.value(QStringLiteral("name")).toString();
        info.minReplicas = spec.value(QStringLiteral("minReplicas")).toInt(1);
        info.maxReplicas = spec.value(QStringLiteral("maxReplicas")).toInt();
        info.currentReplicas = status.value(QStringLiteral("currentReplicas")).toInt();
        info.desiredReplicas = status.value(QStringLiteral("desiredReplicas")).toInt();
        out.push_back(std::move(info));
    }
    return out;
}

std::optional<std::vector<Revision>> parseRevisions(const QByteArray& json, const QString& ownerUid, QString* error)
{
    const auto list = items(json, error);
    if (!list)
        return std::nullopt;
    std::vector<Revision> out;
    for (const QJsonValue& v : *list) {
        const QJsonObject rs = v.toObject();
        const QJsonObject meta = rs.value(QStringLiteral("metadata")).toObject();
        bool owned = false;
        for (const QJsonValue& o : meta.value(QStringLiteral("ownerReferences")).toArray())
            owned = owned || o.toObject().value(QStringLiteral("uid")).toString() == ownerUid;
        if (!owned)
            continue;
        Revision r;
        r.number = annotation(meta, "deployment.kubernetes.io/revision").toInt();
        r.changeCause = annotation(meta, "kubernetes.io/change-cause");
        r.image = firstImage(rs.value(QStringLiteral("spec")).toObject());
        r.created = QDateTime::fromString(meta.value(QStringLiteral("creationTimestamp")).toString(), Qt::ISODate);
        r.replicas = rs.value(QStringLiteral("status")).toObject().value(QStringLiteral("replicas")).toInt();
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const Revision& a, const Revision& b) { return a.number > b.number; });
    return out;
}

void attachHpas(std::vector<DeploymentInfo>& deployments, const std::vector<HpaInfo>& hpas)
{
    for (DeploymentInfo& d : deployments)
        for (const HpaInfo& h : hpas)
            if (h.targetKind == u"Deployment" && h.targetName == d.name)
                d.hpa = h;
}

} // namespace atalaya::kube

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "degradation/flagstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent>

#include "cache/cache.h"
#include "util/workpool.h"

namespace atalaya::degradation {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(FlagStore)
};

constexpr std::chrono::seconds kStep { 30 };
/// One argv element may hold 128 KiB on Linux; the patch goes as one.
constexpr qsizetype kMaxPatchBytes = 120 * 1024;

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

kube::Target targetFor(const FlagStoreConfig& config, kube::Target cluster)
{
    cluster.namespaceName = config.namespaceName;
    return cluster;
}

kube::Result failure(kube::ErrorKind kind, const QString& message)
{
    kube::Result r;
    r.error = kind;
    r.message = message;
    return r;
}

} // namespace

FlagStore::FlagStore(FlagStoreConfig config, kube::Target cluster)
    : m_config(std::move(config))
    , m_runner(targetFor(m_config, std::move(cluster)))
{
}

LiveDocument FlagStore::readNow() const
{
    LiveDocument live;
    live.readAtMs = QDateTime::currentMSecsSinceEpoch();
    if (m_config.kind == FlagStoreConfig::Kind::File) {
        QFile f(m_config.file);
        if (!f.exists()) {
            // flagd starts from nothing as well: the first write makes the file.
            live.ok = true;
            live.document = emptyDocument();
            return live;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            live.error = Text::tr("%1: cannot read: %2").arg(m_config.displayName(), f.errorString());
            return live;
        }
        live.text = f.readAll();
        live.version = sha256(live.text);
    } else {
        const kube::Result r = m_runner.runNow(kube::Runner::getConfigMapArgs(m_config.name), { m_config.name }, kStep);
        if (!r.ok()) {
            live.errorKind = r.error;
            live.error = Text::tr("%1: %2").arg(m_config.displayName(), r.message);
            return live;
        }
        const QJsonObject cm = QJsonDocument::fromJson(r.stdoutText.toUtf8()).object();
        live.version = cm.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
        const QJsonObject data = cm.value(QStringLiteral("data")).toObject();
        if (!data.contains(m_config.key)) {
            live.ok = true;
            live.document = emptyDocument();
            return live;
        }
        live.text = data.value(m_config.key).toString().toUtf8();
    }
    QString error;
    if (const auto doc = parseDocument(live.text, &error)) {
        live.ok = true;
        live.document = *doc;
    } else {
        live.errorKind = kube::ErrorKind::Invalid;
        live.error = Text::tr("%1 holds no flag definition: %2").arg(m_config.displayName(), error);
    }
    return live;
}

QFuture<LiveDocument> FlagStore::read() const
{
    return QtConcurrent::run(workPool(), [store = *this] { return store.readNow(); });
}

kube::Result FlagStore::writeNow(const QJsonObject& document, const QString& expectedVersion, const Change& change) const
{
    const QByteArray text = toText(document);
    if (const QStringList problems = validate(text); !problems.isEmpty())
        return failure(kube::ErrorKind::InvalidArgument,
                       Text::tr("the flag document does not follow the flagd schema, nothing was written: %1")
                           .arg(problems.mid(0, 5).join(QStringLiteral("; "))));
    if (m_config.kind == FlagStoreConfig::Kind::File) {
        QFile current(m_config.file);
        const QByteArray now = current.open(QIODevice::ReadOnly) ? current.readAll() : QByteArray();
        const QString nowVersion = current.exists() ? sha256(now) : QString();
        if (nowVersion != expectedVersion)
            return failure(kube::ErrorKind::Conflict,
                           Text::tr("%1 changed since it was read: read it again and retry").arg(m_config.displayName()));
        QDir().mkpath(QFileInfo(m_config.file).absolutePath());
        // flagd may read at any moment: the new text replaces the old in one rename.
        QSaveFile out(m_config.file);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
            return failure(kube::ErrorKind::Other, Text::tr("%1: cannot write: %2").arg(m_config.displayName(), out.errorString()));
        kube::Result ok;
        ok.exitCode = 0;
        return ok;
    }
    QJsonObject annotations {
        { QStringLiteral("atalaya.io/changed-by"), change.user },
        { QStringLiteral("atalaya.io/changed-at"), change.at.toUTC().toString(Qt::ISODate) },
    };
    QJsonObject metadata { { QStringLiteral("annotations"), annotations } };
    if (!expectedVersion.isEmpty())
        // The API server refuses the patch (409 Conflict) when the object changed meanwhile.
        metadata[QStringLiteral("resourceVersion")] = expectedVersion;
    const QJsonObject patch { { QStringLiteral("metadata"), metadata },
                              { QStringLiteral("data"), QJsonObject { { m_config.key, QString::fromUtf8(text) } } } };
    const QByteArray patchText = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    if (patchText.size() > kMaxPatchBytes)
        return failure(kube::ErrorKind::InvalidArgument,
                       Text::tr("the flag document is %1 KiB, more than one kubectl argument may hold (%2 KiB)")
                           .arg(patchText.size() / 1024)
                           .arg(kMaxPatchBytes / 1024));
    return m_runner.runNow(kube::Runner::patchConfigMapArgs(m_config.name, patchText), { m_config.name }, kStep);
}

QString FlagStore::commandLine() const
{
    if (m_config.kind == FlagStoreConfig::Kind::File)
        return Text::tr("replace %1 (written next to it, then renamed)").arg(m_config.displayName());
    // The real patch holds the whole document: shown with a stand-in for it.
    const QByteArray standIn = QByteArrayLiteral("{\"data\":{}}");
    const auto args = m_runner.arguments(kube::Runner::patchConfigMapArgs(m_config.name, standIn));
    QString line = kube::displayCommand(m_runner.target().kubectl, args.value_or(QStringList()));
    return line.replace(QStringLiteral("'{\"data\":{}}'"), Text::tr("'{\"metadata\":{…},\"data\":{\"%1\":\"<the whole document>\"}}'").arg(m_config.key));
}

LevelPlan planLevel(const LiveDocument& live, const Vertical& vertical, const DegradationConfig& config, const Change& change)
{
    LevelPlan plan;
    plan.vertical = vertical.id;
    plan.namespaceName = vertical.namespaceName;
    plan.toLevel = change.level;
    plan.version = live.version;
    if (!live.ok) {
        plan.problems << live.error;
        return plan;
    }
    if (change.level < 0 || change.level > 3) {
        plan.problems << Text::tr("there is no level %1 (levels are 0 to 3)").arg(change.level);
        return plan;
    }
    const LiveLevel current = readLevel(live.document, vertical.id, config);
    plan.fromLevel = current.present ? current.level : 0;
    plan.before = live.document;
    plan.after = applyLevel(live.document, vertical.id, config, change);
    const QStringList offAfter = config.featuresOff(change.level);
    for (const QString& f : config.features()) {
        const bool wasOff = current.featuresOff.contains(f);
        if (!wasOff && offAfter.contains(f))
            plan.featuresOff << f;
        else if (wasOff && !offAfter.contains(f))
            plan.featuresOn << f;
    }
    const DegradationLevel* spec = config.find(change.level);
    plan.maintenance = spec && spec->maintenance;
    plan.afterVerticalFlags = verticalFlags(plan.after, vertical.id, config);
    plan.diff = lineDiff(QString::fromUtf8(toText(verticalFlags(plan.before, vertical.id, config))),
                         QString::fromUtf8(toText(verticalFlags(plan.after, vertical.id, config))));
    plan.problems << validate(toText(plan.after));
    return plan;
}

QFuture<LevelOutcome> applyLevelChange(const FlagStore& store, cache::Cache* cache, QString environment, QString user,
                                       LevelPlan plan, Change change)
{
    return QtConcurrent::run(workPool(), [store, cache, environment, user, plan, change] {
        LevelOutcome out;
        if (!plan.problems.isEmpty()) {
            out.message = plan.problems.join(QStringLiteral("; "));
            return out;
        }
        if (change.reason.trimmed().isEmpty()) {
            out.message = Text::tr("a reason is required");
            return out;
        }
        // Not translated where it is read back by machines; the reason is the user's own words.
        QString detail = QStringLiteral("level %1 -> %2").arg(plan.fromLevel).arg(plan.toLevel);
        if (!plan.featuresOff.isEmpty())
            detail += QStringLiteral("; off: ") + plan.featuresOff.join(QStringLiteral(", "));
        if (!plan.featuresOn.isEmpty())
            detail += QStringLiteral("; on again: ") + plan.featuresOn.join(QStringLiteral(", "));
        if (plan.maintenance)
            detail += QStringLiteral("; maintenance: ") + change.maintenanceMessage;
        detail += u'\n' + Text::tr("reason: %1").arg(change.reason.trimmed());
        detail += u'\n' + store.commandLine();
        out.auditId = cache->appendAudit({ 0, QDateTime::currentMSecsSinceEpoch(), user, environment, QStringLiteral("degradation"),
                                           plan.target(), detail, {} })
                          .result();
        if (out.auditId == 0) {
            out.message = Text::tr("the audit entry could not be written, so nothing was changed");
            return out;
        }
        out.steps.push_back(store.writeNow(plan.after, plan.version, change));
        bool ok = out.steps.back().ok();
        if (!ok) {
            out.message = out.steps.back().message;
        } else {
            // Read back: what flagd will serve is what the store holds now.
            const LiveDocument live = store.readNow();
            const QJsonObject liveFlags = live.document.value(QStringLiteral("flags")).toObject();
            ok = live.ok;
            for (auto it = plan.afterVerticalFlags.begin(); ok && it != plan.afterVerticalFlags.end(); ++it)
                ok = liveFlags.value(it.key()) == it.value();
            if (!live.ok)
                out.message = live.error;
            else if (!ok)
                out.message = Text::tr("the document read back differs from the one written: someone changed it at the same time");
            else
                out.message = Text::tr("%1 is at level %2 in %3").arg(plan.vertical).arg(plan.toLevel).arg(store.config().displayName());
        }
        if (out.steps.back().ok()) {
            // Kept even when the read-back differs: drift is then shown against what was written.
            const QJsonObject written { { QStringLiteral("flags"), plan.afterVerticalFlags } };
            cache->storeDocument(writtenDocumentKind(), writtenDocumentKey(environment, plan.vertical), toText(written)).waitForFinished();
        }
        out.ok = ok;
        QString outcome = (ok ? QStringLiteral("ok: ") : QStringLiteral("failed: ")) + out.message;
        for (const kube::Result& step : out.steps) {
            const QString text = QString(step.stderrText).trimmed();
            if (!text.isEmpty())
                outcome += u'\n' + text.right(2000);
        }
        cache->setAuditOutcome(out.auditId, outcome).waitForFinished();
        return out;
    });
}

Drift compareWithWritten(const QJsonObject& liveVerticalFlags, const QByteArray& writtenVerticalFlags)
{
    Drift drift;
    QString error;
    const auto written = parseDocument(writtenVerticalFlags, &error);
    if (!written)
        return drift;
    drift.known = true;
    const QJsonObject writtenFlags = written->value(QStringLiteral("flags")).toObject();
    QStringList keys = liveVerticalFlags.keys() + writtenFlags.keys();
    keys.removeDuplicates();
    for (const QString& key : keys) {
        const QJsonObject writtenMeta = writtenFlags.value(key).toObject().value(QStringLiteral("metadata")).toObject();
        if (drift.writtenBy.isEmpty())
            drift.writtenBy = writtenMeta.value(QStringLiteral("changedBy")).toString();
        if (liveVerticalFlags.value(key) == writtenFlags.value(key))
            continue;
        drift.changedFlags << key;
        const QJsonObject liveMeta = liveVerticalFlags.value(key).toObject().value(QStringLiteral("metadata")).toObject();
        if (drift.liveChangedBy.isEmpty())
            drift.liveChangedBy = liveMeta.value(QStringLiteral("changedBy")).toString();
    }
    drift.changedFlags.sort();
    return drift;
}

QString writtenDocumentKind()
{
    return QStringLiteral("flags-written");
}

QString writtenDocumentKey(const QString& environment, const QString& vertical)
{
    return environment + u'/' + vertical;
}

} // namespace atalaya::degradation

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QJsonObject>

#include "actions/actions.h"
#include "actions/kubectl.h"
#include "config/config.h"
#include "degradation/flags.h"

namespace atalaya::cache {
class Cache;
}

namespace atalaya::degradation {

/// What the flag store holds now.
struct LiveDocument
{
    bool ok = false;
    QString error; ///< for people: what failed, where
    kube::ErrorKind errorKind = kube::ErrorKind::None;
    QJsonObject document;
    QByteArray text;
    /// The store's version of it: the ConfigMap's resourceVersion, or the file's SHA-256. A write
    /// names the version it was planned on and is refused when the store moved on meanwhile.
    QString version;
    qint64 readAtMs = 0;
};

/// An environment's flag document: a ConfigMap read and patched with the user's kubectl, or a file
/// that flagd watches (replaced atomically). Blocking calls end in "Now": call them off the GUI
/// thread.
class FlagStore
{
public:
    FlagStore(FlagStoreConfig config, kube::Target cluster);
    const FlagStoreConfig& config() const { return m_config; }

    LiveDocument readNow() const;
    QFuture<LiveDocument> read() const;

    /// Validates @p document against the flagd schema, then writes it if the store is still at
    /// @p expectedVersion. ok(), or the error (validation problems, Conflict, Forbidden, …).
    kube::Result writeNow(const QJsonObject& document, const QString& expectedVersion, const Change& change) const;

    /// The command as people read it, for the preview and the audit (the document itself elided).
    QString commandLine() const;

private:
    FlagStoreConfig m_config;
    kube::Runner m_runner;
};

/// A planned level change of one vertical, before it is confirmed.
struct LevelPlan
{
    QString vertical;
    QString namespaceName; ///< the vertical's namespace: the audit's target and the annotation's vertical
    int fromLevel = 0; ///< live
    int toLevel = 0;
    QStringList featuresOff; ///< switched off by this change
    QStringList featuresOn; ///< switched back on
    bool maintenance = false;
    QJsonObject before; ///< the live document
    QJsonObject after;
    QJsonObject afterVerticalFlags; ///< verticalFlags(after): what is kept to tell drift later
    QString version; ///< of the live document the plan was made on
    QString diff; ///< lineDiff of the vertical's flags, before → after
    QStringList problems; ///< schema problems of @c after, or why it cannot be done
    QString target() const { return namespaceName + QStringLiteral("/degradation"); }
};

LevelPlan planLevel(const LiveDocument& live, const Vertical& vertical, const DegradationConfig& config, const Change& change);

/// How a level change ended (kube::Outcome: ok, audit id, message, the kubectl runs).
using LevelOutcome = kube::Outcome;

/// Runs a confirmed plan: the audit entry is written (fsynced) first — without it nothing is
/// written — then the document, then it is read back and the vertical's flags compared with
/// what was written; the audit entry is completed with the result, and what was written is
/// kept in the cache (documents "flags-written") so that drift can be told later.
QFuture<LevelOutcome> applyLevelChange(const FlagStore& store, cache::Cache* cache, QString environment, QString user,
                                       LevelPlan plan, Change change);

/// What differs between the vertical's flags as Atalaya last wrote them ({"flags": {…}}, as kept in
/// the cache) and as they are live (verticalFlags() of the live document).
struct Drift
{
    bool known = false; ///< Atalaya wrote this vertical's flags before (from this cache)
    QStringList changedFlags; ///< keys whose definition differs
    QString writtenBy; ///< changedBy in what Atalaya wrote
    QString liveChangedBy; ///< changedBy in what is live (someone else, or another console)
    bool drifted() const { return !changedFlags.isEmpty(); }
};
Drift compareWithWritten(const QJsonObject& liveVerticalFlags, const QByteArray& writtenVerticalFlags);

/// The cache document kind and key under which the written flags are kept.
QString writtenDocumentKind();
QString writtenDocumentKey(const QString& environment, const QString& vertical);

} // namespace atalaya::degradation

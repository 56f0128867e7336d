// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "config/config.h"

/// Degradation levels as OpenFeature flagd flag definitions (PROTOCOLS.md section 6).
///
/// Each vertical owns these flags in the environment's flag document:
///   "<vertical>.<feature>"          boolean kill switch per feature some level switches off
///                                    (variants on/off; killed = defaultVariant "off", targeting removed),
///   "<vertical>.maintenance"        object {active, message, estimatedResolution} (variants off/on),
///   "<vertical>.degradation_level"  number 0..3 (variants "0".."3"): the level itself, so that
///                                    applications and the console read one value.
/// Every other flag of the document is left exactly as it was. Who, why and when go into each
/// flag's metadata (flagd allows string, number and boolean metadata values only).
namespace atalaya::degradation {

/// A level change: what Atalaya writes.
struct Change
{
    int level = 0;
    QString user;
    QString reason;
    QDateTime at; ///< UTC
    QString maintenanceMessage; ///< level 3: the notice users see
    QDateTime estimatedResolution; ///< level 3: may be invalid (not known)
};

QString featureFlagKey(const QString& vertical, const QString& feature);
QString maintenanceFlagKey(const QString& vertical);
QString levelFlagKey(const QString& vertical);

/// A document with no flags (what a new ConfigMap or file starts from).
QJsonObject emptyDocument();

/// @p document with @p vertical's flags set for @p change. A feature switched off gets
/// defaultVariant "off" and loses its targeting, because targeting overrides defaultVariant; the
/// targeting is kept as JSON text in its metadata ("atalayaSavedTargeting") and put back when the
/// feature is switched on again. Flags of other verticals and flags Atalaya does not own are
/// untouched.
QJsonObject applyLevel(const QJsonObject& document, const QString& vertical, const DegradationConfig& config,
                       const Change& change);

/// The flags of @p vertical that Atalaya owns, as they are in @p document (for diffs and drift).
QJsonObject verticalFlags(const QJsonObject& document, const QString& vertical, const DegradationConfig& config);

/// What a document says of a vertical's level.
struct LiveLevel
{
    bool present = false; ///< the document has the vertical's level flag
    int level = 0;
    QStringList featuresOff; ///< features served "off" (or DISABLED: the application's own default)
    /// Features whose state does not match the level ("advanced_analytics is on although level 1
    /// switches it off"): someone edited one flag by hand.
    QStringList inconsistencies;
    bool maintenance = false;
    QString maintenanceMessage;
    QDateTime estimatedResolution;
    QString changedBy;
    QString reason;
    QDateTime changedAt;
};
LiveLevel readLevel(const QJsonObject& document, const QString& vertical, const DegradationConfig& config);

/// The flagd schema (resources/flagd/flags.json with its targeting.json) says @p text is a flag
/// definition: empty when it is; otherwise one message per problem, each naming where
/// ("/flags/barbershop.maintenance/variants: …").
QStringList validate(const QByteArray& text);
/// Parses @p text as a flag document; nullopt with @p error when it is not JSON or not an object.
std::optional<QJsonObject> parseDocument(const QByteArray& text, QString* error);
/// The document as Atalaya writes it: indented, keys sorted (so diffs are stable).
QByteArray toText(const QJsonObject& document);

/// A unified diff of two texts, line by line, with @p context lines around each change ("-", "+",
/// " " prefixes and "@@ -a,b +c,d @@" hunk headers). Empty when they are equal.
QString lineDiff(const QString& before, const QString& after, int context = 3);

} // namespace atalaya::degradation

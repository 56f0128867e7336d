// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "degradation/flags.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace atalaya::degradation {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Flags)
};

const QString kOn = QStringLiteral("on");
const QString kOff = QStringLiteral("off");
const QString kSavedTargeting = QStringLiteral("atalayaSavedTargeting");

QJsonObject metadataFor(const QString& vertical, const Change& change)
{
    QJsonObject m;
    m[QStringLiteral("owner")] = QStringLiteral("atalaya");
    m[QStringLiteral("vertical")] = vertical;
    m[QStringLiteral("degradationLevel")] = change.level;
    if (!change.user.isEmpty())
        m[QStringLiteral("changedBy")] = change.user;
    if (!change.reason.isEmpty())
        m[QStringLiteral("reason")] = change.reason;
    if (change.at.isValid())
        m[QStringLiteral("changedAt")] = change.at.toUTC().toString(Qt::ISODate);
    return m;
}

bool servedOff(const QJsonObject& flag)
{
    if (flag.value(QStringLiteral("state")).toString() == u"DISABLED")
        return true;
    return flag.value(QStringLiteral("defaultVariant")).toString() == kOff && !flag.contains(QStringLiteral("targeting"));
}

/// The schema, parsed once from the resources. Throws std::runtime_error if the shipped copy is
/// broken, which the tests catch.
const valijson::Schema& flagdSchema()
{
    static std::once_flag once;
    static std::unique_ptr<valijson::Schema> schema;
    std::call_once(once, [] {
        auto read = [](const QString& name) {
            QFile f(QStringLiteral(":/atalaya/flagd/") + name);
            if (!f.open(QIODevice::ReadOnly))
                throw std::runtime_error("the flagd schema resource is missing: " + name.toStdString());
            return QJsonDocument::fromJson(f.readAll()).object();
        };
        const QJsonValue root = read(QStringLiteral("flags.json"));
        schema = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::QtJsonAdapter adapter(root);
        // flags.json refers to "./targeting.json" next to it; that copy is in the resources too.
        auto fetch = [read](const std::string& uri) -> const QJsonValue* {
            if (uri.size() >= 14 && uri.compare(uri.size() - 14, 14, "targeting.json") == 0)
                return new QJsonValue(read(QStringLiteral("targeting.json")));
            return nullptr;
        };
        auto release = [](const QJsonValue* doc) { delete doc; };
        parser.populateSchema(adapter, *schema, fetch, release);
    });
    return *schema;
}

} // namespace

QString featureFlagKey(const QString& vertical, const QString& feature)
{
    return vertical + u'.' + feature;
}

QString maintenanceFlagKey(const QString& vertical)
{
    return vertical + QStringLiteral(".maintenance");
}

QString levelFlagKey(const QString& vertical)
{
    return vertical + QStringLiteral(".degradation_level");
}

QJsonObject emptyDocument()
{
    QJsonObject doc;
    doc[QStringLiteral("$schema")] = QStringLiteral("https://flagd.dev/schema/v0/flags.json");
    doc[QStringLiteral("flags")] = QJsonObject();
    return doc;
}

QJsonObject applyLevel(const QJsonObject& document, const QString& vertical, const DegradationConfig& config,
                       const Change& change)
{
    QJsonObject doc = document;
    QJsonObject flags = doc.value(QStringLiteral("flags")).toObject();
    const QJsonObject meta = metadataFor(vertical, change);
    const QStringList off = config.featuresOff(change.level);
    for (const QString& feature : config.features()) {
        const QString key = featureFlagKey(vertical, feature);
        QJsonObject flag = flags.value(key).toObject();
        QJsonObject variants = flag.value(QStringLiteral("variants")).toObject();
        if (!variants.contains(kOn) || !variants.contains(kOff))
            variants = QJsonObject { { kOn, true }, { kOff, false } };
        flag[QStringLiteral("variants")] = variants;
        flag[QStringLiteral("state")] = QStringLiteral("ENABLED");
        QJsonObject flagMeta = flag.value(QStringLiteral("metadata")).toObject();
        for (auto it = meta.begin(); it != meta.end(); ++it)
            flagMeta[it.key()] = it.value();
        if (!change.reason.isEmpty() || flagMeta.contains(QStringLiteral("reason")))
            flagMeta[QStringLiteral("reason")] = change.reason;
        flagMeta[QStringLiteral("killSwitch")] = true;
        flagMeta[QStringLiteral("feature")] = feature;
        if (off.contains(feature)) {
            flag[QStringLiteral("defaultVariant")] = kOff;
            if (flag.contains(QStringLiteral("targeting"))) {
                // Kept as text: metadata values may not be objects.
                flagMeta[kSavedTargeting] = QString::fromUtf8(
                    QJsonDocument(flag.value(QStringLiteral("targeting")).toObject()).toJson(QJsonDocument::Compact));
                flag.remove(QStringLiteral("targeting"));
            }
        } else {
            flag[QStringLiteral("defaultVariant")] = kOn;
            if (flagMeta.contains(kSavedTargeting)) {
                const QJsonDocument saved = QJsonDocument::fromJson(flagMeta.value(kSavedTargeting).toString().toUtf8());
                if (saved.isObject())
                    flag[QStringLiteral("targeting")] = saved.object();
                flagMeta.remove(kSavedTargeting);
            }
        }
        flag[QStringLiteral("metadata")] = flagMeta;
        flags[key] = flag;
    }

    const DegradationLevel* spec = config.find(change.level);
    const bool maintenance = spec && spec->maintenance;
    QJsonObject onNotice { { QStringLiteral("active"), true },
                           { QStringLiteral("message"),
                             change.maintenanceMessage.isEmpty() ? config.maintenanceMessage : change.maintenanceMessage } };
    if (change.estimatedResolution.isValid())
        onNotice[QStringLiteral("estimatedResolution")] = change.estimatedResolution.toUTC().toString(Qt::ISODate);
    QJsonObject maintenanceFlag {
        { QStringLiteral("state"), QStringLiteral("ENABLED") },
        { QStringLiteral("variants"), QJsonObject { { kOff, QJsonObject { { QStringLiteral("active"), false } } }, { kOn, onNotice } } },
        { QStringLiteral("defaultVariant"), maintenance ? kOn : kOff },
        { QStringLiteral("metadata"), meta },
    };
    flags[maintenanceFlagKey(vertical)] = maintenanceFlag;

    QJsonObject levels;
    for (int l = 0; l <= 3; ++l)
        levels[QString::number(l)] = l;
    flags[levelFlagKey(vertical)] = QJsonObject {
        { QStringLiteral("state"), QStringLiteral("ENABLED") },
        { QStringLiteral("variants"), levels },
        { QStringLiteral("defaultVariant"), QString::number(change.level) },
        { QStringLiteral("metadata"), meta },
    };
    doc[QStringLiteral("flags")] = flags;
    if (!doc.contains(QStringLiteral("$schema")))
        doc[QStringLiteral("$schema")] = QStringLiteral("https://flagd.dev/schema/v0/flags.json");
    return doc;
}

QJsonObject verticalFlags(const QJsonObject& document, const QString& vertical, const DegradationConfig& config)
{
    const QJsonObject flags = document.value(QStringLiteral("flags")).toObject();
    QJsonObject out;
    QStringList keys { maintenanceFlagKey(vertical), levelFlagKey(vertical) };
    for (const QString& feature : config.features())
        keys << featureFlagKey(vertical, feature);
    for (const QString& key : keys)
        if (flags.contains(key))
            out[key] = flags.value(key);
    return out;
}

LiveLevel readLevel(const QJsonObject& document, const QString& vertical, const DegradationConfig& config)
{
    LiveLevel live;
    const QJsonObject flags = document.value(QStringLiteral("flags")).toObject();
    const QJsonObject levelFlag = flags.value(levelFlagKey(vertical)).toObject();
    if (!levelFlag.isEmpty()) {
        const QString variant = levelFlag.value(QStringLiteral("defaultVariant")).toString();
        const QJsonValue value = levelFlag.value(QStringLiteral("variants")).toObject().value(variant);
        if (value.isDouble() && value.toInt() >= 0 && value.toInt() <= 3 && !levelFlag.contains(QStringLiteral("targeting"))) {
            live.present = true;
            live.level = value.toInt();
        } else {
            live.inconsistencies << Text::tr("%1 does not serve a level from 0 to 3").arg(levelFlagKey(vertical));
        }
        const QJsonObject meta = levelFlag.value(QStringLiteral("metadata")).toObject();
        live.changedBy = meta.value(QStringLiteral("changedBy")).toString();
        live.reason = meta.value(QStringLiteral("reason")).toString();
        live.changedAt = QDateTime::fromString(meta.value(QStringLiteral("changedAt")).toString(), Qt::ISODate);
    }
    const QStringList expectedOff = config.featuresOff(live.level);
    for (const QString& feature : config.features()) {
        const QJsonObject flag = flags.value(featureFlagKey(vertical, feature)).toObject();
        if (flag.isEmpty()) {
            if (live.present)
                live.inconsistencies << Text::tr("%1 has no flag").arg(feature);
            continue;
        }
        const bool off = servedOff(flag);
        if (off)
            live.featuresOff << feature;
        if (live.present && off != expectedOff.contains(feature))
            live.inconsistencies << (off ? Text::tr("%1 is off although level %2 keeps it on").arg(feature).arg(live.level)
                                         : Text::tr("%1 is on although level %2 switches it off").arg(feature).arg(live.level));
    }
    const QJsonObject maintenance = flags.value(maintenanceFlagKey(vertical)).toObject();
    if (!maintenance.isEmpty()) {
        const QString variant = maintenance.value(QStringLiteral("defaultVariant")).toString();
        const QJsonObject notice = maintenance.value(QStringLiteral("variants")).toObject().value(variant).toObject();
        live.maintenance = notice.value(QStringLiteral("active")).toBool();
        live.maintenanceMessage = notice.value(QStringLiteral("message")).toString();
        live.estimatedResolution = QDateTime::fromString(notice.value(QStringLiteral("estimatedResolution")).toString(), Qt::ISODate);
    }
    const DegradationLevel* spec = config.find(live.level);
    const bool expectMaintenance = live.present && spec && spec->maintenance;
    if (live.present && live.maintenance != expectMaintenance)
        live.inconsistencies << (live.maintenance ? Text::tr("maintenance mode is on although level %1 is not maintenance").arg(live.level)
                                                  : Text::tr("maintenance mode is off although level %1 is maintenance").arg(live.level));
    return live;
}

std::optional<QJsonObject> parseDocument(const QByteArray& text, QString* error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("not JSON: %1 at byte %2").arg(e.errorString()).arg(e.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Text::tr("not a flag definition: the top level is not an object");
        return std::nullopt;
    }
    return doc.object();
}

QStringList validate(const QByteArray& text)
{
    QString error;
    const auto doc = parseDocument(text, &error);
    if (!doc)
        return { error };
    valijson::Validator validator;
    valijson::ValidationResults results;
    const QJsonValue value(*doc);
    valijson::adapters::QtJsonAdapter adapter(value);
    QStringList problems;
    try {
        if (validator.validate(flagdSchema(), adapter, &results))
            return {};
    } catch (const std::exception& e) {
        return { Text::tr("the flagd schema could not be used: %1").arg(QString::fromStdString(e.what())) };
    }
    // valijson reports every failed branch of oneOf/anyOf; the innermost messages say the most.
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        QString where;
        for (const std::string& part : e.context)
            if (part != "<root>")
                where += QString::fromStdString(part);
        where.replace(QStringLiteral("]["), QStringLiteral("/")).remove(u'[').remove(u']').remove(u'"');
        problems << QStringLiteral("/%1: %2").arg(where, QString::fromStdString(e.description));
    }
    problems.removeDuplicates();
    return problems;
}

QByteArray toText(const QJsonObject& document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QString lineDiff(const QString& before, const QString& after, int context)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    const auto n = static_cast<size_t>(a.size());
    const auto m = static_cast<size_t>(b.size());
    // Longest common subsequence table (flag documents are a few hundred lines).
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    struct Line
    {
        QChar op;
        QString text;
        int aLine, bLine;
    };
    std::vector<Line> script;
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            script.push_back({ u' ', a[qsizetype(i)], int(i), int(j) });
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            // Removals before additions, as diff(1) writes them.
            script.push_back({ u'-', a[qsizetype(i)], int(i), int(j) });
            ++i;
        } else {
            script.push_back({ u'+', b[qsizetype(j)], int(i), int(j) });
            ++j;
        }
    }
    QString out;
    const int total = static_cast<int>(script.size());
    std::vector<int> changes;
    for (int k = 0; k < total; ++k)
        if (script[size_t(k)].op != u' ')
            changes.push_back(k);
    // Changes closer than 2 × context lines share a hunk.
    for (size_t c = 0; c < changes.size();) {
        size_t last = c;
        while (last + 1 < changes.size() && changes[last + 1] - changes[last] <= 2 * context + 1)
            ++last;
        const int from = std::max(0, changes[c] - context);
        const int to = std::min(total, changes[last] + context + 1);
        int aCount = 0, bCount = 0;
        for (int q = from; q < to; ++q) {
            aCount += script[size_t(q)].op != u'+';
            bCount += script[size_t(q)].op != u'-';
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(script[size_t(from)].aLine + 1)
                   .arg(aCount)
                   .arg(script[size_t(from)].bLine + 1)
                   .arg(bCount);
        for (int q = from; q < to; ++q)
            out += script[size_t(q)].op + script[size_t(q)].text + u'\n';
        c = last + 1;
    }
    return out;
}

} // namespace atalaya::degradation

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Degradation levels as flagd flag definitions: every level's document follows the flagd schema,
// reads back as the level it was written as, leaves other flags alone and gives a feature its
// targeting back when it is switched on again; the file store refuses a document the schema
// rejects and a write planned on an older version; a level change is audited before it is made.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "cache/cache.h"
#include "config/config.h"
#include "degradation/flags.h"
#include "degradation/flagstore.h"
#include "testutils.h"

using namespace atalaya;
using namespace atalaya::degradation;
using atalaya::test::await;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Change changeTo(int level)
{
    Change c;
    c.level = level;
    c.user = QStringLiteral("ana");
    c.reason = QStringLiteral("p95 3x baseline since 21:40");
    c.at = QDateTime(QDate(2026, 11, 29), QTime(21, 45), Qt::UTC);
    if (level == 3) {
        c.maintenanceMessage = QStringLiteral("Sistema en mantenimiento");
        c.estimatedResolution = QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC);
    }
    return c;
}

/// A document someone else keeps flags in: a targeted flag, a shared evaluator, metadata.
const char* kForeign = "{\"$schema\": \"https://flagd.dev/schema/v0/flags.json\","
                       " \"metadata\": {\"flagSetId\": \"platform\", \"version\": \"7\"},"
                       " \"flags\": {\"checkout-new-pricing\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true, \"off\": false},"
                       "   \"defaultVariant\": \"on\", \"targeting\": {\"if\": [{\"$ref\": \"internalUsers\"}, \"on\", null]}},"
                       "  \"barbershop.advanced_analytics\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true, \"off\": false},"
                       "   \"defaultVariant\": \"on\","
                       "   \"targeting\": {\"fractional\": [{\"var\": \"targetingKey\"}, [\"on\", 50], [\"off\", 50]]}}},"
                       " \"$evaluators\": {\"internalUsers\": {\"ends_with\": [{\"var\": \"email\"}, \"@example.com\"]}}}";

} // namespace

class TestFlags : public QObject
{
    Q_OBJECT
private:
    Config m_config;
    const DegradationConfig& degradation() const { return m_config.degradation; }

private slots:
    void initTestCase()
    {
        const ConfigLoadResult r = ConfigLoader::loadFromText("{}", QStringLiteral("test.json"));
        QVERIFY(r.problems.empty());
        m_config = r.config;
        QCOMPARE(degradation().levels.size(), size_t(3));
    }

    void defaultsFollowThePlatformFacts()
    {
        QCOMPARE(degradation().featuresOff(0), QStringList());
        QCOMPARE(degradation().featuresOff(1), (QStringList { QStringLiteral("advanced_analytics"), QStringLiteral("social_integrations") }));
        QCOMPARE(degradation().featuresOff(2),
                 (QStringList { QStringLiteral("advanced_analytics"), QStringLiteral("social_integrations"), QStringLiteral("loyalty_programs"), QStringLiteral("email_marketing") }));
        QVERIFY(degradation().find(3)->maintenance);
        QVERIFY(!degradation().find(2)->maintenance);
        QCOMPARE(degradation().maintenanceMessage, QStringLiteral("Sistema en mantenimiento"));
        QCOMPARE(degradation().triggers.latencyFactor, 2.0);
        QCOMPARE(degradation().triggers.errorFactor, 5.0);
        QCOMPARE(degradation().triggers.abandonmentIncrease, 0.2);
    }

    void badDegradationConfigIsNamed_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("key");
        QTest::newRow("feature name") << QByteArray("{\"degradation\": {\"levels\": [{\"level\": 1, \"disables\": [\"Bad Name\"]},"
                                                    " {\"level\": 2}, {\"level\": 3}]}}")
                                      << QStringLiteral("degradation.levels[0].disables");
        QTest::newRow("level order") << QByteArray("{\"degradation\": {\"levels\": [{\"level\": 2}, {\"level\": 1}, {\"level\": 3}]}}")
                                     << QStringLiteral("degradation.levels[0].level");
        QTest::newRow("two levels") << QByteArray("{\"degradation\": {\"levels\": [{\"level\": 1}, {\"level\": 2}]}}")
                                    << QStringLiteral("degradation.levels");
        QTest::newRow("factor") << QByteArray("{\"degradation\": {\"triggers\": {\"latencyFactor\": 0.5}}}")
                                << QStringLiteral("degradation.triggers.latencyFactor");
        QTest::newRow("baseline") << QByteArray("{\"degradation\": {\"triggers\": {\"baseline\": \"yesterday\"}}}")
                                  << QStringLiteral("degradation.triggers.baseline");
        QTest::newRow("store") << QByteArray("{\"environments\": [{\"name\": \"local\", \"flags\": {\"configMap\": {\"name\": \"Bad_Name\"}}}]}")
                               << QStringLiteral("environments[0].flags.configMap.name");
        QTest::newRow("both stores") << QByteArray("{\"environments\": [{\"name\": \"local\", \"flags\": {\"configMap\": {}, \"file\": \"/x\"}}]}")
                                     << QStringLiteral("environments[0].flags");
    }

    void badDegradationConfigIsNamed()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, key);
        const ConfigLoadResult r = ConfigLoader::loadFromText(user, QStringLiteral("user.json"));
        QVERIFY(r.usedDefaultsOnly);
        QCOMPARE(r.problems.size(), size_t(1));
        QCOMPARE(r.problems.front().key, key);
        QCOMPARE(r.problems.front().file, QStringLiteral("user.json"));
    }

    void everyLevelFollowsTheSchemaAndReadsBack_data()
    {
        QTest::addColumn<int>("level");
        for (int l = 0; l <= 3; ++l)
            QTest::addRow("level %d", l) << l;
    }

    void everyLevelFollowsTheSchemaAndReadsBack()
    {
        QFETCH(int, level);
        const QJsonObject doc = applyLevel(emptyDocument(), QStringLiteral("barbershop"), degradation(), changeTo(level));
        QCOMPARE(validate(toText(doc)), QStringList());
        const LiveLevel live = readLevel(doc, QStringLiteral("barbershop"), degradation());
        QVERIFY(live.present);
        QCOMPARE(live.level, level);
        QCOMPARE(live.featuresOff, degradation().featuresOff(level));
        QCOMPARE(live.inconsistencies, QStringList());
        QCOMPARE(live.maintenance, level == 3);
        QCOMPARE(live.changedBy, QStringLiteral("ana"));
        QCOMPARE(live.reason, QStringLiteral("p95 3x baseline since 21:40"));
        QCOMPARE(live.changedAt, changeTo(level).at);
        if (level == 3) {
            QCOMPARE(live.maintenanceMessage, QStringLiteral("Sistema en mantenimiento"));
            QCOMPARE(live.estimatedResolution, changeTo(3).estimatedResolution);
        }
        // Kill switch: off = defaultVariant "off" and no targeting.
        const QJsonObject flags = doc.value(QStringLiteral("flags")).toObject();
        const QJsonObject analytics = flags.value(QStringLiteral("barbershop.advanced_analytics")).toObject();
        QCOMPARE(analytics.value(QStringLiteral("defaultVariant")).toString(), level >= 1 ? QStringLiteral("off") : QStringLiteral("on"));
        QVERIFY(!analytics.contains(QStringLiteral("targeting")));
        QCOMPARE(flags.value(QStringLiteral("barbershop.degradation_level")).toObject().value(QStringLiteral("defaultVariant")).toString(),
                 QString::number(level));
        // Another vertical is not touched.
        QVERIFY(!readLevel(doc, QStringLiteral("fitness"), degradation()).present);
    }

    void otherFlagsAreLeftAlone()
    {
        const QJsonObject before = json(kForeign);
        QVERIFY(!before.isEmpty());
        QCOMPARE(validate(toText(before)), QStringList());
        const QJsonObject after = applyLevel(before, QStringLiteral("barbershop"), degradation(), changeTo(2));
        QCOMPARE(validate(toText(after)), QStringList());
        QCOMPARE(after.value(QStringLiteral("$evaluators")), before.value(QStringLiteral("$evaluators")));
        QCOMPARE(after.value(QStringLiteral("metadata")), before.value(QStringLiteral("metadata")));
        QCOMPARE(after.value(QStringLiteral("flags")).toObject().value(QStringLiteral("checkout-new-pricing")),
                 before.value(QStringLiteral("flags")).toObject().value(QStringLiteral("checkout-new-pricing")));
    }

    void targetingComesBackWhenTheFeatureDoes()
    {
        const QJsonObject before = json(kForeign);
        const QJsonValue targeting =
            before.value(QStringLiteral("flags")).toObject().value(QStringLiteral("barbershop.advanced_analytics")).toObject().value(QStringLiteral("targeting"));
        QVERIFY(targeting.isObject());
        const QJsonObject killed = applyLevel(before, QStringLiteral("barbershop"), degradation(), changeTo(1));
        const QJsonObject flag = killed.value(QStringLiteral("flags")).toObject().value(QStringLiteral("barbershop.advanced_analytics")).toObject();
        QVERIFY(!flag.contains(QStringLiteral("targeting")));
        QVERIFY(flag.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("atalayaSavedTargeting")).isString());
        // Level 2 keeps it off and the saved targeting kept.
        const QJsonObject deeper = applyLevel(killed, QStringLiteral("barbershop"), degradation(), changeTo(2));
        const QJsonObject restored = applyLevel(deeper, QStringLiteral("barbershop"), degradation(), changeTo(0));
        const QJsonObject back = restored.value(QStringLiteral("flags")).toObject().value(QStringLiteral("barbershop.advanced_analytics")).toObject();
        QCOMPARE(back.value(QStringLiteral("targeting")), targeting);
        QVERIFY(!back.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("atalayaSavedTargeting")));
        QCOMPARE(back.value(QStringLiteral("defaultVariant")).toString(), QStringLiteral("on"));
    }

    void handEditsShowAsInconsistencies()
    {
        QJsonObject doc = applyLevel(emptyDocument(), QStringLiteral("fitness"), degradation(), changeTo(1));
        QJsonObject flags = doc.value(QStringLiteral("flags")).toObject();
        QJsonObject flag = flags.value(QStringLiteral("fitness.social_integrations")).toObject();
        flag[QStringLiteral("defaultVariant")] = QStringLiteral("on");
        flags[QStringLiteral("fitness.social_integrations")] = flag;
        doc[QStringLiteral("flags")] = flags;
        const LiveLevel live = readLevel(doc, QStringLiteral("fitness"), degradation());
        QCOMPARE(live.level, 1);
        QCOMPARE(live.inconsistencies.size(), 1);
        QVERIFY2(live.inconsistencies.front().contains(QStringLiteral("social_integrations")), qPrintable(live.inconsistencies.front()));
    }

    void theSchemaRefusesBrokenDocuments_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("not json") << QByteArray("{\"flags\": ") << QStringLiteral("not JSON");
        QTest::newRow("no flags") << QByteArray("{\"metadata\": {}}") << QString();
        QTest::newRow("state") << QByteArray("{\"flags\": {\"a\": {\"state\": \"PAUSED\", \"variants\": {\"on\": true}}}}")
                               << QStringLiteral("/flags/a");
        QTest::newRow("mixed variants") << QByteArray("{\"flags\": {\"b\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true, \"off\": \"no\"}}}}")
                                        << QStringLiteral("/flags/b");
        QTest::newRow("no variants") << QByteArray("{\"flags\": {\"c\": {\"state\": \"ENABLED\", \"variants\": {}}}}")
                                     << QStringLiteral("/flags/c");
        QTest::newRow("metadata object") << QByteArray("{\"flags\": {\"d\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true},"
                                                       " \"metadata\": {\"who\": {\"name\": \"x\"}}}}}")
                                         << QStringLiteral("/flags/d");
        QTest::newRow("unknown operator") << QByteArray("{\"flags\": {\"e\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true},"
                                                        " \"targeting\": {\"nonsense_op\": [1, 2]}}}}")
                                          << QStringLiteral("/flags/e");
    }

    void theSchemaRefusesBrokenDocuments()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const QStringList problems = validate(text);
        QVERIFY(!problems.isEmpty());
        if (!where.isEmpty())
            QVERIFY2(problems.join(u'\n').contains(where), qPrintable(problems.join(u'\n')));
    }

    void lineDiffIsUnified()
    {
        const QString a = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12");
        const QString b = QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13");
        QCOMPARE(lineDiff(a, b, 2),
                 QStringLiteral("@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+five\n 6\n 7\n@@ -11,2 +11,3 @@\n 11\n 12\n+13\n"));
        QCOMPARE(lineDiff(a, a), QString());
    }

    void driftIsWhatDiffersFromWhatWasWritten()
    {
        const QJsonObject doc = applyLevel(emptyDocument(), QStringLiteral("barbershop"), degradation(), changeTo(1));
        const QJsonObject mine = verticalFlags(doc, QStringLiteral("barbershop"), degradation());
        const QByteArray written = toText(QJsonObject { { QStringLiteral("flags"), mine } });
        Drift d = compareWithWritten(mine, written);
        QVERIFY(d.known);
        QVERIFY(!d.drifted());
        QCOMPARE(d.writtenBy, QStringLiteral("ana"));

        Change other = changeTo(0);
        other.user = QStringLiteral("luis");
        const QJsonObject theirs = applyLevel(doc, QStringLiteral("barbershop"), degradation(), other);
        d = compareWithWritten(verticalFlags(theirs, QStringLiteral("barbershop"), degradation()), written);
        QVERIFY(d.drifted());
        QVERIFY(d.changedFlags.contains(QStringLiteral("barbershop.degradation_level")));
        QVERIFY(d.changedFlags.contains(QStringLiteral("barbershop.advanced_analytics")));
        QCOMPARE(d.liveChangedBy, QStringLiteral("luis"));

        // A flag removed by hand is drift too.
        QJsonObject removed = mine;
        removed.remove(QStringLiteral("barbershop.maintenance"));
        d = compareWithWritten(removed, written);
        QCOMPARE(d.changedFlags, QStringList { QStringLiteral("barbershop.maintenance") });
        QVERIFY(!compareWithWritten(mine, QByteArray()).known);
    }

    void planSaysWhatGoesOffAndOn()
    {
        LiveDocument live;
        live.ok = true;
        live.document = applyLevel(emptyDocument(), QStringLiteral("barbershop"), degradation(), changeTo(1));
        live.version = QStringLiteral("41");
        const Vertical& v = *m_config.vertical(QStringLiteral("barbershop"));
        LevelPlan plan = planLevel(live, v, degradation(), changeTo(2));
        QCOMPARE(plan.fromLevel, 1);
        QCOMPARE(plan.toLevel, 2);
        QCOMPARE(plan.featuresOff, (QStringList { QStringLiteral("loyalty_programs"), QStringLiteral("email_marketing") }));
        QCOMPARE(plan.featuresOn, QStringList());
        QCOMPARE(plan.problems, QStringList());
        QCOMPARE(plan.version, QStringLiteral("41"));
        QVERIFY2(plan.diff.contains(QStringLiteral("-        \"defaultVariant\": \"1\"")), qPrintable(plan.diff));
        QVERIFY2(plan.diff.contains(QStringLiteral("+        \"defaultVariant\": \"2\"")), qPrintable(plan.diff));
        QCOMPARE(plan.target(), QStringLiteral("barbershop/degradation"));

        plan = planLevel(live, v, degradation(), changeTo(0));
        QCOMPARE(plan.featuresOn, (QStringList { QStringLiteral("advanced_analytics"), QStringLiteral("social_integrations") }));
        QVERIFY(plan.featuresOff.isEmpty());

        LiveDocument broken;
        broken.error = QStringLiteral("ConfigMap flagd/atalaya-flags (flags.json): connection refused");
        plan = planLevel(broken, v, degradation(), changeTo(1));
        QCOMPARE(plan.problems, QStringList { broken.error });
    }

    void fileStoreRoundTripAndConflicts()
    {
        QTemporaryDir dir;
        FlagStoreConfig cfg;
        cfg.kind = FlagStoreConfig::Kind::File;
        cfg.file = dir.filePath(QStringLiteral("flagd/flags.json"));
        const FlagStore store(cfg, {});
        LiveDocument live = store.readNow();
        QVERIFY(live.ok);
        QCOMPARE(live.version, QString()); // no file yet
        const QJsonObject doc = applyLevel(live.document, QStringLiteral("barbershop"), degradation(), changeTo(1));
        kube::Result r = store.writeNow(doc, live.version, changeTo(1));
        QVERIFY2(r.ok(), qPrintable(r.message));
        live = store.readNow();
        QVERIFY(live.ok);
        QCOMPARE(live.document, doc);
        QCOMPARE(live.version.size(), 64);

        // Planned on an older version: refused, the file as it was.
        const QByteArray before = live.text;
        r = store.writeNow(applyLevel(doc, QStringLiteral("barbershop"), degradation(), changeTo(2)), QStringLiteral("stale"), changeTo(2));
        QCOMPARE(r.error, kube::ErrorKind::Conflict);
        QFile f(cfg.file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        // A document the schema refuses is never written.
        QJsonObject bad = doc;
        QJsonObject flags = bad.value(QStringLiteral("flags")).toObject();
        flags[QStringLiteral("broken")] = QJsonObject { { QStringLiteral("state"), QStringLiteral("ON") } };
        bad[QStringLiteral("flags")] = flags;
        r = store.writeNow(bad, live.version, changeTo(2));
        QCOMPARE(r.error, kube::ErrorKind::InvalidArgument);
        QVERIFY2(r.message.contains(QStringLiteral("/flags/broken")), qPrintable(r.message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        // Not JSON in the file: a clear error naming it.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("flags: yes");
        f.close();
        live = store.readNow();
        QVERIFY(!live.ok);
        QVERIFY2(live.error.contains(QStringLiteral("flags.json")) && live.error.contains(QStringLiteral("JSON")), qPrintable(live.error));
    }

    void levelChangeIsAuditedFirst()
    {
        QTemporaryDir dir;
        FlagStoreConfig cfg;
        cfg.kind = FlagStoreConfig::Kind::File;
        cfg.file = dir.filePath(QStringLiteral("flags.json"));
        const FlagStore store(cfg, {});
        cache::Cache cache(dir.filePath(QStringLiteral("cache.db")));
        QCOMPARE(await(cache.opened()), QString());
        const Vertical& v = *m_config.vertical(QStringLiteral("psychology"));

        // No reason: nothing written, nothing audited.
        Change noReason = changeTo(1);
        noReason.reason = QStringLiteral("  ");
        LevelPlan plan = planLevel(store.readNow(), v, degradation(), noReason);
        LevelOutcome out = await(applyLevelChange(store, &cache, QStringLiteral("prod"), QStringLiteral("ana"), plan, noReason));
        QVERIFY(!out.ok);
        QCOMPARE(out.auditId, qint64(0));
        QVERIFY(!QFile::exists(cfg.file));
        QCOMPARE(await(cache.audit(10)).size(), size_t(0));

        plan = planLevel(store.readNow(), v, degradation(), changeTo(1));
        out = await(applyLevelChange(store, &cache, QStringLiteral("prod"), QStringLiteral("ana"), plan, changeTo(1)));
        QVERIFY2(out.ok, qPrintable(out.message));
        const auto entries = await(cache.audit(10));
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("degradation"));
        QCOMPARE(entries.front().target, QStringLiteral("psychology/degradation"));
        QCOMPARE(entries.front().user, QStringLiteral("ana"));
        QVERIFY2(entries.front().detail.startsWith(QStringLiteral("level 0 -> 1; off: advanced_analytics, social_integrations")),
                 qPrintable(entries.front().detail));
        QVERIFY2(entries.front().outcome.startsWith(QStringLiteral("ok: ")), qPrintable(entries.front().outcome));
        QCOMPARE(readLevel(store.readNow().document, QStringLiteral("psychology"), degradation()).level, 1);
        // What was written is kept, so drift can be told later.
        const auto written = await(cache.loadDocument(writtenDocumentKind(), writtenDocumentKey(QStringLiteral("prod"), QStringLiteral("psychology"))));
        QVERIFY(written.has_value());
        QVERIFY(!compareWithWritten(verticalFlags(store.readNow().document, QStringLiteral("psychology"), degradation()), written->first).drifted());

        // Planned on a version that is gone: audited, refused, the audit says why.
        const LevelPlan stale = plan;
        out = await(applyLevelChange(store, &cache, QStringLiteral("prod"), QStringLiteral("ana"), stale, changeTo(2)));
        QVERIFY(!out.ok);
        QVERIFY(out.auditId > 0);
        const auto after = await(cache.audit(10));
        QCOMPARE(after.size(), size_t(2));
        QVERIFY2(after.front().outcome.startsWith(QStringLiteral("failed: ")), qPrintable(after.front().outcome));
    }
};

QTEST_GUILESS_MAIN(TestFlags)
#include "tst_flags.moc"

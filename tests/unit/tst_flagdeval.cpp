// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The flag documents the console writes, read by what applications run: OpenFeature's flagd
// evaluator (npm @openfeature/flagd-core, with the machine's node) serves each level's intended
// values, and ajv, a second JSON Schema validator, agrees with the console's on what is valid.
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "config/config.h"
#include "degradation/flags.h"

using namespace atalaya;
using namespace atalaya::degradation;

namespace {

struct Evaluated
{
    bool schemaValid = false;
    QStringList schemaErrors;
    QJsonObject flags; ///< key -> {value, reason, variant, errorCode}
};

} // namespace

class TestFlagdEval : public QObject
{
    Q_OBJECT
private:
    Config m_config;
    QTemporaryDir m_dir;

    /// Runs the evaluator on @p documents (texts) with @p context; one result per document.
    std::vector<Evaluated> evaluate(const QList<QByteArray>& documents, const QJsonObject& context)
    {
        QStringList args { QStringLiteral(ATALAYA_FLAGD_EVALUATOR), QStringLiteral(ATALAYA_FLAGD_SCHEMA_DIR),
                           QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)) };
        static int serial = 0;
        for (const QByteArray& text : documents) {
            const QString file = m_dir.filePath(QStringLiteral("doc%1.json").arg(++serial));
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file));
            f.write(text);
            args << file;
        }
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(ATALAYA_FLAGD_MODULES));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral(ATALAYA_NODE), args);
        if (!node.waitForFinished(60000) || node.exitCode() != 0)
            qFatal("node failed: %s", node.readAllStandardError().constData());
        std::vector<Evaluated> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(node.readAllStandardOutput()).array()) {
            Evaluated e;
            e.schemaValid = v[QStringLiteral("schemaValid")].toBool();
            for (const QJsonValue& m : v[QStringLiteral("schemaErrors")].toArray())
                e.schemaErrors << m.toString();
            e.flags = v[QStringLiteral("flags")].toObject();
            out.push_back(e);
        }
        if (out.size() != size_t(documents.size()))
            qFatal("the evaluator answered for %d of %d documents", int(out.size()), int(documents.size()));
        return out;
    }

    static Change changeTo(int level)
    {
        Change c;
        c.level = level;
        c.user = QStringLiteral("ana");
        c.reason = QStringLiteral("test");
        c.at = QDateTime::currentDateTimeUtc();
        c.maintenanceMessage = QStringLiteral("Sistema en mantenimiento");
        c.estimatedResolution = c.at.addSecs(3600);
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = ConfigLoader::loadFromText("{}", QStringLiteral("test.json")).config;
    }

    void everyLevelServesItsIntendedValues()
    {
        QList<QByteArray> docs;
        QJsonObject doc = emptyDocument();
        for (int level = 0; level <= 3; ++level) {
            // Levels applied one after the other to one document, as a manager would.
            doc = applyLevel(doc, QStringLiteral("barbershop"), m_config.degradation, changeTo(level));
            doc = applyLevel(doc, QStringLiteral("fitness"), m_config.degradation, changeTo(3 - level));
            QCOMPARE(validate(toText(doc)), QStringList());
            docs << toText(doc);
        }
        const auto results = evaluate(docs, QJsonObject { { QStringLiteral("targetingKey"), QStringLiteral("user-1") } });
        for (int level = 0; level <= 3; ++level) {
            const Evaluated& e = results[size_t(level)];
            QVERIFY2(e.schemaValid, qPrintable(e.schemaErrors.join(u'\n')));
            for (const auto& [vertical, l] : { std::pair { QStringLiteral("barbershop"), level }, { QStringLiteral("fitness"), 3 - level } }) {
                const QStringList off = m_config.degradation.featuresOff(l);
                for (const QString& feature : m_config.degradation.features()) {
                    const QJsonObject r = e.flags.value(featureFlagKey(vertical, feature)).toObject();
                    QCOMPARE(r.value(QStringLiteral("value")).toBool(), !off.contains(feature));
                    QCOMPARE(r.value(QStringLiteral("reason")).toString(), QStringLiteral("STATIC"));
                }
                const QJsonObject level_ = e.flags.value(levelFlagKey(vertical)).toObject();
                QCOMPARE(level_.value(QStringLiteral("value")).toInt(-1), l);
                const QJsonObject notice = e.flags.value(maintenanceFlagKey(vertical)).toObject().value(QStringLiteral("value")).toObject();
                QCOMPARE(notice.value(QStringLiteral("active")).toBool(), l == 3);
                if (l == 3)
                    QCOMPARE(notice.value(QStringLiteral("message")).toString(), QStringLiteral("Sistema en mantenimiento"));
            }
        }
    }

    void killSwitchBeatsTargetingAndRestoresIt()
    {
        // A feature rolled out to everyone at example.com: targeting decides, until it is killed.
        const QJsonObject before = QJsonDocument::fromJson(
            "{\"flags\": {\"psychology.social_integrations\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true, \"off\": false},"
            " \"defaultVariant\": \"off\", \"targeting\": {\"if\": [{\"ends_with\": [{\"var\": \"email\"}, \"@example.com\"]}, \"on\", null]}},"
            " \"checkout-new-pricing\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true, \"off\": false}, \"defaultVariant\": \"on\"}}}")
                                       .object();
        QVERIFY(!before.isEmpty());
        const QJsonObject killed = applyLevel(before, QStringLiteral("psychology"), m_config.degradation, changeTo(1));
        const QJsonObject back = applyLevel(killed, QStringLiteral("psychology"), m_config.degradation, changeTo(0));
        const auto results = evaluate({ toText(before), toText(killed), toText(back) },
                                      QJsonObject { { QStringLiteral("targetingKey"), QStringLiteral("u-7") },
                                                    { QStringLiteral("email"), QStringLiteral("ana@example.com") } });
        const QString key = QStringLiteral("psychology.social_integrations");
        QCOMPARE(results[0].flags.value(key)[QStringLiteral("value")].toBool(), true);
        QCOMPARE(results[0].flags.value(key)[QStringLiteral("reason")].toString(), QStringLiteral("TARGETING_MATCH"));
        QCOMPARE(results[1].flags.value(key)[QStringLiteral("value")].toBool(), false);
        QCOMPARE(results[1].flags.value(key)[QStringLiteral("reason")].toString(), QStringLiteral("STATIC"));
        // Back on: the targeting decides again. Level 0's default is "on", so the targeting's
        // "null" (not matched) would serve "on" as well; a matching user is served by targeting.
        QCOMPARE(results[2].flags.value(key)[QStringLiteral("value")].toBool(), true);
        QCOMPARE(results[2].flags.value(key)[QStringLiteral("reason")].toString(), QStringLiteral("TARGETING_MATCH"));
        // The flag that is not Atalaya's serves what it served.
        for (const Evaluated& e : results)
            QCOMPARE(e.flags.value(QStringLiteral("checkout-new-pricing"))[QStringLiteral("value")].toBool(), true);
    }

    void bothValidatorsAgree()
    {
        const QList<QByteArray> docs {
            toText(applyLevel(emptyDocument(), QStringLiteral("barbershop"), m_config.degradation, changeTo(2))),
            "{\"flags\": {\"a\": {\"state\": \"PAUSED\", \"variants\": {\"on\": true}}}}",
            "{\"flags\": {\"b\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true, \"off\": \"no\"}}}}",
            "{\"flags\": {\"c\": {\"state\": \"ENABLED\", \"variants\": {}}}}",
            "{\"flags\": {\"d\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true}, \"metadata\": {\"who\": {\"n\": 1}}}}}",
            "{\"flags\": {\"e\": {\"state\": \"ENABLED\", \"variants\": {\"on\": true}, \"targeting\": {\"nonsense_op\": [1]}}}}",
            "{\"metadata\": {}}",
        };
        const auto results = evaluate(docs, {});
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const bool ours = validate(docs[i]).isEmpty();
            QVERIFY2(ours == results[size_t(i)].schemaValid,
                     qPrintable(QStringLiteral("document %1: console %2, ajv %3 (%4)")
                                    .arg(i)
                                    .arg(ours)
                                    .arg(results[size_t(i)].schemaValid)
                                    .arg(results[size_t(i)].schemaErrors.join(u'\n'))));
            QCOMPARE(ours, i == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFlagdEval)
#include "tst_flagdeval.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QTest>
#include <QtConcurrent>

#include "config/config.h"
#include "domain/querytiming.h"

using namespace atalaya;

class TestConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaultsCarryThePlatformFacts()
    {
        const ConfigLoadResult r = ConfigLoader::loadFromText("{}", QStringLiteral("user.json"));
        QVERIFY2(r.problems.empty(), r.problems.empty() ? "" : qPrintable(r.problems.front().toDisplayString()));
        QCOMPARE(r.config.timeZone, QStringLiteral("America/Argentina/Buenos_Aires"));
        QCOMPARE(r.config.sla.p95Ms, 200.0);
        QCOMPARE(r.config.verticals.size(), size_t(7));
        const Vertical* barber = r.config.vertical(QStringLiteral("barbershop"));
        QVERIFY(barber);
        QCOMPARE(barber->costPerBookingUsd.value_or(0), 0.15);
        QCOMPARE(barber->peakHours.size(), size_t(2));
        QVERIFY(r.config.vertical(QStringLiteral("psychology"))->healthData);
        QCOMPARE(r.config.region(QStringLiteral("buenos_aires"))->p95TargetMs, 50.0);
        QCOMPARE(r.config.region(QStringLiteral("cordoba"))->p95TargetMs, 80.0);
        QCOMPARE(r.config.region(QStringLiteral("rosario"))->p95TargetMs, 100.0);
        QCOMPARE(r.config.region(QStringLiteral("mendoza"))->p95TargetMs, 120.0);
        QCOMPARE(r.config.region(QStringLiteral("santiago"))->p95TargetMs, 300.0);
        QVERIFY(r.config.environment(r.config.defaultEnvironment));
    }

    void cacheSettings()
    {
        const ConfigLoadResult r = ConfigLoader::loadFromText("{\"cache\": {\"retentionDays\": 90, \"path\": \"/srv/atalaya/cache.db\"}}",
                                                              QStringLiteral("user.json"));
        QVERIFY(r.problems.empty());
        QCOMPARE(r.config.cacheRetentionDays, 90.0);
        QCOMPARE(r.config.cachePath, QStringLiteral("/srv/atalaya/cache.db"));
        QCOMPARE(ConfigLoader::loadFromText("{}", QStringLiteral("user.json")).config.cacheRetentionDays, 30.0);
    }

    void userEnvironmentIsMergedByName()
    {
        const QByteArray user = "{\"defaultEnvironment\": \"demo\",\n            \"environments\": [{\"name\": \"demo\", \"displayName\": \"Demo\",\n              \"sources\": {\"prometheus\": {\"url\": \"http://127.0.0.1:19090\", \"scrapeInterval\": \"60s\",\n                          \"pathPrefix\": \"/prometheus\", \"compression\": \"gzip\", \"maxConcurrentQueries\": 4, \"headers\": {\"X-Scope-OrgID\": \"tenant-a\"},\n                          \"auth\": {\"kind\": \"bearer\", \"secretEnv\": \"ATALAYA_TEST_TOKEN\"}}}}],\n            \"regions\": [{\"id\": \"mendoza\", \"p95TargetMs\": 150}]}";
        const ConfigLoadResult r = ConfigLoader::loadFromText(user, QStringLiteral("user.json"));
        QVERIFY(r.problems.empty());
        QCOMPARE(r.config.environments.size(), size_t(2)); // the default "local" stays
        const Environment* demo = r.config.environment(QStringLiteral("demo"));
        QVERIFY(demo);
        QCOMPARE(r.config.defaultEnvironment, QStringLiteral("demo"));
        QCOMPARE(demo->prometheus.url.port(), 19090);
        QCOMPARE(demo->prometheus.scrapeInterval.count(), 60);
        QCOMPARE(demo->prometheus.pathPrefix, QStringLiteral("/prometheus"));
        QCOMPARE(demo->prometheus.compression, Compression::Gzip);
        QCOMPARE(r.config.environment(QStringLiteral("local"))->prometheus.compression, Compression::Auto);
        QCOMPARE(demo->prometheus.maxConcurrentQueries, 4);
        QCOMPARE(r.config.environment(QStringLiteral("local"))->prometheus.maxConcurrentQueries, 0); // auto
        QCOMPARE(demo->prometheus.auth, AuthKind::Bearer);
        QCOMPARE(demo->prometheus.secretEnv, QStringLiteral("ATALAYA_TEST_TOKEN"));
        QCOMPARE(demo->prometheus.headers.size(), size_t(1));
        QCOMPARE(demo->prometheus.headers.front().first, QByteArray("X-Scope-OrgID"));
        // Merged by id: only the target changed, the rest of Mendoza is the default.
        QCOMPARE(r.config.region(QStringLiteral("mendoza"))->p95TargetMs, 150.0);
        QCOMPARE(r.config.region(QStringLiteral("mendoza"))->name, QStringLiteral("Mendoza"));
        QCOMPARE(r.config.regions.size(), size_t(7));
    }

    void badFilesNameFileKeyAndProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << QByteArray("{\"timeZone\": \n  oops}") << QString() << QStringLiteral("line 2");
        QTest::newRow("top level array") << QByteArray("[]") << QString() << QStringLiteral("object");
        QTest::newRow("unknown key") << QByteArray("{\"refreshIntervall\": \"30s\"}")
                                     << QStringLiteral("refreshIntervall") << QStringLiteral("unknown key");
        QTest::newRow("bad duration") << QByteArray("{\"refreshInterval\": \"soon\"}")
                                      << QStringLiteral("refreshInterval") << QStringLiteral("duration");
        QTest::newRow("bad zone") << QByteArray("{\"timeZone\": \"Mars/Olympus\"}") << QStringLiteral("timeZone")
                                  << QStringLiteral("time zone");
        QTest::newRow("wrong type") << QByteArray("{\"sla\": {\"p95Ms\": \"fast\"}}") << QStringLiteral("sla.p95Ms")
                                    << QStringLiteral("number");
        QTest::newRow("credentials in url")
            << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"http://u:p@h:9090\"}}}]}")
            << QStringLiteral("environments[1].sources.prometheus.url") << QStringLiteral("credentials");
        QTest::newRow("bad url") << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"ftp://h\"}}}]}")
                                 << QStringLiteral("environments[1].sources.prometheus.url") << QStringLiteral("http");
        QTest::newRow("bad compression")
            << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"http://h\", \"compression\": \"br\"}}}]}")
            << QStringLiteral("environments[1].sources.prometheus.compression") << QStringLiteral("auto, gzip, none");
        for (const char* value : { "0", "19", "2.5", "\"many\"", "true" })
            QTest::newRow(qPrintable(QStringLiteral("maxConcurrentQueries %1").arg(QString::fromLatin1(value))))
                << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"http://h\", \"maxConcurrentQueries\": ")
                       + value + "}}}]}"
                << QStringLiteral("environments[1].sources.prometheus.maxConcurrentQueries") << QStringLiteral("from 1 to 18");
        QTest::newRow("secret inline")
            << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"http://h\", \"auth\": {\"kind\": \"bearer\", \"token\": \"abc\"}}}}]}")
            << QStringLiteral("environments[1].sources.prometheus.auth.token") << QStringLiteral("unknown key");
        QTest::newRow("bad id") << QByteArray("{\"verticals\": [{\"id\": \"Barber Shop\"}]}")
                                << QStringLiteral("verticals[7].id") << QStringLiteral("valid id");
        QTest::newRow("unknown placeholder") << QByteArray("{\"queries\": {\"requestsByCode\": \"sum(rate(x{v=\\\"{vertcal}\\\"}[5m]))\"}}")
                                             << QStringLiteral("queries.requestsByCode") << QStringLiteral("{vertcal}");
        QTest::newRow("retention out of range") << QByteArray("{\"cache\": {\"retentionDays\": 0}}")
                                                << QStringLiteral("cache.retentionDays") << QStringLiteral("3650");
        QTest::newRow("cache unknown key") << QByteArray("{\"cache\": {\"retention\": 7}}")
                                           << QStringLiteral("cache.retention") << QStringLiteral("unknown key");
        QTest::newRow("database password inline")
            << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"http://h\"}, \"bookings\": {\"host\": \"db\", \"database\": \"booking\", \"user\": \"r\", \"password\": \"s3cret\"}}}]}")
            << QStringLiteral("environments[1].sources.bookings.password") << QStringLiteral("unknown key");
        QTest::newRow("database sslmode")
            << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"http://h\"}, \"bookings\": {\"host\": \"db\", \"database\": \"booking\", \"user\": \"r\", \"sslmode\": \"maybe\"}}}]}")
            << QStringLiteral("environments[1].sources.bookings.sslmode") << QStringLiteral("verify-full");
        QTest::newRow("database host injection")
            << QByteArray("{\"environments\": [{\"name\": \"x\", \"sources\": {\"prometheus\": {\"url\": \"http://h\"}, \"bookings\": {\"host\": \"db sslmode=disable\", \"database\": \"booking\", \"user\": \"r\"}}}]}")
            << QStringLiteral("environments[1].sources.bookings.host") << QStringLiteral("host name");
        QTest::newRow("negative error floor") << QByteArray("{\"degradation\": {\"triggers\": {\"errorMinFailures\": -1}}}")
                                              << QStringLiteral("degradation.triggers.errorMinFailures") << QStringLiteral("negative");
        QTest::newRow("negative latency floor") << QByteArray("{\"degradation\": {\"triggers\": {\"latencyMinRequests\": -1}}}")
                                                << QStringLiteral("degradation.triggers.latencyMinRequests") << QStringLiteral("negative");
        QTest::newRow("missing environment") << QByteArray("{\"defaultEnvironment\": \"prod\"}")
                                             << QStringLiteral("defaultEnvironment") << QStringLiteral("prod");
    }

    void badFilesNameFileKeyAndProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(QString, messagePart);
        const ConfigLoadResult r = ConfigLoader::loadFromText(json, QStringLiteral("/home/ana/.config/atalaya/config.json"));
        QCOMPARE(r.problems.size(), size_t(1));
        const ConfigProblem& p = r.problems.front();
        QCOMPARE(p.file, QStringLiteral("/home/ana/.config/atalaya/config.json"));
        QCOMPARE(p.key, key);
        QVERIFY2(p.message.contains(messagePart), qPrintable(p.message));
        QVERIFY(p.toDisplayString().contains(p.file));
        // The console still starts, on the defaults.
        QVERIFY(r.usedDefaultsOnly);
        QCOMPARE(r.config.verticals.size(), size_t(7));
        QVERIFY(r.config.environment(r.config.defaultEnvironment));
    }

    void missingFileIsReported()
    {
        const ConfigLoadResult r
            = QtConcurrent::run([] { return ConfigLoader::load(QStringLiteral("/nonexistent/atalaya.json")); }).result();
        QCOMPARE(r.problems.size(), size_t(1));
        QCOMPARE(r.problems.front().file, QStringLiteral("/nonexistent/atalaya.json"));
        QVERIFY(r.problems.front().message.contains(QStringLiteral("cannot be read")));
        QVERIFY(!r.config.environments.empty());
    }

    void templatesEscapeValues()
    {
        const ConfigLoadResult r = ConfigLoader::loadFromText("{}", QStringLiteral("user.json"));
        const Environment& env = *r.config.environment(r.config.defaultEnvironment);
        const QString q = env.queries.render(QStringLiteral("requestsByCode"),
                                             { { QStringLiteral("vertical"), QStringLiteral("a\"} or up{x=\"") },
                                               { QStringLiteral("window"), QStringLiteral("5m") } });
        QVERIFY2(q.contains(QStringLiteral("vertical=\"a\\\"} or up{x=\\\"\"")), qPrintable(q));
        QVERIFY(q.contains(QStringLiteral("[5m]")));
        QVERIFY(env.queries.render(QStringLiteral("noSuchQuery"), {}).isEmpty());
    }

    void regionRegexIsAnExactQuotedMatchOrEverything()
    {
        const ConfigLoadResult r = ConfigLoader::loadFromText("{}", QStringLiteral("user.json"));
        const Environment& env = *r.config.environment(r.config.defaultEnvironment);
        const std::map<QString, QString> window { { QStringLiteral("window"), QStringLiteral("5m") } };
        // No region given (the degradation monitor, the snapshot): every region.
        QVERIFY2(env.queries.render(QStringLiteral("overviewRequestRate"), window).contains(QStringLiteral("region=~\".*\"")),
                 qPrintable(env.queries.render(QStringLiteral("overviewRequestRate"), window)));
        // A label value with regex and string metacharacters matches exactly itself: RE2 sees
        // são\.paulo\|x" (escaped for the regex, then for the PromQL string).
        auto values = window;
        values[QStringLiteral("regionRegex")] = escapeRegexLiteral(QStringLiteral("são.paulo|x\""));
        const QString q = env.queries.render(QStringLiteral("overviewRequestRate"), values);
        QVERIFY2(q.contains(QStringLiteral("region=~\"são\\\\.paulo\\\\|x\\\"\"")), qPrintable(q));
        QCOMPARE(escapeRegexLiteral(QStringLiteral("cordoba_1")), QStringLiteral("cordoba_1"));
        QCOMPARE(escapeRegexLiteral(QStringLiteral("a.b*(c)[d]{e}^$+?\\")), QStringLiteral("a\\.b\\*\\(c\\)\\[d\\]\\{e\\}\\^\\$\\+\\?\\\\"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"

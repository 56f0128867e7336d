// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Step and rate-window choice (PROTOCOLS.md §1, "Choosing step and rate windows the way Grafana
// does"), PromQL durations, and PromQL/path escaping.

#include <QTest>

#include "domain/querytiming.h"

using namespace atalaya;

class TestQueryTiming : public QObject
{
    Q_OBJECT
private slots:
    void stepFollowsTheWidth_data()
    {
        QTest::addColumn<double>("range");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("minStep");
        QTest::addColumn<double>("expected");
        QTest::newRow("6h on 1200 px, 15 s scrape") << 21600.0 << 1200 << 15.0 << 20.0; // 18 s -> 20 s
        QTest::newRow("15m is held at the scrape interval") << 900.0 << 1200 << 15.0 << 15.0;
        QTest::newRow("an odd minimum is kept as it is") << 900.0 << 1200 << 7.0 << 7.0;
        QTest::newRow("rounding never goes below the minimum") << 19200.0 << 1200 << 16.0 << 16.0; // 16 -> 15
        QTest::newRow("1h on 1200 px, no minimum") << 3600.0 << 1200 << 0.0 << 2.0; // 3 s -> 2 s (nearest)
        QTest::newRow("7d on 1200 px") << 604800.0 << 1200 << 15.0 << 600.0; // 504 s -> 10m
        QTest::newRow("60 s history floor") << 3600.0 << 1500 << 60.0 << 60.0;
        QTest::newRow("30d on a narrow panel") << 2592000.0 << 200 << 15.0 << 10800.0; // 3.6h -> 3h
        QTest::newRow("a year on 1000 px") << 31536000.0 << 1000 << 15.0 << 21600.0; // 8.76h -> 6h
        QTest::newRow("zero width counts as one pixel") << 3600.0 << 0 << 15.0 << 3600.0; // 1h
    }

    void stepFollowsTheWidth()
    {
        QFETCH(double, range);
        QFETCH(int, width);
        QFETCH(double, minStep);
        QFETCH(double, expected);
        const double step = stepForWidth(range, width, minStep);
        QCOMPARE(step, expected);
        QVERIFY(step >= minStep);
        QVERIFY(range / step <= kMaxPointsPerSeries);
    }

    void elevenThousandPointsLimit_data()
    {
        QTest::addColumn<double>("range");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("minStep");
        QTest::addColumn<double>("expected");
        // 7 d at 15 s is 40,320 points: Prometheus needs >= 55 s; the next nice step is 1m.
        QTest::newRow("7d at 15 s, one point per scrape") << 604800.0 << 40320 << 15.0 << 60.0;
        QTest::newRow("7d, 20,000 px wall display, 1 s") << 604800.0 << 20000 << 1.0 << 60.0;
        // 30 d needs >= 236 s: 5m.
        QTest::newRow("30d at 15 s") << 2592000.0 << 172800 << 15.0 << 300.0;
        // 5.1 d on a huge panel: range/11000 = 40.1 s. Grafana's own safe interval would round that
        // down to 30 s (14,703 points, refused); the rule here takes the next nice step up.
        QTest::newRow("where rounding down would break the limit") << 441100.0 << 50000 << 1.0 << 60.0;
    }

    void elevenThousandPointsLimit()
    {
        QFETCH(double, range);
        QFETCH(int, width);
        QFETCH(double, minStep);
        QFETCH(double, expected);
        const double step = stepForWidth(range, width, minStep);
        QCOMPARE(step, expected);
        QVERIFY(range / step <= kMaxPointsPerSeries);
    }

    void minimumStep()
    {
        QCOMPARE(minimumStepFor(604800), 55.0);
        QCOMPARE(minimumStepFor(30 * 86400), 236.0);
        QCOMPARE(minimumStepFor(11000), 1.0);
        QCOMPARE(minimumStepFor(11001), 2.0);
        QCOMPARE(minimumStepFor(0), 0.0);
        QCOMPARE(minimumStepFor(-5), 0.0);
    }

    void niceIntervals_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("expected");
        QTest::newRow("5 ms") << 0.005 << 0.01;
        QTest::newRow("0.6 s") << 0.6 << 0.5;
        QTest::newRow("1.5 s") << 1.5 << 1.0;
        QTest::newRow("1.6 s") << 1.6 << 2.0;
        QTest::newRow("17 s") << 17.0 << 15.0;
        QTest::newRow("18 s") << 18.0 << 20.0;
        QTest::newRow("46 s") << 46.0 << 60.0;
        QTest::newRow("100 s") << 100.0 << 120.0;
        QTest::newRow("20 h") << 72000.0 << 43200.0;
        QTest::newRow("3 d") << 259200.0 << 86400.0;
        QTest::newRow("2 w") << 1209600.0 << 604800.0;
        QTest::newRow("5 w") << 3024000.0 << 2592000.0;
        QTest::newRow("10 w") << 6048000.0 << 31536000.0;
    }

    void niceIntervals()
    {
        QFETCH(double, seconds);
        QFETCH(double, expected);
        QCOMPARE(roundInterval(seconds), expected);
    }

    void rateWindows_data()
    {
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("scrape");
        QTest::addColumn<QString>("expected");
        QTest::newRow("4 x scrape wins") << 15.0 << 15.0 << QStringLiteral("1m");
        QTest::newRow("step + scrape wins") << 60.0 << 15.0 << QStringLiteral("1m15s");
        QTest::newRow("10m step, 1m scrape") << 600.0 << 60.0 << QStringLiteral("11m");
        QTest::newRow("7d at 1m step") << 60.0 << 15.0 << QStringLiteral("1m15s");
        QTest::newRow("sub-second step") << 0.5 << 1.0 << QStringLiteral("4s");
        QTest::newRow("30 s scrape, small step") << 5.0 << 30.0 << QStringLiteral("2m");
    }

    void rateWindows()
    {
        QFETCH(double, step);
        QFETCH(double, scrape);
        QFETCH(QString, expected);
        QCOMPARE(rateWindow(step, scrape), expected);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QStringLiteral("15s") << qint64(15000);
        QTest::newRow("combined") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("millis") << QStringLiteral("500ms") << qint64(500);
        QTest::newRow("minutes then millis") << QStringLiteral("1m500ms") << qint64(60500);
        QTest::newRow("seconds then millis") << QStringLiteral("1s500ms") << qint64(1500);
        QTest::newRow("days") << QStringLiteral("2d") << qint64(172800000);
        QTest::newRow("weeks") << QStringLiteral("1w") << qint64(604800000);
        QTest::newRow("year") << QStringLiteral("1y") << qint64(31536000000);
        QTest::newRow("everything") << QStringLiteral("1y2w3d4h5m6s7ms") << qint64(33019506007);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("zero seconds") << QStringLiteral("0s") << qint64(0);
        QTest::newRow("wrong order") << QStringLiteral("30m1h") << qint64(-1);
        QTest::newRow("millis before minutes") << QStringLiteral("500ms1m") << qint64(-1);
        QTest::newRow("unit twice") << QStringLiteral("1m1m") << qint64(-1);
        QTest::newRow("no unit") << QStringLiteral("15") << qint64(-1);
        QTest::newRow("unit only") << QStringLiteral("h") << qint64(-1);
        QTest::newRow("trailing digits") << QStringLiteral("1h30") << qint64(-1);
        QTest::newRow("word") << QStringLiteral("soon") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5m") << qint64(-1);
        QTest::newRow("space") << QStringLiteral("5 m") << qint64(-1);
        QTest::newRow("upper case") << QStringLiteral("5M") << qint64(-1);
        QTest::newRow("non-ASCII digit") << QString::fromUtf8("\xD9\xA3m") << qint64(-1); // Arabic-Indic 3
        QTest::newRow("overflow") << QStringLiteral("99999999999999y") << qint64(-1);
        QTest::newRow("beyond int64 ns") << QStringLiteral("300y") << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto d = parsePromDuration(text);
        if (ms < 0) {
            QVERIFY(!d);
        } else {
            QVERIFY(d);
            QCOMPARE(d->count(), ms);
            // Round trip through the formatter (which spells years as days, weeks as days).
            const auto again = parsePromDuration(formatPromDuration(static_cast<double>(ms) / 1000.0));
            QVERIFY(again);
            QCOMPARE(again->count(), ms);
        }
    }

    void formatting_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1h30m") << 5400.0 << QStringLiteral("1h30m");
        QTest::newRow("90 s") << 90.0 << QStringLiteral("1m30s");
        QTest::newRow("half a second") << 0.5 << QStringLiteral("500ms");
        QTest::newRow("a day and a second") << 86401.0 << QStringLiteral("1d1s");
        QTest::newRow("a week") << 604800.0 << QStringLiteral("7d");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0s");
        QTest::newRow("negative") << -3.0 << QStringLiteral("0s");
        QTest::newRow("rounded to ms") << 1.0004 << QStringLiteral("1s");
    }

    void formatting()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        QCOMPARE(formatPromDuration(seconds), expected);
    }

    void alignment()
    {
        const auto [s, e] =
            alignRange(QDateTime::fromSecsSinceEpoch(1000007), QDateTime::fromSecsSinceEpoch(2000009), 60);
        QCOMPARE(s.toSecsSinceEpoch(), 999960);
        QCOMPARE(e.toSecsSinceEpoch(), 1999980);
        QCOMPARE(s.offsetFromUtc(), 0);
        // Already aligned: unchanged. Sub-second steps align on milliseconds.
        const auto [s2, e2] = alignRange(QDateTime::fromSecsSinceEpoch(120), QDateTime::fromSecsSinceEpoch(180), 60);
        QCOMPARE(s2.toSecsSinceEpoch(), 120);
        QCOMPARE(e2.toSecsSinceEpoch(), 180);
        const auto [s3, e3] =
            alignRange(QDateTime::fromMSecsSinceEpoch(1234), QDateTime::fromMSecsSinceEpoch(5678), 0.5);
        QCOMPARE(s3.toMSecsSinceEpoch(), 1000);
        QCOMPARE(e3.toMSecsSinceEpoch(), 5500);
        // Before 1970 it still goes down, not toward zero.
        const auto [s4, e4] = alignRange(QDateTime::fromSecsSinceEpoch(-7), QDateTime::fromSecsSinceEpoch(0), 60);
        QCOMPARE(s4.toSecsSinceEpoch(), -60);
        QCOMPARE(e4.toSecsSinceEpoch(), 0);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("barbershop") << QStringLiteral("barbershop");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("say \\\"hi\\\"");
        QTest::newRow("backslash") << QStringLiteral("C:\\dir") << QStringLiteral("C:\\\\dir");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("all") << QStringLiteral("a\"b\\c\nd") << QStringLiteral("a\\\"b\\\\c\\nd");
        QTest::newRow("regex dot left alone") << QStringLiteral("5..") << QStringLiteral("5..");
        QTest::newRow("unicode") << QStringLiteral("córdoba") << QStringLiteral("córdoba");
    }

    void escaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(escapeLabelValue(value), expected);
    }

    void labelNames()
    {
        QVERIFY(isValidLabelName(QStringLiteral("vertical")));
        QVERIFY(isValidLabelName(QStringLiteral("_x9")));
        QVERIFY(isValidLabelName(QStringLiteral("__name__")));
        QVERIFY(!isValidLabelName(QStringLiteral("9x")));
        QVERIFY(!isValidLabelName(QStringLiteral("a:b"))); // colons: metric names only
        QVERIFY(!isValidLabelName(QStringLiteral("app.kubernetes.io/name")));
        QVERIFY(!isValidLabelName(QStringLiteral("año")));
        QVERIFY(!isValidLabelName(QString()));
    }

    void labelNamesInPaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("legacy") << QStringLiteral("vertical") << QStringLiteral("vertical");
        QTest::newRow("dots and slash") << QStringLiteral("app.kubernetes.io/name")
                                        << QStringLiteral("U__app_2e_kubernetes_2e_io_2f_name");
        QTest::newRow("underscore doubled") << QStringLiteral("a.b_c") << QStringLiteral("U__a_2e_b__c");
        QTest::newRow("leading digit") << QStringLiteral("1a") << QStringLiteral("U___31_a");
        QTest::newRow("non-ASCII") << QStringLiteral("año") << QStringLiteral("U__a_f1_o");
        QTest::newRow("outside the BMP") << QString::fromUtf8("x\xF0\x9F\x9A\x80") << QStringLiteral("U__x_1f680_");
        QTest::newRow("starts like an escape") << QStringLiteral("U__x") << QStringLiteral("U__U____x");
        QTest::newRow("empty") << QString() << QString();
    }

    void labelNamesInPaths()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(escapeLabelNameForPath(name), expected);
    }
};

QTEST_GUILESS_MAIN(TestQueryTiming)
#include "tst_querytiming.moc"

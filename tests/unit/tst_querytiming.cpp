// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

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
        QTest::newRow("7d on 1200 px") << 604800.0 << 1200 << 15.0 << 600.0; // 504 s -> 10 m
        QTest::newRow("60 s history floor") << 3600.0 << 1500 << 60.0 << 60.0;
        QTest::newRow("30d on a narrow panel") << 2592000.0 << 200 << 15.0 << 21600.0;
    }

    void stepFollowsTheWidth()
    {
        QFETCH(double, range);
        QFETCH(int, width);
        QFETCH(double, minStep);
        QFETCH(double, expected);
        const double step = stepForWidth(range, width, minStep);
        QCOMPARE(step, expected);
        QVERIFY(range / step <= width); // never more points than pixels
        QVERIFY(range / step <= kMaxPointsPerSeries);
    }

    void elevenThousandPointsLimit()
    {
        // 7 days at a 1 s minimum on a 20,000 px wall display: the limit decides.
        const double step = stepForWidth(604800, 20000, 1);
        QVERIFY(604800 / step <= 11000);
        QCOMPARE(minimumStepFor(604800), 55.0);
        QCOMPARE(minimumStepFor(30 * 86400), 236.0);
    }

    void rateWindows()
    {
        QCOMPARE(rateWindow(15, 15), QStringLiteral("1m")); // 4 x scrape
        QCOMPARE(rateWindow(60, 15), QStringLiteral("1m15s")); // step + scrape
        QCOMPARE(rateWindow(600, 60), QStringLiteral("11m"));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QStringLiteral("15s") << qint64(15000);
        QTest::newRow("combined") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("millis") << QStringLiteral("500ms") << qint64(500);
        QTest::newRow("days") << QStringLiteral("2d") << qint64(172800000);
        QTest::newRow("weeks") << QStringLiteral("1w") << qint64(604800000);
        QTest::newRow("wrong order") << QStringLiteral("30m1h") << qint64(-1);
        QTest::newRow("no unit") << QStringLiteral("15") << qint64(-1);
        QTest::newRow("word") << QStringLiteral("soon") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(-1);
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
            QCOMPARE(parsePromDuration(formatPromDuration(ms / 1000.0))->count(), ms); // round trip
        }
    }

    void formatting()
    {
        QCOMPARE(formatPromDuration(5400), QStringLiteral("1h30m"));
        QCOMPARE(formatPromDuration(90), QStringLiteral("1m30s"));
        QCOMPARE(formatPromDuration(0.5), QStringLiteral("500ms"));
        QCOMPARE(formatPromDuration(86400 + 1), QStringLiteral("1d1s"));
    }

    void alignment()
    {
        const auto [s, e] = alignRange(QDateTime::fromSecsSinceEpoch(1000007), QDateTime::fromSecsSinceEpoch(2000009), 60);
        QCOMPARE(s.toSecsSinceEpoch() % 60, 0);
        QCOMPARE(e.toSecsSinceEpoch() % 60, 0);
        QVERIFY(s.toSecsSinceEpoch() <= 1000007 && s.toSecsSinceEpoch() > 1000007 - 60);
    }

    void escaping()
    {
        QCOMPARE(escapeLabelValue(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
        QVERIFY(isValidLabelName(QStringLiteral("vertical")));
        QVERIFY(isValidLabelName(QStringLiteral("_x9")));
        QVERIFY(!isValidLabelName(QStringLiteral("9x")));
        QVERIFY(!isValidLabelName(QStringLiteral("app.kubernetes.io/name")));
        QVERIFY(!isValidLabelName(QString()));
    }
};

QTEST_GUILESS_MAIN(TestQueryTiming)
#include "tst_querytiming.moc"

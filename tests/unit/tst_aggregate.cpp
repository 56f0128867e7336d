// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <QTest>

#include "domain/aggregate.h"

using namespace atalaya;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Series bucket(const QString& le, const QString& region, std::vector<double> values, double t0 = 1000, double step = 60)
{
    Series s;
    s.labels = { { QStringLiteral("le"), le }, { QStringLiteral("region"), region } };
    for (size_t i = 0; i < values.size(); ++i)
        s.timestamps.push_back(t0 + double(i) * step);
    s.values = std::move(values);
    return s;
}

Series byCode(const QString& code, const QString& region, std::vector<double> values, double t0 = 1000)
{
    Series s = bucket({}, region, std::move(values), t0);
    s.labels.remove(QStringLiteral("le"));
    s.labels[QStringLiteral("code")] = code;
    return s;
}

LabelFilter regionIs(const QString& region)
{
    return [region](const QMap<QString, QString>& l) { return l.value(QStringLiteral("region")) == region; };
}

} // namespace

class TestAggregate : public QObject
{
    Q_OBJECT
private slots:
    void quantileInterpolatesInsideItsBucket()
    {
        // 100 observations: 50 at or under 0.1 s, 90 under 0.25 s, all under 1 s.
        const std::vector<Bucket> b { { 0.1, 50 }, { 0.25, 90 }, { 1, 100 }, { kInf, 100 } };
        QCOMPARE(histogramQuantile(0.5, b), 0.1); // rank 50: the top of the first bucket
        QCOMPARE(histogramQuantile(0.25, b), 0.05); // rank 25 of 50, from 0
        QCOMPARE(histogramQuantile(0.7, b), 0.1 + 0.15 * 0.5); // rank 70: 20 of 40 into (0.1, 0.25]
        QCOMPARE(histogramQuantile(0.95, b), 0.25 + 0.75 * 0.5);
        QCOMPARE(histogramQuantile(0, b), 0.0);
        QCOMPARE(histogramQuantile(1, b), 1.0); // rank 100 is reached in the 1 s bucket
    }

    void quantileEdgesAsPromQL()
    {
        const std::vector<Bucket> b { { 0.1, 5 }, { 0.2, 8 }, { kInf, 10 } };
        QCOMPARE(histogramQuantile(0.99, b), 0.2); // in the +Inf bucket: the largest finite bound
        QCOMPARE(histogramQuantile(-0.1, b), -kInf);
        QCOMPARE(histogramQuantile(1.1, b), kInf);
        QVERIFY(std::isnan(histogramQuantile(std::nan(""), b)));
        QVERIFY(std::isnan(histogramQuantile(0.5, { { 0.1, 5 }, { 0.2, 8 } }))); // no +Inf bucket
        QVERIFY(std::isnan(histogramQuantile(0.5, { { kInf, 8 } }))); // one bucket
        QVERIFY(std::isnan(histogramQuantile(0.5, { { 0.1, 0 }, { kInf, 0 } }))); // no observations
        QVERIFY(std::isnan(histogramQuantile(0.5, {})));
        // A first bound at or below zero is the answer for ranks inside it.
        QCOMPARE(histogramQuantile(0.1, { { -1, 5 }, { 0, 8 }, { kInf, 10 } }), -1.0);
    }

    void quantileRepairsOrderDuplicatesAndNonMonotonicCounts()
    {
        // Unsorted, the 0.2 bucket twice (summed), and a count that falls (taken as the one before).
        const std::vector<Bucket> b { { kInf, 100 }, { 0.2, 30 }, { 0.1, 60 }, { 0.2, 20 }, { 0.4, 55 } };
        // Sorted and merged: 0.1 → 60, 0.2 → 50 (raised to 60), 0.4 → 55 (raised to 60), +Inf → 100.
        QCOMPARE(histogramQuantile(0.5, b), 0.1 * 50.0 / 60.0);
        QCOMPARE(histogramQuantile(0.7, b), 0.4); // rank 70 is in +Inf
    }

    void quantileOverTimeSumsRegionsOrKeepsOne()
    {
        const std::vector<Series> answer {
            bucket(QStringLiteral("0.1"), QStringLiteral("cordoba"), { 10, 0 }),
            bucket(QStringLiteral("1"), QStringLiteral("cordoba"), { 10, 10 }),
            bucket(QStringLiteral("+Inf"), QStringLiteral("cordoba"), { 10, 10 }),
            bucket(QStringLiteral("0.1"), QStringLiteral("rosario"), { 0, 10 }),
            bucket(QStringLiteral("1"), QStringLiteral("rosario"), { 10, 10 }),
            bucket(QStringLiteral("+Inf"), QStringLiteral("rosario"), { 10, 10 }),
        };
        const Series all = quantileOverTime(0.5, answer);
        QCOMPARE(all.timestamps, (std::vector<double> { 1000, 1060 }));
        QCOMPARE(all.values[0], 0.1); // 20 observations, 10 under 0.1: rank 10 at its top
        QCOMPARE(all.values[1], 0.1);
        const Series cordoba = quantileOverTime(0.5, answer, regionIs(QStringLiteral("cordoba")));
        QCOMPARE(cordoba.values[0], 0.05);
        QCOMPARE(cordoba.values[1], 0.1 + 0.9 * 0.5);
        const Series none = quantileOverTime(0.5, answer, regionIs(QStringLiteral("mendoza")));
        QVERIFY(none.timestamps.empty());
        // Laid out once by region: the same figures, for all and for each.
        const BucketGrid grid(answer, QStringLiteral("region"));
        QCOMPARE(grid.quantile(0.5).values, all.values);
        QCOMPARE(grid.quantile(0.5, QStringLiteral("cordoba")).values, cordoba.values);
        QCOMPARE(grid.quantile(0.5, QStringLiteral("rosario")).values, (std::vector<double> { 0.1 + 0.9 * 0.5, 0.05 }));
        QVERIFY(grid.quantile(0.5, QStringLiteral("mendoza")).timestamps.empty());
    }

    void quantileOverTimeUsesWhatEachTimestampHas()
    {
        // The 0.1 bucket misses the second step; NaN values count as missing; a series without
        // "le" is not a bucket.
        std::vector<Series> answer { bucket(QStringLiteral("0.1"), QStringLiteral("x"), { 4 }),
                                     bucket(QStringLiteral("0.5"), QStringLiteral("x"), { 8, 8, std::nan("") }),
                                     bucket(QStringLiteral("+Inf"), QStringLiteral("x"), { 8, 8, 8 }) };
        Series stray = byCode(QStringLiteral("200"), QStringLiteral("x"), { 1, 1, 1 });
        answer.push_back(stray);
        const Series q = quantileOverTime(0.25, answer);
        QCOMPARE(q.values.size(), size_t(3));
        QCOMPARE(q.values[0], 0.05);
        QCOMPARE(q.values[1], 0.125); // without the 0.1 bucket: rank 2 of 8 into (0, 0.5]
        QVERIFY(std::isnan(q.values[2])); // only +Inf is left: fewer than two buckets
        QVERIFY(quantileOverTime(0.5, { stray }).timestamps.empty());
    }

    void requestsAreTheInfBucket()
    {
        // The +Inf bucket per region and summed, where it has values; no +Inf, no count.
        const std::vector<Series> answer { bucket(QStringLiteral("0.1"), QStringLiteral("cordoba"), { 4, 5 }),
                                           bucket(QStringLiteral("+Inf"), QStringLiteral("cordoba"), { 10, 12 }),
                                           bucket(QStringLiteral("+Inf"), QStringLiteral("rosario"), { std::nan(""), 3 }) };
        const BucketGrid grid(answer, QStringLiteral("region"));
        QCOMPARE(grid.count().values, (std::vector<double> { 10, 15 }));
        QCOMPARE(grid.count().timestamps, (std::vector<double> { 1000, 1060 }));
        QCOMPARE(grid.count(QStringLiteral("rosario")).timestamps, (std::vector<double> { 1060 }));
        QCOMPARE(grid.count(QStringLiteral("rosario")).values, (std::vector<double> { 3 }));
        QVERIFY(grid.count(QStringLiteral("mendoza")).timestamps.empty());
        QVERIFY(BucketGrid({ answer[0] }).count().timestamps.empty());
    }

    void theGridRunsOnEveryTimestampOfItsSeries()
    {
        // Series of one answer mostly share their timestamps; where they do not, the grid has
        // each of them once, in order: Rosario's samples fall between Córdoba's, and one of
        // Córdoba's buckets starts later.
        const std::vector<Series> answer { bucket(QStringLiteral("+Inf"), QStringLiteral("cordoba"), { 10, 12, 14 }),
                                           bucket(QStringLiteral("0.1"), QStringLiteral("cordoba"), { 6, 7 }, 1060),
                                           bucket(QStringLiteral("+Inf"), QStringLiteral("rosario"), { 3, 4 }, 1030),
                                           bucket(QStringLiteral("+Inf"), QStringLiteral("salta"), { 1, 2, 3 }) };
        const BucketGrid grid(answer, QStringLiteral("region"));
        QCOMPARE(grid.count().timestamps, (std::vector<double> { 1000, 1030, 1060, 1090, 1120 }));
        QCOMPARE(grid.count().values, (std::vector<double> { 11, 3, 14, 4, 17 }));
        QCOMPARE(grid.count(QStringLiteral("rosario")).timestamps, (std::vector<double> { 1030, 1090 }));
        // Córdoba's 0.1 bucket from its second step: no quantile before, the median inside it after.
        const Series median = grid.quantile(0.5, QStringLiteral("cordoba"));
        QCOMPARE(median.timestamps, (std::vector<double> { 1000, 1060, 1120 }));
        QVERIFY(std::isnan(median.values[0]));
        QCOMPARE(median.values[1], 0.1);
        QCOMPARE(median.values[2], 0.1);
    }

    void fiveHundredsOverTheRequests()
    {
        // 5xx series exist only once there are 5xx: a timestamp without one is 0 %, one the
        // requests do not have is left out, and no requests is no ratio.
        Series requests;
        requests.timestamps = { 1000, 1060, 1120, 1180 };
        requests.values = { 100, 50, 0, 20 };
        const std::vector<Series> fives { byCode(QStringLiteral("503"), QStringLiteral("cordoba"), { 10, 5 }, 1060),
                                          byCode(QStringLiteral("500"), QStringLiteral("cordoba"), { 2 }, 1060),
                                          byCode(QStringLiteral("500"), QStringLiteral("rosario"), { 7, 7, 7, 7, 7 }, 1000),
                                          byCode(QStringLiteral("500"), QStringLiteral("cordoba"), { 9 }, 1030) };
        const SumAndPart cordoba = partOfTotal(requests, fives, regionIs(QStringLiteral("cordoba")));
        QCOMPARE(cordoba.total.values, requests.values);
        QCOMPARE(cordoba.part.values, (std::vector<double> { 0, 12, 5, 0 }));
        const Series ratio = cordoba.ratio();
        QCOMPARE(ratio.timestamps, requests.timestamps);
        QCOMPARE(ratio.values[0], 0.0);
        QCOMPARE(ratio.values[1], 12.0 / 50);
        QVERIFY(std::isnan(ratio.values[2]));
        QCOMPARE(ratio.values[3], 0.0);
        QCOMPARE(partOfTotal(requests, fives, {}).part.values, (std::vector<double> { 7, 19, 12, 7 }));
    }
};

QTEST_GUILESS_MAIN(TestAggregate)
#include "tst_aggregate.moc"

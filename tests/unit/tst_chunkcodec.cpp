// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include <QTest>

#include "cache/chunkcodec.h"

using namespace atalaya::cache;

class TestChunkCodec : public QObject
{
    Q_OBJECT
private:
    static void roundTrip(const Samples& in)
    {
        const QByteArray blob = encodeChunk(in);
        Samples out;
        QVERIFY(decodeChunk(blob, out));
        QCOMPARE(out.timestampsMs, in.timestampsMs);
        QCOMPARE(out.values.size(), in.values.size());
        for (size_t i = 0; i < in.values.size(); ++i)
            QVERIFY2(std::memcmp(&out.values[i], &in.values[i], sizeof(double)) == 0, qPrintable(QString::number(i)));
        QCOMPARE(chunkSampleCount(blob).value_or(-1), static_cast<qint64>(in.size()));
    }

private slots:
    void empty()
    {
        roundTrip({});
    }

    void regularCounterIsSmall()
    {
        // A counter scraped every 15 s: the kind of data Prometheus stores in about 1.3 bytes a sample.
        Samples s;
        double v = 1000;
        for (int i = 0; i < 480; ++i) {
            s.timestampsMs.push_back(1'700'000'000'000 + i * 15'000);
            v += (i * 7919) % 13;
            s.values.push_back(v);
        }
        roundTrip(s);
        const double perSample = double(encodeChunk(s).size()) / s.size();
        QVERIFY2(perSample < 3.0, qPrintable(QString::number(perSample)));
        QVERIFY(perSample > 0.1);
    }

    void constantSeriesCostsTwoBitsASample()
    {
        Samples s;
        for (int i = 0; i < 800; ++i) {
            s.timestampsMs.push_back(i * 60'000);
            s.values.push_back(3.0);
        }
        roundTrip(s);
        QVERIFY(encodeChunk(s).size() < 800 / 4 + 32); // two bits a sample, the first sample, the padding
    }

    void specialValuesAndIrregularTimes()
    {
        Samples s;
        const double specials[] = { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity(), -0.0, 0.0, 5e-324, 1.7976931348623157e308,
                                    -1.5, 0.1 + 0.2 };
        qint64 t = -3'600'000; // before the epoch: negative timestamps
        qint64 steps[] = { 1, 15'000, 15'001, 14'999, 3'600'000, 1, 86'400'000LL * 365, 2, 7 };
        for (size_t i = 0; i < std::size(specials); ++i) {
            t += steps[i];
            s.timestampsMs.push_back(t);
            s.values.push_back(specials[i]);
        }
        roundTrip(s);
    }

    void randomSeries()
    {
        std::mt19937_64 rng(42);
        for (int round = 0; round < 50; ++round) {
            Samples s;
            qint64 t = static_cast<qint64>(rng() % 2'000'000'000'000ULL);
            const int n = 1 + static_cast<int>(rng() % 2000);
            for (int i = 0; i < n; ++i) {
                t += 1 + static_cast<qint64>(rng() % (round % 2 ? 100'000 : 16));
                s.timestampsMs.push_back(t);
                double v;
                const std::uint64_t bits = rng();
                std::memcpy(&v, &bits, sizeof v);
                s.values.push_back(round % 3 == 0 ? v : std::round(double(rng() % 100000)) / 8.0);
            }
            roundTrip(s);
        }
    }

    void truncatedOrGarbageIsRefused()
    {
        Samples s;
        for (int i = 0; i < 100; ++i) {
            s.timestampsMs.push_back(i * 1000 + (i % 7) * 13);
            s.values.push_back(std::sin(i) * 1000);
        }
        const QByteArray blob = encodeChunk(s);
        Samples out;
        out.timestampsMs = { 1 };
        out.values = { 2.0 };
        for (qsizetype cut : { qsizetype(0), qsizetype(1), qsizetype(5), blob.size() / 2, blob.size() - 1 }) {
            QVERIFY2(!decodeChunk(QByteArrayView(blob.constData(), cut), out), qPrintable(QString::number(cut)));
            QCOMPARE(out.size(), size_t(1)); // left as it was
        }
        QVERIFY(!decodeChunk(QByteArrayView("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"), out));
        QVERIFY(!chunkSampleCount(QByteArrayView("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff")).has_value());
    }

    void decodeAppends()
    {
        Samples a, b;
        a.timestampsMs = { 1, 2 };
        a.values = { 1, 2 };
        b.timestampsMs = { 3, 4, 5 };
        b.values = { 3, 4, 5 };
        Samples out;
        QVERIFY(decodeChunk(encodeChunk(a), out));
        QVERIFY(decodeChunk(encodeChunk(b), out));
        QCOMPARE(out.timestampsMs, (std::vector<std::int64_t> { 1, 2, 3, 4, 5 }));
        QCOMPARE(out.values, (std::vector<double> { 1, 2, 3, 4, 5 }));
    }
};

QTEST_GUILESS_MAIN(TestChunkCodec)
#include "tst_chunkcodec.moc"

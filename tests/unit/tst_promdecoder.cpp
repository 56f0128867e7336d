// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Prometheus decoder on recorded responses in the documented shapes (PROTOCOLS.md §1).

#include <cmath>
#include <limits>

#include <QFile>
#include <QTest>

#include "sources/promdecoder.h"

using namespace atalaya;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(ATALAYA_TEST_DATA "/prometheus/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

class TestPromDecoder : public QObject
{
    Q_OBJECT
private slots:
    void vector()
    {
        const auto r = PromDecoder::decodeQuery(fixture("vector.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().type, QueryResult::Type::Vector);
        QCOMPARE(r.value().series.size(), size_t(2));
        const Series& s = r.value().series[1];
        QCOMPARE(s.labels.value(QStringLiteral("vertical")), QStringLiteral("barbershop"));
        QCOMPARE(s.timestamps.front(), 1735830245.781);
        QCOMPARE(s.values.front(), 0.25);
        QCOMPARE(r.value().series[0].labels.size(), 3);
    }

    void matrixWithSpecialValues()
    {
        const auto r = PromDecoder::decodeQuery(fixture("matrix-specials.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().type, QueryResult::Type::Matrix);
        const Series& s = r.value().series.front();
        QCOMPARE(s.values.size(), size_t(8));
        QCOMPARE(s.values[0], 0.25);
        QVERIFY(std::isnan(s.values[1]));
        QCOMPARE(s.values[2], std::numeric_limits<double>::infinity());
        QCOMPARE(s.values[3], -std::numeric_limits<double>::infinity());
        QCOMPARE(s.values[4], 1e-07);
        QCOMPARE(s.values[5], 1.5e+21);
        QCOMPARE(s.values[6], 0.0);
        QVERIFY(std::signbit(s.values[6]));
        QCOMPARE(s.timestamps[7], 1735830345.5);
        QVERIFY(r.value().series[1].values.empty());
    }

    void scalarAndString()
    {
        const auto scalar = PromDecoder::decodeQuery(fixture("scalar.json"));
        QVERIFY(scalar.ok());
        QCOMPARE(scalar.value().type, QueryResult::Type::Scalar);
        QCOMPARE(scalar.value().series.front().values.front(), 42.0);
        const auto str = PromDecoder::decodeQuery(fixture("string.json"));
        QVERIFY(str.ok());
        QCOMPARE(str.value().type, QueryResult::Type::String);
        QCOMPARE(str.value().stringValue, QStringLiteral("hello \"world\""));
    }

    void errorEnvelope_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad_data") << QStringLiteral("error-bad-data.json") << QStringLiteral("bad_data")
                                  << QStringLiteral("parse error");
        QTest::newRow("execution, data present") << QStringLiteral("error-with-data.json")
                                                 << QStringLiteral("execution") << QStringLiteral("too many samples");
    }

    void errorEnvelope()
    {
        QFETCH(QString, file);
        QFETCH(QString, errorType);
        QFETCH(QString, messagePart);
        const auto r = PromDecoder::decodeQuery(fixture(file.toLatin1().constData()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Api);
        QCOMPARE(r.error().errorType, errorType);
        QVERIFY(r.error().message.contains(messagePart));
    }

    void warningsAndInfosKeepTheData()
    {
        const auto r = PromDecoder::decodeQuery(fixture("warnings.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().warnings.size(), 1);
        QVERIFY(r.value().warnings.front().contains(QStringLiteral("might not be a counter")));
        QCOMPARE(r.value().infos.size(), 1);
    }

    void anyKeyOrderEscapesAndUnknownKeys()
    {
        const auto r = PromDecoder::decodeQuery(fixture("data-first.json"));
        QVERIFY(r.ok());
        const Series& s = r.value().series.front();
        QCOMPARE(s.labels.value(QStringLiteral("region")), QStringLiteral("córdoba"));
        QCOMPARE(s.labels.value(QStringLiteral("emoji")), QString::fromUtf8("\xF0\x9F\x9A\x80"));
        QCOMPARE(s.labels.value(QStringLiteral("path")), QStringLiteral("a\\b/c"));
        QCOMPARE(s.values.front(), 3.0);
    }

    void nativeHistogram()
    {
        const auto r = PromDecoder::decodeQuery(fixture("native-histogram.json"));
        QVERIFY(r.ok());
        const Series& s = r.value().series.front();
        QVERIFY(s.values.empty());
        QCOMPARE(s.histograms.size(), size_t(1));
        const HistogramSample& h = s.histograms.front();
        QCOMPARE(h.count, 123.0);
        QCOMPARE(h.sum, 45.6);
        QCOMPARE(h.buckets.size(), size_t(2));
        QCOMPARE(h.buckets[1].boundaryRule, 3);
        QCOMPARE(h.buckets[1].lower, -0.001);
        QCOMPARE(h.buckets[0].count, 10.0);
    }

    void malformedBodiesNameTheOffset_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << fixture("truncated.json");
        QTest::newRow("comma decimal") << fixture("bad-value.json");
        QTest::newRow("html from a proxy") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("trailing garbage") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} x)");
        QTest::newRow("lowercase inf") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"inf"]}]}})");
        QTest::newRow("bad escape") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"\q"},"value":[1,"1"]}]}})");
        QTest::newRow("lone surrogate") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"\ud83d"},"value":[1,"1"]}]}})");
    }

    void malformedBodiesNameTheOffset()
    {
        QFETCH(QByteArray, body);
        const auto r = PromDecoder::decodeQuery(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY2(r.error().message.contains(QStringLiteral("byte")), qPrintable(r.error().message));
    }

    void missingStatusOrUnknownType()
    {
        QVERIFY(!PromDecoder::decodeQuery(R"({"data":{"resultType":"vector","result":[]}})").ok());
        const auto r = PromDecoder::decodeQuery(R"({"status":"success","data":{"resultType":"tensor","result":[]}})");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("tensor")));
    }

    void smallEndpoints()
    {
        const auto labels = PromDecoder::decodeStringList(R"({"status":"success","data":["200","504"]})");
        QVERIFY(labels.ok());
        QCOMPARE(labels.value(), (QStringList { QStringLiteral("200"), QStringLiteral("504") }));
        const auto info = PromDecoder::decodeBuildInfo(
            R"({"status":"success","data":{"version":"2.42.0","revision":"r","branch":"b","buildUser":"u","buildDate":"d","goVersion":"go1.19"}})");
        QVERIFY(info.ok());
        QCOMPARE(info.value().version, QStringLiteral("2.42.0"));
        QVERIFY(!PromDecoder::decodeBuildInfo(R"({"status":"success","data":[]})").ok());
    }

    void sampleValueParser_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QByteArray("1.5") << true << 1.5;
        QTest::newRow("exponent") << QByteArray("1e-07") << true << 1e-7;
        QTest::newRow("big") << QByteArray("1.5e+21") << true << 1.5e21;
        QTest::newRow("negative") << QByteArray("-2.25") << true << -2.25;
        QTest::newRow("alert form") << QByteArray("1e+00") << true << 1.0;
        QTest::newRow("plus sign") << QByteArray("+1") << false << 0.0;
        QTest::newRow("comma") << QByteArray("1,5") << false << 0.0;
        QTest::newRow("empty") << QByteArray("") << false << 0.0;
        QTest::newRow("Infinity") << QByteArray("Infinity") << false << 0.0;
    }

    void sampleValueParser()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double out = 0;
        QCOMPARE(PromDecoder::parseSampleValue(text.constData(), text.constData() + text.size(), out), ok);
        if (ok)
            QCOMPARE(out, value);
    }
};

QTEST_GUILESS_MAIN(TestPromDecoder)
#include "tst_promdecoder.moc"

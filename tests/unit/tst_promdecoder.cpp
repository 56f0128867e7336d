// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Prometheus decoder on recorded responses in the documented shapes (PROTOCOLS.md §1).
// PromDecoder is pure (no thread guard): the client calls it off the GUI thread, and these tests
// may call it directly on the main thread even with ATALAYA_STRICT_THREADS=1.

#include <cmath>
#include <limits>
#include <string>

#include <QFile>
#include <QTest>
#include <QtConcurrent>

#include "sources/promdecoder.h"

using namespace atalaya;

namespace {

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(ATALAYA_TEST_DATA "/prometheus/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

constexpr double kInf = std::numeric_limits<double>::infinity();

/// A one-sample vector answer with the given "metric" object and "value" pair, verbatim.
QByteArray vectorBody(const char* metric, const char* value)
{
    return QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":)") + metric
        + R"(,"value":)" + value + "}]}}";
}

} // namespace

class TestPromDecoder : public QObject
{
    Q_OBJECT
private slots:
    void vector()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("vector.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.value().type, QueryResult::Type::Vector);
        QCOMPARE(r.value().series.size(), size_t(2));
        const Series& s = r.value().series[1];
        QCOMPARE(s.labels.value(QStringLiteral("vertical")), QStringLiteral("barbershop"));
        QCOMPARE(s.timestamps, std::vector<double> { 1735830245.781 });
        QCOMPARE(s.values, std::vector<double> { 0.25 });
        QVERIFY(s.histograms.empty());
        QCOMPARE(r.value().series[0].labels.size(), 3);
        QCOMPARE(r.value().series[0].labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
        QVERIFY(r.value().warnings.isEmpty());
    }

    void matrixWithSpecialValues()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("matrix-specials.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.value().type, QueryResult::Type::Matrix);
        QCOMPARE(r.value().series.size(), size_t(2));
        const Series& s = r.value().series.front();
        QCOMPARE(s.values.size(), size_t(8));
        QCOMPARE(s.timestamps.size(), s.values.size());
        QCOMPARE(s.values[0], 0.25);
        QVERIFY(std::isnan(s.values[1])); // NaN stays NaN: "no data" for the UI
        QCOMPARE(s.values[2], kInf);
        QCOMPARE(s.values[3], -kInf);
        QCOMPARE(s.values[4], 1e-07);
        QCOMPARE(s.values[5], 1.5e+21);
        QCOMPARE(s.values[6], 0.0);
        QVERIFY(std::signbit(s.values[6])); // "-0"
        QCOMPARE(s.values[7], 42.0);
        QCOMPARE(s.timestamps[0], 1735830240.0);
        QCOMPARE(s.timestamps[7], 1735830345.5);
        QVERIFY(r.value().series[1].values.empty());
        QVERIFY(r.value().series[1].labels.isEmpty());
    }

    void scalarAndString()
    {
        const auto scalar = PromDecoder::decodeQuery(fixture(QStringLiteral("scalar.json")));
        QVERIFY(scalar.ok());
        QCOMPARE(scalar.value().type, QueryResult::Type::Scalar);
        QCOMPARE(scalar.value().series.size(), size_t(1));
        QCOMPARE(scalar.value().series.front().values, std::vector<double> { 42.0 });
        QCOMPARE(scalar.value().series.front().timestamps, std::vector<double> { 1735830245.781 });
        const auto str = PromDecoder::decodeQuery(fixture(QStringLiteral("string.json")));
        QVERIFY(str.ok());
        QCOMPARE(str.value().type, QueryResult::Type::String);
        QCOMPARE(str.value().stringValue, QStringLiteral("hello \"world\""));
        QVERIFY(str.value().series.empty());
    }

    void whitespaceEverywhere()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("scalar-whitespace.json")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().type, QueryResult::Type::Scalar);
        QVERIFY(std::isnan(r.value().series.front().values.front()));
    }

    void errorEnvelope_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad_data") << QStringLiteral("error-bad-data.json") << QStringLiteral("bad_data")
                                  << QStringLiteral("1:5: parse error: unexpected end of input");
        QTest::newRow("execution, data present") << QStringLiteral("error-with-data.json")
                                                 << QStringLiteral("execution") << QStringLiteral("too many samples");
        QTest::newRow("timeout") << QStringLiteral("error-timeout.json") << QStringLiteral("timeout")
                                 << QStringLiteral("query timed out");
    }

    void errorEnvelope()
    {
        QFETCH(QString, file);
        QFETCH(QString, errorType);
        QFETCH(QString, messagePart);
        const auto r = PromDecoder::decodeQuery(fixture(file));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Api);
        QCOMPARE(r.error().errorType, errorType);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void errorTypeWithoutErrorStatus()
    {
        // An errorType next to data is an error even if status says otherwise.
        const auto r = PromDecoder::decodeQuery(
            R"({"status":"success","errorType":"internal","error":"boom","data":{"resultType":"vector","result":[]}})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Api);
        QCOMPARE(r.error().message, QStringLiteral("boom"));
    }

    void warningsAndInfosKeepTheData()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("warnings.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.value().warnings.size(), 1);
        QVERIFY(r.value().warnings.front().contains(QStringLiteral("might not be a counter")));
        QVERIFY(r.value().warnings.front().contains(QStringLiteral("\"up\"")));
        QCOMPARE(r.value().infos, QStringList { QStringLiteral("partial response: store 10.0.0.7 unavailable") });
        QCOMPARE(r.value().type, QueryResult::Type::Vector);
        QVERIFY(r.value().series.empty());
    }

    void anyKeyOrderEscapesAndUnknownKeys()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("data-first.json")));
        QVERIFY(r.ok());
        const Series& s = r.value().series.front();
        QCOMPARE(s.labels.value(QStringLiteral("region")), QStringLiteral("córdoba"));
        QCOMPARE(s.labels.value(QStringLiteral("emoji")), QString::fromUtf8("\xF0\x9F\x9A\x80")); // surrogate pair
        QCOMPARE(s.labels.value(QStringLiteral("path")), QStringLiteral("a\\b/c"));
        QCOMPARE(s.values.front(), 3.0);
    }

    void everyStringEscape()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("escapes.json")));
        QVERIFY(r.ok());
        const auto& labels = r.value().series.front().labels;
        QCOMPARE(labels.value(QStringLiteral("quote")), QStringLiteral("say \"hi\""));
        QCOMPARE(labels.value(QStringLiteral("controls")), QStringLiteral("a\nb\tc\rd\be\ff"));
        QCOMPARE(labels.value(QStringLiteral("slash")), QStringLiteral("/x/"));
        QCOMPARE(labels.value(QStringLiteral("hex")), QString::fromUtf8("A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));
        QCOMPARE(labels.value(QStringLiteral("raw")), QString::fromUtf8("Bogot\xC3\xA1 \xE2\x9C\x93"));
        QVERIFY(labels.contains(QStringLiteral("empty")));
        QCOMPARE(labels.value(QStringLiteral("upper")), QString::fromUtf8("\xC3\x89\xC3\x89"));
        QCOMPARE(r.value().series.front().values.front(), -1.5e-300);
    }

    void nativeHistogram()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("native-histogram.json")));
        QVERIFY(r.ok());
        const Series& s = r.value().series.front();
        QVERIFY(s.values.empty());
        QCOMPARE(s.histograms.size(), size_t(1));
        const HistogramSample& h = s.histograms.front();
        QCOMPARE(h.timestamp, 1735830245.781);
        QCOMPARE(h.count, 123.0);
        QCOMPARE(h.sum, 45.6);
        QCOMPARE(h.buckets.size(), size_t(2));
        QCOMPARE(h.buckets[0].boundaryRule, 0);
        QCOMPARE(h.buckets[0].lower, 0.5);
        QCOMPARE(h.buckets[0].upper, 0.707);
        QCOMPARE(h.buckets[0].count, 10.0);
        QCOMPARE(h.buckets[1].boundaryRule, 3);
        QCOMPARE(h.buckets[1].lower, -0.001);
        QCOMPARE(h.buckets[1].upper, 0.001);
        QCOMPARE(h.buckets[1].count, 2.0);
    }

    void nativeHistogramsInAMatrix()
    {
        const auto r = PromDecoder::decodeQuery(fixture(QStringLiteral("matrix-histograms.json")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().type, QueryResult::Type::Matrix);
        const Series& s = r.value().series.at(0);
        QCOMPARE(s.histograms.size(), size_t(3));
        QCOMPARE(s.histograms[0].buckets.size(), size_t(2));
        QCOMPARE(s.histograms[1].timestamp, 1735830255.5);
        QVERIFY(s.histograms[1].buckets.empty()); // no "buckets" key: an empty histogram
        const HistogramSample& h = s.histograms[2];
        QCOMPARE(h.count, 1e21);
        QVERIFY(std::isnan(h.sum));
        QCOMPARE(h.buckets.size(), size_t(3));
        QCOMPARE(h.buckets[0].boundaryRule, 1);
        QCOMPARE(h.buckets[0].lower, -kInf);
        QCOMPARE(h.buckets[0].upper, -1e-07);
        QCOMPARE(h.buckets[1].boundaryRule, 2);
        QCOMPARE(h.buckets[2].count, 3.5);
        // A series may carry floats and histograms side by side.
        const Series& mixed = r.value().series.at(1);
        QCOMPARE(mixed.values, std::vector<double> { 1.0 });
        QCOMPARE(mixed.histograms.size(), size_t(1));
        QCOMPARE(mixed.histograms[0].count, 2.0);
    }

    void malformedBodiesNameTheOffset_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("offset"); // -1: any offset
        // Up to the sample string of the first sample: 84 bytes.
        const QByteArray head = vectorBody("{}", "[1,").chopped(4);
        QTest::newRow("truncated") << fixture(QStringLiteral("truncated.json")) << 122;
        QTest::newRow("comma decimal") << fixture(QStringLiteral("bad-value.json")) << 98;
        QTest::newRow("html from a proxy") << QByteArray("<html><body>502 Bad Gateway</body></html>") << 0;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("only whitespace") << QByteArray(" \n ") << 3;
        QTest::newRow("not an object") << QByteArray(R"(["success"])") << 0;
        QTest::newRow("trailing garbage")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} x)") << 64;
        QTest::newRow("trailing comma") << QByteArray(R"({"status":"success",})") << 20;
        QTest::newRow("missing colon") << QByteArray(R"({"status" "success"})") << 10;
        QTest::newRow("unquoted key") << QByteArray(R"({status:"success"})") << 1;
        QTest::newRow("lowercase inf") << head + R"("inf"]}]}})" << 85;
        QTest::newRow("value as a number") << head + R"(1.5]}]}})" << 84;
        QTest::newRow("value as null") << head + R"(null]}]}})" << 84;
        QTest::newRow("Infinity") << head + R"("Infinity"]}]}})" << 85;
        QTest::newRow("hex float") << head + R"("0x1p3"]}]}})" << 85;
        QTest::newRow("space in value") << head + R"(" 1"]}]}})" << 85;
        QTest::newRow("timestamp NaN") << vectorBody(R"({})", R"([NaN,"1"])") << 82;
        QTest::newRow("timestamp as a string") << vectorBody(R"({})", R"(["1","1"])") << 82;
        QTest::newRow("bad escape") << vectorBody(R"({"a":"\q"})", R"([1,"1"])") << -1;
        QTest::newRow("lone high surrogate") << vectorBody(R"({"a":"\ud83d"})", R"([1,"1"])") << -1;
        QTest::newRow("lone low surrogate") << vectorBody(R"({"a":"\ude00"})", R"([1,"1"])") << -1;
        QTest::newRow("short \\u escape") << vectorBody(R"({"a":"\u12"})", R"([1,"1"])") << -1;
        QTest::newRow("raw newline in a string") << QByteArray("{\"status\":\"succ\ness\"}") << -1;
        QTest::newRow("label value not a string") << vectorBody(R"({"a":1})", R"([1,"1"])") << -1;
        QTest::newRow("deep nesting in an unknown key")
            << QByteArray("{\"x\":" + QByteArray(1000, '[') + QByteArray(1000, ']') + "}") << -1;
        QTest::newRow("bucket with three fields") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"histogram":[1,{"buckets":[[0,"1","2"]]}]}]}})")
                                                  << -1;
    }

    void malformedBodiesNameTheOffset()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, offset);
        const auto r = PromDecoder::decodeQuery(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        const QString expected = offset < 0 ? QStringLiteral("at byte ") : QStringLiteral("at byte %1:").arg(offset);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void wellFormedButNotTheDocumentedShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no status") << QByteArray(R"({"data":{"resultType":"vector","result":[]}})")
                                   << QStringLiteral("status");
        QTest::newRow("unknown resultType")
            << QByteArray(R"({"status":"success","data":{"resultType":"tensor","result":[]}})")
            << QStringLiteral("tensor");
        QTest::newRow("no resultType") << QByteArray(R"({"status":"success","data":{"result":[]}})")
                                       << QStringLiteral("resultType");
        QTest::newRow("scalar as a list of series")
            << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[{"metric":{}}]}})")
            << QStringLiteral("scalar");
        QTest::newRow("matrix as a pair")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[1,"2"]}})")
            << QStringLiteral("matrix");
        QTest::newRow("scalar with a bad value")
            << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"x"]}})")
            << QStringLiteral("\"x\"");
    }

    void wellFormedButNotTheDocumentedShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const auto r = PromDecoder::decodeQuery(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void emptyAndNullData()
    {
        const auto empty =
            PromDecoder::decodeQuery(R"({"status":"success","data":{"resultType":"matrix","result":[]}})");
        QVERIFY(empty.ok());
        QCOMPARE(empty.value().type, QueryResult::Type::Matrix);
        QVERIFY(empty.value().series.empty());
        const auto nullWarnings = PromDecoder::decodeQuery(
            R"({"status":"success","warnings":null,"data":{"resultType":"vector","result":[]}})");
        QVERIFY(nullWarnings.ok());
    }

    /// Series of different lengths one after the other: the decoder reserves the previous length,
    /// which must neither lose samples nor keep the capacity of a long series around for a short one.
    void largeMatrixOfUnevenSeries()
    {
        const size_t lengths[] = { 5000, 5000, 3, 0, 12000, 1, 7000 };
        std::string body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
        for (size_t s = 0; s < std::size(lengths); ++s) {
            body += s ? "," : "";
            body += "{\"metric\":{\"i\":\"" + std::to_string(s) + "\"},\"values\":[";
            for (size_t i = 0; i < lengths[s]; ++i) {
                body += i ? "," : "";
                body += "[" + std::to_string(1000 + i * 15) + ",\"" + std::to_string(s * 100000 + i) + "\"]";
            }
            body += "]}";
        }
        body += "]}}";
        const auto r = PromDecoder::decodeQuery(QByteArrayView(body.data(), static_cast<qsizetype>(body.size())));
        QVERIFY(r.ok());
        QCOMPARE(r.value().series.size(), std::size(lengths));
        for (size_t s = 0; s < std::size(lengths); ++s) {
            const Series& series = r.value().series[s];
            QCOMPARE(series.labels.value(QStringLiteral("i")), QString::number(s));
            QCOMPARE(series.values.size(), lengths[s]);
            QCOMPARE(series.timestamps.size(), lengths[s]);
            QVERIFY(series.values.capacity() <= std::max<size_t>(1024, lengths[s] + lengths[s] / 4 + 1));
            for (size_t i = 0; i < lengths[s]; ++i) {
                if (series.values[i] != double(s * 100000 + i) || series.timestamps[i] != double(1000 + i * 15))
                    QFAIL(qPrintable(QStringLiteral("series %1 sample %2").arg(s).arg(i)));
            }
        }
    }

    void decodesOnAnyThread()
    {
        // What the client does: the body is decoded on the thread pool.
        const QByteArray body = fixture(QStringLiteral("vector.json"));
        const auto r = QtConcurrent::run([body] { return PromDecoder::decodeQuery(body); }).result();
        QVERIFY(r.ok());
        QCOMPARE(r.value().series.size(), size_t(2));
    }

    void labelLists()
    {
        const auto values = PromDecoder::decodeStringList(R"({"status":"success","data":["200","504"]})");
        QVERIFY(values.ok());
        QCOMPARE(values.value(), (QStringList { QStringLiteral("200"), QStringLiteral("504") }));
        const auto names =
            PromDecoder::decodeStringList(R"({"data":["__name__","job","v\u00e9rtical"],"status":"success"})");
        QVERIFY(names.ok());
        QCOMPARE(names.value().last(), QStringLiteral("vértical"));
        const auto empty = PromDecoder::decodeStringList(R"({"status":"success","data":[]})");
        QVERIFY(empty.ok());
        QVERIFY(empty.value().isEmpty());

        const auto error = PromDecoder::decodeStringList(
            R"({"status":"error","errorType":"bad_data","error":"invalid label name: a.b"})");
        QVERIFY(!error.ok());
        QCOMPARE(error.error().kind, ApiError::Kind::Api);
        QCOMPARE(error.error().errorType, QStringLiteral("bad_data"));
        QVERIFY(error.error().message.contains(QStringLiteral("a.b")));

        const auto broken = PromDecoder::decodeStringList(R"({"status":"success","data":["a",)");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind, ApiError::Kind::Decode);
        QVERIFY2(broken.error().message.contains(QStringLiteral("at byte ")), qPrintable(broken.error().message));

        const auto wrongType = PromDecoder::decodeStringList(R"({"status":"success","data":["a",1]})");
        QVERIFY(!wrongType.ok());
        QCOMPARE(wrongType.error().kind, ApiError::Kind::Decode);
        const auto statusNotString = PromDecoder::decodeStringList(R"({"status":1,"data":[]})");
        QVERIFY(!statusNotString.ok());
        QCOMPARE(statusNotString.error().kind, ApiError::Kind::Decode);
    }

    void buildInfo()
    {
        const auto info = PromDecoder::decodeBuildInfo(
            R"({"status":"success","data":{"version":"3.5.0","revision":"r","branch":"HEAD","buildUser":"u","buildDate":"d","goVersion":"go1.24"}})");
        QVERIFY(info.ok());
        QCOMPARE(info.value().version, QStringLiteral("3.5.0"));
        QCOMPARE(info.value().revision, QStringLiteral("r"));
        QCOMPARE(info.value().branch, QStringLiteral("HEAD"));
        QCOMPARE(info.value().goVersion, QStringLiteral("go1.24"));
        // VictoriaMetrics answers with the version only; a non-string field is ignored, not fatal.
        const auto minimal =
            PromDecoder::decodeBuildInfo(R"({"status":"success","data":{"version":"2.24.0","branch":7}})");
        QVERIFY(minimal.ok());
        QVERIFY(minimal.value().branch.isEmpty());
        QVERIFY(!PromDecoder::decodeBuildInfo(R"({"status":"success","data":[]})").ok());
        QVERIFY(!PromDecoder::decodeBuildInfo(R"({"status":"success","data":{"version":1}})").ok());
    }

    void runtimeInfo()
    {
        // Prometheus 2.42's answer, as the demo stack's server gives it.
        const auto info = PromDecoder::decodeRuntimeInfo(
            R"({"status":"success","data":{"startTime":"2026-11-30T09:59:40Z","CWD":"/","reloadConfigSuccess":true,"goroutineCount":26,"GOMAXPROCS":2,"GOGC":"","GODEBUG":"","storageRetention":"30d"}})");
        QVERIFY(info.ok());
        QCOMPARE(info.value(), 2);
        for (const char* bad : { R"({"status":"success","data":{"goroutineCount":26}})", R"({"status":"success","data":{"GOMAXPROCS":0}})",
                                 R"({"status":"success","data":{"GOMAXPROCS":"4"}})", R"({"status":"success","data":{"GOMAXPROCS":2.5}})",
                                 R"({"status":"success","data":[2]})" }) {
            const auto r = PromDecoder::decodeRuntimeInfo(bad);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        }
    }

    void sampleValueParser_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QByteArray("1.5") << true << 1.5;
        QTest::newRow("integer") << QByteArray("42") << true << 42.0;
        QTest::newRow("small exponent") << QByteArray("1e-07") << true << 1e-7;
        QTest::newRow("big exponent") << QByteArray("1.5e+21") << true << 1.5e21;
        QTest::newRow("negative") << QByteArray("-2.25") << true << -2.25;
        QTest::newRow("alert form") << QByteArray("1e+00") << true << 1.0;
        QTest::newRow("max double") << QByteArray("1.7976931348623157e+308") << true << 1.7976931348623157e+308;
        QTest::newRow("denormal") << QByteArray("5e-324") << true << 5e-324;
        QTest::newRow("+Inf") << QByteArray("+Inf") << true << kInf;
        QTest::newRow("-Inf") << QByteArray("-Inf") << true << -kInf;
        QTest::newRow("plus sign") << QByteArray("+1") << false << 0.0;
        QTest::newRow("comma") << QByteArray("1,5") << false << 0.0;
        QTest::newRow("empty") << QByteArray("") << false << 0.0;
        QTest::newRow("Infinity") << QByteArray("Infinity") << false << 0.0;
        QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
        QTest::newRow("-inf") << QByteArray("-inf") << false << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << false << 0.0;
        QTest::newRow("Inf without sign") << QByteArray("Inf") << false << 0.0;
        QTest::newRow("overflow") << QByteArray("1e999") << false << 0.0;
        QTest::newRow("trailing junk") << QByteArray("1.5x") << false << 0.0;
        QTest::newRow("leading space") << QByteArray(" 1") << false << 0.0;
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

    void sampleValueNaN()
    {
        double out = 0;
        const char text[] = "NaN";
        QVERIFY(PromDecoder::parseSampleValue(text, text + 3, out));
        QVERIFY(std::isnan(out));
    }
};

QTEST_GUILESS_MAIN(TestPromDecoder)
#include "tst_promdecoder.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The client against a scripted HTTP server on loopback: what it sends, and how it reads every
// kind of failure. The client lives on its own thread as in the app; the test calls it from the
// main thread, so with ATALAYA_STRICT_THREADS=1 any decoding on the main thread would abort.
// (The real Prometheus is exercised in tests/integration.)

#include <algorithm>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include "sources/httpsupport.h"
#include "sources/prometheusclient.h"
#include "scriptedserver.h"
#include "testutils.h"

using namespace atalaya;
using atalaya::test::await;
using atalaya::test::ScriptedServer;

namespace {

/// The value of @p key as a Go form parser reads it: '+' is a space, then percent-decoding.
QString formValue(const QByteArray& form, const QByteArray& key)
{
    for (const QByteArray& pair : form.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (pair.left(eq) == key) {
            QByteArray raw = pair.mid(eq + 1);
            raw.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
        }
    }
    return QStringLiteral("<missing>");
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

const QByteArray kMatrix =
    R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"vertical":"fitness"},"values":[[100,"1"],[160,"2"]]}]}})";
const QByteArray kEmptyVector = R"({"status":"success","data":{"resultType":"vector","result":[]}})";

/// @p f's value, computed on @p client's thread (where its scheduling state lives).
template<typename F>
auto onThreadOf(PrometheusClient* client, F f)
{
    decltype(f()) value {};
    QMetaObject::invokeMethod(client, [&] { value = f(); }, Qt::BlockingQueuedConnection);
    return value;
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("atalaya-net"));
        m_thread->start();
    }
    void cleanup()
    {
        for (PrometheusClient* c : std::as_const(m_clients))
            destroy(c);
        m_clients.clear();
        m_thread->quit();
        m_thread->wait();
        m_server.reset();
    }

    void rangeQueryGetWithPrefixTenantAndBearer()
    {
        qputenv("ATALAYA_TEST_TOKEN", "s3cret-token");
        SourceConfig c = config();
        c.pathPrefix = QStringLiteral("/prometheus");
        c.headers = { { "X-Scope-OrgID", "tenant-a" } };
        c.auth = AuthKind::Bearer;
        c.secretEnv = QStringLiteral("ATALAYA_TEST_TOKEN");
        auto* client = make(c);
        m_server->replies = { { 200, "application/json", kMatrix } };
        const auto r = await(client->queryRange(
            QStringLiteral("up"), QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(7 * 86400), 1));
        QVERIFY(r.ok());
        QCOMPARE(r.value().type, QueryResult::Type::Matrix);
        QCOMPARE(r.value().series.front().labels.value(QStringLiteral("vertical")), QStringLiteral("fitness"));
        QCOMPARE(r.value().series.front().timestamps, (std::vector<double> { 100, 160 }));
        QCOMPARE(r.value().series.front().values, (std::vector<double> { 1, 2 }));
        QCOMPARE(m_server->requests.size(), 1);
        const auto& req = m_server->requests.front();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path(), QByteArray("/prometheus/api/v1/query_range"));
        QCOMPARE(req.header("X-Scope-OrgID"), QByteArray("tenant-a"));
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer s3cret-token"));
        QCOMPARE(formValue(req.form(), "query"), QStringLiteral("up"));
        QCOMPARE(formValue(req.form(), "start"), QStringLiteral("0.000"));
        QCOMPARE(formValue(req.form(), "end"), QStringLiteral("604800.000"));
        // 7 days at a 1 s step would be 604,800 points: the client raises the step to 55 s.
        QCOMPARE(formValue(req.form(), "step"), QStringLiteral("55.000"));
        QCOMPARE(formValue(req.form(), "timeout"), QStringLiteral("5s"));
    }

    void compressionOnlyWhereItPays_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("setting");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("auto, 127.0.0.1") << QStringLiteral("127.0.0.1") << int(Compression::Auto) << false;
        QTest::newRow("auto, localhost") << QStringLiteral("localhost") << int(Compression::Auto) << false;
        QTest::newRow("auto, ::1") << QStringLiteral("[::1]") << int(Compression::Auto) << false;
        QTest::newRow("auto, 127.0.0.2") << QStringLiteral("127.0.0.2") << int(Compression::Auto) << false;
        QTest::newRow("auto, a remote name") << QStringLiteral("prometheus.example.com") << int(Compression::Auto) << true;
        QTest::newRow("auto, a private address") << QStringLiteral("10.0.0.7") << int(Compression::Auto) << true;
        QTest::newRow("gzip, 127.0.0.1") << QStringLiteral("127.0.0.1") << int(Compression::Gzip) << true;
        QTest::newRow("none, a remote name") << QStringLiteral("prometheus.example.com") << int(Compression::None) << false;
    }

    void compressionOnlyWhereItPays()
    {
        QFETCH(QString, host);
        QFETCH(int, setting);
        QFETCH(bool, compressed);
        SourceConfig c;
        c.url = QUrl(QStringLiteral("http://%1:9090").arg(host));
        QVERIFY(c.url.isValid());
        c.compression = static_cast<Compression>(setting);
        QCOMPARE(http::asksCompressed(c), compressed);
    }

    void loopbackAnswersAreNotCompressed()
    {
        // What goes on the wire: without the header a server may compress as it likes.
        for (const Compression setting : { Compression::Auto, Compression::Gzip }) {
            SourceConfig c = config(); // 127.0.0.1
            c.compression = setting;
            auto* client = make(c);
            m_server->requests.clear();
            m_server->replies = { { 200, "application/json", kEmptyVector } };
            QVERIFY(await(client->query(QStringLiteral("up"))).ok());
            QCOMPARE(m_server->requests.size(), 1);
            const QByteArray encoding = m_server->requests.front().header("Accept-Encoding");
            if (setting == Compression::Auto)
                QCOMPARE(encoding, QByteArray("identity"));
            else
                QVERIFY2(encoding.contains("gzip"), encoding.constData());
        }
    }

    void compressedAnswersAreInflated()
    {
        SourceConfig c = config();
        c.compression = Compression::Gzip;
        auto* client = make(c);
        // zlib's format, which is what "deflate" means in HTTP (qCompress adds a length first).
        ScriptedServer::Reply deflated { 200, "application/json", qCompress(kMatrix).mid(4) };
        deflated.headers = { { "Content-Encoding", "deflate" } };
        m_server->replies = { deflated };
        const auto r = await(client->query(QStringLiteral("up")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toDisplayString()));
        QCOMPARE(r.value().series.size(), size_t(1));
        QCOMPARE(r.value().series.front().values.size(), size_t(2));
    }

    void connectionsAreKeptForTheNextQuery()
    {
        // A refresh sends its queries on the connections of the last one: no TCP (or TLS)
        // handshake per query.
        m_server->keepAlive = true;
        auto* client = make(config());
        for (int i = 0; i < 3; ++i) {
            m_server->replies = { { 200, "application/json", kEmptyVector } };
            QVERIFY(await(client->query(QStringLiteral("up"))).ok());
        }
        QCOMPARE(m_server->requests.size(), 3);
        QCOMPARE(m_server->connections, 1);
    }

    void aBodyCutShortIsATransportError()
    {
        auto* client = make(config());
        ScriptedServer::Reply cut { 200, "application/json", kMatrix.left(40) };
        cut.contentLength = kMatrix.size();
        m_server->replies = { cut };
        const auto r = await(client->query(QStringLiteral("up")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Transport);
        QVERIFY(r.error().isRetryable());
        // curl's own words: how much of the body never came.
        QVERIFY2(r.error().message.contains(QString::number(kMatrix.size() - 40)), qPrintable(r.error().message));
    }

    void tenantHeaderOnEveryEndpoint()
    {
        SourceConfig c = config();
        c.headers = { { "X-Scope-OrgID", "tenant-b" }, { "THANOS-TENANT", "t" } };
        auto* client = make(c);
        m_server->replies = { { 200, "application/json", kEmptyVector },
            { 200, "application/json", R"({"status":"success","data":["a"]})" },
            { 200, "application/json", R"({"status":"success","data":{"version":"3.5.0"}})" } };
        QVERIFY(await(client->query(QStringLiteral("up"))).ok());
        QVERIFY(await(client->labelValues(QStringLiteral("vertical"))).ok());
        QVERIFY(await(client->buildInfo()).ok());
        QCOMPARE(m_server->requests.size(), 3);
        for (const auto& req : std::as_const(m_server->requests)) {
            QCOMPARE(req.header("X-Scope-OrgID"), QByteArray("tenant-b"));
            QCOMPARE(req.header("THANOS-TENANT"), QByteArray("t"));
            QVERIFY(req.header("Authorization").isEmpty());
        }
    }

    void longQueryIsPostedWithBasicAuth()
    {
        qputenv("ATALAYA_TEST_PASSWORD", "pa:ss");
        SourceConfig c = config();
        c.auth = AuthKind::Basic;
        c.username = QStringLiteral("ana");
        c.secretEnv = QStringLiteral("ATALAYA_TEST_PASSWORD");
        auto* client = make(c);
        m_server->replies = { { 200, "application/json", kEmptyVector } };
        const QString longQuery =
            QStringLiteral("sum(rate(http_requests_total{vertical=~\"%1\"}[5m])) + 1").arg(QString(2000, u'a'));
        const auto time = QDateTime::fromMSecsSinceEpoch(1735830245781);
        QVERIFY(await(client->query(longQuery, time)).ok());
        const auto& req = m_server->requests.front();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/api/v1/query"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(formValue(req.body, "query"), longQuery);
        QCOMPARE(formValue(req.body, "time"), QStringLiteral("1735830245.781"));
        QCOMPARE(req.header("Authorization"), "Basic " + QByteArray("ana:pa:ss").toBase64());
    }

    void shortQueryIsAGet()
    {
        auto* client = make(config());
        m_server->replies = { { 200, "application/json", kEmptyVector } };
        QVERIFY(await(client->query(QStringLiteral("up"))).ok());
        QCOMPARE(m_server->requests.front().method, QByteArray("GET"));
        QVERIFY(m_server->requests.front().body.isEmpty());
    }

    void queriesSurviveFormEncoding_data()
    {
        QTest::addColumn<QString>("promql");
        QTest::newRow("plus sign") << QStringLiteral("rate(a[5m]) + rate(b[5m])");
        QTest::newRow("ampersand, equals, hash") << QStringLiteral("up{job=\"a&b=c#d\"}");
        QTest::newRow("percent sequences") << QStringLiteral("label_replace(up, \"x\", \"%2B%20\", \"\", \"\")");
        QTest::newRow("unicode and newline") << QStringLiteral("up{region=\"córdoba\"}\n* 1");
        QTest::newRow("long, posted") << QStringLiteral("a + b * c / %1").arg(QString(2000, u'x'));
    }

    void queriesSurviveFormEncoding()
    {
        // Go's form parser reads '+' as a space: a raw '+' would turn "a + b" into "a   b".
        QFETCH(QString, promql);
        auto* client = make(config());
        m_server->replies = { { 200, "application/json", kEmptyVector } };
        QVERIFY(await(client->query(promql)).ok());
        QCOMPARE(formValue(m_server->requests.front().form(), "query"), promql);
    }

    void labelValuesPathIsEscaped_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("legacy name") << QStringLiteral("vertical") << QByteArray("/api/v1/label/vertical/values");
        QTest::newRow("dotted name") << QStringLiteral("app.kubernetes.io/name")
                                     << QByteArray("/api/v1/label/U__app_2e_kubernetes_2e_io_2f_name/values");
    }

    void labelValuesPathIsEscaped()
    {
        QFETCH(QString, label);
        QFETCH(QByteArray, path);
        auto* client = make(config());
        m_server->replies = { { 200, "application/json", R"({"status":"success","data":["200","504"]})" } };
        const auto r = await(client->labelValues(label));
        QVERIFY(r.ok());
        QCOMPARE(r.value(), (QStringList { QStringLiteral("200"), QStringLiteral("504") }));
        QCOMPARE(m_server->requests.front().method, QByteArray("GET"));
        QCOMPARE(m_server->requests.front().target, path);
    }

    void emptyLabelNameIsRefusedLocally()
    {
        auto* client = make(config());
        const auto r = await(client->labelValues(QString()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Api);
        QCOMPARE(r.error().errorType, QStringLiteral("bad_data"));
        QVERIFY(m_server->requests.isEmpty());
    }

    void buildInfo()
    {
        auto* client = make(config());
        m_server->replies = {
            { 200, "application/json; charset=utf-8",
                R"({"status":"success","data":{"version":"3.5.0","revision":"abc","branch":"HEAD","buildUser":"u","buildDate":"d","goVersion":"go1.24.4"}})" }
        };
        const auto r = await(client->buildInfo());
        QVERIFY(r.ok());
        QCOMPARE(r.value().version, QStringLiteral("3.5.0"));
        QCOMPARE(r.value().goVersion, QStringLiteral("go1.24.4"));
        QCOMPARE(m_server->requests.front().target, QByteArray("/api/v1/status/buildinfo"));
    }

    void failuresAreTyped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messagePart");
        const QByteArray nginx502 =
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
            "Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        QTest::newRow("502 html from a gateway")
            << 502 << QByteArray("text/html") << nginx502 << int(ApiError::Kind::Http) << QString()
            << QStringLiteral("502 Bad Gateway 502 Bad Gateway nginx");
        QTest::newRow("504 without a body") << 504 << QByteArray() << QByteArray() << int(ApiError::Kind::Http)
                                            << QString() << QStringLiteral("empty body");
        QTest::newRow("502 JSON that is not the API's")
            << 502 << QByteArray("application/json") << QByteArray(R"({"message":"upstream connect error"})")
            << int(ApiError::Kind::Http) << QString() << QStringLiteral("upstream connect error");
        QTest::newRow("401 from a proxy")
            << 401 << QByteArray("text/plain") << QByteArray("no") << int(ApiError::Kind::Auth) << QString()
            << QStringLiteral("configured without credentials");
        QTest::newRow("403") << 403 << QByteArray("application/json") << QByteArray("{}") << int(ApiError::Kind::Auth)
                             << QString() << QString();
        QTest::newRow("400 bad_data")
            << 400 << QByteArray("application/json")
            << QByteArray(
                   R"({"status":"error","errorType":"bad_data","error":"invalid parameter 'query': 1:5: parse error: unexpected end of input"})")
            << int(ApiError::Kind::Api) << QStringLiteral("bad_data")
            << QStringLiteral("1:5: parse error: unexpected end of input");
        QTest::newRow("422 execution")
            << 422 << QByteArray("application/json")
            << QByteArray(
                   R"({"status":"error","errorType":"execution","error":"query processing would load too many samples"})")
            << int(ApiError::Kind::Api) << QStringLiteral("execution") << QStringLiteral("too many samples");
        QTest::newRow("503 timeout") << 503 << QByteArray("application/json")
                                     << QByteArray(
                                            R"({"status":"error","errorType":"timeout","error":"query timed out"})")
                                     << int(ApiError::Kind::Api) << QStringLiteral("timeout")
                                     << QStringLiteral("timed out");
        QTest::newRow("200 but truncated JSON")
            << 200 << QByteArray("application/json") << QByteArray("{\"status\":") << int(ApiError::Kind::Decode)
            << QString() << QStringLiteral("at byte 10");
        QTest::newRow("200 login page of an SSO proxy")
            << 200 << QByteArray("text/html; charset=utf-8") << QByteArray("<html><body>Sign in</body></html>")
            << int(ApiError::Kind::Decode) << QString() << QStringLiteral("Sign in");
    }

    void failuresAreTyped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, errorType);
        QFETCH(QString, messagePart);
        auto* client = make(config());
        m_server->replies = { { status, contentType, body } };
        const auto r = await(client->query(QStringLiteral("sum(up)")));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().httpStatus, status);
        QCOMPARE(r.error().errorType, errorType);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        // What, where, why, and which query.
        const QString text = r.error().toDisplayString();
        const QString where = QStringLiteral("Prometheus at http://127.0.0.1:%1/api/v1/query").arg(m_server->port());
        QVERIFY2(text.contains(where), qPrintable(text));
        if (kind != int(ApiError::Kind::Decode))
            QVERIFY2(text.contains(QStringLiteral("HTTP %1").arg(status))
                    || text.contains(QStringLiteral(" %1 ").arg(status)),
                qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(query: sum(up))")), qPrintable(text));
        QVERIFY2(text.contains(messagePart), qPrintable(text));
    }

    void badDataSentence()
    {
        auto* client = make(config());
        m_server->replies = { { 400, "application/json",
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"})" } };
        const auto r = await(client->query(QStringLiteral("sum(")));
        QCOMPARE(r.error().toDisplayString(),
            QStringLiteral("Prometheus at http://127.0.0.1:%1/api/v1/query answered 400 bad_data: 1:5: parse error: "
                           "unexpected end of input (query: sum()")
                .arg(m_server->port()));
        QVERIFY(!r.error().isRetryable());
    }

    void connectionRefused()
    {
        SourceConfig c = config();
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        auto* client = make(c);
        const auto r = await(client->query(QStringLiteral("up")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Transport);
        QCOMPARE(r.error().httpStatus, 0);
        QVERIFY(r.error().isRetryable());
        QVERIFY(r.error().toDisplayString().contains(c.url.toString()));
    }

    void silentServerTimesOut()
    {
        SourceConfig c = config();
        c.timeout = std::chrono::milliseconds(300);
        auto* client = make(c);
        m_server->replies = { { 200, {}, {}, true } };
        QElapsedTimer t;
        t.start();
        const auto r = await(client->query(QStringLiteral("up")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
        QVERIFY(r.error().message.contains(QStringLiteral("300 ms")));
        QVERIFY(r.error().isRetryable());
        QVERIFY(t.elapsed() < 5000);
    }

    void secretsNeverInMessages()
    {
        qputenv("ATALAYA_TEST_TOKEN", "s3cret-token");
        SourceConfig c = config();
        c.url = QUrl(QStringLiteral("http://user:pw-in-url@127.0.0.1:%1").arg(m_server->port()));
        c.auth = AuthKind::Bearer;
        c.secretEnv = QStringLiteral("ATALAYA_TEST_TOKEN");
        auto* client = make(c);
        m_server->replies = { { 401, "text/plain", "token s3cret-token rejected" } };
        const auto r = await(client->query(QStringLiteral("up")));
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QVERIFY(!r.error().isRetryable());
        // The body of a 401 is not repeated (it may echo what was sent), nor the URL's user info.
        const QString text = r.error().toDisplayString();
        QVERIFY2(!text.contains(QStringLiteral("s3cret")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("pw-in-url")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("check the auth settings")), qPrintable(text));
    }

    void missingSecretIsNamed()
    {
        qunsetenv("ATALAYA_TEST_UNSET");
        SourceConfig c = config();
        c.auth = AuthKind::Bearer;
        c.secretEnv = QStringLiteral("ATALAYA_TEST_UNSET");
        auto* client = make(c);
        m_server->replies = { { 401, "text/plain", "no" } };
        const auto r = await(client->query(QStringLiteral("up")));
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QVERIFY(m_server->requests.front().header("Authorization").isEmpty()); // no "Bearer " with nothing
        QVERIFY2(r.error().toDisplayString().contains(QStringLiteral("ATALAYA_TEST_UNSET")),
            qPrintable(r.error().toDisplayString()));
    }

    void largeBodyIsDecodedOnThePool()
    {
        // Above kInlineDecodeBytes: decoded by QtConcurrent, never on this (the GUI) thread.
        QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[)";
        const int samples = 40000;
        for (int i = 0; i < samples; ++i)
            body += (i ? "," : "") + QByteArray("[") + QByteArray::number(1000 + i * 15) + ",\"" + QByteArray::number(i)
                + "\"]";
        body += "]}]}}";
        QVERIFY(body.size() > PrometheusClient::kInlineDecodeBytes);
        auto* client = make(config());
        m_server->replies = { { 200, "application/json", body } };
        const auto r = await(client->queryRange(QStringLiteral("x"), QDateTime::fromSecsSinceEpoch(1000),
            QDateTime::fromSecsSinceEpoch(1000 + 15 * samples), 15));
        QVERIFY(r.ok());
        QCOMPARE(r.value().series.front().values.size(), size_t(samples));
        QCOMPARE(r.value().series.front().values.back(), double(samples - 1));
    }

    void manyConcurrentRequests()
    {
        auto* client = make(config());
        const int n = 20;
        for (int i = 0; i < n; ++i)
            m_server->replies.append({ 200, "application/json", kMatrix });
        QList<QFuture<Result<QueryResult>>> futures;
        for (int i = 0; i < n; ++i)
            futures.append(client->query(QStringLiteral("up")));
        for (auto& f : futures)
            QVERIFY(await(f).ok());
        QCOMPARE(m_server->requests.size(), n);
    }

    void serverThreadsBoundTheQueriesAtOnce()
    {
        // maxConcurrentQueries "auto": Prometheus says it runs Go on 2 threads. Of six queries
        // asked at once, two run on the server at a time: never more, and not fewer.
        auto* client = askingClient({ 200, "application/json", R"({"status":"success","data":{"GOMAXPROCS":2,"GOGC":""}})" }, 400);
        QVERIFY(allAnswered(client, 6));
        QCOMPARE(m_server->maxDelayedInFlight, 2);
        QCOMPARE(m_server->requests.size(), 7);
        QCOMPARE(onThreadOf(client, [client] { return client->concurrentQueries(); }), 2);
    }

    void aServerThatDoesNotSayGetsAsManyAsTheConnections()
    {
        // Thanos, Mimir, VictoriaMetrics: no runtimeinfo. The source stays healthy and queries go
        // out as before, all at once: those asked while the question was out go once it is answered.
        auto* client = askingClient({ 404, "text/plain", "404 page not found" }, 400);
        QList<SourceHealth> seen;
        QObject scope; // the connection ends with this function (the signal comes from another thread)
        connect(client, &PrometheusClient::healthChanged, &scope, [&](SourceHealth h) { seen.append(h); });
        QVERIFY(allAnswered(client, 8));
        QCOMPARE(m_server->maxDelayedInFlight, 8);
        QCOMPARE(onThreadOf(client, [client] { return client->concurrentQueries(); }), SourceConfig::kMaxConcurrentQueries);
        // Noted after the answer is handed over: it may reach this thread a moment later.
        QTRY_COMPARE(seen, QList<SourceHealth> { SourceHealth::Ok });
    }

    void aServerSilentAboutItselfDoesNotHoldTheQueriesBack()
    {
        // runtimeinfo never answers (a proxy that drops it): one query goes first, and after a
        // second the others join it instead of waiting for the timeout one after the other.
        auto* client = askingClient({ 200, {}, {}, true }, 2500);
        QVERIFY(allAnswered(client, 4));
        QCOMPARE(m_server->maxDelayedInFlight, 4);
    }

    void theQueryExpectedToTakeLongestGoesFirst()
    {
        // One at a time. Learned once: "quick" takes 20 ms, "medium" 80, "slow" 300. Asked again
        // in that order behind a query that holds the server: the longest goes first.
        SourceConfig c = config();
        c.maxConcurrentQueries = 1;
        auto* client = make(c);
        m_server->responder = [](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            const QString q = formValue(r.form(), "query");
            return { 200, "application/json", kMatrix, false, q == u"slow" ? 300 : q == u"hold" ? 200 : q == u"medium" ? 80 : 20 };
        };
        const QStringList names { QStringLiteral("quick"), QStringLiteral("medium"), QStringLiteral("slow") };
        for (const QString& q : names)
            QVERIFY(await(client->query(q)).ok());
        m_server->requests.clear();
        QList<QFuture<Result<QueryResult>>> futures { client->query(QStringLiteral("hold")) };
        QTRY_COMPARE(m_server->requests.size(), 1);
        for (const QString& q : names)
            futures.append(client->query(q));
        for (auto& f : futures)
            QVERIFY(await(f).ok());
        QStringList order;
        for (const auto& r : m_server->requests)
            order << formValue(r.form(), "query");
        QCOMPARE(order, (QStringList { QStringLiteral("hold"), QStringLiteral("slow"), QStringLiteral("medium"), QStringLiteral("quick") }));
        QCOMPARE(m_server->maxDelayedInFlight, 1);
    }

    void healthFollowsTheAnswers()
    {
        auto* client = make(config());
        QList<SourceHealth> seen;
        QStringList details;
        QObject scope;
        connect(client, &PrometheusClient::healthChanged, &scope, [&](SourceHealth h, const QString& detail) {
            seen.append(h);
            details.append(detail);
        });
        m_server->replies = { { 200, "application/json", kEmptyVector }, { 200, "application/json", kEmptyVector },
            { 502, "text/html", "<html>Bad Gateway</html>" },
            { 400, "application/json", R"({"status":"error","errorType":"bad_data","error":"x"})" },
            { 200, "application/json", R"({"status":)" } };
        QVERIFY(await(client->query(QStringLiteral("up"))).ok());
        QTRY_COMPARE(seen, (QList<SourceHealth> { SourceHealth::Ok }));
        QVERIFY(await(client->query(QStringLiteral("up"))).ok());
        QVERIFY(!await(client->query(QStringLiteral("up"))).ok());
        QTRY_COMPARE(seen, (QList<SourceHealth> { SourceHealth::Ok, SourceHealth::Failing }));
        QVERIFY(details.last().contains(QStringLiteral("Bad Gateway")));
        // A rejected query (bad PromQL) still shows the source answering.
        QVERIFY(!await(client->query(QStringLiteral("up"))).ok());
        QTRY_COMPARE(seen, (QList<SourceHealth> { SourceHealth::Ok, SourceHealth::Failing, SourceHealth::Ok }));
        // An answer that cannot be decoded: failing, and the detail says where and why.
        QVERIFY(!await(client->query(QStringLiteral("up"))).ok());
        QTRY_COMPARE(seen.size(), 4);
        QCOMPARE(seen.last(), SourceHealth::Failing);
        QVERIFY2(details.last().startsWith(QStringLiteral("Prometheus at http://127.0.0.1:")), qPrintable(details.last()));
        QVERIFY2(details.last().contains(QStringLiteral("at byte 10")), qPrintable(details.last()));
    }

    void unreachableSourceIsOffline()
    {
        SourceConfig c = config();
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        auto* client = make(c);
        QList<SourceHealth> seen;
        QObject scope;
        connect(client, &PrometheusClient::healthChanged, &scope, [&](SourceHealth h) { seen.append(h); });
        QVERIFY(!await(client->buildInfo()).ok());
        QTRY_COMPARE(seen, (QList<SourceHealth> { SourceHealth::Offline }));
    }

    void deletingTheClientAnswersPendingRequests()
    {
        auto* client = make(config());
        m_server->replies = { { 200, {}, {}, true } };
        auto future = client->query(QStringLiteral("up"));
        QTRY_COMPARE(m_server->requests.size(), 1);
        m_clients.removeOne(client);
        destroy(client);
        QVERIFY(future.isFinished());
        QVERIFY(!future.isCanceled());
        QCOMPARE(future.result().error().kind, ApiError::Kind::Canceled);
    }

    void requestsOfAClientThatNeverRanAreAnswered()
    {
        // The client's thread never runs the request: the future still gets one result.
        QThread idle;
        auto* client = new PrometheusClient(config());
        client->moveToThread(&idle);
        auto future = client->query(QStringLiteral("up"));
        delete client; // its thread is not running: safe here
        QVERIFY(future.isFinished());
        QVERIFY(!future.isCanceled());
        QCOMPARE(future.result().error().kind, ApiError::Kind::Canceled);
    }

private:
    SourceConfig config() const
    {
        SourceConfig c;
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        c.timeout = std::chrono::milliseconds(5000);
        // A fixed number: the server is not asked how many threads it has (see serverThreads*).
        c.maxConcurrentQueries = SourceConfig::kMaxConcurrentQueries;
        return c;
    }
    /// A client left to ask the server how many queries it runs ("auto"): the server answers
    /// runtimeinfo with @p runtimeInfo, and each query @p delayMs later.
    PrometheusClient* askingClient(const ScriptedServer::Reply& runtimeInfo, int delayMs)
    {
        SourceConfig c = config();
        c.maxConcurrentQueries = 0;
        m_server->responder = [runtimeInfo, delayMs](const ScriptedServer::Request& r) -> ScriptedServer::Reply {
            if (r.path() == "/api/v1/status/runtimeinfo")
                return runtimeInfo;
            return { 200, "application/json", kMatrix, false, delayMs };
        };
        return make(c);
    }
    /// Asks @p n queries at once: whether every one was answered.
    static bool allAnswered(PrometheusClient* client, int n)
    {
        QList<QFuture<Result<QueryResult>>> futures;
        for (int i = 0; i < n; ++i)
            futures.append(client->query(QStringLiteral("up + %1").arg(i)));
        return std::all_of(futures.begin(), futures.end(), [](auto& f) { return await(f).ok(); });
    }
    PrometheusClient* make(const SourceConfig& c)
    {
        auto* client = new PrometheusClient(c);
        client->moveToThread(m_thread.get());
        m_clients.append(client);
        return client;
    }
    /// A client is deleted on its own thread, like Session does with deleteLater.
    void destroy(PrometheusClient* client)
    {
        QMetaObject::invokeMethod(
            client, [client] { delete client; }, Qt::BlockingQueuedConnection);
    }

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QThread> m_thread;
    QList<PrometheusClient*> m_clients;
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"

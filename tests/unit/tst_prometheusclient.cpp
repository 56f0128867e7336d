// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The client against a scripted HTTP server on loopback: what it sends, and how it reads every
// kind of failure. (The real Prometheus is exercised in tests/integration.)

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include "sources/prometheusclient.h"
#include "testutils.h"

using namespace atalaya;
using atalaya::test::await;

namespace {

/// Answers each request with the next scripted reply and remembers what it was asked.
class ScriptedServer : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        bool silent = false; ///< never answer (for timeouts)
    };
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const
        {
            for (const auto& h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
    };

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                auto* buffer = new QByteArray;
                connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] { onData(s, *buffer); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<Reply> replies;
    QList<Request> requests;

private:
    void onData(QTcpSocket* s, QByteArray& buffer)
    {
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.front().trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed(), value = lines[i].mid(colon + 1).trimmed();
            r.headers.append({ name, value });
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.clear();
        requests.append(r);
        const Reply reply = replies.isEmpty() ? Reply {} : replies.takeFirst();
        if (reply.silent)
            return;
        s->write("HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: " + reply.contentType
                 + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n"
                 + reply.body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
};


const QByteArray kMatrix = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"vertical":"fitness"},"values":[[100,"1"],[160,"2"]]}]}})";

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        m_thread = std::make_unique<QThread>();
        m_thread->start();
    }
    void cleanup()
    {
        m_thread->quit();
        m_thread->wait();
        m_server.reset();
    }

    void rangeQueryGetWithTenantAndBearer()
    {
        qputenv("ATALAYA_TEST_TOKEN", "s3cret-token");
        SourceConfig c = config();
        c.pathPrefix = QStringLiteral("/prometheus");
        c.headers = { { "X-Scope-OrgID", "tenant-a" } };
        c.auth = AuthKind::Bearer;
        c.secretEnv = QStringLiteral("ATALAYA_TEST_TOKEN");
        auto* client = make(c);
        m_server->replies = { { 200, "application/json", kMatrix } };
        const auto r = await(client->queryRange(QStringLiteral("up"), QDateTime::fromSecsSinceEpoch(0),
                                                QDateTime::fromSecsSinceEpoch(7 * 86400), 1));
        QVERIFY(r.ok());
        QCOMPARE(r.value().series.front().values, (std::vector<double> { 1, 2 }));
        const auto& req = m_server->requests.front();
        QCOMPARE(req.method, QByteArray("GET"));
        QVERIFY(req.target.startsWith("/prometheus/api/v1/query_range?"));
        QCOMPARE(req.header("X-Scope-OrgID"), QByteArray("tenant-a"));
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer s3cret-token"));
        // 7 days at a 1 s step would be 604,800 points: the client raises the step to 55 s.
        QVERIFY2(req.target.contains("step=55.000"), req.target.constData());
        delete client;
    }

    void longQueryIsPostedWithBasicAuth()
    {
        qputenv("ATALAYA_TEST_PASSWORD", "pa:ss");
        SourceConfig c = config();
        c.auth = AuthKind::Basic;
        c.username = QStringLiteral("ana");
        c.secretEnv = QStringLiteral("ATALAYA_TEST_PASSWORD");
        auto* client = make(c);
        m_server->replies = { { 200, "application/json", R"({"status":"success","data":{"resultType":"vector","result":[]}})" } };
        const QString longQuery = QStringLiteral("sum(rate(http_requests_total{vertical=~\"%1\"}[5m]))")
                                      .arg(QString(2000, u'a'));
        QVERIFY(await(client->query(longQuery)).ok());
        const auto& req = m_server->requests.front();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/api/v1/query"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(req.body.startsWith("query=sum"));
        QCOMPARE(req.header("Authorization"), "Basic " + QByteArray("ana:pa:ss").toBase64());
        delete client;
    }

    void failuresAreTyped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("502 html from a gateway") << 502 << QByteArray("text/html") << QByteArray("<html>Bad Gateway</html>")
                                                 << int(ApiError::Kind::Http) << QStringLiteral("Bad Gateway");
        QTest::newRow("401 from a proxy") << 401 << QByteArray("text/plain") << QByteArray("no")
                                          << int(ApiError::Kind::Auth) << QStringLiteral("");
        QTest::newRow("403") << 403 << QByteArray("application/json") << QByteArray("{}") << int(ApiError::Kind::Auth)
                             << QStringLiteral("");
        QTest::newRow("400 bad_data") << 400 << QByteArray("application/json")
                                      << QByteArray(R"({"status":"error","errorType":"bad_data","error":"1:5: parse error"})")
                                      << int(ApiError::Kind::Api) << QStringLiteral("parse error");
        QTest::newRow("503 timeout") << 503 << QByteArray("application/json")
                                     << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out"})")
                                     << int(ApiError::Kind::Api) << QStringLiteral("timed out");
        QTest::newRow("200 but not JSON") << 200 << QByteArray("application/json") << QByteArray("{\"status\":")
                                          << int(ApiError::Kind::Decode) << QStringLiteral("byte");
    }

    void failuresAreTyped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        auto* client = make(config());
        m_server->replies = { { status, contentType, body } };
        const auto r = await(client->query(QStringLiteral("up")));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().httpStatus, status);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        const QString text = r.error().toDisplayString();
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())), qPrintable(text)); // where
        QVERIFY(text.contains(QStringLiteral("up"))); // which query
        delete client;
    }

    void connectionRefused()
    {
        SourceConfig c = config();
        c.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        auto* client = make(c);
        const auto r = await(client->query(QStringLiteral("up")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Transport);
        QVERIFY(r.error().toDisplayString().contains(QStringLiteral("127.0.0.1:9")));
        delete client;
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
        QVERIFY(t.elapsed() < 5000);
        delete client;
    }

    void secretsNeverInMessages()
    {
        qputenv("ATALAYA_TEST_TOKEN", "s3cret-token");
        SourceConfig c = config();
        c.auth = AuthKind::Bearer;
        c.secretEnv = QStringLiteral("ATALAYA_TEST_TOKEN");
        auto* client = make(c);
        m_server->replies = { { 401, "text/plain", "token s3cret-token rejected" } };
        const auto r = await(client->query(QStringLiteral("up")));
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        // The body of a 401 is not repeated: it may echo what was sent.
        QVERIFY(!r.error().toDisplayString().contains(QStringLiteral("s3cret")));
        delete client;
    }

private:
    SourceConfig config() const
    {
        SourceConfig c;
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        c.timeout = std::chrono::milliseconds(5000);
        return c;
    }
    PrometheusClient* make(const SourceConfig& c)
    {
        auto* client = new PrometheusClient(c);
        client->moveToThread(m_thread.get());
        return client;
    }

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QThread> m_thread;
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"

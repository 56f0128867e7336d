// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// atalaya-simulator: what a backend of the booking platform exposes to Prometheus, for the
// local demo stack and the integration tests.
//   --listen 127.0.0.1:PORT --history-start T0      serve /metrics live, continuing the history
//   --backfill FILE --history-start T0 --end T1      write OpenMetrics history for promtool
//   --free-port                                      print a free loopback port and exit

#include <cmath>
#include <cstdio>
#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include "metricset.h"

namespace {

double now()
{
    return QDateTime::currentMSecsSinceEpoch() / 1000.0;
}

void reply(QTcpSocket* socket, int status, const char* reason, const QByteArray& type, const QByteArray& body)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    socket->write(body);
    socket->disconnectFromHost();
}

/// POST /control: {"latencyFactor": {"region": "cordoba", "factor": 3}},
/// {"errorRatio": {"vertical": "fitness", "ratio": 0.05}}, {"trafficFactor": {"vertical": "x", "factor": 2}},
/// {"reset": true}. Takes effect from the next whole minute.
QByteArray control(sim::MetricSet& metrics, const QByteArray& body, int& status)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    status = 200;
    if (o.contains(QLatin1String("latencyFactor"))) {
        const QJsonObject a = o.value(QLatin1String("latencyFactor")).toObject();
        const std::string region = a.value(QLatin1String("region")).toString().toStdString();
        const double f = a.value(QLatin1String("factor")).toDouble(1);
        metrics.schedule([region, f](sim::Overrides& ov) { ov.latencyFactor[region] = f; });
    } else if (o.contains(QLatin1String("errorRatio"))) {
        const QJsonObject a = o.value(QLatin1String("errorRatio")).toObject();
        const std::string vertical = a.value(QLatin1String("vertical")).toString().toStdString();
        const double r = std::clamp(a.value(QLatin1String("ratio")).toDouble(0), 0.0, 0.9);
        metrics.schedule([vertical, r](sim::Overrides& ov) { ov.errorRatio[vertical] = r; });
    } else if (o.contains(QLatin1String("trafficFactor"))) {
        const QJsonObject a = o.value(QLatin1String("trafficFactor")).toObject();
        const std::string vertical = a.value(QLatin1String("vertical")).toString().toStdString();
        const double f = std::max(0.0, a.value(QLatin1String("factor")).toDouble(1));
        metrics.schedule([vertical, f](sim::Overrides& ov) { ov.trafficFactor[vertical] = f; });
    } else if (o.value(QLatin1String("reset")).toBool()) {
        metrics.schedule([](sim::Overrides& ov) { ov = sim::Overrides(); });
    } else {
        status = 400;
        return "unknown control; see packaging/demo/README.md\n";
    }
    return "scheduled from the next minute\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atalaya-simulator"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Serve /metrics on HOST:PORT."),
                                       QStringLiteral("address"));
    const QCommandLineOption backfillOpt(QStringLiteral("backfill"), QStringLiteral("Write OpenMetrics history to FILE."),
                                         QStringLiteral("file"));
    const QCommandLineOption startOpt(QStringLiteral("history-start"), QStringLiteral("Unix seconds the history starts at."),
                                      QStringLiteral("t0"));
    const QCommandLineOption endOpt(QStringLiteral("end"), QStringLiteral("Unix seconds the backfill ends at."),
                                    QStringLiteral("t1"));
    const QCommandLineOption stepOpt(QStringLiteral("step"), QStringLiteral("Backfill resolution in seconds (multiple of 60)."),
                                     QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption upOpt(QStringLiteral("up-labels"), QStringLiteral("Labels of the backfilled up series."),
                                   QStringLiteral("labels"), QStringLiteral("job=\"barberpro-backend\",instance=\"sim-1\""));
    const QCommandLineOption freeOpt(QStringLiteral("free-port"), QStringLiteral("Print a free loopback port and exit."));
    parser.addOptions({ listenOpt, backfillOpt, startOpt, endOpt, stepOpt, upOpt, freeOpt });
    parser.process(app);

    if (parser.isSet(freeOpt)) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 1;
        std::printf("%d\n", probe.serverPort());
        return 0;
    }
    bool ok = false;
    const double start = parser.value(startOpt).toDouble(&ok);
    if (!ok) {
        std::fprintf(stderr, "atalaya-simulator: --history-start is required (unix seconds)\n");
        return 1;
    }
    auto model = std::make_unique<sim::Model>(start);
    auto metrics = std::make_unique<sim::MetricSet>(*model, start);

    if (parser.isSet(backfillOpt)) {
        const double end = parser.value(endOpt).toDouble(&ok);
        if (!ok || end <= start) {
            std::fprintf(stderr, "atalaya-simulator: --end must be after --history-start\n");
            return 1;
        }
        std::FILE* out = std::fopen(parser.value(backfillOpt).toLocal8Bit().constData(), "wb");
        if (!out) {
            std::perror("atalaya-simulator: cannot open the backfill file");
            return 1;
        }
        static char buffer[1 << 20];
        std::setvbuf(out, buffer, _IOFBF, sizeof buffer);
        QElapsedTimer timer;
        timer.start();
        const size_t samples = metrics->writeBackfill(out, end, parser.value(stepOpt).toDouble(), parser.value(upOpt).toStdString());
        if (std::fclose(out) != 0) {
            std::perror("atalaya-simulator: cannot write the backfill file");
            return 1;
        }
        std::fprintf(stderr, "atalaya-simulator: %zu series, %zu samples written in %.1f s\n", metrics->seriesCount(),
                     samples, timer.elapsed() / 1000.0);
        return 0;
    }

    const QString listen = parser.value(listenOpt);
    const int colon = listen.lastIndexOf(u':');
    if (colon < 0) {
        std::fprintf(stderr, "atalaya-simulator: --listen HOST:PORT is required\n");
        return 1;
    }
    QTcpServer server;
    if (!server.listen(QHostAddress(listen.left(colon)), static_cast<quint16>(listen.mid(colon + 1).toUInt()))) {
        std::fprintf(stderr, "atalaya-simulator: cannot listen on %s: %s\n", qPrintable(listen),
                     qPrintable(server.errorString()));
        return 1;
    }
    // Integrate the history once, so the first scrape continues the backfill exactly.
    metrics->exposition(now());
    std::fprintf(stderr, "atalaya-simulator: serving %zu series on %s\n", metrics->seriesCount(), qPrintable(listen));

    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, &metrics] {
                buffer->append(socket->readAll());
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    if (buffer->size() > 65536)
                        socket->abort();
                    return;
                }
                const QByteArray head = buffer->left(headerEnd);
                const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
                qsizetype contentLength = 0;
                for (const QByteArray& line : head.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        contentLength = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < headerEnd + 4 + contentLength)
                    return; // wait for the body
                const QByteArray body = buffer->mid(headerEnd + 4, contentLength);
                const QByteArray method = requestLine.value(0);
                const QByteArray path = requestLine.value(1).split('?').value(0);
                if (method == "GET" && path == "/metrics") {
                    reply(socket, 200, "OK", "text/plain; version=0.0.4; charset=utf-8",
                          QByteArray::fromStdString(metrics->exposition(now())));
                } else if (method == "POST" && path == "/control") {
                    int status = 200;
                    const QByteArray answer = control(*metrics, body, status);
                    reply(socket, status, status == 200 ? "OK" : "Bad Request", "text/plain", answer);
                } else if (method == "GET" && path == "/") {
                    reply(socket, 200, "OK", "text/plain", "atalaya-simulator: GET /metrics, POST /control\n");
                } else {
                    reply(socket, 404, "Not Found", "text/plain", "not found\n");
                }
            });
        }
    });
    return app.exec();
}

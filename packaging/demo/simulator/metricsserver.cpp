// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsserver.h"

#include <cstdio>

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "livemetrics.h"
#include "statefile.h"

namespace {

constexpr int kIdleTimeoutMs = 10000;

double now()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray jsonString(const std::string& text)
{
    QByteArray out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20)
            out += ' ';
        else
            out += c;
    }
    return out + '"';
}

} // namespace

MetricsServer::MetricsServer(atalaya::sim::LiveMetrics& metrics, const StateFile* state, QObject* parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_state(state)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::accept);
}

bool MetricsServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void MetricsServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_requests.insert(socket, HttpRequestParser());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_requests.remove(socket);
            socket->deleteLater();
        });
        // A client that never finishes its request does not hold the connection forever.
        QTimer::singleShot(kIdleTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void MetricsServer::read(QTcpSocket* socket)
{
    auto it = m_requests.find(socket);
    if (it == m_requests.end())
        return;
    const bool wasWaitingForBody = it->expectsContinue();
    switch (it->feed(socket->readAll())) {
    case HttpRequestParser::State::Incomplete:
        if (it->expectsContinue() && !wasWaitingForBody)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    case HttpRequestParser::State::Invalid:
        respond(socket, it->errorStatus(), "text/plain; charset=utf-8", "invalid request\n");
        return;
    case HttpRequestParser::State::Complete:
        handle(socket, *it);
        return;
    }
}

void MetricsServer::handle(QTcpSocket* socket, const HttpRequestParser& request)
{
    const QByteArray method = request.method();
    const QByteArray path = request.path();
    const bool get = method == "GET" || method == "HEAD";
    if (path == "/metrics" || path == "/api/metrics") {
        if (!get)
            return respond(socket, 405, "text/plain; charset=utf-8", "use GET\n", "Allow: GET, HEAD\r\n");
        if (m_metrics.scrapeDown(now()))
            return respond(socket, 503, "text/plain; charset=utf-8", "down (a /control scenario)\n");
        return respond(socket, 200, "text/plain; version=0.0.4; charset=utf-8",
            QByteArray::fromStdString(m_metrics.exposition(now())), {}, method == "HEAD");
    }
    if (path == "/control") {
        if (get) {
            return respond(socket, 200, "application/json",
                QByteArray::fromStdString(m_metrics.model().overrides().describe(now())) + '\n');
        }
        if (method != "POST")
            return respond(socket, 405, "text/plain; charset=utf-8", "use GET or POST\n", "Allow: GET, POST\r\n");
        std::string error;
        const double at = now();
        const std::string body = request.body().toStdString();
        if (!m_metrics.control(body, at, &error))
            return respond(socket, 400, "application/json", "{\"error\": " + jsonString(error) + "}\n");
        std::fprintf(stderr, "atalaya-simulator: control at %.3f: %s\n", at, body.c_str());
        saveState();
        return respond(socket, 200, "application/json",
            QByteArray::fromStdString(m_metrics.model().overrides().describe(now())) + '\n');
    }
    if (path == "/" || path == "/-/healthy") {
        if (!get)
            return respond(socket, 405, "text/plain; charset=utf-8", "use GET\n", "Allow: GET, HEAD\r\n");
        return respond(
            socket, 200, "text/plain; charset=utf-8", "atalaya-simulator: GET /metrics, GET|POST /control\n");
    }
    respond(socket, 404, "text/plain; charset=utf-8", "not found\n");
}

void MetricsServer::respond(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
    const QByteArray& extraHeaders, bool headOnly)
{
    m_requests.remove(socket);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    socket->write(head);
    if (!headOnly)
        socket->write(body);
    // Closes once everything is written; the disconnected handler deletes the socket.
    socket->disconnectFromHost();
}

void MetricsServer::saveState()
{
    if (!m_state)
        return;
    const auto& model = m_metrics.model();
    QString error;
    if (!m_state->save(model.historyStart(), model.historyEnd(), model.overrides().journal(), &error))
        std::fprintf(stderr, "atalaya-simulator: cannot save the state to %s: %s\n", qPrintable(m_state->path()),
            qPrintable(error));
}

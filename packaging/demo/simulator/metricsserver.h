// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include "httprequestparser.h"

class QTcpSocket;
class StateFile;

namespace atalaya::sim {
class LiveMetrics;
}

/// A small HTTP/1.1 server (one request per connection, "Connection: close") in front of the
/// live simulator:
///   GET  /metrics, /api/metrics   the Prometheus text exposition (503 while a "down" control holds)
///   POST /control                 a scenario change (JSON, see packaging/demo/README.md)
///   GET  /control                 the changes in force
///   GET  /-/healthy, /            a liveness answer
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    MetricsServer(atalaya::sim::LiveMetrics& metrics, const StateFile* state, QObject* parent = nullptr);

    bool listen(const QHostAddress& address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept();
    void read(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const HttpRequestParser& request);
    void respond(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
        const QByteArray& extraHeaders = {}, bool headOnly = false);
    void saveState();

    atalaya::sim::LiveMetrics& m_metrics;
    const StateFile* m_state;
    QTcpServer m_server;
    QHash<QTcpSocket*, HttpRequestParser> m_requests;
};

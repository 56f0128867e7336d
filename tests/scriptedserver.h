// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <functional>
#include <memory>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QTcpSocket>

namespace atalaya::test {

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
        int delayMs = 0; ///< answer this much later (a query that takes time)
        QList<QPair<QByteArray, QByteArray>> headers; ///< more of them, e.g. Content-Encoding
        qsizetype contentLength = -1; ///< announced instead of the body's size (a body cut short)
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
        QByteArray path() const
        {
            const qsizetype q = target.indexOf('?');
            return q < 0 ? target : target.left(q);
        }
        /// The form parameters, from the query string (GET) or the body (POST).
        QByteArray form() const { return method == "POST" ? body : target.mid(target.indexOf('?') + 1); }
    };

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] { onData(s, *buffer); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<Reply> replies;
    /// When set, answers every request instead of the scripted list (for requests whose order
    /// is not known, such as a page's concurrent queries).
    std::function<Reply(const Request&)> responder;
    QList<Request> requests;
    /// Delayed answers not yet written, and the most there were at once.
    int delayedInFlight = 0;
    int maxDelayedInFlight = 0;
    /// Connections accepted so far.
    int connections = 0;
    /// Whether a connection stays open after an answer (HTTP/1.1 keep-alive) or is closed.
    bool keepAlive = false;

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
        const Reply reply = responder ? responder(r) : replies.isEmpty() ? Reply {} : replies.takeFirst();
        if (reply.silent)
            return;
        if (reply.delayMs > 0) {
            maxDelayedInFlight = std::max(maxDelayedInFlight, ++delayedInFlight);
            QTimer::singleShot(reply.delayMs, this, [this, s = QPointer<QTcpSocket>(s), reply] {
                --delayedInFlight;
                if (s)
                    write(s, reply, keepAlive);
            });
            return;
        }
        write(s, reply, keepAlive);
    }

    static void write(QTcpSocket* s, const Reply& reply, bool keepAlive)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
        if (!reply.contentType.isEmpty())
            head += "Content-Type: " + reply.contentType + "\r\n";
        for (const auto& [name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        const qsizetype length = reply.contentLength >= 0 ? reply.contentLength : reply.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        const bool close = !keepAlive || reply.contentLength >= 0;
        s->write(head + (close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n") + reply.body);
        if (close)
            s->disconnectFromHost();
    }

    QTcpServer m_server;
};

} // namespace atalaya::test

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <QList>

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    m_state = State::Invalid;
    return m_state;
}

bool HttpRequestParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return false;
    m_method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype query = target.indexOf('?');
    m_path = query < 0 ? target : target.left(query);
    if (!m_path.startsWith('/'))
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0)
                return false;
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            m_errorStatus = 501;
            return false;
        } else if (name == "expect" && value.toLower() == "100-continue") {
            m_expectContinue = true;
        }
    }
    return true;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray& data)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer.append(data);
    if (!m_headDone) {
        // Be lenient about bare LF line ends, as most servers are.
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype bare = m_buffer.indexOf("\n\n");
        if (bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            separator = 2;
        }
        if (end < 0)
            return m_buffer.size() > kMaxHead ? fail(431) : State::Incomplete;
        if (end > kMaxHead)
            return fail(431);
        if (!parseHead(m_buffer.left(end)))
            return fail(m_errorStatus == 501 ? 501 : 400);
        if (m_contentLength > kMaxBody)
            return fail(413);
        m_headDone = true;
        m_bodyStart = end + separator;
    }
    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return State::Incomplete;
    m_body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_state = State::Complete;
    return m_state;
}

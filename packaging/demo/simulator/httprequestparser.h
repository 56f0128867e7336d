// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// An HTTP/1.1 request read incrementally from a socket: feed it whatever arrived until it says
/// the request is complete (head and Content-Length body) or invalid. Enough for a scrape
/// target and a small control endpoint: no chunked request bodies, no pipelining.
class HttpRequestParser
{
public:
    enum class State
    {
        Incomplete,
        Complete,
        Invalid,
    };

    static constexpr qsizetype kMaxHead = 16 * 1024;
    static constexpr qsizetype kMaxBody = 1024 * 1024;

    State feed(const QByteArray& data);
    State state() const { return m_state; }

    QByteArray method() const { return m_method; }
    /// The path without its query string.
    QByteArray path() const { return m_path; }
    QByteArray body() const { return m_body; }
    /// Whether the client waits for "100 Continue" before sending its body.
    bool expectsContinue() const { return m_expectContinue; }
    /// The status to answer an invalid request with (400, 413, 431, 501).
    int errorStatus() const { return m_errorStatus; }

private:
    State fail(int status);
    bool parseHead(const QByteArray& head);

    QByteArray m_buffer;
    State m_state = State::Incomplete;
    bool m_headDone = false;
    qsizetype m_bodyStart = 0;
    qsizetype m_contentLength = 0;
    QByteArray m_method;
    QByteArray m_path;
    QByteArray m_body;
    bool m_expectContinue = false;
    int m_errorStatus = 400;
};

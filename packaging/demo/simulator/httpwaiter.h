// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

/// Polls a URL until it answers 2xx (with a body containing an expected text, if one is given)
/// or a deadline passes: the demo stack's readiness check, so that it needs no curl.
class HttpWaiter : public QObject
{
    Q_OBJECT
public:
    HttpWaiter(QUrl url, QByteArray expected, int timeoutSeconds, QObject* parent = nullptr);

    void start();
    /// What the last attempt got, for the error message.
    QString lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void attempt();

    QUrl m_url;
    QByteArray m_expected;
    int m_timeoutMs;
    QElapsedTimer m_clock;
    QNetworkAccessManager m_network;
    QString m_lastProblem;
};

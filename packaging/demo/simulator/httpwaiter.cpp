// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpwaiter.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace {
constexpr int kRetryMs = 250;
constexpr int kAttemptTimeoutMs = 3000;
} // namespace

HttpWaiter::HttpWaiter(QUrl url, QByteArray expected, int timeoutSeconds, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_expected(std::move(expected))
    , m_timeoutMs(timeoutSeconds * 1000)
    , m_lastProblem(QStringLiteral("no attempt made"))
{
    // Loopback services: an http_proxy in the environment must not get in the way.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void HttpWaiter::start()
{
    m_clock.start();
    attempt();
}

void HttpWaiter::attempt()
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(kAttemptTimeoutMs);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() == QNetworkReply::NoError && status / 100 == 2
            && (m_expected.isEmpty() || body.contains(m_expected))) {
            Q_EMIT finished(true);
            return;
        }
        m_lastProblem = reply->error() != QNetworkReply::NoError
            ? reply->errorString()
            : QStringLiteral("HTTP %1 without \"%2\": %3")
                  .arg(status)
                  .arg(QString::fromUtf8(m_expected), QString::fromUtf8(body.left(200)).simplified());
        if (m_clock.elapsed() + kRetryMs > m_timeoutMs) {
            Q_EMIT finished(false);
            return;
        }
        QTimer::singleShot(kRetryMs, this, &HttpWaiter::attempt);
    });
}

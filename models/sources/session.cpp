// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/session.h"

#include "sources/prometheusclient.h"

namespace atalaya {

void Session::ThreadStopper::operator()(QThread* t) const
{
    t->quit();
    t->wait();
    delete t;
}

Session::Session(Config config, const QString& environmentName, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_environment = m_config.environment(environmentName);
    if (!m_environment)
        m_environment = m_config.environment(m_config.defaultEnvironment);
    Q_ASSERT(m_environment);

    m_netThread.reset(new QThread);
    m_netThread->setObjectName(QStringLiteral("atalaya-net"));
    m_prometheus = new PrometheusClient(m_environment->prometheus);
    m_prometheus->moveToThread(m_netThread.get());
    connect(m_netThread.get(), &QThread::finished, m_prometheus, &QObject::deleteLater);
    m_netThread->start();
}

Session::~Session() = default;

} // namespace atalaya

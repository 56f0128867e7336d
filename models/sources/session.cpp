// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/session.h"

#include "sources/bookingsdb.h"

#include "actions/kubectl.h"
#include "costs/costservice.h"
#include "costs/opencost.h"
#include "cache/cache.h"
#include "sources/prometheusclient.h"

namespace atalaya {

void Session::ThreadStopper::operator()(QThread* t) const
{
    t->quit();
    t->wait();
    delete t;
}

Session::Session(Config config, const QString& environmentName, SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(std::move(options))
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
    if (m_environment->costs.isConfigured()) {
        m_openCost = new costs::OpenCostClient(m_environment->costs);
        m_openCost->moveToThread(m_netThread.get());
        connect(m_netThread.get(), &QThread::finished, m_openCost, &QObject::deleteLater);
    }
    m_netThread->start();

    QString path = m_options.cachePath.isEmpty() ? m_config.cachePath : m_options.cachePath;
    if (path.isEmpty())
        path = cache::Cache::defaultPath(m_environment->name);
    m_cache = std::make_unique<cache::Cache>(path, m_options.readOnly ? cache::CacheDb::Mode::ReadOnly
                                                                      : cache::CacheDb::Mode::ReadWrite);
    connect(m_cache.get(), &cache::Cache::problem, this, &Session::cacheProblem);
    if (m_environment->bookings.isConfigured())
        m_bookings = std::make_unique<bookings::BookingsDatabase>(m_environment->bookings, m_environment->name, m_cache.get(), isOffline());
    m_costs = std::make_unique<costs::CostService>(m_openCost, m_prometheus, m_environment->queries, m_cache.get(), isOffline(),
                                                   prometheusCacheSource());
}

Session::~Session()
{
    // Pages are gone by now: the users of the cache first, then the cache finishes its pending
    // writes, before the network thread stops.
    m_costs.reset();
    m_bookings.reset();
    m_cache.reset();
}

kube::Runner Session::kubectl(const QString& namespaceName) const
{
    kube::Target t;
    t.kubectl = m_environment->kubernetes.kubectl;
    t.kubeconfig = m_environment->kubernetes.kubeconfig;
    t.context = m_environment->kubernetes.context;
    t.namespaceName = namespaceName;
    return kube::Runner(t);
}

QString Session::userName() const
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString Session::prometheusCacheSource() const
{
    // A shared file was fetched from someone else's Prometheus, under its URL.
    if (m_options.readOnly)
        return QStringLiteral("*");
    QUrl url = m_environment->prometheus.url;
    url.setUserInfo({});
    return QStringLiteral("prometheus ") + url.toString(QUrl::RemoveQuery | QUrl::StripTrailingSlash)
        + m_environment->prometheus.pathPrefix;
}

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QThread>

#include "config/config.h"

namespace atalaya::bookings {
class BookingsDatabase;
}
namespace atalaya::costs {
class CostService;
class OpenCostClient;
}

namespace atalaya {

class PrometheusClient;
namespace cache {
class Cache;
}
namespace kube {
class Runner;
}

/// How a session reaches its data.
struct SessionOptions
{
    /// The cache file; empty: the environment's default (cache::Cache::defaultPath).
    QString cachePath;
    /// Offline review: answer every query from the cache, never ask a source.
    bool offline = false;
    /// Open the cache read-only (a shared file opened with --open); implies offline.
    bool readOnly = false;
};

/// The connection to one environment: owns the named network thread ("atalaya-net") and the
/// clients that live on it, and the local cache (its own thread). Created and destroyed on the
/// GUI thread; clients and the cache are called through their thread-safe future-returning API.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(Config config, const QString& environmentName, SessionOptions options = {}, QObject* parent = nullptr);
    ~Session() override;

    const Config& config() const { return m_config; }
    const Environment& environment() const { return *m_environment; }
    PrometheusClient* prometheus() const { return m_prometheus; }
    cache::Cache* cache() const { return m_cache.get(); }
    bool isOffline() const { return m_options.offline || m_options.readOnly; }
    bool isReadOnly() const { return m_options.readOnly; }
    /// The booking database, when the environment has one (nullptr otherwise).
    bookings::BookingsDatabase* bookings() const { return m_bookings.get(); }
    /// Cost: OpenCost's API when configured, else OpenCost's metrics in Prometheus; cached.
    costs::CostService* costs() const { return m_costs.get(); }

    /// kubectl for one of the environment's namespaces (the user's kubeconfig and context).
    kube::Runner kubectl(const QString& namespaceName) const;
    /// Who acts, for the audit trail: the login name.
    QString userName() const;

    /// What Prometheus answers are cached under: its URL, so two Prometheus never mix ("*", any
    /// source, for a file opened with --open).
    QString prometheusCacheSource() const;

signals:
    /// The cache could not write, or had to be replaced: a sentence naming the file.
    void cacheProblem(const QString& message);

private:
    struct ThreadStopper
    {
        void operator()(QThread* t) const;
    };

    Config m_config;
    SessionOptions m_options;
    const Environment* m_environment = nullptr;
    std::unique_ptr<QThread, ThreadStopper> m_netThread;
    PrometheusClient* m_prometheus = nullptr; ///< lives on m_netThread, deleted there
    std::unique_ptr<cache::Cache> m_cache;
    costs::OpenCostClient* m_openCost = nullptr; ///< lives on m_netThread, deleted there; may be null
    std::unique_ptr<bookings::BookingsDatabase> m_bookings; ///< after m_cache: gone before it
    std::unique_ptr<costs::CostService> m_costs;
};

} // namespace atalaya

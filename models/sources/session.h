// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QThread>

#include "config/config.h"

namespace atalaya {

class PrometheusClient;

/// The connection to one environment: owns the named network thread ("atalaya-net") and the
/// clients that live on it. Created and destroyed on the GUI thread; clients are called through
/// their thread-safe future-returning API.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(Config config, const QString& environmentName, QObject* parent = nullptr);
    ~Session() override;

    const Config& config() const { return m_config; }
    const Environment& environment() const { return *m_environment; }
    PrometheusClient* prometheus() const { return m_prometheus; }

private:
    struct ThreadStopper
    {
        void operator()(QThread* t) const;
    };

    Config m_config;
    const Environment* m_environment = nullptr;
    std::unique_ptr<QThread, ThreadStopper> m_netThread;
    PrometheusClient* m_prometheus = nullptr; ///< lives on m_netThread, deleted there
};

} // namespace atalaya

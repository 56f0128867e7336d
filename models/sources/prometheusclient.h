// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>
#include <optional>

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QUrlQuery>

#include "config/sourceconfig.h"
#include "domain/series.h"
#include "domain/sourcehealth.h"
#include "util/result.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace atalaya {

/// Client of the Prometheus HTTP API (and of Thanos Query, Mimir, VictoriaMetrics, which speak
/// it). Lives on a worker thread (Session puts it on "atalaya-net") and owns the one
/// QNetworkAccessManager for its source. The public query functions may be called from any
/// thread: they post the request to the client's thread and return a future that is fulfilled
/// after the body has been decoded on the thread pool.
class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusClient(SourceConfig config, QObject* parent = nullptr);
    ~PrometheusClient() override;

    /// Instant query at @p time (now if unset).
    QFuture<Result<QueryResult>> query(const QString& promql, std::optional<QDateTime> time = {});
    /// Range query; the step is raised to respect the 11,000-points limit.
    QFuture<Result<QueryResult>> queryRange(const QString& promql, const QDateTime& start, const QDateTime& end,
                                            double stepSeconds);
    QFuture<Result<QStringList>> labelValues(const QString& label);
    QFuture<Result<BuildInfo>> buildInfo();

    const SourceConfig& config() const { return m_config; }
    /// Queries longer than this (URL-encoded) are sent as a POST form.
    static constexpr int kMaxGetQueryBytes = 1500;
    /// Answers slower than this mark the source "slow".
    static constexpr int kSlowMs = 2000;

signals:
    /// Emitted from the client's thread when the health changes; @p detail says why.
    void healthChanged(atalaya::SourceHealth health, const QString& detail);

private:
    template<typename T>
    using Decoder = std::function<Result<T>(QByteArrayView)>;

    template<typename T>
    QFuture<Result<T>> send(const QString& path, const QUrlQuery& params, const QString& promql, Decoder<T> decode,
                            bool allowPost);
    QNetworkReply* start(const QString& path, const QUrlQuery& params, bool allowPost);
    void noteOutcome(bool ok, qint64 elapsedMs, const QString& detail);
    QString sourceName() const;

    SourceConfig m_config;
    /// Created on first use, on the client's thread. Each QNetworkAccessManager opens at most six
    /// HTTP/1.1 connections per host; a dashboard sends about twenty queries at once, so requests
    /// go round-robin over a few managers instead of queueing in waves (Prometheus itself runs up
    /// to 20 queries concurrently by default).
    std::vector<QNetworkAccessManager*> m_nams;
    size_t m_nextNam = 0;
    static constexpr size_t kManagers = 3;
    SourceHealth m_health = SourceHealth::Unknown;
};

} // namespace atalaya

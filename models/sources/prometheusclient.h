// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include <QByteArrayView>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>

#include "config/sourceconfig.h"
#include "domain/series.h"
#include "domain/sourcehealth.h"
#include "sources/httptransport.h"
#include "util/result.h"

namespace atalaya {

/// Client of the Prometheus HTTP API (and of Thanos Query, Mimir, VictoriaMetrics, which speak it).
///
/// Threading: the client lives on a worker thread and does all its network I/O there. The owner
/// creates it, moves it and deletes it there, as Session does:
/// @code
/// auto* thread = new QThread; thread->setObjectName(u"atalaya-net"_s);
/// auto* client = new PrometheusClient(config);
/// client->moveToThread(thread);
/// QObject::connect(thread, &QThread::finished, client, &QObject::deleteLater);
/// thread->start(); // ... at shutdown: thread->quit(); thread->wait();
/// @endcode
/// The query functions may be called from any thread (typically the GUI thread): they post the
/// request to the client's thread and return at once. Each future always receives exactly one
/// Result (never a canceled future): the decoded answer or an ApiError that says what, where and
/// why. Bodies are decoded off the network thread when large (thread pool), and never on the GUI
/// thread (assertNotGuiThread). Deleting the client answers pending requests with Canceled.
class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusClient(SourceConfig config, QObject* parent = nullptr);
    /// Aborts the requests still in flight; their futures get an ApiError::Kind::Canceled.
    ~PrometheusClient() override;

    /// Instant query (/api/v1/query) at @p time, or at the server's "now" if unset.
    QFuture<Result<QueryResult>> query(const QString& promql, std::optional<QDateTime> time = {});
    /// Range query (/api/v1/query_range) over [start, end], both inclusive. @p stepSeconds is raised
    /// to ceil((end - start) / 11000) when needed, so Prometheus never refuses it for resolution.
    QFuture<Result<QueryResult>> queryRange(
        const QString& promql, const QDateTime& start, const QDateTime& end, double stepSeconds);
    /// /api/v1/label/<label>/values; names outside the legacy charset are sent U__-escaped.
    QFuture<Result<QStringList>> labelValues(const QString& label);
    /// /api/v1/status/buildinfo: cheap, so also the health probe.
    QFuture<Result<BuildInfo>> buildInfo();

    /// The health after the last answer, readable from any thread.
    SourceHealth health() const { return static_cast<SourceHealth>(m_sharedHealth.load(std::memory_order_relaxed)); }

    /// How many queries it lets run on the server at once (maxConcurrentQueries, or what the
    /// server said about itself). Only on the client's thread.
    int concurrentQueries() const;

    /// The configuration the client was made with (immutable, safe from any thread).
    const SourceConfig& config() const { return m_config; }

    /// Queries whose form encoding is longer than this are sent as a POST form (URL limits).
    static constexpr int kMaxGetQueryBytes = 1500;
    /// Answers slower than this (ms, request sent to body received) mark the source Slow.
    static constexpr int kSlowMs = 2000;
    /// Bodies up to this size are decoded right on the network thread; larger ones on the pool.
    static constexpr qsizetype kInlineDecodeBytes = 256 * 1024;

signals:
    /// Emitted on the client's thread when the health changes, or when it stays Failing/Offline for
    /// a different reason. @p detail is a sentence for a tooltip (source, latency or the error).
    void healthChanged(atalaya::SourceHealth health, const QString& detail);

private:
    using Params = std::vector<std::pair<QString, QString>>;
    template<typename T>
    using Decoder = std::function<Result<T>(QByteArrayView)>;
    struct Request;

    /// A query waiting for one of the server's threads.
    struct Waiting
    {
        QString shape; ///< the query, its step and span: the same shape costs about the same
        quint64 order = 0;
        std::function<void()> start;
    };

    /// @p shape set: a query, sent once fewer than concurrentQueries() are running. @p quiet: the
    /// answer says nothing about the source's health, and a failure is not logged.
    template<typename T>
    QFuture<Result<T>> send(QString path, Params params, QString promql, Decoder<T> decode, bool allowPost,
        QString shape = {}, bool quiet = false);
    void enqueue(Waiting waiting);
    void startWaiting();
    void queryDone(const QString& shape, std::optional<qint64> ms);
    void askServerThreads();
    /// The request as the transport sends it; sets @p request's method.
    http::Transport::Request prepare(Request& request);
    void noteOutcome(const std::optional<ApiError>& error, qint64 elapsedMs);
    QString sourceName() const;

    const SourceConfig m_config;
    /// Created on the client's thread when the first request goes out.
    http::Transport* m_transport = nullptr;
    SourceHealth m_health = SourceHealth::Unknown;
    std::atomic<int> m_sharedHealth { static_cast<int>(SourceHealth::Unknown) };
    QString m_healthDetail;
    /// Queries beyond the server's threads wait here. A server shares its cores between the
    /// queries it runs: fourteen at once on two cores leave the slowest a seventh of a core until
    /// the others are done, when it could have had one of its own from the start. So at most
    /// concurrentQueries() run, and the one expected to take longest is sent first.
    std::vector<Waiting> m_waiting;
    int m_running = 0;
    quint64 m_order = 0;
    bool m_startPosted = false;
    QHash<QString, qint64> m_lastMs; ///< a query shape's last duration
    enum class ServerThreads
    {
        NotAsked,
        Asking,
        Known,
        Unsaid, ///< the server has no runtimeinfo (Thanos, Mimir, VictoriaMetrics)
    };
    ServerThreads m_serverThreadsState = ServerThreads::NotAsked;
    int m_serverThreads = 0;
    bool m_askingTooLong = false;
    static constexpr int kAskServerThreadsMs = 1000;
    bool m_closing = false; ///< in the destructor: nothing more is sent, health stays as it was
    bool m_warnedNoSecret = false;
};

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QFuture>
#include <QObject>

#include "config/sourceconfig.h"
#include "costs/allocation.h"
#include "util/result.h"

namespace atalaya::http {
class Transport;
}

namespace atalaya::costs {

/// One question to OpenCost's allocation API (GET /allocation, PROTOCOLS.md §4).
struct AllocationQuery
{
    QDateTime start; ///< the window, sent as a Unix pair: unambiguous, and aligned to local days
    QDateTime end;
    qint64 stepSeconds = 0; ///< 0: one set for the whole window
    QString aggregate = QStringLiteral("namespace");
    bool includeIdle = true;
    QString resolution; ///< e.g. "5m" for long windows; empty: the server's default (1m)

    /// "1764547200,1764633600"
    QString window() const;
    /// What the answer is cached under: everything that changes it.
    QString cacheKey() const;
};

/// Is @p window one OpenCost accepts: today, yesterday, week, month, lastweek, lastmonth; a
/// duration (30m, 12h, 7d); an RFC 3339 or Unix pair with start before end? OpenCost answers a
/// bad window with a plain-text 400 and then goes on writing, so it is checked here first.
/// Returns an empty string when valid, else why not.
QString validateWindow(const QString& window);
/// Is @p aggregate one OpenCost knows (cluster, node, namespace, controllerKind, controller,
/// service, pod, container, label:<name>, annotation:<name>, or a comma list of them)? Empty
/// when valid, else why not.
QString validateAggregate(const QString& aggregate);

/// Decodes an /allocation answer: {"code":200,"status":"success","data":[{name: Allocation}…]}.
/// Every number may be null (NaN, Inf). An envelope with a code other than 200, or with data
/// that is not an array of objects, is an error that quotes the server's message.
Result<AllocationReport> decodeAllocationResponse(QByteArrayView body);

/// Client of OpenCost's allocation API. Lives on a worker thread (the session's network
/// thread) like PrometheusClient: allocation() may be called from any thread and returns at
/// once; the answer is decoded off the network thread when large, never on the GUI thread. Each
/// future gets exactly one Result.
class OpenCostClient : public QObject
{
    Q_OBJECT

public:
    explicit OpenCostClient(SourceConfig config, QObject* parent = nullptr);
    ~OpenCostClient() override;

    QFuture<Result<AllocationReport>> allocation(const AllocationQuery& query);

    const SourceConfig& config() const { return m_config; }
    /// For people: the base URL, without credentials.
    QString sourceName() const;

    /// Bodies up to this size are decoded on the network thread; larger ones on the pool.
    static constexpr qsizetype kInlineDecodeBytes = 256 * 1024;

private:
    const SourceConfig m_config;
    http::Transport* m_transport = nullptr; ///< created on first use, on the client's thread
    bool m_warnedNoSecret = false;
};

} // namespace atalaya::costs

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>

#include <QJsonObject>
#include <QObject>

#include "domain/verticalstatus.h"

namespace atalaya {

class QuerySet;
class Session;

/// Headless warm-up (`atalaya --snapshot --out FILE.json`): asks every source of the environment
/// what the overview shows, which writes it through to the cache, and summarises it as JSON:
/// @code
/// { "environment": "demo", "takenAt": "2026-11-29T15:04:05-03:00", "ok": true,
///   "sources": { "prometheus": { "ok": true, "url": "…" } },
///   "verticals": { "barbershop": { "p95_ms": 142.1, "error_ratio": 0.0031, "rps": 37.2,
///                                  "replicas": 6, "status": "ok" }, … } }
/// @endcode
/// Figures a source could not give are null. ok is false when any source failed.
class Snapshot : public QObject
{
    Q_OBJECT
public:
    explicit Snapshot(Session* session, QObject* parent = nullptr);
    void start();

signals:
    void finished(const QJsonObject& summary, bool allSourcesAnswered);

private:
    Session* m_session;
    QuerySet* m_queries = nullptr;
    std::map<QString, VerticalStatus> m_rows;
};

} // namespace atalaya

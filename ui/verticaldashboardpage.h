// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/series.h"
#include "ui/page.h"
#include "util/result.h"

class QLabel;

namespace atalaya {

class ChartPanel;
class QuerySet;
class Session;

/// The dashboard of one vertical: p50/p95/p99 latency against the SLA, requests per second and
/// the 5xx ratio, over the chosen time range.
class VerticalDashboardPage : public Page
{
    Q_OBJECT
public:
    VerticalDashboardPage(Session* session, QWidget* parent = nullptr);
    ~VerticalDashboardPage() override;

    QString pageName() const override { return QStringLiteral("vertical"); }
    void setRange(std::chrono::seconds range) override;
    void refresh() override;

    void setVertical(const QString& verticalId);
    QString verticalId() const { return m_verticalId; }

private:
    enum Target
    {
        TargetP50,
        TargetP95,
        TargetP99,
        TargetRps,
        TargetErrors,
        TargetCount,
    };
    void onResult(int target, const Result<QueryResult>& result);
    void onFinished(int failures, const QString& firstError);

    Session* m_session;
    QString m_verticalId;
    std::chrono::seconds m_range { 6 * 3600 };
    double m_step = 60;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    ChartPanel* m_latency = nullptr;
    ChartPanel* m_rate = nullptr;
    ChartPanel* m_errors = nullptr;
    QuerySet* m_queries = nullptr;
};

} // namespace atalaya

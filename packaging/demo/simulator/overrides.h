// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atalaya::sim {

enum class ChangeKind
{
    TrafficFactor,
    LatencyFactor,
    ErrorRatio,
    Replicas,
    PaymentFailureRatio,
    GatewayLatencyFactor,
    ScrapeDown,
    Reset,
};

/// One change made through POST /control, effective from @c at on.
struct Change
{
    double at = 0; ///< unix seconds
    ChangeKind kind = ChangeKind::Reset;
    int vertical = -1; ///< -1: every vertical
    int region = -1; ///< -1: every region
    int provider = -1; ///< -1: every provider
    double value = 0;
    bool release = false; ///< back to the model's own behaviour
};

/// The live scenario changes (POST /control), each stamped with the time it takes effect, so the
/// model stays a pure function of time: asking about an instant before a change gives the
/// unchanged answer. Bodies are JSON objects; see packaging/demo/README.md for the format.
class Overrides
{
public:
    /// The highest spec.replicas a "replicas" change may set.
    static constexpr int kMaxReplicas = 500;

    /// Parses a control body and records its changes as effective from @p at (unix seconds, not
    /// before the last recorded change). Nothing is recorded when the body is invalid.
    bool apply(std::string_view body, double at, std::string* error = nullptr);
    /// Replays the journal written by journal(); false if it is malformed.
    bool replay(std::string_view journal, std::string* error = nullptr);
    /// Every accepted body with its time, as a JSON array [{"at": t, "body": {...}}, ...].
    std::string journal() const;
    /// The changes in force at t, as JSON (for GET /control).
    std::string describe(double t) const;

    bool empty() const { return m_changes.empty(); }
    /// The time of the first change after t, or +infinity.
    double nextChangeAfter(double t) const;
    double lastChangeAt() const;

    double trafficFactor(int vertical, double t) const;
    double latencyFactor(int vertical, int region, double t) const;
    std::optional<double> errorRatio(int vertical, int region, double t) const;
    std::optional<int> replicas(int vertical, double t) const;
    std::optional<double> paymentFailureRatio(int provider, double t) const;
    double gatewayLatencyFactor(int provider, double t) const;
    /// Whether /metrics answers 503 (the target is "down" for Prometheus).
    bool scrapeDown(double t) const;

private:
    const Change* find(ChangeKind kind, int vertical, int region, int provider, double t) const;

    std::vector<Change> m_changes; ///< in time order
    std::vector<std::pair<double, std::string>> m_journal;
};

} // namespace atalaya::sim

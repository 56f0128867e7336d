// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "config/sourceconfig.h"
#include "domain/region.h"
#include "domain/vertical.h"

namespace atalaya {

/// The PromQL templates of the dashboards. Placeholders: {vertical}, {region}, {window}, {quantile},
/// {namespace}, {deployment}, {regionRegex} (the chosen region's label value as an exact regular
/// expression, ".*" when none is chosen or the caller gives none).
/// Values substituted into them are validated ids or escaped (see QueryTemplates::render).
struct QueryTemplates
{
    std::map<QString, QString> templates; ///< name -> PromQL with placeholders

    /// The template named @p name with every placeholder replaced; empty if the name is unknown.
    /// String values are escaped for a PromQL double-quoted literal.
    QString render(const QString& name, const std::map<QString, QString>& values) const;
    static QStringList knownNames();
    static QStringList knownPlaceholders();
};

/// How the console reaches an environment's cluster: the user's own kubectl, kubeconfig and
/// context. No credentials: kubectl and its kubeconfig hold them.
struct KubernetesConfig
{
    QString kubectl = QStringLiteral("kubectl");
    QString kubeconfig; ///< empty: kubectl's default
    QString context; ///< empty: the kubeconfig's current context
    bool isConfigured() const { return !kubeconfig.isEmpty() || !context.isEmpty(); }
};

/// What the console offers its user in an environment (the cluster still decides: auth can-i).
enum class Role
{
    Viewer, ///< reads only
    Operator, ///< scale, restart, rollback
    Manager, ///< also degradation levels
};

/// Where an environment's degradation flags live (OpenFeature flagd flag definitions): a ConfigMap
/// that flagd mounts (patched with the user's kubectl; the default), or a file flagd watches.
struct FlagStoreConfig
{
    enum class Kind
    {
        ConfigMap,
        File,
    };
    Kind kind = Kind::ConfigMap;
    QString namespaceName = QStringLiteral("flagd");
    QString name = QStringLiteral("atalaya-flags");
    QString key = QStringLiteral("flags.json"); ///< the ConfigMap data key flagd reads
    QString file; ///< Kind::File: the path flagd watches
    /// For people: "ConfigMap flagd/atalaya-flags (flags.json)" or the file name.
    QString displayName() const;
};

/// One degradation level (PLATFORM-FACTS.md, playbook service_degradation_protocols). Features
/// are cumulative: level 2 switches off its own and level 1's.
struct DegradationLevel
{
    int level = 0;
    QStringList disables; ///< feature names, [a-z0-9_]+: they become flag keys "<vertical>.<feature>"
    QStringList keeps; ///< what stays on, for people
    QString communication; ///< how users are told, for people
    bool maintenance = false; ///< maintenance mode: the application shows a full-page notice
};

/// When the console recommends degrading (PLATFORM-FACTS.md, contingency triggers).
struct TriggerConfig
{
    enum class Baseline
    {
        SameHourLastWeek,
        MedianOfSevenDays, ///< the median of the same minute on each of the last 7 days
    };
    double latencyFactor = 2.0;
    double errorFactor = 5.0;
    double abandonmentIncrease = 0.20;
    /// Abandonment is a ratio of small counts: it is taken over a longer window, and only where
    /// that window saw enough checkouts (now and in the baseline) to tell a change from noise.
    std::chrono::seconds abandonmentWindow { 1800 };
    double abandonmentMinCheckouts = 200;
    /// The p95 is only compared where its rate window saw at least this many requests (now and in
    /// the baseline): a quiet vertical's p95 at night swings past 2x from sampling alone.
    double latencyMinRequests = 300;
    /// The 5xx ratio is only compared where its window saw at least this many failed requests: a
    /// quiet vertical's one 5xx in a few hundred requests is already five times a healthy ratio.
    double errorMinFailures = 10;
    std::chrono::seconds holdFor { 300 };
    std::chrono::seconds maxAge { 180 };
    Baseline baseline = Baseline::SameHourLastWeek;
};

struct DegradationConfig
{
    std::vector<DegradationLevel> levels; ///< levels 1..3, in order
    QString maintenanceMessage = QStringLiteral("Sistema en mantenimiento");
    TriggerConfig triggers;
    /// Every feature some level switches off, in level order.
    QStringList features() const;
    /// The features off at @p level (cumulative).
    QStringList featuresOff(int level) const;
    const DegradationLevel* find(int level) const;
};

/// How costs are judged (PLATFORM-FACTS.md, "Cost figures"; playbook cost_optimization_targets).
struct CostConfig
{
    /// ARS per USD: cloud cost is in USD, revenue and bookings in ARS. A configured figure, shown
    /// with its date wherever it is used; no rate is fetched from anywhere.
    double arsPerUsd = 0;
    QString arsPerUsdAsOf; ///< e.g. "2026-11-01", for people
    double budgetAlert = 1.2; ///< a period's spend at this multiple of its budget alerts
    double budgetCap = 1.5; ///< … and at this one it has reached the daily spend limit
    double anomalyFactor = 1.5; ///< a day above this multiple of its trailing trend is an anomaly
    int trendDays = 30; ///< the trailing trend: the mean daily cost of this many days before
    double wasteIdleShare = 0.30; ///< idle at or above this share of the cluster's cost is waste
    /// Infrastructure cost as a share of revenue, year 1, 2, 3… (the last applies after).
    std::vector<double> revenueShareTargets { 0.25, 0.20, 0.15 };
    int operatingYear = 1; ///< which of them applies now
    /// The platform's revenue as a share of the bookings' value (its commission); 1 compares
    /// against the bookings' value itself.
    double commissionRate = 0.05;
    QString commissionSource;
    /// Allocation step resolution for the OpenCost API and the Prometheus-derived path ("1m").
    QString resolution = QStringLiteral("1m");
    double revenueShareTarget() const
    {
        if (revenueShareTargets.empty())
            return 0;
        return revenueShareTargets[size_t(std::clamp(operatingYear, 1, int(revenueShareTargets.size())) - 1)];
    }
};

/// One environment (production, staging, the local demo...) and how to reach its sources.
struct Environment
{
    QString name;
    QString displayName;
    bool production = false;
    SourceConfig prometheus;
    SourceConfig simulator; ///< the demo stack's control endpoint, when present
    DatabaseConfig bookings; ///< the booking database, when configured
    /// OpenCost's API (cost-model, port 9003, or the UI's /model prefix); when not configured,
    /// cost is derived from OpenCost's Prometheus metrics (queries cost*).
    SourceConfig costs;
    KubernetesConfig kubernetes;
    Role role = Role::Viewer;
    FlagStoreConfig flags;
    QueryTemplates queries; ///< global templates overlaid with the environment's own
};

/// A problem found in a configuration file: which file, which key, what is wrong.
struct ConfigProblem
{
    QString file;
    QString key; ///< JSON path, e.g. "environments[0].sources.prometheus.url"
    QString message;

    QString toDisplayString() const;
};

/// The whole configuration, defaults merged with the user's file.
struct Config
{
    QString timeZone = QStringLiteral("America/Argentina/Buenos_Aires");
    std::chrono::seconds refreshInterval { 30 };
    std::chrono::seconds defaultRange { 6 * 3600 };
    SlaTarget sla;
    /// The local cache: file (empty: per environment under $XDG_CACHE_HOME/atalaya) and how long
    /// it keeps what it fetched (pinned windows excepted).
    QString cachePath;
    double cacheRetentionDays = 30;
    DegradationConfig degradation;
    CostConfig costs;
    std::vector<Vertical> verticals;
    std::vector<Region> regions;
    std::vector<Environment> environments;
    QString defaultEnvironment;

    const Environment* environment(const QString& name) const;
    const Vertical* vertical(const QString& id) const;
    const Region* region(const QString& id) const;
};

/// The result of loading: a usable Config (the defaults when the user's file is bad),
/// which files were read, and every problem found.
struct ConfigLoadResult
{
    Config config;
    QStringList filesRead;
    std::vector<ConfigProblem> problems;
    bool usedDefaultsOnly = false; ///< the user's file was rejected
};

/// Reads the shipped defaults (resources/default-config.json) and the user's file, merges them
/// (objects key by key; arrays of objects by their "id"/"name"; other arrays replaced) and
/// validates every key. File I/O: call it off the GUI thread.
class ConfigLoader
{
public:
    /// The user's file: @p explicitPath, else $XDG_CONFIG_HOME/atalaya/config.json if it exists.
    static ConfigLoadResult load(const std::optional<QString>& explicitPath);
    /// Parses configuration text (defaults + @p userJson) without touching the file system
    /// except the embedded defaults; @p fileName is used in messages.
    static ConfigLoadResult loadFromText(const QByteArray& userJson, const QString& fileName);
    static QString defaultUserConfigPath();
};

} // namespace atalaya

Q_DECLARE_METATYPE(atalaya::ConfigLoadResult)

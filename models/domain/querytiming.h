// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <utility>

#include <QDateTime>
#include <QString>

namespace atalaya {

/// Prometheus refuses more than this many points per series in one range query.
inline constexpr double kMaxPointsPerSeries = 11000;

/// Grafana's rule (calculatePrometheusInterval): one point per pixel (range / width), rounded to the
/// nearest "nice" interval (18 s -> 20 s, 504 s -> 10m); when that is below @p minStepSeconds (the
/// Min step or the scrape interval) the step is @p minStepSeconds itself. Never so small that the
/// range needs more than 11,000 points: then the smallest nice interval that respects the limit
/// (7 d at 15 s -> 1m). Seconds.
double stepForWidth(double rangeSeconds, int widthPx, double minStepSeconds);

/// Grafana's table of readable intervals: @p seconds rounded to the nearest of 10ms, 20ms, 50ms,
/// ... 1s, 2s, 5s, 10s, 15s, 20s, 30s, 1m, 2m, 5m, 10m, 15m, 20m, 30m, 1h, 2h, 3h, 6h, 12h, 1d,
/// 1w, 30d, 1y.
double roundInterval(double seconds);

/// The smallest step Prometheus accepts for this range (the 11,000-points limit).
double minimumStepFor(double rangeSeconds);

/// rate() window for a step: max(step + scrape, 4 x scrape), as a PromQL duration.
/// At least four scrapes so one missed scrape does not blank the graph; at least one step so
/// no sample falls between two evaluations.
QString rateWindow(double stepSeconds, double scrapeSeconds);

/// [start, end] moved down to multiples of @p stepSeconds (helps result caches).
std::pair<QDateTime, QDateTime> alignRange(const QDateTime& start, const QDateTime& end, double stepSeconds);

/// 5400 -> "1h30m", 90 -> "1m30s", 0.5 -> "500ms", 0 -> "0s" (Prometheus' own spelling;
/// rounded to whole milliseconds, units d h m s ms).
QString formatPromDuration(double seconds);
/// A PromQL duration: "1h30m", "500ms", "2d", "1w", "1y" (units y w d h m s ms, largest first,
/// each at most once) or "0"; nullopt if it is not one (fractions, signs, spaces, overflow).
std::optional<std::chrono::milliseconds> parsePromDuration(const QString& text);

/// Escapes a value for a PromQL double-quoted string literal.
QString escapeLabelValue(const QString& value);
/// A literal value as a regular expression that matches exactly it (RE2 syntax, as a `=~`
/// matcher reads it): the metacharacters \ . + * ? ( ) | [ ] { } ^ $ get a backslash, nothing
/// else does (RE2 refuses escaped letters). Escape the result with escapeLabelValue to quote it.
QString escapeRegexLiteral(const QString& value);
/// [a-zA-Z_][a-zA-Z0-9_]* (the legacy label-name alphabet).
bool isValidLabelName(const QString& name);
/// A label name as a path segment of /api/v1/label/<name>/values: legacy names as they are, any
/// other name in Prometheus' "U__" value encoding ("app.kubernetes.io/name" ->
/// "U__app_2e_kubernetes_2e_io_2f_name"). Empty for an empty name.
QString escapeLabelNameForPath(const QString& name);

} // namespace atalaya

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

/// Grafana's rule: one point per pixel (range / width), never below @p minStepSeconds (the
/// scrape interval), rounded up to a "nice" interval, and never so small that the range needs
/// more than 11,000 points. Seconds.
double stepForWidth(double rangeSeconds, int widthPx, double minStepSeconds);

/// The smallest step Prometheus accepts for this range (the 11,000-points limit).
double minimumStepFor(double rangeSeconds);

/// rate() window for a step: max(step + scrape, 4 x scrape), as a PromQL duration.
/// At least four scrapes so one missed scrape does not blank the graph; at least one step so
/// no sample falls between two evaluations.
QString rateWindow(double stepSeconds, double scrapeSeconds);

/// [start, end] moved down to multiples of @p stepSeconds (helps result caches).
std::pair<QDateTime, QDateTime> alignRange(const QDateTime& start, const QDateTime& end, double stepSeconds);

/// 5400 -> "1h30m", 90 -> "1m30s", 0.5 -> "500ms".
QString formatPromDuration(double seconds);
/// "1h30m", "500ms", "2d", "1w" -> the duration; nullopt if it is not one.
std::optional<std::chrono::milliseconds> parsePromDuration(const QString& text);

/// Escapes a value for a PromQL double-quoted string literal.
QString escapeLabelValue(const QString& value);
/// [a-zA-Z_][a-zA-Z0-9_]* (the legacy label-name alphabet).
bool isValidLabelName(const QString& name);

} // namespace atalaya

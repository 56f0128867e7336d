// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <utility>

#include <QDateTime>
#include <QString>

namespace atalaya {

/// What the user asked to see: "the last 6 hours" (moves with the clock) or a fixed window
/// ("from 03:10 to 04:40 on the 21st", e.g. after a drag-to-zoom).
struct TimeRange
{
    std::chrono::seconds relative { 6 * 3600 }; ///< used when start/end are not set
    QDateTime start; ///< absolute window, UTC
    QDateTime end;

    static TimeRange last(std::chrono::seconds span) { return { span, {}, {} }; }
    static TimeRange between(const QDateTime& from, const QDateTime& to)
    {
        return { std::chrono::seconds(from.secsTo(to)), from.toUTC(), to.toUTC() };
    }
    bool isRelative() const { return !start.isValid() || !end.isValid(); }
    /// The window now: [now - relative, now] or the absolute one.
    std::pair<QDateTime, QDateTime> resolve(const QDateTime& nowUtc = QDateTime::currentDateTimeUtc()) const
    {
        if (isRelative())
            return { nowUtc.addSecs(-relative.count()), nowUtc };
        return { start, end };
    }
    double seconds() const { return isRelative() ? double(relative.count()) : start.msecsTo(end) / 1000.0; }
    bool operator==(const TimeRange& o) const
    {
        return isRelative() == o.isRelative() && (isRelative() ? relative == o.relative : start == o.start && end == o.end);
    }
};

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/querytiming.h"

#include <algorithm>
#include <cmath>

#include <QTimeZone>

namespace atalaya {

namespace {
// Intervals a person reads at a glance; a step is rounded up to the next of these.
constexpr double kNiceSteps[] = { 1,    2,    5,    10,    15,    20,    30,     60,     120,    300,
                                  600,  900,  1200, 1800,  3600,  7200,  10800,  21600,  43200,  86400 };
} // namespace

double minimumStepFor(double rangeSeconds)
{
    return std::ceil(std::max(0.0, rangeSeconds) / kMaxPointsPerSeries);
}

double stepForWidth(double rangeSeconds, int widthPx, double minStepSeconds)
{
    const double perPixel = rangeSeconds / std::max(1, widthPx);
    const double raw = std::max({ minStepSeconds, perPixel, 1.0 });
    double step = raw;
    for (double nice : kNiceSteps) {
        if (nice >= raw) {
            step = nice;
            break;
        }
    }
    if (step < raw) // beyond a day: whole days
        step = std::ceil(raw / 86400.0) * 86400.0;
    return std::max(step, minimumStepFor(rangeSeconds));
}

QString rateWindow(double stepSeconds, double scrapeSeconds)
{
    return formatPromDuration(std::max(stepSeconds + scrapeSeconds, 4 * scrapeSeconds));
}

std::pair<QDateTime, QDateTime> alignRange(const QDateTime& start, const QDateTime& end, double stepSeconds)
{
    const qint64 step = std::max<qint64>(1, static_cast<qint64>(std::llround(stepSeconds * 1000)));
    auto down = [step](const QDateTime& t) {
        const qint64 ms = t.toMSecsSinceEpoch();
        return QDateTime::fromMSecsSinceEpoch(ms - ((ms % step) + step) % step, QTimeZone::utc());
    };
    return { down(start), down(end) };
}

QString formatPromDuration(double seconds)
{
    qint64 ms = std::llround(seconds * 1000);
    if (ms <= 0)
        return QStringLiteral("0s");
    QString out;
    struct Unit
    {
        qint64 ms;
        char suffix;
    };
    static constexpr Unit units[] = { { 86400000, 'd' }, { 3600000, 'h' }, { 60000, 'm' }, { 1000, 's' } };
    for (const Unit& u : units) {
        if (ms >= u.ms) {
            out += QString::number(ms / u.ms) + QLatin1Char(u.suffix);
            ms %= u.ms;
        }
    }
    if (ms > 0)
        out += QString::number(ms) + QStringLiteral("ms");
    return out;
}

std::optional<std::chrono::milliseconds> parsePromDuration(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    int i = 0;
    int lastRank = 100; // units must come largest first, each at most once
    while (i < text.size()) {
        qint64 n = 0;
        const int digitsStart = i;
        while (i < text.size() && text[i].isDigit()) {
            n = n * 10 + text[i].digitValue();
            if (n > 1'000'000'000)
                return std::nullopt;
            ++i;
        }
        if (i == digitsStart)
            return std::nullopt;
        qint64 unit = 0;
        int rank = 0;
        if (text.mid(i, 2) == u"ms") {
            unit = 1;
            rank = 0;
            i += 2;
        } else if (i < text.size()) {
            switch (text[i].unicode()) {
            case 's':
                unit = 1000, rank = 1;
                break;
            case 'm':
                unit = 60000, rank = 2;
                break;
            case 'h':
                unit = 3600000, rank = 3;
                break;
            case 'd':
                unit = 86400000, rank = 4;
                break;
            case 'w':
                unit = 7 * 86400000LL, rank = 5;
                break;
            case 'y':
                unit = 365 * 86400000LL, rank = 6;
                break;
            default:
                return std::nullopt;
            }
            ++i;
        } else {
            return std::nullopt;
        }
        if (rank >= lastRank)
            return std::nullopt;
        lastRank = rank;
        total += n * unit;
    }
    return std::chrono::milliseconds(total);
}

QString escapeLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size() + 2);
    for (QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool isValidLabelName(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (int i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (!(alpha || (i > 0 && digit)))
            return false;
    }
    return true;
}

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/querytiming.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

#include <QTimeZone>

namespace atalaya {

namespace {

/// Grafana's rounding table (grafana-plugin-sdk-go gtime.RoundInterval), in milliseconds: an
/// interval up to @c upTo becomes @c nice. The limits sit roughly halfway between neighbours.
struct NiceStep
{
    qint64 upTo;
    qint64 nice;
};
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr NiceStep kNiceSteps[] = {
    { 15, 10 },
    { 35, 20 },
    { 75, 50 },
    { 150, 100 },
    { 350, 200 },
    { 750, 500 },
    { 1500, kSecond },
    { 3500, 2 * kSecond },
    { 7500, 5 * kSecond },
    { 12500, 10 * kSecond },
    { 17500, 15 * kSecond },
    { 25 * kSecond, 20 * kSecond },
    { 45 * kSecond, 30 * kSecond },
    { 90 * kSecond, kMinute },
    { 210 * kSecond, 2 * kMinute },
    { 450 * kSecond, 5 * kMinute },
    { 750 * kSecond, 10 * kMinute },
    { 1050 * kSecond, 15 * kMinute },
    { 25 * kMinute, 20 * kMinute },
    { 45 * kMinute, 30 * kMinute },
    { 90 * kMinute, kHour },
    { 150 * kMinute, 2 * kHour },
    { 270 * kMinute, 3 * kHour },
    { 9 * kHour, 6 * kHour },
    { kDay, 12 * kHour },
    { 7 * kDay, kDay },
    { 21 * kDay, 7 * kDay },
    { 42 * kDay - 1, 30 * kDay },
};
constexpr qint64 kYearMs = 365 * kDay;

/// The smallest value of the table that is >= @p seconds (for the 11,000-points floor, where
/// rounding down is not allowed).
double niceAtLeast(double seconds)
{
    for (const NiceStep& s : kNiceSteps)
        if (static_cast<double>(s.nice) / 1000.0 >= seconds)
            return static_cast<double>(s.nice) / 1000.0;
    return std::max(seconds, static_cast<double>(kYearMs) / 1000.0);
}

} // namespace

double roundInterval(double seconds)
{
    const double ms = seconds * 1000.0;
    for (const NiceStep& s : kNiceSteps)
        if (ms <= static_cast<double>(s.upTo))
            return static_cast<double>(s.nice) / 1000.0;
    return static_cast<double>(kYearMs) / 1000.0;
}

double minimumStepFor(double rangeSeconds)
{
    return std::ceil(std::max(0.0, rangeSeconds) / kMaxPointsPerSeries);
}

double stepForWidth(double rangeSeconds, int widthPx, double minStepSeconds)
{
    const double minStep = std::max(0.0, minStepSeconds);
    const double perPixel = std::max(0.0, rangeSeconds) / std::max(1, widthPx);
    // Like Grafana: the minimum is used as it is (a 7 s scrape interval stays 7 s); only the
    // per-pixel interval is rounded, and rounding never goes below the minimum.
    double step = perPixel < minStep ? minStep : std::max(minStep, roundInterval(perPixel));
    const double limit = minimumStepFor(rangeSeconds);
    if (step < limit)
        step = niceAtLeast(limit);
    return step;
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
    if (text == u"0")
        return std::chrono::milliseconds(0);
    if (text.isEmpty())
        return std::nullopt;
    struct Unit
    {
        QStringView suffix;
        qint64 ms;
    };
    // Largest first, as Prometheus' duration pattern orders them: y w d h m s ms.
    static constexpr Unit units[] = { { u"y", 365 * kDay }, { u"w", 7 * kDay }, { u"d", kDay }, { u"h", kHour },
        { u"m", kMinute }, { u"s", kSecond }, { u"ms", 1 } };
    // Prometheus keeps durations in int64 nanoseconds (about 292 years).
    constexpr qint64 kMaxMs = std::numeric_limits<qint64>::max() / 1'000'000;
    const QStringView view(text);
    qint64 total = 0;
    qsizetype i = 0;
    int next = 0; // units must come largest first, each at most once
    while (i < view.size()) {
        qint64 n = 0;
        const qsizetype digitsStart = i;
        while (i < view.size() && view[i] >= u'0' && view[i] <= u'9') { // ASCII digits only
            n = n * 10 + (view[i].unicode() - u'0');
            if (n > kMaxMs)
                return std::nullopt;
            ++i;
        }
        if (i == digitsStart)
            return std::nullopt;
        const QStringView rest = view.sliced(i);
        auto matches = [rest](const Unit& unit) {
            // "m" is minutes only when it is not the start of "ms".
            return rest.startsWith(unit.suffix) && !(unit.suffix == u"m" && rest.startsWith(u"ms"));
        };
        int u = next;
        while (u < static_cast<int>(std::size(units)) && !matches(units[u]))
            ++u;
        if (u == static_cast<int>(std::size(units)))
            return std::nullopt;
        if (n > (kMaxMs - total) / units[u].ms)
            return std::nullopt;
        total += n * units[u].ms;
        i += units[u].suffix.size();
        next = u + 1;
    }
    return std::chrono::milliseconds(total);
}

QString escapeRegexLiteral(const QString& value)
{
    static const QString meta = QStringLiteral("\\.+*?()|[]{}^$");
    QString out;
    out.reserve(value.size() * 2);
    for (QChar c : value) {
        if (meta.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
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

QString escapeLabelNameForPath(const QString& name)
{
    if (name.isEmpty())
        return {};
    auto legacyRune = [](char32_t c, bool first) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
            || (!first && c >= '0' && c <= '9');
    };
    const QList<uint> codePoints = name.toUcs4();
    bool legacy = true;
    for (qsizetype i = 0; i < codePoints.size() && legacy; ++i)
        legacy = legacyRune(codePoints[i], i == 0);
    // A legacy name that starts with "U__" would be unescaped by the server: encode it too.
    if (legacy && !name.startsWith(u"U__"))
        return name;
    QString out = QStringLiteral("U__");
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (c == '_')
            out += QStringLiteral("__");
        else if (legacyRune(c, i == 0))
            out += QChar(static_cast<char16_t>(c));
        else if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            out += QStringLiteral("_FFFD_");
        else
            out += QChar(u'_') + QString::number(static_cast<uint>(c), 16) + QChar(u'_');
    }
    return out;
}

} // namespace atalaya

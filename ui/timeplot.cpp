// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeplot.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QStaticText>
#include <QTimer>
#include <QToolTip>

#include "domain/m4.h"

namespace atalaya {

namespace {

const QColor kGrid(0x2c, 0x31, 0x39);
const QColor kAxis(0x44, 0x4a, 0x52);
const QColor kLabel(0xb0, 0xb6, 0xbe);
const QColor kDimmed(0x60, 0x66, 0x6e);
const QColor kCrosshair(0xd8, 0xdd, 0xe3, 150);
const QColor kSelection(0x5b, 0x9b, 0xd5, 60);
const QColor kBand(255, 255, 255, 16);

/// Far-away coordinates (a sample long before the window, a huge value) are kept finite and
/// within what the rasteriser clips exactly; both the reduced and the full drawing use this.
constexpr double kFar = 1e7;

/// Dashes of a dashed line, in pixel columns: drawn on, then off. A dashed line is its solid
/// line seen through these stripes, so a dash depends on x only, never on the path's length.
constexpr int kDashOn = 6;
constexpr int kDashOff = 4;

/// How long a turn of the event loop goes on drawing queued plots: a quarter of a 60 Hz frame.
constexpr qint64 kDrawingTurnNs = 4'000'000;
constexpr int kMargin = 6;
constexpr int kSwatch = 16;
constexpr int kLegendGap = 16;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/// Fills @p r in strips of at most 64 rows. Qt's raster engine hands a fill of more rows to its
/// GUI thread pool and waits for it: on a busy machine, milliseconds each for a shaded band.
void fillInStrips(QPainter& p, const QRect& r, const QColor& color)
{
    constexpr int kRows = 64;
    for (int y = r.top(); y <= r.bottom(); y += kRows)
        p.fillRect(QRect(r.left(), y, r.width(), std::min(kRows, r.bottom() + 1 - y)), color);
}

QColor annotationColor(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Alert:
        return { 0xe5, 0x48, 0x4d };
    case Annotation::Kind::Action:
        return { 0x5b, 0x9b, 0xd5 };
    case Annotation::Kind::Degradation:
        return { 0xd2, 0x99, 0x22 };
    case Annotation::Kind::Note:
        break;
    }
    return { 0xb0, 0xb6, 0xbe };
}

} // namespace

TimePlot::TimePlot(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timePlot"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setMinimumHeight(180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

TimePlot::~TimePlot() = default;

void TimePlot::setLines(const std::vector<Line>& lines)
{
    std::vector<QString> hidden;
    for (const LineData& l : m_lines)
        if (!l.visible)
            hidden.push_back(l.spec.legend);
    m_lines.clear();
    m_lines.resize(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        m_lines[i].spec = lines[i];
        m_lines[i].visible = std::find(hidden.begin(), hidden.end(), lines[i].legend) == hidden.end();
    }
    invalidateLayout();
}

void TimePlot::setLegend(int line, const QString& legend)
{
    if (line < 0 || line >= lineCount() || m_lines[size_t(line)].spec.legend == legend)
        return;
    m_lines[size_t(line)].spec.legend = legend;
    invalidateLayout();
}

void TimePlot::setLineVisible(int line, bool visible)
{
    if (line < 0 || line >= lineCount() || m_lines[size_t(line)].visible == visible)
        return;
    m_lines[size_t(line)].visible = visible;
    invalidateLayout();
    emit lineVisibilityChanged(line, visible);
}

bool TimePlot::isLineVisible(int line) const
{
    return line >= 0 && line < lineCount() && m_lines[size_t(line)].visible;
}

void TimePlot::setSeries(int line, Series series, double gapSeconds)
{
    if (line < 0 || line >= lineCount())
        return;
    auto& ts = series.timestamps;
    auto& vs = series.values;
    const size_t n = std::min(ts.size(), vs.size());
    ts.resize(n);
    vs.resize(n);
    if (!std::is_sorted(ts.begin(), ts.end())) {
        std::vector<size_t> order(n);
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ts[a] < ts[b]; });
        std::vector<double> t2(n), v2(n);
        for (size_t i = 0; i < n; ++i) {
            t2[i] = ts[order[i]];
            v2[i] = vs[order[i]];
        }
        ts = std::move(t2);
        vs = std::move(v2);
    }
    LineData& l = m_lines[size_t(line)];
    l.series = std::move(series);
    l.gapSeconds = gapSeconds;
    l.holes = m4Holes(l.series.timestamps.data(), n, 1.5 * gapSeconds);
    l.reduced = false;
    invalidateLayerDeferred();
}

const Series& TimePlot::series(int line) const
{
    static const Series none;
    return line >= 0 && line < lineCount() ? m_lines[size_t(line)].series : none;
}

void TimePlot::setGapSeconds(int line, double gapSeconds)
{
    if (line < 0 || line >= lineCount() || m_lines[size_t(line)].gapSeconds == gapSeconds)
        return;
    LineData& l = m_lines[size_t(line)];
    l.gapSeconds = gapSeconds;
    l.holes = m4Holes(l.series.timestamps.data(), l.series.timestamps.size(), 1.5 * gapSeconds);
    l.reduced = false;
    invalidateLayerDeferred();
}

void TimePlot::setTimeRange(qint64 startMs, qint64 endMs, Redraw redraw)
{
    // The same window, perhaps in another zone (a refresh after the zone changed): new labels.
    // Otherwise the legend and the value axis stay where they are: new ticks, and the lines
    // reduced again.
    if (startMs != m_startMs || endMs != m_endMs) {
        m_startMs = startMs;
        m_endMs = endMs;
        for (LineData& l : m_lines)
            l.reduced = false;
    }
    m_ticksValid = false;
    switch (redraw) {
    case Redraw::AtRepaint:
        invalidateLayer();
        break;
    case Redraw::Queued:
        invalidateLayerDeferred();
        break;
    case Redraw::WithData:
        // A repaint meanwhile copies the image as it is; an image that has to be made anew (a
        // resize, the first paint) shows the new window anyway.
        m_stale = true;
        break;
    }
}

void TimePlot::drawStale()
{
    if (m_stale)
        invalidateLayerDeferred();
}

void TimePlot::setValueAxis(double low, double high, int ticks, int decimals, const QString& unit)
{
    if (low == m_low && high == m_high && ticks == m_ticks && decimals == m_decimals && unit == m_unit)
        return;
    m_low = low;
    m_high = high;
    m_ticks = std::max(2, ticks);
    m_decimals = decimals;
    m_unit = unit;
    invalidateLayout();
}

void TimePlot::setThreshold(int index, double value, const QString& label, const QColor& color)
{
    if (index < 0)
        return;
    if (static_cast<size_t>(index) >= m_thresholds.size())
        m_thresholds.resize(size_t(index) + 1);
    m_thresholds[size_t(index)] = { value, label, color };
    invalidateLayout();
}

void TimePlot::setBands(std::vector<std::pair<qint64, qint64>> bands)
{
    if (bands == m_bands)
        return; // every refresh of the same day's range
    m_bands = std::move(bands);
    invalidateLayer();
}

void TimePlot::setAnnotations(const Annotations& annotations)
{
    m_annotations = annotations;
    invalidateLayer();
}

QStringList TimePlot::annotationsAt(qint64 ms, int x) const
{
    QStringList out;
    for (const Annotation& a : m_annotations) {
        const bool onMarker = std::abs(xOf(a.startMs) - x) <= 4;
        const bool inSpan = a.endMs > a.startMs && ms >= a.startMs && ms <= a.endMs;
        if (onMarker || inSpan)
            out << (a.detail.isEmpty() ? a.title : a.title + QStringLiteral(" — ") + a.detail);
    }
    return out;
}

bool TimePlot::inBand(qint64 ms) const
{
    return std::any_of(m_bands.begin(), m_bands.end(), [ms](const auto& b) { return ms >= b.first && ms < b.second; });
}

void TimePlot::setCrosshair(qint64 msSinceEpoch)
{
    if (m_crosshair == msSinceEpoch)
        return;
    m_crosshair = msSinceEpoch;
    // From the first hover on, the plot is kept as an image and a move repaints only the overlay.
    // (Not before: the image's fresh memory faults in page by page, which a dashboard coming up
    // for the first time should not wait for.)
    m_keepImage = m_keepImage || msSinceEpoch >= 0;
    update();
}

void TimePlot::setReduction(bool on)
{
    if (m_reduce == on)
        return;
    m_reduce = on;
    invalidateLines();
}

QRect TimePlot::plotRect() const
{
    ensureLayout();
    return m_plot;
}

qint64 TimePlot::msAt(double x) const
{
    const QRect plot = plotRect();
    return m_startMs + static_cast<qint64>(std::llround((x - plot.left()) * double(m_endMs - m_startMs) / plot.width()));
}

double TimePlot::xOf(qint64 ms) const
{
    const QRect plot = plotRect();
    const M4Columns columns(m_startMs / 1000.0, m_endMs / 1000.0, plot.width());
    return plot.left() + std::clamp(columns.column(ms / 1000.0), -kFar, kFar) + 0.5;
}

double TimePlot::yOf(double displayValue) const
{
    // Pixel rows: the top row is high, the bottom row low; a value is drawn at its row's centre.
    const double h = m_plot.height() - 1;
    const double span = m_high > m_low ? m_high - m_low : 1.0;
    const double row = std::floor(m_plot.top() + h * (m_high - displayValue) / span + 0.5);
    return std::clamp(row, -kFar, kFar) + 0.5;
}

int TimePlot::drawnPointCount() const
{
    ensureLayout();
    int n = 0;
    for (const LineData& l : m_lines)
        if (l.visible) {
            ensureReduced(l);
            n += static_cast<int>(l.pixels.size());
        }
    return n;
}

std::vector<QPolygonF> TimePlot::drawnSegments(int line) const
{
    std::vector<QPolygonF> out;
    if (line < 0 || line >= lineCount())
        return out;
    ensureLayout();
    const LineData& l = m_lines[size_t(line)];
    ensureReduced(l);
    for (size_t s = 0; s < l.segmentStarts.size(); ++s) {
        const int from = l.segmentStarts[s];
        const int to = s + 1 < l.segmentStarts.size() ? l.segmentStarts[s + 1] : static_cast<int>(l.pixels.size());
        QPolygonF poly;
        for (int k = from; k < to; ++k) {
            const size_t i = l.sources[size_t(k)];
            poly << QPointF(l.series.timestamps[i] * 1000.0, l.series.values[i] * m_scale);
        }
        out.push_back(poly);
    }
    return out;
}

std::vector<std::pair<qint64, QString>> TimePlot::timeTicks() const
{
    ensureTicks();
    std::vector<std::pair<qint64, QString>> out;
    for (const TimeTick& t : m_timeTicks)
        out.emplace_back(t.ms, t.label);
    return out;
}

QStringList TimePlot::legendEntries() const
{
    ensureLayout();
    QStringList out;
    for (const LegendEntry& e : m_legend)
        out << e.text;
    return out;
}

QRect TimePlot::legendEntryRect(int entry) const
{
    ensureLayout();
    return entry >= 0 && static_cast<size_t>(entry) < m_legend.size() ? m_legend[size_t(entry)].rect : QRect();
}

void TimePlot::invalidateLayout()
{
    m_layoutValid = false;
    invalidateLines();
}

void TimePlot::invalidateLines()
{
    for (LineData& l : m_lines)
        l.reduced = false;
    invalidateLayer();
}

void TimePlot::invalidateLayer()
{
    m_layerValid = false;
    update();
}

namespace {

std::deque<QPointer<TimePlot>>& layerQueue()
{
    static std::deque<QPointer<TimePlot>> queue; // the GUI thread's only
    return queue;
}

} // namespace

void TimePlot::scheduleDrawingTurn()
{
    // A zero timer rather than a posted call: turns posted one after the other ran back to back
    // with the window's repaint, no timer in between (the stall probe saw two turns and a
    // repaint in one 20 ms gap).
    static QTimer* timer = [] {
        auto* t = new QTimer(qApp);
        t->setSingleShot(true);
        t->setInterval(0);
        QObject::connect(t, &QTimer::timeout, qApp, &TimePlot::renderNextQueued);
        return t;
    }();
    if (!timer->isActive())
        timer->start();
}

void TimePlot::invalidateLayerDeferred()
{
    m_layerValid = false;
    if (!isVisible() || m_queued)
        return; // drawn when shown, or already waiting
    m_queued = true;
    layerQueue().push_back(this);
    if (layerQueue().size() == 1)
        scheduleDrawingTurn();
}

bool TimePlot::drawingQueued()
{
    return !layerQueue().empty();
}

void TimePlot::renderNextQueued()
{
    auto& queue = layerQueue();
    QElapsedTimer turn;
    turn.start();
    // Plots while the turn is short: a page's last answer usually changes several charts, drawn
    // (and then repainted) together; a turn that has taken long leaves the rest to the next.
    // A plot is left for the next turn when its last drawing (or, drawn for the first time, the
    // last drawing of any plot) would stretch this one past its time.
    static qint64 lastAnyDrawNs = 0;
    bool drew = false;
    while (!queue.empty()) {
        const QPointer<TimePlot> plot = queue.front();
        if (plot && drew && turn.nsecsElapsed() + (plot->m_lastDrawNs ? plot->m_lastDrawNs : lastAnyDrawNs) > kDrawingTurnNs)
            break;
        queue.pop_front();
        if (!plot)
            continue;
        plot->m_queued = false;
        if (plot->m_layerValid || !plot->isVisible())
            continue; // painted meanwhile, or hidden: drawn when shown
        QElapsedTimer drawing;
        drawing.start();
        plot->renderLayer();
        plot->m_lastDrawNs = lastAnyDrawNs = drawing.nsecsElapsed();
        plot->update(); // only the image to copy now
        drew = true;
    }
    if (!queue.empty())
        scheduleDrawingTurn();
}

void TimePlot::ensureLayout() const
{
    if (m_layoutValid)
        return;
    m_layoutValid = true;
    m_ticksValid = false; // the plot's width may have changed
    const QFontMetrics fm(font());
    const int w = width();
    const int h = height();

    // The legend: lines, then thresholds; rows wrap, each row centred.
    m_legend.clear();
    for (const LineData& l : m_lines)
        m_legend.push_back({ l.spec.legend, l.spec.color, l.spec.dashed, !l.visible, {}, {} });
    for (const Threshold& t : m_thresholds)
        if (!std::isnan(t.value))
            m_legend.push_back({ t.label, t.color, true, false, {}, {} });
    const int rowHeight = fm.height() + 4;
    const int available = std::max(40, w - 2 * kMargin);
    int top = 4;
    int legendBottom = top;
    for (size_t i = 0; i < m_legend.size();) {
        // As many entries as fit on this row.
        size_t end = i;
        int rowWidth = 0;
        while (end < m_legend.size()) {
            LegendEntry& e = m_legend[end];
            e.shown = fm.elidedText(e.text, Qt::ElideRight, available - kSwatch - 5);
            const int entryWidth = kSwatch + 5 + fm.horizontalAdvance(e.shown);
            const int needed = rowWidth + (end > i ? kLegendGap : 0) + entryWidth;
            if (end > i && needed > available)
                break;
            e.rect = QRect(0, top, entryWidth, rowHeight);
            rowWidth = needed;
            ++end;
        }
        int x = kMargin + (available - rowWidth) / 2;
        for (size_t k = i; k < end; ++k) {
            m_legend[k].rect.moveLeft(x);
            x += m_legend[k].rect.width() + kLegendGap;
        }
        top += rowHeight;
        legendBottom = top;
        i = end;
    }

    // The value axis: its labels decide how much room the plot leaves on the left.
    m_valueLabels.clear();
    int labelWidth = fm.horizontalAdvance(QStringLiteral("00"));
    const QString unit = m_unit.trimmed();
    for (int k = 0; k < m_ticks; ++k) {
        const double v = m_low + (m_high - m_low) * k / (m_ticks - 1);
        QString label = QString::number(v, 'f', m_decimals);
        if (!unit.isEmpty())
            label += u' ' + unit;
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
        m_valueLabels << label;
    }
    const int left = kMargin + labelWidth + 6;
    const int plotTop = legendBottom + std::max(6, fm.height() / 2);
    const int bottom = h - fm.height() - 8;
    const int right = w - std::max(12, fm.horizontalAdvance(QStringLiteral("00:00")) / 2 + 2);
    m_plot = QRect(left, plotTop, std::max(1, right - left), std::max(1, bottom - plotTop));
}

void TimePlot::ensureTicks() const
{
    ensureLayout();
    if (m_ticksValid)
        return;
    m_ticksValid = true;
    m_timeTicks.clear();
    const qint64 span = m_endMs - m_startMs;
    if (span <= 0 || m_plot.width() < 20)
        return;
    const QFontMetrics fm(font());
    // Round steps in seconds, from a second to a month; the smallest whose labels do not crowd.
    static const qint64 steps[] = { 1,     2,     5,     10,    15,     30,     60,     120,     300,     600,    900,
                                    1800,  3600,  7200,  10800, 21600,  43200,  86400,  172800,  604800, 1209600, 2419200 };
    const int shortLabel = fm.horizontalAdvance(QStringLiteral("00:00")) + 28;
    const int longLabel = fm.horizontalAdvance(QStringLiteral("00:00:00")) + 28;
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        const int label = s < 60 ? longLabel : shortLabel;
        if (double(span) / (s * 1000.0) * label <= m_plot.width()) {
            step = s;
            break;
        }
    }
    // The zone's offset at both ends of the window: one look-up each (a local-time conversion asks
    // the C library, which checks the zone file every time); within a window that no change of
    // offset crosses, the ticks and their labels are plain arithmetic.
    const qint64 offset = QDateTime::fromMSecsSinceEpoch(m_startMs).offsetFromUtc();
    const bool oneOffset = offset == QDateTime::fromMSecsSinceEpoch(m_endMs).offsetFromUtc();
    auto localDay = [&](qint64 sec, int* secOfDay) {
        if (!oneOffset) {
            const QDateTime dt = QDateTime::fromSecsSinceEpoch(sec);
            *secOfDay = dt.time().msecsSinceStartOfDay() / 1000;
            return dt.date();
        }
        const qint64 day = floorDiv(sec + offset, 86400);
        *secOfDay = static_cast<int>(sec + offset - day * 86400);
        return QDate::fromJulianDay(kUnixEpochJulianDay + day);
    };
    auto label = [&](qint64 sec) {
        int secOfDay = 0;
        const QDate date = localDay(sec, &secOfDay);
        if (secOfDay == 0)
            return QStringLiteral("%1/%2").arg(date.day(), 2, 10, QChar(u'0')).arg(date.month(), 2, 10, QChar(u'0'));
        const QString hm = QStringLiteral("%1:%2").arg(secOfDay / 3600, 2, 10, QChar(u'0')).arg(secOfDay / 60 % 60, 2, 10, QChar(u'0'));
        return step < 60 ? hm + QStringLiteral(":%1").arg(secOfDay % 60, 2, 10, QChar(u'0')) : hm;
    };
    const qint64 firstSec = floorDiv(m_startMs, 1000);
    const qint64 lastSec = floorDiv(m_endMs, 1000);
    if (step < 86400) {
        // Aligned to the local clock: whole hours, quarter hours… of the configured zone.
        qint64 t = (floorDiv(firstSec + offset - 1, step) + 1) * step - offset;
        if (t * 1000 < m_startMs)
            t += step;
        for (; t <= lastSec && m_timeTicks.size() < 400; t += step)
            m_timeTicks.push_back({ t * 1000, label(t) });
        return;
    }
    // Local midnights, every step/86400 days counted from a fixed day, so that ticks stay put while panning.
    const qint64 days = step / 86400;
    int secOfDay = 0;
    QDate day = localDay(firstSec, &secOfDay);
    for (int guard = 0; guard < 400; ++guard, day = day.addDays(1)) {
        const qint64 ms = oneOffset ? ((day.toJulianDay() - kUnixEpochJulianDay) * 86400 - offset) * 1000
                                    : QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
        if (ms > m_endMs)
            break;
        if (ms < m_startMs || day.toJulianDay() % days != 0)
            continue;
        m_timeTicks.push_back({ ms, QStringLiteral("%1/%2").arg(day.day(), 2, 10, QChar(u'0')).arg(day.month(), 2, 10, QChar(u'0')) });
    }
}

void TimePlot::ensureReduced(const LineData& line) const
{
    if (line.reduced)
        return;
    line.reduced = true;
    line.pixels.clear();
    line.sources.clear();
    line.segmentStarts.clear();
    line.strokes.clear();
    line.dots.clear();
    const auto& ts = line.series.timestamps;
    const auto& vs = line.series.values;
    if (ts.empty() || m_endMs <= m_startMs)
        return;
    const double t0 = m_startMs / 1000.0, t1 = m_endMs / 1000.0;
    const int width = m_plot.width();
    const double maxGap = 1.5 * line.gapSeconds;
    const std::vector<size_t> picks = m4Window(ts.data(), vs.data(), ts.size(), t0, t1, width, line.holes, m_reduce);
    const M4Columns columns(t0, t1, width);
    line.pixels.reserve(static_cast<qsizetype>(picks.size()));
    line.sources.reserve(picks.size());
    bool open = false;
    for (size_t i : picks) {
        const double v = vs[i];
        if (!std::isfinite(v)) {
            open = false;
            continue;
        }
        // A hole in the samples breaks the line (as m4Holes finds them); the sample after a hole
        // is always a pick.
        if (!open || (i > 0 && ts[i] - ts[i - 1] > maxGap)) {
            line.segmentStarts.push_back(static_cast<int>(line.pixels.size()));
            open = true;
        }
        const double x = m_plot.left() + std::clamp(columns.column(ts[i]), -kFar, kFar) + 0.5;
        line.pixels.append(QPointF(x, yOf(v * m_scale)));
        line.sources.push_back(i);
    }

    // Strokes between neighbouring points, each drawn on its own (see drawLine); repeats of a
    // pixel add nothing, a segment that stays on one pixel is a dot.
    line.strokes.reserve(line.pixels.size());
    const int count = static_cast<int>(line.pixels.size());
    for (size_t s = 0; s < line.segmentStarts.size(); ++s) {
        const int from = line.segmentStarts[s];
        const int to = s + 1 < line.segmentStarts.size() ? line.segmentStarts[s + 1] : count;
        const size_t before = line.strokes.size();
        for (int k = from + 1; k < to; ++k)
            if (line.pixels[k] != line.pixels[k - 1])
                line.strokes.emplace_back(line.pixels[k - 1], line.pixels[k]);
        if (line.strokes.size() == before)
            line.dots.append(line.pixels[from]);
    }
}

void TimePlot::drawLine(QPainter& p, const LineData& line) const
{
    ensureReduced(line);
    if (line.pixels.isEmpty())
        return;
    p.save();
    // One pixel wide, aliased, square caps, every stroke on its own: Qt's rasteriser then draws
    // each stroke from its first pixel to its last whatever came before it (in one polyline it
    // skips or adds a pixel where the path turns), so the pixels of the line are the union of its
    // strokes' pixels. Within a pixel column those cover the rows from the lowest to the highest
    // point, which M4 keeps: the image is the one every sample gives, by construction.
    QPen pen(line.spec.color, 1);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::SquareCap);
    p.setPen(pen);
    const QLineF* strokes = line.strokes.data();
    const int count = static_cast<int>(line.strokes.size());
    if (!line.spec.dashed) {
        if (count > 0)
            p.drawLines(strokes, count);
    } else {
        // The solid line seen through stripes: each dash is its own clip rectangle (a clip region
        // would send every pixel through the slow clipped path) and draws only the strokes that
        // reach it (x never decreases from one stroke to the next).
        for (int x = m_plot.left(); x <= m_plot.right(); x += kDashOn + kDashOff) {
            const QLineF* first = std::lower_bound(strokes, strokes + count, x - 1.0, [](const QLineF& l, double v) { return l.x2() < v; });
            const QLineF* last = std::upper_bound(first, strokes + count, x + kDashOn + 1.0, [](double v, const QLineF& l) { return v < l.x1(); });
            if (first == last)
                continue;
            p.setClipRect(QRect(x, m_plot.top(), kDashOn, m_plot.height()).intersected(m_plot));
            p.drawLines(first, static_cast<int>(last - first));
        }
    }
    // A lone sample between gaps: a small square on its pixel, or it would hardly show.
    for (const QPointF& dot : line.dots)
        p.fillRect(QRect(int(std::floor(dot.x())) - 1, int(std::floor(dot.y())) - 1, 3, 3), line.spec.color);
    p.restore();
}

QSize TimePlot::layerSize() const
{
    // Whole device pixels covering the widget, at fractional scales too: the image renderLayer()
    // makes, and the size paintEvent() expects of it.
    const qreal dpr = devicePixelRatioF();
    return QSize(std::max(1, int(std::ceil(width() * dpr))), std::max(1, int(std::ceil(height() * dpr))));
}

void TimePlot::renderLayer() const
{
    const qreal dpr = devicePixelRatioF();
    const QSize size = layerSize();
    if (m_layer.size() != size)
        m_layer = QImage(size, QImage::Format_RGB32);
    m_layer.setDevicePixelRatio(dpr);
    m_layerValid = true;
    m_layer.fill(palette().color(QPalette::Base));
    QPainter p(&m_layer);
    paintPlot(p, false);
}

void TimePlot::paintPlot(QPainter& p, bool background) const
{
    m_stale = false;
    ++m_drawCount;
    ensureTicks();
    if (background)
        fillInStrips(p, rect(), palette().color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect plot = m_plot;

    // Shaded bands and annotation periods, under everything.
    p.setPen(Qt::NoPen);
    for (const auto& [from, to] : m_bands) {
        const int x0 = static_cast<int>(std::max<double>(plot.left(), xOf(from) - 0.5));
        const int x1 = static_cast<int>(std::min<double>(plot.right() + 1, xOf(to) - 0.5));
        if (x1 > x0)
            fillInStrips(p, QRect(x0, plot.top(), x1 - x0, plot.height()), kBand);
    }
    for (const Annotation& a : m_annotations) {
        if (a.endMs <= a.startMs)
            continue;
        QColor fill = annotationColor(a.kind);
        fill.setAlpha(28);
        const int x0 = static_cast<int>(std::max<double>(plot.left(), xOf(a.startMs) - 0.5));
        const int x1 = static_cast<int>(std::min<double>(plot.right() + 1, xOf(a.endMs) - 0.5));
        if (x1 > x0)
            fillInStrips(p, QRect(x0, plot.top(), x1 - x0, plot.height()), fill);
    }

    // Grid and the value axis' labels.
    p.setFont(font());
    for (int k = 0; k < m_ticks && k < m_valueLabels.size(); ++k) {
        const double v = m_low + (m_high - m_low) * k / (m_ticks - 1);
        const int y = static_cast<int>(std::floor(yOf(v)));
        if (k > 0) {
            p.setPen(kGrid);
            p.drawLine(plot.left(), y, plot.right(), y);
        }
        p.setPen(kLabel);
        const QStaticText& label = staticText(m_valueLabels[k]);
        p.drawStaticText(QPointF(plot.left() - 6 - label.size().width(), y - label.size().height() / 2), label);
    }
    int lastLabelRight = -1000;
    for (const TimeTick& tick : m_timeTicks) {
        const int x = static_cast<int>(std::floor(xOf(tick.ms)));
        if (x < plot.left() || x > plot.right())
            continue;
        if (x > plot.left()) {
            p.setPen(kGrid);
            p.drawLine(x, plot.top(), x, plot.bottom());
        }
        const QStaticText& label = staticText(tick.label);
        const int lw = static_cast<int>(std::ceil(label.size().width()));
        const int lx = std::clamp(x - lw / 2, 0, std::max(0, width() - lw));
        if (lx < lastLabelRight + 8)
            continue;
        p.setPen(kAxis);
        p.drawLine(x, plot.bottom() + 1, x, plot.bottom() + 3);
        p.setPen(kLabel);
        p.drawStaticText(QPointF(lx, plot.bottom() + 5), label);
        lastLabelRight = lx + lw;
    }
    p.setPen(kAxis);
    p.drawLine(plot.left(), plot.top(), plot.left(), plot.bottom());
    p.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom());

    // The lines, then the thresholds over them, inside the plot.
    p.save();
    p.setClipRect(plot);
    for (const LineData& l : m_lines)
        if (l.visible)
            drawLine(p, l);
    for (const Threshold& t : m_thresholds) {
        if (std::isnan(t.value))
            continue;
        QPen pen(t.color, 1, Qt::CustomDashLine);
        pen.setDashPattern({ 5, 4 });
        p.setPen(pen);
        const double y = yOf(t.value);
        p.drawLine(QPointF(plot.left() + 0.5, y), QPointF(plot.right() + 0.5, y));
    }
    // Annotation markers: a dotted line and a small triangle at the top.
    for (const Annotation& a : m_annotations) {
        const double x = xOf(a.startMs);
        if (x < plot.left() || x > plot.right() + 1)
            continue;
        const QColor color = annotationColor(a.kind);
        p.setPen(QPen(color, 1, Qt::DotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.drawPolygon(QPolygonF({ QPointF(x - 4.5, plot.top()), QPointF(x + 4.5, plot.top()), QPointF(x, plot.top() + 7) }));
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(Qt::NoBrush);
    }
    p.restore();

    // The legend.
    for (const LegendEntry& e : m_legend) {
        QColor swatch = e.color;
        if (e.dimmed)
            swatch.setAlphaF(0.3);
        const int cy = e.rect.center().y();
        if (e.dashed) {
            p.fillRect(QRect(e.rect.left(), cy - 1, 6, 3), swatch);
            p.fillRect(QRect(e.rect.left() + 10, cy - 1, 6, 3), swatch);
        } else {
            p.fillRect(QRect(e.rect.left(), cy - 1, kSwatch, 3), swatch);
        }
        p.setPen(e.dimmed ? kDimmed : palette().color(QPalette::Text));
        const QStaticText& text = staticText(e.shown);
        p.drawStaticText(QPointF(e.rect.left() + kSwatch + 5, cy + 1 - text.size().height() / 2), text);
    }
}

const QStaticText& TimePlot::staticText(const QString& text) const
{
    // Labels laid out once (shaping a string is most of what drawing it costs); a window
    // brings a few new time labels, so the cache is simply started again when it grows.
    auto it = m_texts.constFind(text);
    if (it == m_texts.cend()) {
        if (m_texts.size() > 512)
            m_texts.clear();
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), font());
        it = m_texts.insert(text, prepared);
    }
    return *it;
}

void TimePlot::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const bool layerFits = m_layerValid && m_layer.size() == layerSize();
    const bool lastImageFits = m_layer.size() == layerSize();
    if (!layerFits && m_queued && (lastImageFits || m_drawCount == 0)) {
        // Waiting in the queue: its last image (never drawn yet, its bare background) until its
        // turn, a few milliseconds, so that a repaint of the window does not draw every waiting
        // chart in one go.
        if (lastImageFits)
            p.drawImage(QPoint(0, 0), m_layer);
        else
            p.fillRect(rect(), palette().color(QPalette::Base));
        ensureLayout();
    } else if (m_keepImage || layerFits || m_queued) {
        // Otherwise a waiting plot is drawn now, as the image the queue then finds ready.
        if (!layerFits)
            renderLayer();
        p.drawImage(QPoint(0, 0), m_layer);
    } else {
        paintPlot(p, true);
        p.setClipping(false);
    }
    const QRect plot = m_plot;

    if (m_dragging) {
        const int x0 = static_cast<int>(std::min(m_dragFrom, m_dragTo));
        const int x1 = static_cast<int>(std::max(m_dragFrom, m_dragTo));
        fillInStrips(p, QRect(x0, plot.top(), x1 - x0, plot.height()), kSelection);
    }
    if (m_crosshair >= 0 && m_endMs > m_startMs) {
        const double x = xOf(m_crosshair);
        if (x >= plot.left() && x <= plot.right() + 1) {
            p.setPen(kCrosshair);
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            // A dot on each visible line at the sample the values read from.
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setClipRect(plot);
            const double t = m_crosshair / 1000.0;
            for (const LineData& l : m_lines) {
                const auto& ts = l.series.timestamps;
                if (!l.visible || ts.empty())
                    continue;
                auto it = std::lower_bound(ts.begin(), ts.end(), t);
                if (it == ts.end() || (it != ts.begin() && t - *(it - 1) < *it - t))
                    --it;
                const size_t i = static_cast<size_t>(it - ts.begin());
                const double v = l.series.values[i];
                if (std::abs(*it - t) > l.gapSeconds || !std::isfinite(v))
                    continue;
                p.setPen(QPen(palette().color(QPalette::Base), 1.5));
                p.setBrush(l.spec.color);
                p.drawEllipse(QPointF(xOf(qint64(std::llround(*it * 1000))), yOf(v * m_scale)), 3.5, 3.5);
            }
        }
    }
}

void TimePlot::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    invalidateLayout();
}

void TimePlot::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown with something to draw (new, or changed while hidden): drawn by the queue with the
    // page's other charts, a few at a time, rather than every chart of the page in the window's
    // first repaint.
    if (!m_layerValid)
        invalidateLayerDeferred();
}

void TimePlot::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_texts.clear();
        invalidateLayout();
    }
}

int TimePlot::legendEntryAt(const QPoint& pos) const
{
    ensureLayout();
    for (size_t i = 0; i < m_legend.size(); ++i)
        if (m_legend[i].rect.contains(pos))
            return static_cast<int>(i);
    return -1;
}

bool TimePlot::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (plotRect().contains(help->pos()) && m_endMs > m_startMs) {
            // The values under the mouse, as a move shows them (the panel writes the text).
            emit hovered(msAt(help->pos().x()), help->globalPos());
            return true;
        }
        const int entry = legendEntryAt(help->pos());
        if (entry >= 0) {
            QToolTip::showText(help->globalPos(), m_legend[size_t(entry)].text, this);
            return true;
        }
    }
    return QWidget::event(event);
}

void TimePlot::mousePressEvent(QMouseEvent* e)
{
    const QPoint pos = e->position().toPoint();
    const int entry = legendEntryAt(pos);
    if (e->button() == Qt::LeftButton && entry >= 0 && entry < lineCount()) {
        // Clicking a legend entry hides or shows its line; the entry stays, dimmed.
        setLineVisible(entry, !isLineVisible(entry));
        return;
    }
    if (!plotRect().contains(pos) || m_endMs <= m_startMs)
        return QWidget::mousePressEvent(e);
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier))) {
        m_panFrom = e->position().x();
        m_panning = true;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (e->button() == Qt::LeftButton) {
        m_dragFrom = m_dragTo = e->position().x();
        m_dragging = true;
        m_keepImage = true;
        return;
    }
    QWidget::mousePressEvent(e);
}

qint64 TimePlot::panDelta(double x) const
{
    // Dragging the plot to the right brings earlier times into view.
    return static_cast<qint64>(-(x - m_panFrom) * double(m_endMs - m_startMs) / std::max(1, plotRect().width()));
}

void TimePlot::mouseMoveEvent(QMouseEvent* e)
{
    const QPointF pos = e->position();
    if (m_endMs > m_startMs) {
        if (plotRect().contains(pos.toPoint()))
            emit hovered(msAt(pos.x()), e->globalPosition().toPoint());
        else
            emit hovered(-1, {});
    }
    if (m_dragging) {
        m_dragTo = std::clamp(pos.x(), double(m_plot.left()), double(m_plot.right() + 1));
        update();
    }
    if (m_panning) {
        const qint64 delta = panDelta(pos.x());
        m_panFrom = pos.x();
        if (delta != 0)
            emit panned(delta, false);
    }
    if (!m_panning) {
        const int entry = legendEntryAt(pos.toPoint());
        if (entry >= 0 && entry < lineCount())
            setCursor(Qt::PointingHandCursor);
        else if (testAttribute(Qt::WA_SetCursor))
            unsetCursor();
    }
    QWidget::mouseMoveEvent(e);
}

void TimePlot::mouseReleaseEvent(QMouseEvent* e)
{
    if (m_panning && (e->button() == Qt::LeftButton || e->button() == Qt::MiddleButton)) {
        m_panning = false;
        unsetCursor();
        emit panned(panDelta(e->position().x()), true);
        return;
    }
    if (m_dragging && e->button() == Qt::LeftButton) {
        m_dragging = false;
        update();
        if (std::abs(m_dragTo - m_dragFrom) >= 6)
            emit selected(msAt(std::min(m_dragFrom, m_dragTo)), msAt(std::max(m_dragFrom, m_dragTo)));
        return;
    }
    QWidget::mouseReleaseEvent(e);
}

void TimePlot::leaveEvent(QEvent* event)
{
    emit hovered(-1, {});
    QWidget::leaveEvent(event);
}

} // namespace atalaya

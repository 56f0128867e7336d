// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chartpanel.h"

#include "domain/m4.h"
#include "domain/querytiming.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QTimeZone>
#include <QToolTip>
#include <QUrlQuery>
#include <QtConcurrent>
#include <QPainter>
#include <QValueAxis>
#include <QVBoxLayout>

namespace atalaya {

/// The chart view, plus translucent time bands drawn over the plot area.
class BandView : public QChartView
{
public:
    using QChartView::QChartView;
    std::vector<std::pair<qint64, qint64>> bands;
    Annotations annotations;
    std::function<void(qint64, qint64)> onSelected; ///< ms since the epoch
    std::function<void(qint64, QPoint)> onHover; ///< ms since the epoch, -1 when leaving; global position
    std::function<void(qint64, bool)> onPan; ///< ms the window moved (later = positive); true when released
    qint64 crosshair = -1;

protected:
    // Drag across the plot to select a window; the page then fetches it (not a local zoom).
    // Shift+drag, or a middle-button drag, pans the window instead.
    void mousePressEvent(QMouseEvent* e) override
    {
        if (!chart()->plotArea().contains(e->position()))
            return QChartView::mousePressEvent(e);
        if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier))) {
            m_panFrom = e->position().x();
            m_panning = true;
            setCursor(Qt::ClosedHandCursor);
            return;
        }
        if (e->button() == Qt::LeftButton) {
            m_dragFrom = m_dragTo = e->position().x();
            m_dragging = true;
        }
        QChartView::mousePressEvent(e);
    }
    qint64 panDelta(double x) const
    {
        const QRectF plot = chart()->plotArea();
        QAbstractSeries* ref = chart()->series().front();
        const double a = chart()->mapToValue(QPointF(plot.left(), plot.center().y()), ref).x();
        const double b = chart()->mapToValue(QPointF(plot.right(), plot.center().y()), ref).x();
        // Dragging the chart to the right brings earlier times into view.
        return static_cast<qint64>(-(x - m_panFrom) * (b - a) / std::max(1.0, plot.width()));
    }
    void leaveEvent(QEvent* e) override
    {
        if (onHover)
            onHover(-1, {});
        QChartView::leaveEvent(e);
    }
    void mouseMoveEvent(QMouseEvent* e) override
    {
        if (onHover && !chart()->series().isEmpty()) {
            if (chart()->plotArea().contains(e->position())) {
                const QPointF v = chart()->mapToValue(e->position(), chart()->series().front());
                onHover(static_cast<qint64>(v.x()), e->globalPosition().toPoint());
            } else {
                onHover(-1, {});
            }
        }
        if (m_dragging) {
            m_dragTo = std::clamp(e->position().x(), chart()->plotArea().left(), chart()->plotArea().right());
            viewport()->update();
        }
        if (m_panning && onPan && !chart()->series().isEmpty()) {
            const qint64 delta = panDelta(e->position().x());
            m_panFrom = e->position().x();
            if (delta != 0)
                onPan(delta, false);
        }
        QChartView::mouseMoveEvent(e);
    }
    void mouseReleaseEvent(QMouseEvent* e) override
    {
        if (m_panning && (e->button() == Qt::LeftButton || e->button() == Qt::MiddleButton)) {
            m_panning = false;
            unsetCursor();
            if (onPan && !chart()->series().isEmpty())
                onPan(panDelta(e->position().x()), true);
            return;
        }
        if (m_dragging && e->button() == Qt::LeftButton) {
            m_dragging = false;
            viewport()->update();
            if (std::abs(m_dragTo - m_dragFrom) >= 6 && onSelected && !chart()->series().isEmpty()) {
                QAbstractSeries* ref = chart()->series().front();
                const double y = chart()->plotArea().center().y();
                const double a = chart()->mapToValue(QPointF(std::min(m_dragFrom, m_dragTo), y), ref).x();
                const double b = chart()->mapToValue(QPointF(std::max(m_dragFrom, m_dragTo), y), ref).x();
                onSelected(static_cast<qint64>(a), static_cast<qint64>(b));
            }
        }
        QChartView::mouseReleaseEvent(e);
    }
    void drawForeground(QPainter* painter, const QRectF& rect) override
    {
        QChartView::drawForeground(painter, rect);
        QChart* c = chart();
        if (m_dragging) {
            const QRectF plot = c->plotArea();
            painter->fillRect(QRectF(QPointF(std::min(m_dragFrom, m_dragTo), plot.top()),
                                     QPointF(std::max(m_dragFrom, m_dragTo), plot.bottom())),
                              QColor(0x5b, 0x9b, 0xd5, 60));
        }
        if (crosshair >= 0 && !c->series().isEmpty()) {
            const QRectF plot = c->plotArea();
            const double x = c->mapToPosition(QPointF(double(crosshair), 0), c->series().front()).x();
            if (x >= plot.left() && x <= plot.right()) {
                painter->setPen(QPen(QColor(0xd8, 0xdd, 0xe3, 150), 1));
                painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            }
        }
        if ((bands.empty() && annotations.empty()) || c->series().isEmpty())
            return;
        const QRectF plot = c->plotArea();
        QAbstractSeries* ref = c->series().front();
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 16));
        for (const auto& [from, to] : bands) {
            const double x0 = std::max(plot.left(), c->mapToPosition(QPointF(double(from), 0), ref).x());
            const double x1 = std::min(plot.right(), c->mapToPosition(QPointF(double(to), 0), ref).x());
            if (x1 > x0)
                painter->drawRect(QRectF(QPointF(x0, plot.top()), QPointF(x1, plot.bottom())));
        }
        for (const Annotation& a : annotations) {
            static const QColor colors[] = { QColor(0xe5, 0x48, 0x4d), QColor(0x5b, 0x9b, 0xd5),
                                             QColor(0xd2, 0x99, 0x22), QColor(0xb0, 0xb6, 0xbe) };
            const QColor color = colors[static_cast<int>(a.kind)];
            const double x = c->mapToPosition(QPointF(double(a.startMs), 0), ref).x();
            if (a.endMs > a.startMs) {
                const double x1 = std::min(plot.right(), c->mapToPosition(QPointF(double(a.endMs), 0), ref).x());
                QColor fill = color;
                fill.setAlpha(28);
                painter->setBrush(fill);
                if (x1 > x)
                    painter->drawRect(QRectF(QPointF(std::max(plot.left(), x), plot.top()), QPointF(x1, plot.bottom())));
            }
            if (x < plot.left() || x > plot.right())
                continue;
            painter->setPen(QPen(color, 1.2, Qt::DotLine));
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(QPolygonF({ QPointF(x - 4, plot.top()), QPointF(x + 4, plot.top()), QPointF(x, plot.top() + 6) }));
        }
        painter->restore();
    }

private:
    bool m_dragging = false;
    bool m_panning = false;
    double m_panFrom = 0;
    double m_dragFrom = 0;
    double m_dragTo = 0;
};

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_thresholdValue(std::numeric_limits<double>::quiet_NaN())
    , m_threshold2Value(std::numeric_limits<double>::quiet_NaN())
{
    setObjectName(QStringLiteral("chartPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(2);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("panelState"));
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A long message must never widen the dashboard: it is clipped here and whole in the tooltip.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setMinimumWidth(0);
    header->addWidget(m_title);
    header->addWidget(m_state, 1);
    layout->addLayout(header);

    m_chart = new QChart;
    m_chart->setTheme(QChart::ChartThemeDark);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    // The dark theme's drop shadow is a blur effect redrawn with every repaint of the chart.
    m_chart->setDropShadowEnabled(false);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_axisX = new QDateTimeAxis;
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    m_axisX->setTickCount(7);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTickCount(5);
    for (auto* axis : { static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY) }) {
        axis->setGridLineColor(QColor(0x33, 0x38, 0x40));
        axis->setLabelsColor(QColor(0xb0, 0xb6, 0xbe));
        axis->setLinePenColor(QColor(0x44, 0x4a, 0x52));
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_bandView = new BandView(m_chart, this);
    m_view = m_bandView;
    m_bandView->setMouseTracking(true);
    m_bandView->onHover = [this](qint64 ms, QPoint global) {
        emit hovered(ms);
        if (ms < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(global + QPoint(14, 14), valuesAt(ms), m_bandView);
    };
    m_bandView->onPan = [this](qint64 deltaMs, bool finished) { emit panned(deltaMs, finished); };
    m_bandView->onSelected = [this](qint64 from, qint64 to) {
        emit rangeSelected(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                           QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
    };
    setBands({}, {});
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setOptimizationFlags(QGraphicsView::DontSavePainterState);
    m_view->setCacheMode(QGraphicsView::CacheBackground);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view, 1);
}

ChartPanel::~ChartPanel() = default;

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setUnit(const QString& unitSuffix, double scale, int decimals)
{
    m_unit = unitSuffix;
    m_scale = scale;
    m_decimals = decimals;
    m_axisY->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f ") + unitSuffix);
}

void ChartPanel::setLines(const std::vector<Line>& lines)
{
    for (auto& segs : m_segments)
        for (QLineSeries* s : segs) {
            m_chart->removeSeries(s);
            delete s;
        }
    m_lines = lines;
    m_segments.assign(lines.size(), {});
    m_lineMax.assign(lines.size(), std::numeric_limits<double>::quiet_NaN());
    m_data.assign(lines.size(), Series {});
    for (size_t i = 0; i < lines.size(); ++i) {
        auto* s = new QLineSeries;
        s->setName(lines[i].legend);
        QPen pen(lines[i].color);
        pen.setWidthF(1.6);
        pen.setStyle(lines[i].dashed ? Qt::DashLine : Qt::SolidLine);
        s->setPen(pen);
        m_chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        m_segments[i].push_back(s);
        // Clicking a legend entry hides or shows the line (all its segments).
        for (QLegendMarker* marker : m_chart->legend()->markers(s)) {
            connect(marker, &QLegendMarker::clicked, this, [this, i, marker] {
                const bool visible = !m_segments[i].front()->isVisible();
                for (QLineSeries* seg : m_segments[i])
                    seg->setVisible(visible);
                // Hiding a series hides its marker too; keep the marker, dimmed, so it can come back.
                marker->setVisible(true);
                QColor c = m_lines[i].color;
                c.setAlphaF(visible ? 1.0 : 0.3);
                marker->setBrush(c);
                marker->setLabelBrush(visible ? palette().color(QPalette::Text) : QColor(0x60, 0x66, 0x6e));
            });
        }
    }
}

QLineSeries* ChartPanel::makeThreshold(const QColor& color)
{
    auto* line = new QLineSeries;
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.4);
    line->setPen(pen);
    m_chart->addSeries(line);
    line->attachAxis(m_axisX);
    line->attachAxis(m_axisY);
    return line;
}

void ChartPanel::placeThreshold(QLineSeries* line, double value)
{
    if (line && m_start.isValid())
        line->replace(QList<QPointF> { QPointF(m_start.toMSecsSinceEpoch(), value),
                                       QPointF(m_end.toMSecsSinceEpoch(), value) });
}

void ChartPanel::renameLine(int line, const QString& legend)
{
    if (line < 0 || line >= static_cast<int>(m_lines.size()))
        return;
    m_lines[static_cast<size_t>(line)].legend = legend;
    for (QLineSeries* s : m_segments[static_cast<size_t>(line)])
        s->setName(legend);
}

void ChartPanel::setThreshold(double value, const QString& label)
{
    m_thresholdValue = value;
    if (std::isnan(value)) {
        if (m_threshold) {
            m_chart->removeSeries(m_threshold);
            delete m_threshold;
            m_threshold = nullptr;
        }
        rescaleY();
        return;
    }
    if (!m_threshold)
        m_threshold = makeThreshold(QColor(0xe5, 0x48, 0x4d));
    m_threshold->setName(label);
    placeThreshold(m_threshold, value);
    rescaleY();
}

void ChartPanel::setSecondThreshold(double value, const QString& label)
{
    m_threshold2Value = value;
    if (!m_threshold2)
        m_threshold2 = makeThreshold(QColor(0xd2, 0x99, 0x22));
    m_threshold2->setName(label);
    placeThreshold(m_threshold2, value);
    rescaleY();
}

void ChartPanel::setBands(std::vector<std::pair<qint64, qint64>> bands, const QString& tooltip)
{
    m_bandView->bands = std::move(bands);
    const QString hint = tr("Drag across the chart to zoom; right-click to export");
    m_bandView->setToolTip(tooltip.isEmpty() ? hint : tooltip + u'\n' + hint);
    m_bandView->viewport()->update();
}

void ChartPanel::setCrosshair(qint64 msSinceEpoch)
{
    if (m_bandView->crosshair == msSinceEpoch)
        return;
    m_bandView->crosshair = msSinceEpoch;
    m_bandView->viewport()->update();
}

QString ChartPanel::valuesAt(qint64 msSinceEpoch) const
{
    const double t = msSinceEpoch / 1000.0;
    QStringList lines { QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("dd/MM HH:mm:ss")) };
    const QLocale locale;
    for (size_t i = 0; i < m_data.size() && i < m_lines.size(); ++i) {
        const Series& s = m_data[i];
        if (s.timestamps.empty() || !m_segments[i].front()->isVisible())
            continue;
        auto it = std::lower_bound(s.timestamps.begin(), s.timestamps.end(), t);
        if (it == s.timestamps.end() || (it != s.timestamps.begin() && t - *(it - 1) < *it - t))
            --it;
        // Only a sample within a step counts: a gap stays a gap.
        if (std::abs(*it - t) > m_stepSeconds)
            continue;
        const double v = s.values[static_cast<size_t>(it - s.timestamps.begin())];
        lines << tr("%1: %2").arg(m_lines[i].legend,
                                  std::isnan(v) ? tr("no data")
                                                : locale.toString(v * m_scale, 'f', m_decimals) + u' ' + m_unit);
    }
    return lines.join(u'\n');
}

void ChartPanel::setAnnotations(const Annotations& annotations)
{
    m_bandView->annotations = annotations;
    m_bandView->viewport()->update();
}

void ChartPanel::setQueries(const QStringList& promql, const QUrl& prometheusUrl)
{
    m_promql = promql;
    m_prometheusUrl = prometheusUrl;
}

QString ChartPanel::toCsv() const
{
    // Union of every line's timestamps, one row each; empty cells where a line has no sample.
    std::map<double, std::vector<double>> rows;
    for (size_t line = 0; line < m_data.size(); ++line) {
        const Series& s = m_data[line];
        for (size_t i = 0; i < s.timestamps.size() && i < s.values.size(); ++i) {
            auto& row = rows[s.timestamps[i]];
            row.resize(m_lines.size(), std::numeric_limits<double>::quiet_NaN());
            row[line] = s.values[i];
        }
    }
    auto quote = [](QString text) -> QString {
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    };
    QString csv = QStringLiteral("time");
    for (const Line& l : m_lines)
        csv += u',' + quote(l.legend);
    csv += u'\n';
    for (const auto& [t, values] : rows) {
        csv += QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(t * 1000)).toString(Qt::ISODateWithMs);
        for (size_t i = 0; i < m_lines.size(); ++i) {
            csv += u',';
            const double v = i < values.size() ? values[i] : std::numeric_limits<double>::quiet_NaN();
            if (!std::isnan(v))
                csv += QString::number(v, 'g', 17);
        }
        csv += u'\n';
    }
    return csv;
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, &ChartPanel::exportPng);
    menu.addAction(tr("Export CSV…"), this, &ChartPanel::exportCsv)->setEnabled(!m_data.empty());
    QAction* copy = menu.addAction(tr("Copy PromQL"), this, [this] {
        QGuiApplication::clipboard()->setText(m_promql.join(QStringLiteral("\n\n")));
    });
    copy->setEnabled(!m_promql.isEmpty());
    QAction* open = menu.addAction(tr("Open in Prometheus"), this, [this] {
        // The expression browser: /graph?g0.expr=...&g0.tab=0&g0.range_input=...
        QUrl url = m_prometheusUrl;
        url.setPath(url.path() + QStringLiteral("/graph"));
        QUrlQuery q;
        for (int i = 0; i < m_promql.size(); ++i) {
            const QString g = QStringLiteral("g%1.").arg(i);
            q.addQueryItem(g + QStringLiteral("expr"), m_promql[i]);
            q.addQueryItem(g + QStringLiteral("tab"), QStringLiteral("0"));
            q.addQueryItem(g + QStringLiteral("range_input"), formatPromDuration(m_start.secsTo(m_end)));
        }
        url.setQuery(q);
        QDesktopServices::openUrl(url);
    });
    open->setEnabled(!m_promql.isEmpty() && m_prometheusUrl.isValid());
    menu.exec(event->globalPos());
}

void ChartPanel::exportPng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save chart"), title() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    const QImage image = grab().toImage();
    // Encoding and writing happen off the GUI thread.
    (void)QtConcurrent::run([image, file] { return image.save(file, "PNG"); });
}

void ChartPanel::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"), title() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    const QByteArray csv = toCsv().toUtf8();
    (void)QtConcurrent::run([csv, file] {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size();
    });
}

int ChartPanel::lineFor(const QString& legend)
{
    for (size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].legend == legend)
            return static_cast<int>(i);
    static const QColor palette[] = { QColor(0x5b, 0x9b, 0xd5), QColor(0xf2, 0xc9, 0x4c), QColor(0xc0, 0x7c, 0xe8),
                                      QColor(0x56, 0xc2, 0x8a), QColor(0xee, 0x7b, 0x4c), QColor(0x4c, 0xc9, 0xd6) };
    std::vector<Line> lines = m_lines;
    lines.push_back({ legend, palette[lines.size() % std::size(palette)] });
    // Keep what is drawn: setLines() recreates the series, so re-apply the others afterwards.
    setLines(lines);
    return static_cast<int>(lines.size()) - 1;
}

void ChartPanel::setSeriesByLabel(const QString& label, const std::vector<Series>& series)
{
    std::vector<const Series*> byLine;
    for (const Series& s : series) {
        const int line = lineFor(s.labels.value(label, tr("(none)")));
        if (static_cast<size_t>(line) >= byLine.size())
            byLine.resize(static_cast<size_t>(line) + 1, nullptr);
        byLine[static_cast<size_t>(line)] = &s;
    }
    for (size_t i = 0; i < m_lines.size(); ++i)
        setSeries(static_cast<int>(i), i < byLine.size() ? byLine[i] : nullptr);
}

void ChartPanel::setTimeRange(const QDateTime& start, const QDateTime& end, double stepSeconds)
{
    m_start = start;
    m_end = end;
    m_stepSeconds = stepSeconds;
    m_axisX->setRange(start, end);
    const qint64 span = start.secsTo(end);
    // Day and month beyond two days; the narrow panels have no room for both date and time.
    m_axisX->setFormat(span > 2 * 86400 ? (width() > 700 ? QStringLiteral("dd/MM HH:mm") : QStringLiteral("dd/MM"))
                                        : QStringLiteral("HH:mm"));
    placeThreshold(m_threshold, m_thresholdValue);
    placeThreshold(m_threshold2, m_threshold2Value);
}

void ChartPanel::redrawFromData()
{
    for (size_t line = 0; line < m_data.size() && line < m_lines.size(); ++line) {
        if (m_data[line].timestamps.empty())
            continue;
        const Series copy = std::move(m_data[line]);
        setSeries(static_cast<int>(line), &copy);
    }
}

void ChartPanel::setSeries(int line, const Series* series)
{
    if (line < 0 || line >= static_cast<int>(m_lines.size()))
        return;
    auto& segs = m_segments[static_cast<size_t>(line)];

    // Split into contiguous runs: a NaN, or a hole longer than 1.5 steps, starts a new segment.
    std::vector<QList<QPointF>> runs;
    double maxValue = std::numeric_limits<double>::quiet_NaN();
    if (series) {
        const auto& ts = series->timestamps;
        const auto& vs = series->values;
        const size_t n = std::min(ts.size(), vs.size());
        // Never more points than pixels: M4 keeps what the line would look like with all of them.
        std::vector<size_t> keep;
        const bool reduce = m_start.isValid() && n > static_cast<size_t>(4 * plotWidth());
        if (reduce) {
            const double left = m_chart->plotArea().left();
            keep = m4Indices(ts.data(), vs.data(), n, m_start.toMSecsSinceEpoch() / 1000.0,
                             m_end.toMSecsSinceEpoch() / 1000.0, plotWidth(), left - std::floor(left) - 1e-9);
        }
        const size_t count = reduce ? keep.size() : n;
        QList<QPointF>* current = nullptr;
        double lastT = -std::numeric_limits<double>::infinity();
        for (size_t k = 0; k < count; ++k) {
            const size_t i = reduce ? keep[k] : k;
            const double v = vs[i];
            if (!std::isfinite(v)) {
                current = nullptr;
                continue;
            }
            // A hole in the original samples (not between two M4 picks of one column) breaks the line.
            if (!current || (i > 0 && ts[i] - ts[i - 1] > 1.5 * m_stepSeconds) || ts[i] < lastT) {
                runs.emplace_back();
                current = &runs.back();
                current->reserve(static_cast<qsizetype>(ts.size() - i));
            }
            const double y = v * m_scale;
            current->append(QPointF(ts[i] * 1000.0, y));
            maxValue = std::isnan(maxValue) ? y : std::max(maxValue, y);
            lastT = ts[i];
        }
    }
    m_lineMax[static_cast<size_t>(line)] = maxValue;
    if (m_data.size() < m_lines.size())
        m_data.resize(m_lines.size());
    m_data[static_cast<size_t>(line)] = series ? *series : Series {};

    const Line& spec = m_lines[static_cast<size_t>(line)];
    while (segs.size() < std::max<size_t>(runs.size(), 1)) {
        auto* s = new QLineSeries;
        s->setName(spec.legend);
        s->setPen(segs.front()->pen());
        m_chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        for (QLegendMarker* m : m_chart->legend()->markers(s))
            m->setVisible(false); // one legend entry per line, not per segment
        s->setVisible(segs.front()->isVisible());
        segs.push_back(s);
    }
    for (size_t i = 0; i < segs.size(); ++i) {
        if (i < runs.size())
            segs[i]->replace(runs[i]);
        else
            segs[i]->clear();
    }
    rescaleY();
}

void ChartPanel::elideState()
{
    // Cut at the end, so that a narrow panel still starts with what matters ("offline — as of…").
    const int w = m_state->width();
    m_state->setText(w > 20 ? m_state->fontMetrics().elidedText(m_stateText, Qt::ElideRight, w) : m_stateText);
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    elideState();
}

void ChartPanel::setState(const QString& message, const QString& detail)
{
    m_stateText = message;
    elideState();
    m_state->setToolTip(detail.isEmpty() ? message : detail);
}

int ChartPanel::plotWidth() const
{
    const int w = static_cast<int>(m_chart->plotArea().width());
    return w > 50 ? w : std::max(200, width() - 80);
}

void ChartPanel::setFixedValueRange(double low, double high)
{
    m_fixedLow = low;
    m_fixedHigh = high;
    rescaleY();
}

void ChartPanel::rescaleY()
{
    if (m_fixedHigh > m_fixedLow) {
        m_axisY->setRange(m_fixedLow, m_fixedHigh);
        m_axisY->setTickCount(5);
        return;
    }
    double top = 0;
    for (double m : m_lineMax)
        if (!std::isnan(m))
            top = std::max(top, m);
    for (double t : { m_thresholdValue, m_threshold2Value })
        if (!std::isnan(t))
            top = std::max(top, t);
    if (top <= 0)
        top = 1;
    // A "nice" upper bound: 1, 2, 2.5 or 5 times a power of ten, with 10% headroom.
    const double raw = top * 1.1;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double nice = mag;
    for (double f : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        nice = f * mag;
        if (nice >= raw)
            break;
    }
    m_axisY->setRange(0, nice);
    // Four or five intervals of a round size: 0, 50, 100... rather than 0, 62.5, 125...
    const double first = nice / 4;
    const double m = std::pow(10.0, std::floor(std::log10(first)));
    const bool roundQuarter = std::abs(first / m - std::round(first / m)) < 1e-9;
    const int ticks = roundQuarter ? 5 : 6;
    m_axisY->setTickCount(ticks);
    // Small ranges need decimals, or the ticks read "0, 0, 1, 1, 2".
    const double tickStep = nice / (ticks - 1);
    const int decimals = std::max(m_decimals, tickStep >= 1 ? 0 : tickStep >= 0.1 ? 1 : 2);
    m_axisY->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f ") + m_unit);
}

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <vector>

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPolygonF>
#include <QStaticText>
#include <QWidget>

#include "domain/annotation.h"
#include "domain/series.h"

namespace atalaya {

/// The plot of a time chart, drawn with QPainter: a legend on top (click an entry to hide or show
/// its line), a value axis on the left, a date/time axis below (local time: the process's zone is
/// the configured one), lines with gaps, horizontal thresholds, shaded bands, annotation markers,
/// the shared crosshair, and drag-to-select / Shift+drag or middle-drag to pan.
///
/// Every line goes through M4 (models/domain/m4.h) for the plot's real pixel columns and is drawn
/// with each kept sample at the centre of its column and pixel row, antialiasing off: the image is
/// the one drawing every sample would give, pixel for pixel. The reduced polylines are kept until
/// the data, the time range, the value axis or the size change; once the crosshair has been used,
/// everything but the crosshair and the drag selection is kept as an image, so hovering repaints
/// only those.
class TimePlot : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        QString legend;
        QColor color;
        bool dashed = false;
    };

    explicit TimePlot(QWidget* parent = nullptr);
    ~TimePlot() override;

    /// Replaces the lines; their data is dropped. A line whose legend was hidden stays hidden.
    void setLines(const std::vector<Line>& lines);
    int lineCount() const { return static_cast<int>(m_lines.size()); }
    void setLegend(int line, const QString& legend);
    void setLineVisible(int line, bool visible);
    bool isLineVisible(int line) const;
    /// The samples of @p line, drawn multiplied by the value scale; samples further apart than
    /// @p gapSeconds are not joined. Unsorted timestamps are sorted here.
    void setSeries(int line, Series series, double gapSeconds);
    const Series& series(int line) const;
    void setGapSeconds(int line, double gapSeconds);

    /// When a new window is drawn.
    enum class Redraw {
        AtRepaint, ///< at the next repaint (a pan, a zoom)
        Queued, ///< on a later turn, with the other plots queued, as for new data
        /// With the next data (setSeries) or drawStale(), whichever comes first: a refresh of the
        /// same range, whose answers follow. Until then the image of the last window stays, so a
        /// chart is drawn once per refresh rather than at its start and again with its answer.
        WithData,
    };
    /// The window shown, in ms since the epoch.
    void setTimeRange(qint64 startMs, qint64 endMs, Redraw redraw = Redraw::AtRepaint);
    /// Draws (queued) a window set with Redraw::WithData that no data has drawn yet.
    void drawStale();
    /// Whether a plot waits to be drawn on a later turn (new data, Redraw::Queued): the console
    /// starts its background work once none does, and a benchmark counts a page as painted then.
    static bool drawingQueued();
    /// How many times the plot has been drawn (into its image or onto the screen).
    int drawCount() const { return m_drawCount; }
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    /// Display value = sample × @p scale; the axis runs from @p low to @p high with @p ticks
    /// labels (@p decimals, then the unit).
    void setValueScale(double scale) { m_scale = scale; invalidateLines(); }
    void setValueAxis(double low, double high, int ticks, int decimals, const QString& unit);
    /// Horizontal reference lines (display units), drawn dashed and listed in the legend.
    void setThreshold(int index, double value, const QString& label, const QColor& color);
    void setBands(std::vector<std::pair<qint64, qint64>> bands);
    void setAnnotations(const Annotations& annotations);
    /// Titles (and details) of the annotations under @p x (widget coordinates) at @p ms.
    QStringList annotationsAt(qint64 ms, int x) const;
    bool inBand(qint64 ms) const;
    void setCrosshair(qint64 msSinceEpoch);
    qint64 crosshair() const { return m_crosshair; }

    /// The plot area in widget coordinates: an integral rectangle, one pixel column per M4 column.
    QRect plotRect() const;
    /// For benchmarks and tests: off draws every sample of the window instead of the M4 picks.
    void setReduction(bool on);
    /// The points drawn for the visible lines (after M4), and per line its polylines in data
    /// units (ms, display value): what a test can check without reading pixels.
    int drawnPointCount() const;
    std::vector<QPolygonF> drawnSegments(int line) const;
    /// The time axis' labels and where they stand (ms since the epoch), in local time.
    std::vector<std::pair<qint64, QString>> timeTicks() const;
    /// The legend's entries (lines, then thresholds) and where each is drawn.
    QStringList legendEntries() const;
    QRect legendEntryRect(int entry) const;
    /// Time at the x position @p x (widget coordinates).
    qint64 msAt(double x) const;
    /// x position (widget coordinates, not clamped) of @p ms.
    double xOf(qint64 ms) const;

signals:
    /// The mouse is over the plot at @p ms (-1: it left); @p globalPos for a tooltip.
    void hovered(qint64 ms, QPoint globalPos);
    /// The user dragged across the plot from @p fromMs to @p toMs.
    void selected(qint64 fromMs, qint64 toMs);
    /// Shift+drag or middle-drag moved the window by @p deltaMs (later = positive).
    void panned(qint64 deltaMs, bool finished);
    void lineVisibilityChanged(int line, bool visible);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Threshold
    {
        double value = std::numeric_limits<double>::quiet_NaN();
        QString label;
        QColor color;
    };
    struct LineData
    {
        Line spec;
        bool visible = true;
        Series series;
        double gapSeconds = 60;
        std::vector<size_t> holes; ///< where samples are more than 1.5 × gapSeconds apart (m4Holes)
        // The reduced polyline in pixels, each point's sample and where each segment starts;
        // filled on demand (paint, the test accessors), dropped when what it depends on changes.
        mutable QPolygonF pixels;
        mutable std::vector<size_t> sources;
        mutable std::vector<int> segmentStarts;
        // What is drawn: one stroke per pair of neighbouring points, a dot for a lone sample.
        mutable std::vector<QLineF> strokes;
        mutable QPolygonF dots;
        mutable bool reduced = false;
    };
    struct LegendEntry
    {
        QString text;
        QColor color;
        bool dashed = false;
        bool dimmed = false;
        QRect rect;
        QString shown; ///< elided when wider than the widget
    };
    struct TimeTick
    {
        qint64 ms;
        QString label;
    };

    void invalidateLayout();
    void invalidateLines();
    void invalidateLayer();
    /// New data: the plot is drawn into its image on a later turn of the event loop, with the
    /// other plots queued, as many as fit in a few milliseconds, so that a page whose answers all
    /// arrive at once does not draw every chart in one repaint (9 charts took 30 ms in one event).
    void invalidateLayerDeferred();
    static void renderNextQueued();
    static void scheduleDrawingTurn();
    void ensureLayout() const;
    void ensureReduced(const LineData& line) const;
    void renderLayer() const;
    QSize layerSize() const;
    /// Everything but the crosshair and the drag selection; @p background: fill it first.
    void paintPlot(QPainter& p, bool background) const;
    void drawLine(QPainter& p, const LineData& line) const;
    void ensureTicks() const;
    double yOf(double displayValue) const;
    int legendEntryAt(const QPoint& pos) const;
    const QStaticText& staticText(const QString& text) const;
    qint64 panDelta(double x) const;

    std::vector<LineData> m_lines;
    std::vector<Threshold> m_thresholds;
    std::vector<std::pair<qint64, qint64>> m_bands;
    Annotations m_annotations;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    double m_scale = 1;
    double m_low = 0;
    double m_high = 1;
    int m_ticks = 5;
    int m_decimals = 0;
    QString m_unit;
    qint64 m_crosshair = -1;
    bool m_reduce = true;
    bool m_keepImage = false; ///< keep the plot as an image (m_layer), from the first hover or drag
    bool m_queued = false; ///< waiting in the queue of invalidateLayerDeferred()
    mutable bool m_stale = false; ///< the image shows an earlier window (Redraw::WithData)
    mutable int m_drawCount = 0;
    qint64 m_lastDrawNs = 0; ///< how long the queue's last drawing of this plot took

    // Derived state, rebuilt on demand from paint or from the const accessors.
    mutable bool m_layoutValid = false;
    mutable bool m_layerValid = false;
    mutable bool m_ticksValid = false;
    mutable QRect m_plot;
    mutable std::vector<LegendEntry> m_legend;
    mutable std::vector<TimeTick> m_timeTicks;
    mutable QStringList m_valueLabels;
    mutable QImage m_layer;
    mutable QHash<QString, QStaticText> m_texts; ///< labels laid out once (staticText())

    bool m_dragging = false;
    bool m_panning = false;
    double m_dragFrom = 0;
    double m_dragTo = 0;
    double m_panFrom = 0;
};

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QColor>
#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include "domain/annotation.h"
#include "domain/series.h"
#include "ui/timeplot.h"

class QLabel;

namespace atalaya {

/// One time-series chart of a dashboard: a title, the lines of its targets, optional threshold
/// lines (an SLA, labelled with its value and source), and a state line (no data, error).
/// Each refresh hands over whole series; the plot (TimePlot) keeps them and draws the window
/// shown through M4, and gaps (NaN or missing samples) are drawn as gaps, never interpolated.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        QString legend;
        QColor color;
        bool dashed = false; ///< e.g. a forecast, not a measurement
    };

    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    ~ChartPanel() override;

    /// Values are multiplied by @p scale before drawing (seconds -> ms: 1000; ratio -> %: 100).
    void setUnit(const QString& unitSuffix, double scale, int decimals);
    void setLines(const std::vector<Line>& lines);
    void renameLine(int line, const QString& legend);
    void setThreshold(double value, const QString& label); ///< in display units; NaN removes it
    /// A fixed value axis (display units) instead of 0..a round value above the data.
    void setFixedValueRange(double low, double high);
    /// A second reference line (e.g. memory's 80 % next to CPU's 70 %).
    void setSecondThreshold(double value, const QString& label);
    /// Shaded time bands (e.g. the vertical's peak hours), in ms since the epoch.
    void setBands(std::vector<std::pair<qint64, qint64>> bands, const QString& tooltip);
    /// Markers drawn on the chart (alerts, actions, degradation changes) with their titles as tooltips.
    void setAnnotations(const Annotations& annotations);
    /// What the panel shows, for "Copy PromQL" and "Open in Prometheus".
    void setQueries(const QStringList& promql, const QUrl& prometheusUrl);
    /// The lines as CSV: time (ISO 8601 with offset) then one column per line.
    QString toCsv() const;
    const QStringList& queries() const { return m_promql; }
    /// One line per series, named by the value of @p label (e.g. one per payment provider).
    void setSeriesByLabel(const QString& label, const std::vector<Series>& series);
    /// @p redraw: when the plot draws the new window (see TimePlot::Redraw).
    void setTimeRange(const QDateTime& start, const QDateTime& end, double stepSeconds,
                      TimePlot::Redraw redraw = TimePlot::Redraw::AtRepaint);
    /// Draws a window set with TimePlot::Redraw::WithData that no answer has drawn.
    void drawStale();
    /// Samples further apart than 1.5 × this are drawn as a gap (default: the range's step).
    /// Series set after this call use it; cached data can be sparser than the range's step.
    void setGapStep(double seconds) { m_stepSeconds = seconds; }
    void setSeries(int line, const Series* series); ///< nullptr = no data for that line
    /// Draws the series already set again for the current time range (after setTimeRange): a
    /// zoom or pan shows what is loaded at full resolution at once, before any new answer.
    void redrawFromData();
    /// A short state next to the title ("no data", "source unreachable"); empty clears. The full
    /// text (with the query) goes into the tooltip.
    void setState(const QString& message, const QString& detail = {});
    /// Width in pixels of the plot area: the number of points worth asking for.
    int plotWidth() const;
    QString title() const;

    /// Draws the shared crosshair at @p msSinceEpoch (-1 hides it).
    void setCrosshair(qint64 msSinceEpoch);
    /// "p95: 123 ms" lines for each visible line's sample nearest to @p msSinceEpoch.
    QString valuesAt(qint64 msSinceEpoch) const;

signals:
    /// The mouse is over the plot at this time (-1: it left); pages share it with every chart.
    void hovered(qint64 msSinceEpoch);
    /// The user dragged across the plot: zoom to this window (UTC).
    void rangeSelected(const QDateTime& startUtc, const QDateTime& endUtc);
    /// Shift+drag (or middle-button drag) moved the window by @p deltaMs; @p finished on release.
    void panned(qint64 deltaMs, bool finished);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rescaleY();
    void elideState();
    void exportPng();
    void exportCsv();
    void showValues(qint64 msSinceEpoch, QPoint globalPos);
    int lineFor(const QString& legend);

    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QString m_stateText; ///< in full; the label shows it elided to its width
    TimePlot* m_plot = nullptr;
    double m_thresholdValue;
    double m_threshold2Value;
    QString m_bandTooltip;
    QString m_unit;
    double m_scale = 1;
    int m_decimals = 0;
    double m_stepSeconds = 60;
    double m_fixedLow = 0;
    double m_fixedHigh = 0; ///< 0: automatic
    QDateTime m_start;
    QDateTime m_end;
    std::vector<Line> m_lines;
    std::vector<double> m_lineMax; ///< per line: the largest value drawn
    QStringList m_promql;
    QUrl m_prometheusUrl;
};

} // namespace atalaya

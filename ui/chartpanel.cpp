// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chartpanel.h"

#include "domain/querytiming.h"
#include "ui/timeplot.h"
#include "util/workpool.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QTimeZone>
#include <QToolTip>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace atalaya {

namespace {

const QColor kThresholdColor(0xe5, 0x48, 0x4d);
const QColor kSecondThresholdColor(0xd2, 0x99, 0x22);
constexpr int kHeaderSpacing = 8;

} // namespace

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
    header->setSpacing(kHeaderSpacing);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("panelState"));
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A long message must never widen the dashboard: it is clipped here and whole in the tooltip.
    // Its size is fixed (resizeEvent): a new state repaints the label without asking the whole
    // window for a new layout, as a label that may change size does on every answer.
    m_state->setFixedSize(0, m_title->sizeHint().height());
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    layout->addLayout(header);

    m_plot = new TimePlot(this);
    connect(m_plot, &TimePlot::hovered, this, &ChartPanel::showValues);
    connect(m_plot, &TimePlot::panned, this, &ChartPanel::panned);
    connect(m_plot, &TimePlot::selected, this, [this](qint64 from, qint64 to) {
        emit rangeSelected(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                           QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
    });
    setBands({}, {});
    rescaleY();
    layout->addWidget(m_plot, 1);
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
    m_plot->setValueScale(scale);
    rescaleY();
}

void ChartPanel::setLines(const std::vector<Line>& lines)
{
    m_lines = lines;
    m_lineMax.assign(lines.size(), std::numeric_limits<double>::quiet_NaN());
    std::vector<TimePlot::Line> plotLines;
    plotLines.reserve(lines.size());
    for (const Line& l : lines)
        plotLines.push_back({ l.legend, l.color, l.dashed });
    m_plot->setLines(plotLines);
    rescaleY();
}

void ChartPanel::renameLine(int line, const QString& legend)
{
    if (line < 0 || line >= static_cast<int>(m_lines.size()))
        return;
    m_lines[static_cast<size_t>(line)].legend = legend;
    m_plot->setLegend(line, legend);
}

void ChartPanel::setThreshold(double value, const QString& label)
{
    m_thresholdValue = value;
    m_plot->setThreshold(0, value, label, kThresholdColor);
    rescaleY();
}

void ChartPanel::setSecondThreshold(double value, const QString& label)
{
    m_threshold2Value = value;
    m_plot->setThreshold(1, value, label, kSecondThresholdColor);
    rescaleY();
}

void ChartPanel::setBands(std::vector<std::pair<qint64, qint64>> bands, const QString& tooltip)
{
    m_plot->setBands(std::move(bands));
    m_bandTooltip = tooltip;
    const QString hint = tr("Drag across the chart to zoom; right-click to export");
    m_plot->setToolTip(tooltip.isEmpty() ? hint : tooltip + u'\n' + hint);
}

void ChartPanel::setCrosshair(qint64 msSinceEpoch)
{
    m_plot->setCrosshair(msSinceEpoch);
}

void ChartPanel::showValues(qint64 msSinceEpoch, QPoint globalPos)
{
    emit hovered(msSinceEpoch);
    if (msSinceEpoch < 0) {
        QToolTip::hideText();
        return;
    }
    QString text = valuesAt(msSinceEpoch);
    // What is marked here: an annotation under the mouse, a shaded band.
    for (const QString& a : m_plot->annotationsAt(msSinceEpoch, m_plot->mapFromGlobal(globalPos).x()))
        text += u'\n' + a;
    if (!m_bandTooltip.isEmpty() && m_plot->inBand(msSinceEpoch))
        text += u'\n' + m_bandTooltip;
    QToolTip::showText(globalPos + QPoint(14, 14), text, m_plot);
}

QString ChartPanel::valuesAt(qint64 msSinceEpoch) const
{
    const double t = msSinceEpoch / 1000.0;
    QStringList lines { QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("dd/MM HH:mm:ss")) };
    const QLocale locale;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const Series& s = m_plot->series(static_cast<int>(i));
        if (s.timestamps.empty() || !m_plot->isLineVisible(static_cast<int>(i)))
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
    m_plot->setAnnotations(annotations);
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
    for (size_t line = 0; line < m_lines.size(); ++line) {
        const Series& s = m_plot->series(static_cast<int>(line));
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
    menu.addAction(tr("Export CSV…"), this, &ChartPanel::exportCsv)->setEnabled(!m_lines.empty());
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
    (void)QtConcurrent::run(workPool(), [image, file] { return image.save(file, "PNG"); });
}

void ChartPanel::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"), title() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    const QByteArray csv = toCsv().toUtf8();
    (void)QtConcurrent::run(workPool(), [csv, file] {
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

void ChartPanel::setTimeRange(const QDateTime& start, const QDateTime& end, double stepSeconds, TimePlot::Redraw redraw)
{
    m_start = start;
    m_end = end;
    m_stepSeconds = stepSeconds;
    // Only the window moves: what is loaded is reduced for it when the plot paints next.
    m_plot->setTimeRange(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), redraw);
}

void ChartPanel::drawStale()
{
    m_plot->drawStale();
}

void ChartPanel::redrawFromData()
{
    // The series stay as they are; gaps are judged by the current step, as for a new answer.
    for (size_t line = 0; line < m_lines.size(); ++line)
        if (!m_plot->series(static_cast<int>(line)).timestamps.empty())
            m_plot->setGapSeconds(static_cast<int>(line), m_stepSeconds);
}

void ChartPanel::setSeries(int line, const Series* series)
{
    if (line < 0 || line >= static_cast<int>(m_lines.size()))
        return;
    double maxValue = std::numeric_limits<double>::quiet_NaN();
    if (series) {
        const size_t n = std::min(series->timestamps.size(), series->values.size());
        for (size_t i = 0; i < n; ++i) {
            const double v = series->values[i];
            if (std::isfinite(v))
                maxValue = std::isnan(maxValue) ? v : std::max(maxValue, v);
        }
        maxValue *= m_scale;
    }
    m_lineMax[static_cast<size_t>(line)] = maxValue;
    m_plot->setSeries(line, series ? *series : Series {}, m_stepSeconds);
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
    const QMargins margins = layout()->contentsMargins();
    const int free = width() - margins.left() - margins.right() - m_title->sizeHint().width() - kHeaderSpacing;
    m_state->setFixedSize(std::max(0, free), m_title->sizeHint().height());
    elideState();
}

void ChartPanel::setState(const QString& message, const QString& detail)
{
    const QString tooltip = detail.isEmpty() ? message : detail;
    if (message == m_stateText && tooltip == m_state->toolTip())
        return; // every refresh says "loading…" again
    m_stateText = message;
    elideState();
    m_state->setToolTip(tooltip);
}

int ChartPanel::plotWidth() const
{
    const int w = m_plot->plotRect().width();
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
        m_plot->setValueAxis(m_fixedLow, m_fixedHigh, 5, m_decimals, m_unit);
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
    // Four or five intervals of a round size: 0, 50, 100... rather than 0, 62.5, 125...
    const double first = nice / 4;
    const double m = std::pow(10.0, std::floor(std::log10(first)));
    const bool roundQuarter = std::abs(first / m - std::round(first / m)) < 1e-9;
    const int ticks = roundQuarter ? 5 : 6;
    // Small ranges need decimals, or the ticks read "0, 0, 1, 1, 2".
    const double tickStep = nice / (ticks - 1);
    const int decimals = std::max(m_decimals, tickStep >= 1 ? 0 : tickStep >= 0.1 ? 1 : 2);
    m_plot->setValueAxis(0, nice, ticks, decimals, m_unit);
}

} // namespace atalaya

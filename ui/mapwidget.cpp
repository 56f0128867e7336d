// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mapwidget.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include "geo/geodata.h"
#include "geo/projection.h"
#include "geo/simplify.h"
#include "itemmodels/statuscolors.h"

namespace atalaya {

namespace {

const QColor kSea(0x12, 0x16, 0x1b);
const QColor kLand(0x22, 0x28, 0x30);
const QColor kArgentina(0x29, 0x31, 0x3b);
const QColor kBorder(0x4a, 0x54, 0x61);
const QColor kSubBorder(0x36, 0x3e, 0x49);

int severity(RegionState s)
{
    switch (s) {
    case RegionState::Over:
        return 3;
    case RegionState::Near:
        return 2;
    case RegionState::Under:
        return 1;
    case RegionState::NoData:
        break;
    }
    return 0;
}

QPointF project(double lat, double lon)
{
    return geo::Projection::defaultMap().forward({ lon, lat });
}

} // namespace

MapWidget::MapWidget(QWidget* parent)
    : QWidget(parent)
    , m_geo(geo::GeoData::embedded())
{
    setMouseTracking(true);
    setMinimumSize(240, 200);
    setObjectName(QStringLiteral("regionMap"));
    // Each level doubles the tolerance of the one before; the finest is the embedded data.
    for (double tolerance : { 0.0, 2.0, 4.0, 8.0, 16.0 })
        m_details.push_back({ tolerance, {}, 0 });
    resetView();
}

size_t MapWidget::detailLevel(double kmPerPixel) const
{
    size_t level = 0;
    while (level + 1 < m_details.size() && m_details[level + 1].toleranceKm <= kmPerPixel / 2)
        ++level;
    return level;
}

const std::vector<QPainterPath>& MapWidget::pathsFor(double kmPerPixel)
{
    Detail& d = m_details[detailLevel(kmPerPixel)];
    if (d.paths.empty()) {
        d.paths.reserve(m_geo.features().size());
        for (const geo::Feature& f : m_geo.features()) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const auto& ring : f.rings) {
                const std::vector<QPointF> kept = d.toleranceKm > 0 ? geo::simplify(ring, d.toleranceKm) : ring;
                if (kept.size() < 4)
                    continue; // an island under half a pixel
                path.addPolygon(QPolygonF(QList<QPointF>(kept.begin(), kept.end())));
                d.vertices += qsizetype(kept.size());
            }
            d.paths.push_back(path);
        }
    }
    return d.paths;
}

qsizetype MapWidget::drawnVertexCount() const
{
    return m_details[detailLevel(m_kmPerPixel)].vertices;
}

QColor MapWidget::colour(RegionState state)
{
    switch (state) {
    case RegionState::Under:
        return StatusColors::ok();
    case RegionState::Near:
        return StatusColors::warning();
    case RegionState::Over:
        return StatusColors::critical();
    case RegionState::NoData:
        break;
    }
    return StatusColors::noData();
}

std::vector<MapWidget::RegionValue> MapWidget::configured(const std::vector<Region>& regions)
{
    std::vector<RegionValue> out;
    for (const Region& r : regions)
        out.push_back({ r.id, r.name, r.latitude, r.longitude, r.p95TargetMs, r.targetSource, r.area });
    return out;
}

void MapWidget::setRegions(std::vector<RegionValue> regions)
{
    m_regions = std::move(regions);
    // The outline under each region is a point-in-polygon search: once per region, not per paint.
    for (const RegionValue& r : m_regions)
        if (!m_areas.count(r.id))
            m_areas[r.id] = areaOf(r);
    update();
}

void MapWidget::setSelected(const QString& id)
{
    m_selected = id;
    update();
}

void MapWidget::setCompact(bool compact)
{
    m_compact = compact;
    resetView();
}

void MapWidget::resetView()
{
    // Argentina whole, or, compact, the regions with some room around them.
    QRectF box;
    if (const geo::Feature* ar = m_geo.find(QStringLiteral("AR")); ar && !m_compact)
        box = ar->bounds;
    for (const RegionValue& r : m_regions)
        if (m_compact || box.isNull()) {
            const QPointF p = project(r.latitude, r.longitude);
            box = box.isNull() ? QRectF(p, QSizeF(1, 1)) : box.united(QRectF(p, QSizeF(1, 1)));
        }
    if (box.isNull())
        box = QRectF(-1500, -2500, 3000, 3500);
    box = box.normalized().adjusted(-250, -250, 250, 250);
    m_centreKm = box.center();
    const QSizeF area = size().isEmpty() ? QSizeF(800, 600) : QSizeF(size());
    m_kmPerPixel = std::max(box.width() / area.width(), box.height() / area.height());
    update();
}

QTransform MapWidget::transform() const
{
    // km (y north) to pixels (y down), m_centreKm at the widget's centre.
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(1.0 / m_kmPerPixel, -1.0 / m_kmPerPixel);
    t.translate(-m_centreKm.x(), -m_centreKm.y());
    return t;
}

QString MapWidget::areaOf(const RegionValue& region) const
{
    if (!region.area.isEmpty())
        return region.area;
    const geo::Feature* f = m_geo.featureAt(project(region.latitude, region.longitude));
    return f ? f->id : QString();
}

double MapWidget::markerRadius(const RegionValue& region) const
{
    // The area grows with traffic: radius by the square root of the share of the busiest region.
    double busiest = 0;
    for (const RegionValue& r : m_regions)
        if (std::isfinite(r.rps))
            busiest = std::max(busiest, r.rps);
    const double base = m_compact ? 4 : 6, extra = m_compact ? 8 : 16;
    if (!std::isfinite(region.rps) || busiest <= 0)
        return base;
    return base + extra * std::sqrt(std::clamp(region.rps / busiest, 0.0, 1.0));
}

QPointF MapWidget::markerCentre(const QString& id) const
{
    for (const RegionValue& r : m_regions)
        if (r.id == id)
            return transform().map(project(r.latitude, r.longitude));
    return {};
}

QString MapWidget::regionAt(QPointF point) const
{
    // The smallest marker under the point wins (a small region drawn over a big one).
    QString best;
    double bestRadius = 1e9;
    for (const RegionValue& r : m_regions) {
        const double radius = markerRadius(r);
        if (QLineF(point, markerCentre(r.id)).length() <= radius + 3 && radius < bestRadius) {
            best = r.id;
            bestRadius = radius;
        }
    }
    return best;
}

void MapWidget::paintOutlines(QPainter& p, const QTransform& t, const std::map<QString, RegionState>& areaState)
{
    p.fillRect(rect(), kSea);
    const QRectF visibleKm = t.inverted().mapRect(QRectF(rect()));
    p.setTransform(t);
    const auto& features = m_geo.features();
    const auto& paths = pathsFor(m_kmPerPixel);
    // Countries first, then provinces and states over them, then the coloured areas. Fills are
    // not antialiased (most of the drawing time) and the antialiased borders drawn over them
    // cover their edges, so they look the same.
    for (int pass = 0; pass < 2; ++pass) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        for (size_t i = 0; i < features.size(); ++i) {
            const geo::Feature& f = features[i];
            if ((pass == 0) != f.parent.isEmpty() || !f.bounds.intersects(visibleKm))
                continue;
            QColor fill = f.id == u"AR" || f.parent == u"AR" || f.id == u"FK" ? kArgentina : kLand;
            if (auto it = areaState.find(f.id); it != areaState.end() && it->second != RegionState::NoData) {
                fill = colour(it->second);
                fill.setAlpha(it->second == RegionState::Under ? 70 : 120);
            }
            p.setBrush(fill);
            p.drawPath(paths[i]);
        }
        p.setRenderHint(QPainter::Antialiasing, true);
        QPen pen(pass == 0 ? kBorder : kSubBorder);
        pen.setCosmetic(true);
        // At most one pixel: wider cosmetic pens leave the fast stroker for a general one that
        // took two thirds of the map's drawing time.
        pen.setWidthF(pass == 0 ? 1.0 : 0.6);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        for (size_t i = 0; i < features.size(); ++i) {
            const geo::Feature& f = features[i];
            if ((pass == 0) != f.parent.isEmpty() || !f.bounds.intersects(visibleKm))
                continue;
            p.drawPath(paths[i]);
        }
    }
}

void MapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform t = transform();

    // Which outline each region colours, and the worst state within it.
    std::map<QString, RegionState> areaState;
    for (const RegionValue& r : m_regions) {
        const QString area = m_areas.count(r.id) ? m_areas.at(r.id) : areaOf(r);
        const RegionState s = regionState(r.p95Ms, r.targetMs);
        if (!area.isEmpty() && (!areaState.count(area) || severity(s) > severity(areaState[area])))
            areaState[area] = s;
    }
    QString fills;
    for (const auto& [area, state] : areaState)
        fills += area + QString::number(int(state)) + u';';
    const qreal dpr = devicePixelRatioF();
    if (m_outlines.isNull() || m_outlines.size() != size() * dpr || m_outlines.devicePixelRatio() != dpr
        || m_outlinesTransform != t || m_outlinesFills != fills) {
        m_outlines = QPixmap(size() * dpr);
        m_outlines.setDevicePixelRatio(dpr);
        QPainter layer(&m_outlines);
        layer.setRenderHint(QPainter::Antialiasing);
        paintOutlines(layer, t, areaState);
        m_outlinesTransform = t;
        m_outlinesFills = fills;
    }
    p.drawPixmap(0, 0, m_outlines);

    // Markers, the busiest at the back.
    std::vector<const RegionValue*> order;
    for (const RegionValue& r : m_regions)
        order.push_back(&r);
    std::sort(order.begin(), order.end(), [this](const RegionValue* a, const RegionValue* b) { return markerRadius(*a) > markerRadius(*b); });
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * (m_compact ? 0.8 : 0.95));
    p.setFont(labelFont);
    // Labels go right of their marker, else left, below or above: wherever they hit no other
    // label or marker.
    std::vector<QRectF> taken;
    for (const RegionValue* r : order) {
        const QPointF c = t.map(project(r->latitude, r->longitude));
        const double radius = markerRadius(*r);
        taken.push_back(QRectF(c - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    }
    for (const RegionValue* r : order) {
        const QPointF c = t.map(project(r->latitude, r->longitude));
        if (!rect().adjusted(-30, -30, 30, 30).contains(c.toPoint()))
            continue;
        const double radius = markerRadius(*r);
        const QColor fill = colour(regionState(r->p95Ms, r->targetMs));
        p.setPen(QPen(r->id == m_selected ? QColor(Qt::white) : QColor(0x10, 0x12, 0x16), r->id == m_selected ? 3 : 1.5));
        QColor body = fill;
        body.setAlpha(225);
        p.setBrush(body);
        p.drawEllipse(c, radius, radius);
        if (m_compact)
            continue;
        const QString label = std::isfinite(r->p95Ms)
            ? tr("%1 %2 ms").arg(r->name, QLocale().toString(r->p95Ms, 'f', 0))
            : r->name;
        const QFontMetricsF metrics(labelFont);
        const QSizeF size(metrics.horizontalAdvance(label), metrics.height());
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() + radius + 4, c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - radius - 4 - size.width(), c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + radius + 2), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - radius - 2 - size.height()), size),
        };
        QRectF place = candidates[0];
        for (const QRectF& candidate : candidates) {
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const QRectF& other) {
                return other.intersects(candidate) && !other.contains(c);
            });
            if (free) {
                place = candidate;
                break;
            }
        }
        taken.push_back(place);
        p.setPen(QColor(0xe6, 0xe9, 0xee));
        p.drawText(place, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    if (m_compact)
        return;
    // Legend, bottom left.
    const QStringList items { tr("at or under target"), tr("up to 20 % over"), tr("more than 20 % over"), tr("no data") };
    const RegionState states[] = { RegionState::Under, RegionState::Near, RegionState::Over, RegionState::NoData };
    const int line = fontMetrics().height() + 4;
    QRectF box(10, height() - 10 - line * 6, 210, line * 6 - 2);
    p.setPen(QColor(0x2a, 0x2f, 0x37));
    p.setBrush(QColor(0x1b, 0x1f, 0x25, 230));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(QColor(0xc9, 0xce, 0xd6));
    p.drawText(box.adjusted(8, 4, -4, 0), Qt::AlignLeft | Qt::AlignTop, tr("p95 against each region's target"));
    for (int i = 0; i < 4; ++i) {
        const QPointF dot(box.left() + 14, box.top() + line * (i + 1.5));
        p.setPen(Qt::NoPen);
        p.setBrush(colour(states[i]));
        p.drawEllipse(dot, 5, 5);
        p.setPen(QColor(0xc9, 0xce, 0xd6));
        p.drawText(QPointF(dot.x() + 12, dot.y() + 4), items[i]);
    }
    p.drawText(QPointF(box.left() + 8, box.bottom() - 5), tr("size: requests/s"));
    // Attribution, bottom right.
    p.setPen(QColor(0x80, 0x88, 0x92));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    p.drawText(rect().adjusted(0, 0, -8, -6), Qt::AlignRight | Qt::AlignBottom, tr("Outlines: %1").arg(m_geo.attribution()));
}

void MapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Until the user pans or zooms, the map keeps showing the whole start view at any size.
    if (!m_userMoved)
        resetView();
}

void MapWidget::zoomAt(QPointF widgetPoint, double factor)
{
    // Keep the point under the cursor where it is.
    const QPointF before = transform().inverted().map(widgetPoint);
    m_kmPerPixel = std::clamp(m_kmPerPixel / factor, 0.2, 50.0);
    m_userMoved = true;
    const QPointF after = transform().inverted().map(widgetPoint);
    m_centreKm += before - after;
    update();
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    if (m_compact)
        return QWidget::wheelEvent(event);
    zoomAt(event->position(), std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->pos();
    m_pressCentre = m_centreKm;
    m_dragging = false;
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_compact)
        return;
    const QPoint delta = event->pos() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() < 4)
        return;
    m_dragging = true;
    m_userMoved = true;
    setCursor(Qt::ClosedHandCursor);
    m_centreKm = m_pressCentre + QPointF(-delta.x() * m_kmPerPixel, delta.y() * m_kmPerPixel);
    update();
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (!m_dragging) {
        const QString id = regionAt(event->position());
        if (!id.isEmpty())
            setSelected(id);
        // A tile answers every click (it opens the full map); the full map only a region's.
        if (!id.isEmpty() || m_compact)
            emit regionClicked(id);
    }
    m_dragging = false;
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent*)
{
    if (m_compact)
        return;
    m_userMoved = false;
    resetView();
}

QString MapWidget::tooltipAt(QPointF point) const
{
    const QLocale locale;
    const QString id = regionAt(point);
    for (const RegionValue& r : m_regions) {
        if (r.id != id)
            continue;
        const QString p95 = std::isfinite(r.p95Ms) ? tr("%1 ms").arg(locale.toString(r.p95Ms, 'f', 0)) : tr("no data");
        QString text = tr("<b>%1</b><br>p95 %2 — target %3 ms (%4)").arg(r.name.toHtmlEscaped(), p95, locale.toString(r.targetMs, 'f', 0),
                                                                         r.targetSource.toHtmlEscaped());
        if (std::isfinite(r.rps))
            text += tr("<br>%1 requests/s").arg(locale.toString(r.rps, 'f', 1));
        if (std::isfinite(r.errorRatio))
            text += tr("<br>5xx %1 %").arg(locale.toString(r.errorRatio * 100, 'f', 2));
        return text;
    }
    if (const geo::Feature* f = m_geo.featureAt(transform().inverted().map(point)))
        return f->name.toHtmlEscaped();
    return {};
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace atalaya

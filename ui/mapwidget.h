// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <map>
#include <vector>

#include <QPainterPath>
#include <QPixmap>
#include <QTransform>
#include <QWidget>

#include "domain/region.h"

namespace atalaya::geo {
class GeoData;
}

namespace atalaya {

/// The regional latency map: Argentina's provinces and its neighbours (DCW-GMT outlines, in the
/// conic projection of geo::Projection::defaultMap()), one marker per configured region coloured
/// by its p95 against its own target (green at or under, amber up to 20 % over, red beyond, grey
/// without data) and sized by its traffic; the area it belongs to is filled with the same colour.
/// Drag to pan, wheel to zoom, double-click to see the whole region again; hover for figures;
/// click a region to select it.
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    /// One region as the map shows it, at the time shown.
    struct RegionValue
    {
        QString id;
        QString name;
        double latitude = 0;
        double longitude = 0;
        double targetMs = 0;
        QString targetSource;
        QString area; ///< the outline it colours; empty: the one its position falls in
        double p95Ms = std::numeric_limits<double>::quiet_NaN();
        double rps = std::numeric_limits<double>::quiet_NaN();
        double errorRatio = std::numeric_limits<double>::quiet_NaN();
    };

    explicit MapWidget(QWidget* parent = nullptr);

    /// Every configured region, its figures unknown until answers arrive.
    static std::vector<RegionValue> configured(const std::vector<Region>& regions);

    void setRegions(std::vector<RegionValue> regions);
    const std::vector<RegionValue>& regions() const { return m_regions; }
    void setSelected(const QString& id);
    QString selected() const { return m_selected; }
    /// A small map without legend or labels, for a tile.
    void setCompact(bool compact);
    /// Shows Argentina and its neighbours' near parts (the start view).
    void resetView();

    static QColor colour(RegionState state);
    /// For tests: where a region's marker is drawn, and which region is at a point.
    QPointF markerCentre(const QString& id) const;
    QString regionAt(QPointF widgetPoint) const;
    /// The outline a region colours (its configured area, else the one under its position).
    QString areaOf(const RegionValue& region) const;
    /// For tests: vertices of the outlines drawn at the current zoom (coarser when zoomed out),
    /// once painted at that zoom (0 before).
    qsizetype drawnVertexCount() const;

signals:
    void regionClicked(const QString& id); ///< compact: also off the regions, with an empty id

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QTransform transform() const; ///< projected km -> widget pixels
    double markerRadius(const RegionValue& region) const;
    void zoomAt(QPointF widgetPoint, double factor);
    QString tooltipAt(QPointF widgetPoint) const;

    /// The outlines simplified to @p kmPerPixel / 2 or finer (half a pixel: no visible change),
    /// made the first time a zoom needs them.
    const std::vector<QPainterPath>& pathsFor(double kmPerPixel);
    size_t detailLevel(double kmPerPixel) const; ///< index into m_details
    void paintOutlines(QPainter& p, const QTransform& t, const std::map<QString, RegionState>& areaState);

    const geo::GeoData& m_geo;
    struct Detail
    {
        double toleranceKm = 0; ///< 0: the outlines as embedded
        std::vector<QPainterPath> paths; ///< per feature, in km; empty until needed
        qsizetype vertices = 0;
    };
    std::vector<Detail> m_details; ///< finest first
    /// The outlines as last drawn (sea, land and the areas' fills): a repaint that changes only
    /// markers, labels or the legend draws this image instead of some 24,000 vertices again.
    QPixmap m_outlines;
    QTransform m_outlinesTransform;
    QString m_outlinesFills;
    std::vector<RegionValue> m_regions;
    std::map<QString, QString> m_areas; ///< region id -> the outline it colours, found once per region
    QString m_selected;
    bool m_compact = false;
    QPointF m_centreKm; ///< the projected point at the widget's centre
    double m_kmPerPixel = 5;
    QPoint m_pressPos;
    QPointF m_pressCentre;
    bool m_dragging = false;
    bool m_userMoved = false; ///< panned or zoomed: a resize keeps the view
};

} // namespace atalaya

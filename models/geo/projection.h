// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace atalaya::geo {

/// A geographic position in degrees: longitude east of Greenwich (−180…180), latitude north of the equator.
struct LonLat
{
    double lon = 0, lat = 0;
};

/// Lambert conformal conic on a sphere, in kilometres: x east, y north (the y axis points up on
/// the map, the opposite of a widget's), the origin on the central meridian at the latitude of origin.
///
/// The formulas are the spherical ones of J. P. Snyder, "Map Projections — A Working Manual",
/// USGS Professional Paper 1395 (1987), chapter 15 (Lambert Conformal Conic), written out in
/// projection.cpp. Conformal means angles and small shapes are kept; sizes are scaled by
/// scaleFactor(), exactly 1 on both standard parallels, below 1 between them, above 1 outside.
class Projection
{
public:
    struct Parameters
    {
        double radiusKm = 6371.0; ///< the sphere: the mean Earth radius (IUGG), in km
        double standardParallel1 = -22.0; ///< degrees
        double standardParallel2 = -45.0; ///< degrees
        double originLatitude = -34.0; ///< degrees; y = 0 on this parallel
        double centralMeridian = -62.0; ///< degrees; x = 0 on this meridian

        bool operator==(const Parameters&) const = default;
    };

    /// The map's projection (defaultMap()'s parameters).
    Projection();
    explicit Projection(const Parameters& parameters);

    /// The projection of the regional map and of the embedded outlines (GeoData):
    /// standard parallels 22°S and 45°S, central meridian 62°W, origin at 34°S.
    ///
    /// Why these: a conic suits a region that is longer north–south than east–west and lies in
    /// middle latitudes, and a conformal one keeps the shape of provinces. The usual rule for a
    /// conic puts the standard parallels one sixth of the latitude range inside its limits; for
    /// Argentina (55°S–22°S) that gives 49.5°S and 27.5°S, for the whole map down to southern
    /// Brazil (55°S–10°S) 47.5°S and 17.5°S. 45°S and 22°S sit between the two: the scale error is
    /// at most 2 % from 22°S to 45°S (0.980 around 33°S, where Buenos Aires, Córdoba, Rosario,
    /// Mendoza, Montevideo and Santiago are), +6 % at Tierra del Fuego (55°S), +3 % at 15°S;
    /// Brazil's far north (5°N) is drawn 22 % too large, which a latency map can afford.
    /// 62°W is the middle of the region's longitudes (Chile's coast 75°W to Brazil's 35°W is
    /// 55°W ± 20°; Argentina's 73.5°W–53.5°W is 63.5°W ± 10°), nudged towards Argentina.
    static const Projection& defaultMap();

    const Parameters& parameters() const { return m_parameters; }

    /// Kilometres from the origin, x east, y north.
    QPointF forward(LonLat position) const;
    /// The inverse of forward(): longitude in (−180, 180].
    LonLat inverse(QPointF projected) const;
    /// The point scale factor at a latitude (the same in every direction: conformal).
    double scaleFactor(double latitudeDegrees) const;

private:
    Parameters m_parameters;
    double m_n = 0; // cone constant; negative: the cone's apex is above the south pole
    double m_f = 0; // Snyder's F (dimensionless), so that rho = R F / tan^n(pi/4 + phi/2)
    double m_rho0 = 0; // rho at the latitude of origin, in km
};

} // namespace atalaya::geo

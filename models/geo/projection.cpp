// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/projection.h"

#include <cmath>
#include <numbers>

namespace atalaya::geo {

namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

// tan(pi/4 + phi/2): the conformal "stretch" of a parallel; it grows from 0 at the south pole
// through 1 at the equator to infinity at the north pole.
double stretch(double latitudeRadians)
{
    return std::tan(std::numbers::pi / 4 + latitudeRadians / 2);
}

} // namespace

Projection::Projection()
    : Projection(Parameters {})
{
}

Projection::Projection(const Parameters& parameters)
    : m_parameters(parameters)
{
    const double phi1 = parameters.standardParallel1 * kDegree;
    const double phi2 = parameters.standardParallel2 * kDegree;
    // The cone constant n is chosen so that the scale is the same (and then set to 1) on both
    // standard parallels: n = ln(cos phi1 / cos phi2) / ln(stretch(phi2) / stretch(phi1)).
    // With one standard parallel (phi1 == phi2) the limit is n = sin phi1.
    if (std::abs(phi1 - phi2) < 1e-12)
        m_n = std::sin(phi1);
    else
        m_n = std::log(std::cos(phi1) / std::cos(phi2)) / std::log(stretch(phi2) / stretch(phi1));
    // F makes the scale exactly 1 on the first standard parallel (and therefore on the second).
    m_f = std::cos(phi1) * std::pow(stretch(phi1), m_n) / m_n;
    m_rho0 = parameters.radiusKm * m_f / std::pow(stretch(parameters.originLatitude * kDegree), m_n);
}

const Projection& Projection::defaultMap()
{
    static const Projection projection;
    return projection;
}

QPointF Projection::forward(LonLat position) const
{
    // Parallels become circles of radius rho around the cone's apex and meridians its radii,
    // turned by theta = n (lambda - lambda0). For a southern cone n, F and rho are negative,
    // which flips both axes back so that x still grows east and y north.
    double dLon = position.lon - m_parameters.centralMeridian;
    dLon -= 360.0 * std::round(dLon / 360.0); // the shortest way round: −180…180 from the central meridian
    const double rho = m_parameters.radiusKm * m_f / std::pow(stretch(position.lat * kDegree), m_n);
    const double theta = m_n * dLon * kDegree;
    return { rho * std::sin(theta), m_rho0 - rho * std::cos(theta) };
}

LonLat Projection::inverse(QPointF projected) const
{
    // forward() gives x = rho sin(theta) and rho0 - y = rho cos(theta), and rho has the sign of n.
    const double sign = m_n < 0 ? -1.0 : 1.0;
    const double dx = projected.x();
    const double dy = m_rho0 - projected.y();
    const double rho = sign * std::hypot(dx, dy);
    const double theta = std::atan2(sign * dx, sign * dy);
    LonLat result;
    if (rho == 0) {
        // The apex of the cone: the pole on the cone's side.
        result.lat = sign * 90.0;
        result.lon = m_parameters.centralMeridian;
        return result;
    }
    // Solve rho = R F / stretch(phi)^n for phi.
    const double s = std::pow(m_parameters.radiusKm * m_f / rho, 1.0 / m_n);
    result.lat = (2.0 * std::atan(s) - std::numbers::pi / 2) / kDegree;
    double lon = m_parameters.centralMeridian + theta / m_n / kDegree;
    lon -= 360.0 * std::round(lon / 360.0);
    result.lon = lon;
    return result;
}

double Projection::scaleFactor(double latitudeDegrees) const
{
    // k = n rho / (R cos phi): the length of a parallel's arc on the map over its length on the sphere.
    const double phi = latitudeDegrees * kDegree;
    const double rho = m_parameters.radiusKm * m_f / std::pow(stretch(phi), m_n);
    return m_n * rho / (m_parameters.radiusKm * std::cos(phi));
}

} // namespace atalaya::geo

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include <QPointF>

namespace atalaya::geo {

/// Douglas–Peucker simplification (Douglas & Peucker, "Algorithms for the reduction of the number
/// of points required to represent a digitized line or its caricature", The Canadian
/// Cartographer 10(2), 1973): keeps the vertices that matter so that no dropped vertex is farther
/// than @p tolerance from the segment of kept vertices that replaces it. Distances are measured in
/// the units of the points (kilometres for projected outlines), to the segment, not to its line.
///
/// A closed ring (first point == last point) stays closed and keeps at least 4 points (a
/// triangle and its closing point) when the input had at least 4; it is split at its first
/// vertex and at the vertex farthest from it, and each half simplified. Anything else is an open
/// polyline and keeps its two ends. With @p tolerance 0 only vertices lying exactly on the segment
/// between their kept neighbours go.
/// Returns the indices of the kept points, ascending (the first and last included).
std::vector<std::size_t> simplifyIndices(const std::vector<QPointF>& points, double tolerance);

/// simplifyIndices() as points.
std::vector<QPointF> simplify(const std::vector<QPointF>& ring, double tolerance);

/// The largest distance from a vertex of @p original to the polyline through @p simplified
/// (the nearest of its segments). O(original × simplified). Infinite when @p simplified is empty
/// and @p original is not.
double maxDeviation(const std::vector<QPointF>& original, const std::vector<QPointF>& simplified);

/// The same measure for a result of simplifyIndices(), in O(original): each dropped vertex against
/// the segment that replaced it: an upper bound of maxDeviation() (a vertex may lie nearer another segment).
double maxDeviationKept(const std::vector<QPointF>& original, const std::vector<std::size_t>& keptIndices);

/// Distance from @p p to the segment [@p a, @p b].
double distanceToSegment(QPointF p, QPointF a, QPointF b);

/// The signed area of a ring (shoelace formula; closed or not): positive when counter-clockwise
/// with y up (north), in the square of the points' unit.
double signedArea(const std::vector<QPointF>& ring);

} // namespace atalaya::geo

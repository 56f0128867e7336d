// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/simplify.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace atalaya::geo {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const double abx = b.x() - a.x(), aby = b.y() - a.y();
    const double apx = p.x() - a.x(), apy = p.y() - a.y();
    const double length2 = abx * abx + aby * aby;
    if (length2 == 0)
        return std::hypot(apx, apy);
    const double t = (apx * abx + apy * aby) / length2;
    if (t <= 0)
        return std::hypot(apx, apy);
    if (t >= 1)
        return std::hypot(p.x() - b.x(), p.y() - b.y());
    // Inside the segment: the distance to its line, |AB × AP| / |AB|. For a point exactly on the
    // segment the cross product is exactly 0 with exact inputs (integers, say), so tolerance 0
    // drops exactly the collinear vertices.
    return std::abs(abx * apy - aby * apx) / std::sqrt(length2);
}

namespace {

// Douglas–Peucker between two kept vertices, iteratively (an outline of 600,000 vertices could
// recurse that deep in the worst case).
void simplifyRange(
    const std::vector<QPointF>& points, std::size_t first, std::size_t last, double tolerance, std::vector<char>& keep)
{
    std::vector<std::pair<std::size_t, std::size_t>> pending { { first, last } };
    while (!pending.empty()) {
        const auto [a, b] = pending.back();
        pending.pop_back();
        if (b <= a + 1)
            continue;
        double farthest = -1;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = distanceToSegment(points[i], points[a], points[b]);
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (farthest > tolerance) {
            keep[at] = 1;
            pending.emplace_back(a, at);
            pending.emplace_back(at, b);
        }
    }
}

} // namespace

std::vector<std::size_t> simplifyIndices(const std::vector<QPointF>& points, double tolerance)
{
    const std::size_t n = points.size();
    std::vector<std::size_t> kept;
    // Exactly the same point (QPointF's == is fuzzy).
    const bool closed = n >= 2 && points.front().x() == points.back().x() && points.front().y() == points.back().y();
    if (n <= 2 || (closed && n <= 4)) {
        for (std::size_t i = 0; i < n; ++i)
            kept.push_back(i);
        return kept;
    }
    tolerance = std::max(0.0, tolerance);
    std::vector<char> keep(n, 0);
    keep.front() = keep.back() = 1;
    if (!closed) {
        simplifyRange(points, 0, n - 1, tolerance, keep);
    } else {
        // Both ends of a closed ring are the same point: split it where it is widest, at the
        // vertex farthest from the first, and simplify each half between the two.
        std::size_t far = 1;
        double farDistance = -1;
        for (std::size_t i = 1; i + 1 < n; ++i) {
            const double d = std::hypot(points[i].x() - points[0].x(), points[i].y() - points[0].y());
            if (d > farDistance) {
                farDistance = d;
                far = i;
            }
        }
        keep[far] = 1;
        simplifyRange(points, 0, far, tolerance, keep);
        simplifyRange(points, far, n - 1, tolerance, keep);
        // A ring is at least a triangle: when everything else was within the tolerance of the
        // line there and back, keep the vertex farthest from it as the third corner.
        if (std::count(keep.begin(), keep.end(), 1) < 4) {
            std::size_t third = 0;
            double thirdDistance = -1;
            for (std::size_t i = 1; i + 1 < n; ++i) {
                if (i == far)
                    continue;
                const double d = distanceToSegment(points[i], points[0], points[far]);
                if (d > thirdDistance) {
                    thirdDistance = d;
                    third = i;
                }
            }
            // The new corner changes the segment its neighbours are measured against: simplify
            // its half again on both sides of it.
            keep[third] = 1;
            const std::size_t from = third < far ? 0 : far, to = third < far ? far : n - 1;
            simplifyRange(points, from, third, tolerance, keep);
            simplifyRange(points, third, to, tolerance, keep);
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i])
            kept.push_back(i);
    return kept;
}

std::vector<QPointF> simplify(const std::vector<QPointF>& ring, double tolerance)
{
    std::vector<QPointF> result;
    const auto kept = simplifyIndices(ring, tolerance);
    result.reserve(kept.size());
    for (std::size_t i : kept)
        result.push_back(ring[i]);
    return result;
}

double maxDeviation(const std::vector<QPointF>& original, const std::vector<QPointF>& simplified)
{
    if (original.empty())
        return 0;
    if (simplified.empty())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (const QPointF& p : original) {
        double nearest = std::hypot(p.x() - simplified[0].x(), p.y() - simplified[0].y());
        for (std::size_t j = 1; j < simplified.size() && nearest > 0; ++j)
            nearest = std::min(nearest, distanceToSegment(p, simplified[j - 1], simplified[j]));
        worst = std::max(worst, nearest);
    }
    return worst;
}

double maxDeviationKept(const std::vector<QPointF>& original, const std::vector<std::size_t>& keptIndices)
{
    if (original.empty())
        return 0;
    if (keptIndices.empty())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (std::size_t k = 1; k < keptIndices.size(); ++k) {
        const std::size_t a = keptIndices[k - 1], b = keptIndices[k];
        for (std::size_t i = a + 1; i < b; ++i)
            worst = std::max(worst, distanceToSegment(original[i], original[a], original[b]));
    }
    return worst;
}

double signedArea(const std::vector<QPointF>& ring)
{
    const std::size_t n = ring.size();
    if (n < 3)
        return 0;
    // Relative to the first vertex, which keeps the products small and the sum accurate.
    const QPointF o = ring[0];
    double twice = 0;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const QPointF p = ring[i] - o, q = ring[i + 1] - o;
        twice += p.x() * q.y() - q.x() * p.y();
    }
    return twice / 2;
}

} // namespace atalaya::geo

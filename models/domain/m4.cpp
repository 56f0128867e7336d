// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/m4.h"

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atalaya {

std::vector<size_t> m4Indices(const double* t, const double* v, size_t n, double t0, double t1, int width,
                              double phase)
{
    std::vector<size_t> out;
    if (n == 0 || width <= 0 || !(t1 > t0))
        return out;
    if (n <= static_cast<size_t>(4 * width)) {
        out.resize(n);
        for (size_t i = 0; i < n; ++i)
            out[i] = i;
        return out;
    }
    out.reserve(static_cast<size_t>(4 * (width + 1)) + 8);
    const double scale = width / (t1 - t0);
    auto columnOf = [&](double ts) {
        const double c = std::floor((ts - t0) * scale + phase);
        return static_cast<long>(std::clamp(c, -1.0, static_cast<double>(width)));
    };

    size_t i = 0;
    while (i < n) {
        const long col = columnOf(t[i]);
        size_t first = i, last = i, minI = n, maxI = n;
        bool nanPending = false;
        auto flush = [&]() {
            // first, min, max, last in time order, without repeats
            size_t picks[4] = { first, minI, maxI, last };
            std::sort(std::begin(picks), std::end(picks));
            for (size_t p : picks)
                if (p < n && (out.empty() || out.back() != p))
                    out.push_back(p);
        };
        for (; i < n && columnOf(t[i]) == col; ++i) {
            if (std::isnan(v[i])) {
                // A gap inside the column: close the run so far, keep one NaN as the gap marker.
                if (!nanPending) {
                    if (minI != n)
                        flush();
                    out.push_back(i);
                    nanPending = true;
                }
                first = last = i + 1;
                minI = maxI = n;
                continue;
            }
            if (nanPending) {
                nanPending = false;
                first = i;
            }
            last = i;
            if (minI == n || v[i] < v[minI])
                minI = i;
            if (maxI == n || v[i] > v[maxI])
                maxI = i;
        }
        if (minI != n)
            flush();
    }
    return out;
}

namespace {

/// Appends @p picks (indices, ascending after sorting) without repeats.
void appendPicks(size_t first, size_t minI, size_t maxI, size_t last, std::vector<size_t>& out)
{
    size_t picks[4] = { first, minI, maxI, last };
    std::sort(std::begin(picks), std::end(picks));
    for (size_t k = 0; k < 4; ++k)
        if (k == 0 || picks[k] != picks[k - 1])
            out.push_back(picks[k]);
}

/// The smallest and largest of v[a, b) when every value is finite; false otherwise. Two values
/// at a time where SSE2 is there: this pass over the values is most of what M4 costs.
bool finiteExtremes(const double* v, size_t a, size_t b, double& low, double& high)
{
    low = high = v[a];
    size_t i = a;
    bool finite = true;
#if defined(__SSE2__)
    if (b - a >= 8) {
        __m128d lo = _mm_set1_pd(v[a]);
        __m128d hi = lo;
        __m128d flags = _mm_setzero_pd();
        for (; i + 2 <= b; i += 2) {
            const __m128d x = _mm_loadu_pd(v + i);
            const __m128d zero = _mm_sub_pd(x, x); // NaN for NaN and +-inf
            flags = _mm_or_pd(flags, _mm_cmpunord_pd(zero, zero));
            lo = _mm_min_pd(lo, x);
            hi = _mm_max_pd(hi, x);
        }
        double l[2], h[2];
        _mm_storeu_pd(l, lo);
        _mm_storeu_pd(h, hi);
        low = std::min(l[0], l[1]);
        high = std::max(h[0], h[1]);
        finite = _mm_movemask_pd(flags) == 0;
    }
#endif
    for (; i < b; ++i) {
        const double x = v[i];
        finite = finite && std::isfinite(x);
        low = std::min(low, x);
        high = std::max(high, x);
    }
    return finite;
}

/// Appends the first, minimum, maximum and last sample of each run of [a, b), one column.
/// @p hole: the first hole at or after a (an index into @p holes).
void reduceColumn(const double* v, size_t a, size_t b, const std::vector<size_t>& holes, size_t hole,
                  std::vector<size_t>& out)
{
    const bool whole = hole == holes.size() || holes[hole] >= b || (holes[hole] == a && (hole + 1 == holes.size() || holes[hole + 1] >= b));
    double low, high;
    if (whole && finiteExtremes(v, a, b, low, high)) {
        // One run fills the column: where its extremes are (the first of equal values).
        size_t minI = b, maxI = b;
        for (size_t i = a; i < b && (minI == b || maxI == b); ++i) {
            if (minI == b && v[i] == low)
                minI = i;
            if (maxI == b && v[i] == high)
                maxI = i;
        }
        appendPicks(a, minI, maxI, b - 1, out);
        return;
    }
    size_t i = a;
    while (i < b) {
        if (!std::isfinite(v[i])) {
            out.push_back(i); // the gap marker
            while (i < b && !std::isfinite(v[i]))
                ++i;
            continue;
        }
        const size_t first = i;
        size_t minI = i, maxI = i;
        while (hole < holes.size() && holes[hole] <= i)
            ++hole;
        const size_t end = hole < holes.size() ? std::min(b, holes[hole]) : b;
        for (++i; i < end && std::isfinite(v[i]); ++i) {
            if (v[i] < v[minI])
                minI = i;
            if (v[i] > v[maxI])
                maxI = i;
        }
        appendPicks(first, minI, maxI, i - 1, out);
    }
}

} // namespace

std::vector<size_t> m4Holes(const double* t, size_t n, double maxGap)
{
    std::vector<size_t> holes;
    for (size_t i = 1; i < n; ++i)
        if (t[i] - t[i - 1] > maxGap)
            holes.push_back(i);
    return holes;
}

std::vector<size_t> m4Window(const double* t, const double* v, size_t n, double t0, double t1, int width,
                             const std::vector<size_t>& holes, bool reduce)
{
    std::vector<size_t> out;
    if (n == 0 || width <= 0 || !(t1 > t0))
        return out;
    const M4Columns grid(t0, t1, width);
    const double w = width;
    const size_t lo = static_cast<size_t>(std::partition_point(t, t + n, [&](double x) { return grid.column(x) < 0; }) - t);
    const size_t hi = static_cast<size_t>(std::partition_point(t + lo, t + n, [&](double x) { return grid.column(x) < w; }) - t);
    if (lo > 0)
        out.push_back(lo - 1);
    if (!reduce) {
        out.reserve(hi - lo + 2);
        for (size_t i = lo; i < hi; ++i)
            out.push_back(i);
    } else {
        out.reserve(std::min(hi - lo, static_cast<size_t>(4 * width)) + 8);
        size_t hole = static_cast<size_t>(std::lower_bound(holes.begin(), holes.end(), lo) - holes.begin());
        size_t i = lo;
        while (i < hi) {
            // The end of this column's samples: gallop, then bisect (a column holds one sample or thousands).
            const double column = grid.column(t[i]);
            size_t inside = i, step = 1;
            size_t probe = i + 1;
            while (probe < hi && grid.column(t[probe]) == column) {
                inside = probe;
                step *= 2;
                probe = inside + step;
            }
            const size_t end = static_cast<size_t>(
                std::partition_point(t + inside + 1, t + std::min(probe, hi), [&](double x) { return grid.column(x) == column; }) - t);
            while (hole < holes.size() && holes[hole] < i)
                ++hole;
            reduceColumn(v, i, end, holes, hole, out);
            i = end;
        }
    }
    if (hi < n)
        out.push_back(hi);
    return out;
}

} // namespace atalaya

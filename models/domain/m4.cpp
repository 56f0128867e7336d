// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/m4.h"

#include <algorithm>
#include <cmath>

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

} // namespace atalaya

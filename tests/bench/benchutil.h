// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace atalaya::bench {

/// Median of a sample.
inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Seconds one call of @p f takes.
inline double timeOnce(const std::function<void()>& f)
{
    const auto a = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
}

/// Numerator and denominator measured interleaved (A B A B ...) in this one process, so that the
/// machine's noise hits both alike; returns the median of the per-pair ratios.
inline double interleavedRatio(const std::function<void()>& numerator, const std::function<void()>& denominator,
                               int pairs, double* medianNumerator = nullptr, double* medianDenominator = nullptr)
{
    std::vector<double> ratios, nums, dens;
    for (int i = 0; i < pairs; ++i) {
        const double a = timeOnce(numerator);
        const double b = timeOnce(denominator);
        nums.push_back(a);
        dens.push_back(b);
        ratios.push_back(a / b);
    }
    if (medianNumerator)
        *medianNumerator = median(nums);
    if (medianDenominator)
        *medianDenominator = median(dens);
    return median(ratios);
}

/// Reports a figure as "B2 decode: 3.41 (target <= 5)"; true when the target holds.
inline bool report(const char* name, double value, const char* op, double target)
{
    const bool ok = (op[0] == '<') ? value <= target : value >= target;
    std::printf("%s: %.2f (target %s %g)%s\n", name, value, op, target, ok ? "" : "  MISSED");
    std::fflush(stdout);
    return ok;
}

} // namespace atalaya::bench

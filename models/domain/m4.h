// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace atalaya {

/// M4 reduction (Jugel et al., VLDB 2014): for each pixel column of a plot [t0, t1) that is
/// @p width pixels wide, keep the first, minimum, maximum and last sample, in time order. A line
/// drawn from the result rasterises exactly like one drawn from every sample, with at most
/// 4 * width points. NaN samples are kept as gap markers (one per run of NaNs per column).
/// @p t must be sorted ascending; the output indices refer to the input arrays.
/// @p phase shifts the column grid by a fraction of a pixel, to match where the plot's left edge
/// falls on the screen: for a left edge at x = L use frac(L) - 1e-9 (Qt's aliased rasteriser puts
/// a point exactly on a pixel edge into the pixel on its left; measured in tests/bench).
std::vector<size_t> m4Indices(const double* t, const double* v, size_t n, double t0, double t1, int width,
                              double phase = 0.0);

} // namespace atalaya

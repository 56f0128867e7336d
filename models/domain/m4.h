// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
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

/// The pixel columns of a plot showing [t0, t1) on @p width pixels. Column of a time:
/// floor((t - t0) * width / (t1 - t0)), unclamped (negative before t0, width or more from t1).
/// The reduction and the renderer both use this one function, so every kept sample is drawn in
/// the column it was reduced in.
class M4Columns
{
public:
    M4Columns(double t0, double t1, int width)
        : m_t0(t0)
        , m_scale(t1 > t0 && width > 0 ? width / (t1 - t0) : 0.0)
    {
    }
    double column(double t) const { return std::floor((t - m_t0) * m_scale); }

private:
    double m_t0;
    double m_scale;
};

/// Where a series has holes: the indices i whose sample is more than @p maxGap after the one
/// before it, ascending. Computed once per series (and gap step), so that reducing a window
/// reads the values alone.
std::vector<size_t> m4Holes(const double* t, size_t n, double maxGap);

/// M4 for drawing one window of a series: the samples whose column lies in [0, width), reduced
/// per column to the first, minimum, maximum and last sample of each run, plus the last sample
/// before the window and the first after it (so a line runs on to the plot's edges). A run ends
/// at a non-finite value (NaN, +-inf: one index of each such stretch is kept, as the gap marker)
/// and at a hole (@p holes, from m4Holes(): the sample after a hole always starts a run, so it is
/// kept). Indices are in time order.
/// With @p reduce false every sample of the window is returned (with the same neighbours): what
/// drawing without the reduction draws.
/// A polyline through the kept samples, each drawn at the centre of its column (and of its pixel
/// row), rasterises (aliased, stroke by stroke) exactly like one through all of them: within a
/// column it covers the rows from the run's minimum to its maximum either way, and every stroke
/// between two columns joins the same two samples. Cost: O(samples in the window), one pass over
/// their values; @p t must be sorted ascending.
std::vector<size_t> m4Window(const double* t, const double* v, size_t n, double t0, double t1, int width,
                             const std::vector<size_t>& holes, bool reduce = true);

} // namespace atalaya

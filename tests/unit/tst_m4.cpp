// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <algorithm>
#include <cmath>
#include <random>

#include <QTest>

#include "domain/m4.h"

using namespace atalaya;

class TestM4 : public QObject
{
    Q_OBJECT
private slots:
    void smallInputsPassThrough()
    {
        const std::vector<double> t { 0, 1, 2 }, v { 5, 6, 7 };
        QCOMPARE(m4Indices(t.data(), v.data(), 3, 0, 3, 100), (std::vector<size_t> { 0, 1, 2 }));
        QVERIFY(m4Indices(t.data(), v.data(), 0, 0, 3, 100).empty());
    }

    void keepsExtremesFirstAndLastPerColumn()
    {
        std::mt19937 rng(7);
        std::normal_distribution<double> noise(0, 1);
        const size_t n = 100000;
        const int width = 200;
        std::vector<double> t(n), v(n);
        for (size_t i = 0; i < n; ++i) {
            t[i] = static_cast<double>(i);
            v[i] = std::sin(i / 5000.0) * 10 + noise(rng);
        }
        const auto keep = m4Indices(t.data(), v.data(), n, 0, static_cast<double>(n), width);
        QVERIFY(keep.size() <= size_t(4 * width));
        QVERIFY(std::is_sorted(keep.begin(), keep.end()));
        // Per column: the kept points include the column's min, max, first and last.
        const size_t per = n / width;
        for (int c = 0; c < width; ++c) {
            const size_t a = c * per, b = a + per;
            const auto [mn, mx] = std::minmax_element(v.begin() + long(a), v.begin() + long(b));
            for (size_t want : { a, b - 1, size_t(mn - v.begin()), size_t(mx - v.begin()) })
                QVERIFY2(std::binary_search(keep.begin(), keep.end(), want), qPrintable(QString::number(c)));
        }
    }

    void nanGapsSurvive()
    {
        const size_t n = 10000;
        std::vector<double> t(n), v(n);
        for (size_t i = 0; i < n; ++i) {
            t[i] = static_cast<double>(i);
            v[i] = (i >= 4000 && i < 6000) ? NAN : 1.0;
        }
        const auto keep = m4Indices(t.data(), v.data(), n, 0, static_cast<double>(n), 100);
        const bool hasGap = std::any_of(keep.begin(), keep.end(), [&](size_t i) { return std::isnan(v[i]); });
        QVERIFY(hasGap);
        QVERIFY(keep.size() < 500);
    }

    void windowKeepsNeighboursAndBreaksRunsAtHolesAndNaN()
    {
        // One sample a second from 0 to 999, nothing from 400 to 409 (a hole), NaN from 700 to 704.
        std::vector<double> t, v;
        for (int s = 0; s < 1000; ++s)
            if (s < 400 || s >= 410) {
                t.push_back(s);
                v.push_back(s >= 700 && s < 705 ? NAN : std::sin(s / 7.0));
            }
        auto indexOf = [&](double s) { return size_t(std::lower_bound(t.begin(), t.end(), s) - t.begin()); };
        const auto holes = m4Holes(t.data(), t.size(), 1.5);
        QCOMPARE(holes, std::vector<size_t> { indexOf(410) });

        // [100, 900) on 20 columns: 40 s a column.
        const auto keep = m4Window(t.data(), v.data(), t.size(), 100, 900, 20, holes);
        QVERIFY(std::is_sorted(keep.begin(), keep.end()));
        QCOMPARE(keep.front(), indexOf(99)); // the neighbours, so the line runs to the edges
        QCOMPARE(keep.back(), indexOf(900));
        for (double s : { 100.0, 399.0, 410.0, 699.0, 705.0, 899.0 }) // runs' ends and starts
            QVERIFY2(std::binary_search(keep.begin(), keep.end(), indexOf(s)), qPrintable(QString::number(s)));
        QVERIFY(std::any_of(keep.begin(), keep.end(), [&](size_t i) { return std::isnan(v[i]); }));
        // At most first, min, max and last of each run of each column (two columns hold two runs).
        QVERIFY2(keep.size() <= 2 + 4 * 22 + 1, qPrintable(QString::number(keep.size())));
        // Every column's extremes are kept.
        for (int c = 0; c < 20; ++c) {
            const size_t a = indexOf(100 + 40 * c), b = indexOf(140 + 40 * c);
            double low = INFINITY, high = -INFINITY;
            for (size_t i = a; i < b; ++i)
                if (std::isfinite(v[i])) {
                    low = std::min(low, v[i]);
                    high = std::max(high, v[i]);
                }
            QVERIFY(std::any_of(keep.begin(), keep.end(), [&](size_t i) { return i >= a && i < b && v[i] == low; }));
            QVERIFY(std::any_of(keep.begin(), keep.end(), [&](size_t i) { return i >= a && i < b && v[i] == high; }));
        }

        // Without the reduction: every sample of the window, with the same neighbours.
        const auto all = m4Window(t.data(), v.data(), t.size(), 100, 900, 20, holes, false);
        QCOMPARE(all.size(), indexOf(900) - indexOf(100) + 2);
        QCOMPARE(all.front(), indexOf(99));
        QCOMPARE(all.back(), indexOf(900));
        // A window before the data: only its first sample, as the neighbour after.
        QCOMPARE(m4Window(t.data(), v.data(), t.size(), -50, -10, 20, holes), std::vector<size_t> { 0 });
    }
};

QTEST_GUILESS_MAIN(TestM4)
#include "tst_m4.moc"

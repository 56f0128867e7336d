// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

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
};

QTEST_GUILESS_MAIN(TestM4)
#include "tst_m4.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The contingency recommendation engine, on synthetic series at a 60 s step: the thresholds are
// strict (exactly at the factor is not a trigger), the condition must hold without a break for
// holdFor, holes and missing baselines break the run, old data recommends nothing, and the advice
// is one level up (never maintenance) and the seeds' emergency replica count under the cap.
// Baselines are powers of two where a test sits exactly on a threshold, so factor × baseline is
// the literal the test writes, bit for bit.
#include <algorithm>
#include <cmath>
#include <limits>

#include <QTest>

#include "degradation/recommendation.h"

using namespace atalaya;
using namespace atalaya::degradation;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kT0 = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 kStep = 60000;
constexpr qint64 kWeek = 7 * 24 * 3600 * qint64(1000);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 at(int i)
{
    return kT0 + i * kStep;
}

/// @p n samples of @p value at kT0, kT0 + 1 min, ...
Samples constant(int n, double value)
{
    Samples s;
    for (int i = 0; i < n; ++i)
        s.emplace_back(at(i), value);
    return s;
}

/// @p quiet samples at @p normal, then @p holding samples at @p high: a condition that started
/// holding @p holding minutes ago.
Samples rising(int quiet, double normal, int holding, double high)
{
    Samples s = constant(quiet + holding, normal);
    for (int i = quiet; i < quiet + holding; ++i)
        s[size_t(i)].second = high;
    return s;
}

Samples without(Samples s, std::initializer_list<int> indices)
{
    Samples out;
    for (const Sample& sample : s)
        if (std::find(indices.begin(), indices.end(), int((sample.first - kT0) / kStep)) == indices.end())
            out.push_back(sample);
    return out;
}

/// Thirty seconds after the newest sample: fresh.
qint64 justAfter(const Samples& s)
{
    return s.back().first + 30000;
}

VerticalInput input(Signal signal, Samples current, Samples baseline)
{
    VerticalInput in;
    in.verticalId = QStringLiteral("barbershop");
    in.deployment = QStringLiteral("barbershop-api");
    in.currentReplicas = 3;
    in.cap = 20;
    SignalInput& s = signal == Signal::Latency ? in.latency : signal == Signal::Errors ? in.errors : in.abandonment;
    s.current = std::move(current);
    s.baseline = std::move(baseline);
    return in;
}

Evaluation evaluateFresh(const VerticalInput& in, const Thresholds& th = {})
{
    qint64 newest = 0;
    for (const SignalInput* s : { &in.latency, &in.errors, &in.abandonment })
        if (!s->current.empty())
            newest = std::max(newest, justAfter(s->current));
    return evaluate(in, th, newest);
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT
private slots:
    void latencyExactlyAtTheFactorDoesNotTrigger()
    {
        const Evaluation e = evaluateFresh(input(Signal::Latency, constant(10, 0.5), constant(10, 0.25)));
        QVERIFY(e.triggers.empty());
        QVERIFY(e.pending.empty());
        QVERIFY(!e.stale);
        QVERIFY(!e.recommends());
    }

    void latencyAboveTheFactorTriggers()
    {
        const Evaluation e = evaluateFresh(input(Signal::Latency, constant(10, 0.25 * 2.01), constant(10, 0.25)));
        QCOMPARE(e.triggers.size(), size_t(1));
        QVERIFY(e.pending.empty());
        const Trigger& t = e.triggers.front();
        QCOMPARE(t.signal, Signal::Latency);
        QCOMPARE(t.current, 0.25 * 2.01);
        QCOMPARE(t.baseline, 0.25);
        QCOMPARE(t.ratio, 2.01);
        QCOMPARE(t.threshold, 2.0);
        QCOMPARE(t.sinceMs, at(0));
        QCOMPARE(t.heldMs, 10 * kStep);
        QCOMPARE(e.newestMs, at(9));
        QCOMPARE(e.verticalId, QStringLiteral("barbershop"));
        QVERIFY(e.recommends());
    }

    void errorsTriggerOnlyAboveFiveTimes()
    {
        QVERIFY(evaluateFresh(input(Signal::Errors, constant(10, 0.3125), constant(10, 0.0625))).triggers.empty());
        const Evaluation e = evaluateFresh(input(Signal::Errors, constant(10, 0.0625 * 5.01), constant(10, 0.0625)));
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].signal, Signal::Errors);
        QCOMPARE(e.triggers[0].threshold, 5.0);
        QCOMPARE(e.triggers[0].ratio, 5.01);
        QCOMPARE(e.triggers[0].baseline, 0.0625);
    }

    void abandonmentTriggersOnlyAboveTwentyPercentMore()
    {
        QVERIFY(evaluateFresh(input(Signal::Abandonment, constant(10, 0.3), constant(10, 0.25))).triggers.empty());
        const Evaluation e = evaluateFresh(input(Signal::Abandonment, constant(10, 0.25 * 1.21), constant(10, 0.25)));
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].signal, Signal::Abandonment);
        QCOMPARE(e.triggers[0].threshold, 1.2);
        QCOMPARE(e.triggers[0].ratio, 1.21);
    }

    void thresholdsAreConfigurable()
    {
        Thresholds th;
        th.latencyFactor = 1.5;
        const Evaluation e = evaluateFresh(input(Signal::Latency, constant(10, 0.4), constant(10, 0.25)), th);
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].threshold, 1.5);
        QVERIFY(evaluateFresh(input(Signal::Latency, constant(10, 0.4), constant(10, 0.25))).triggers.empty());
        th.abandonmentIncrease = 0.5;
        QVERIFY(evaluateFresh(input(Signal::Abandonment, constant(10, 0.25 * 1.49), constant(10, 0.25)), th)
                    .triggers.empty());
        const Evaluation a =
            evaluateFresh(input(Signal::Abandonment, constant(10, 0.25 * 1.51), constant(10, 0.25)), th);
        QCOMPARE(a.triggers.size(), size_t(1));
        QCOMPARE(a.triggers[0].threshold, 1.5);
    }

    void shorterThanHoldForIsPending()
    {
        // Quiet for 10 minutes, then 4 minutes above the factor; holdFor is 5 minutes.
        const Evaluation e = evaluateFresh(input(Signal::Latency, rising(10, 0.2, 4, 0.6), constant(14, 0.25)));
        QVERIFY(e.triggers.empty());
        QCOMPARE(e.pending.size(), size_t(1));
        QCOMPARE(e.pending[0].sinceMs, at(10));
        QCOMPARE(e.pending[0].heldMs, 4 * kStep);
        QVERIFY(!e.recommends());
        QCOMPARE(e.suggestedLevel, e.currentLevel);
        QCOMPARE(e.suggestedReplicas, e.currentReplicas);
    }

    void longerThanHoldForTriggers()
    {
        const Evaluation e = evaluateFresh(input(Signal::Latency, rising(10, 0.2, 6, 0.6), constant(16, 0.25)));
        QVERIFY(e.pending.empty());
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].sinceMs, at(10));
        QCOMPARE(e.triggers[0].heldMs, 6 * kStep);
    }

    void aSampleCountsForItsWholeStep()
    {
        // Five samples, t0 .. t0 + 4 min: five minutes of evidence, which meets a 5 min holdFor.
        const Evaluation five = evaluateFresh(input(Signal::Latency, rising(10, 0.2, 5, 0.6), constant(15, 0.25)));
        QCOMPARE(five.triggers.size(), size_t(1));
        QCOMPARE(five.triggers[0].heldMs, 5 * kStep);
        // A single sample has no step: no duration, so it is never more than pending.
        const Evaluation one = evaluateFresh(input(Signal::Latency, constant(1, 0.6), constant(1, 0.25)));
        QVERIFY(one.triggers.empty());
        QCOMPARE(one.pending.size(), size_t(1));
        QCOMPARE(one.pending[0].heldMs, qint64(0));
    }

    void aHoleBreaksTheRun()
    {
        // 20 minutes above the factor, but samples 8, 9 and 10 are missing: only 11..19 count.
        const Samples current = without(constant(20, 0.6), { 8, 9, 10 });
        const Evaluation e = evaluateFresh(input(Signal::Latency, current, constant(20, 0.25)));
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].sinceMs, at(11));
        QCOMPARE(e.triggers[0].heldMs, 9 * kStep);
        // With a 10 min holdFor the part after the hole is not enough, though 17 of 20 minutes held.
        Thresholds th;
        th.holdFor = 10min;
        const Evaluation longer = evaluateFresh(input(Signal::Latency, current, constant(20, 0.25)), th);
        QVERIFY(longer.triggers.empty());
        QCOMPARE(longer.pending.size(), size_t(1));
    }

    void oneMissingSampleDoesNotBreakTheRun()
    {
        // A gap of exactly two steps is within the 2 × step rule.
        const Evaluation e =
            evaluateFresh(input(Signal::Latency, without(constant(20, 0.6), { 9 }), constant(20, 0.25)));
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].sinceMs, at(0));
        QCOMPARE(e.triggers[0].heldMs, 20 * kStep);
    }

    void aNanBreaksTheRun()
    {
        Samples baseline = constant(20, 0.25);
        baseline[12].second = kNaN;
        const Evaluation e = evaluateFresh(input(Signal::Latency, constant(20, 0.6), baseline));
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].sinceMs, at(13));
        QCOMPARE(e.triggers[0].heldMs, 7 * kStep);

        Samples current = constant(20, 0.6);
        current[15].second = kNaN;
        const Evaluation nanCurrent = evaluateFresh(input(Signal::Latency, current, constant(20, 0.25)));
        QVERIFY(nanCurrent.triggers.empty());
        QCOMPARE(nanCurrent.pending.size(), size_t(1));
        QCOMPARE(nanCurrent.pending[0].sinceMs, at(16));
    }

    void aMissingBaselineSampleBreaksTheRun()
    {
        // The baseline has no sample at t0 + 14 min, nor one shifted by a second: matching is exact.
        Samples baseline = without(constant(20, 0.25), { 14 });
        baseline.emplace_back(at(14) + 1000, 0.25);
        std::sort(baseline.begin(), baseline.end());
        const Evaluation e = evaluateFresh(input(Signal::Latency, constant(20, 0.6), baseline));
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].sinceMs, at(15));
        // No baseline at the newest sample: nothing at all.
        const Evaluation none =
            evaluateFresh(input(Signal::Latency, constant(20, 0.6), without(constant(20, 0.25), { 19 })));
        QVERIFY(none.triggers.empty());
        QVERIFY(none.pending.empty());
    }

    void zeroErrorBaselineIsFloored()
    {
        // 0.002 against a 0 baseline floored to 0.001: ratio 2, below the factor 5.
        QVERIFY(evaluateFresh(input(Signal::Errors, constant(10, 0.002), constant(10, 0.0))).triggers.empty());
        Thresholds low;
        low.errorFactor = 1.5;
        const Evaluation two = evaluateFresh(input(Signal::Errors, constant(10, 0.002), constant(10, 0.0)), low);
        QCOMPARE(two.triggers.size(), size_t(1));
        QCOMPARE(two.triggers[0].baseline, 0.001);
        QCOMPARE(two.triggers[0].ratio, 2.0);

        const Evaluation six = evaluateFresh(input(Signal::Errors, constant(10, 0.006), constant(10, 0.0)));
        QCOMPARE(six.triggers.size(), size_t(1));
        QCOMPARE(six.triggers[0].baseline, 0.001);
        QCOMPARE(six.triggers[0].ratio, 6.0);
    }

    void latencyBaselineIsFlooredAndAbandonmentNeedsOne()
    {
        // 5 ms floor: 9 ms is not twice it, 11 ms is.
        QVERIFY(evaluateFresh(input(Signal::Latency, constant(10, 0.009), constant(10, 0.0))).triggers.empty());
        const Evaluation e = evaluateFresh(input(Signal::Latency, constant(10, 0.011), constant(10, 0.001)));
        QCOMPARE(e.triggers.size(), size_t(1));
        QCOMPARE(e.triggers[0].baseline, 0.005);
        // Abandonment has no floor: a 0 baseline is no baseline, whatever the current value.
        const Evaluation a = evaluateFresh(input(Signal::Abandonment, constant(10, 0.5), constant(10, 0.0)));
        QVERIFY(a.triggers.empty());
        QVERIFY(a.pending.empty());
    }

    void staleDataRecommendsNothing()
    {
        const VerticalInput in = input(Signal::Latency, constant(20, 0.6), constant(20, 0.25));
        Thresholds th;
        th.maxAge = 3min;
        const Evaluation stale = evaluate(in, th, at(19) + 10 * kStep);
        QVERIFY(stale.stale);
        QCOMPARE(stale.staleSignals, std::vector<Signal> { Signal::Latency });
        QVERIFY(stale.triggers.empty());
        QVERIFY(stale.pending.empty());
        QVERIFY(!stale.recommends());
        QCOMPARE(stale.newestMs, at(19));
        QCOMPARE(stale.suggestedReplicas, stale.currentReplicas);
        // The same data, read on time: a trigger.
        const Evaluation fresh = evaluate(in, th, at(19) + 2 * kStep);
        QVERIFY(!fresh.stale);
        QCOMPARE(fresh.triggers.size(), size_t(1));
        // Nothing is "watched" from old data either.
        const VerticalInput starting = input(Signal::Latency, rising(10, 0.2, 3, 0.6), constant(13, 0.25));
        QCOMPARE(evaluate(starting, th, at(12) + kStep).pending.size(), size_t(1));
        const Evaluation oldStart = evaluate(starting, th, at(12) + 10 * kStep);
        QVERIFY(oldStart.stale);
        QVERIFY(oldStart.pending.empty());
    }

    void oneStaleSignalSilencesTheOthers()
    {
        VerticalInput in = input(Signal::Latency, constant(20, 0.6), constant(20, 0.25));
        in.errors.current = constant(10, 0.01); // stopped reporting ten minutes ago
        in.errors.baseline = constant(10, 0.01);
        const Evaluation e = evaluate(in, Thresholds {}, at(19) + 30000);
        QVERIFY(e.stale);
        QCOMPARE(e.staleSignals, std::vector<Signal> { Signal::Errors });
        QVERIFY(e.triggers.empty());
        QCOMPARE(e.newestMs, at(19));
        // Trailing NaNs are no data either.
        VerticalInput nans = input(Signal::Latency, constant(20, 0.6), constant(20, 0.25));
        for (int i = 12; i < 20; ++i)
            nans.latency.current[size_t(i)].second = kNaN;
        QVERIFY(evaluate(nans, Thresholds {}, at(19) + 30000).stale);
    }

    void signalsWithoutSamplesAreNotEvaluated()
    {
        VerticalInput in = input(Signal::Abandonment, constant(10, 0.5), constant(10, 0.25));
        in.latency.current = constant(10, 0.6);
        in.latency.baseline = constant(10, 0.25);
        in.errors.baseline = constant(10, 0.01); // a baseline but no current series
        const Evaluation e = evaluateFresh(in);
        QVERIFY(!e.stale);
        QCOMPARE(e.triggers.size(), size_t(2));
        QCOMPARE(e.triggers[0].signal, Signal::Latency);
        QCOMPARE(e.triggers[1].signal, Signal::Abandonment);
        QVERIFY((e.evaluatedSignals == std::vector<Signal> { Signal::Latency, Signal::Abandonment }));
        // Nothing left to evaluate (every signal too quiet): not stale, nothing evaluated.
        const Evaluation none = evaluate(VerticalInput {}, {}, at(10));
        QVERIFY(!none.stale && !none.recommends() && none.evaluatedSignals.empty());
    }

    void lowVolumeSamplesAreMasked()
    {
        // A quiet night: a p95 of 2.5x its baseline, but over fewer requests than the minimum
        // in the last three minutes (and one minute with no request count at all).
        Samples p95 = constant(10, 0.25 * 2.5);
        Samples requests = constant(10, 900);
        requests[7].second = 299;
        requests[8].second = 300; // exactly the minimum is enough
        requests[9].second = kNaN;
        maskLowVolume(p95, without(requests, { 4 }), 300);
        QCOMPARE(p95.size(), size_t(10));
        for (int i : { 0, 1, 2, 3, 5, 6, 8 })
            QCOMPARE(p95[size_t(i)].second, 0.25 * 2.5);
        for (int i : { 4, 7, 9 })
            QVERIFY2(std::isnan(p95[size_t(i)].second), qPrintable(QString::number(i)));
        // Masked, the newest sample does not hold: no trigger from noise.
        const Evaluation e = evaluateFresh(input(Signal::Latency, p95, constant(10, 0.25)));
        QVERIFY(e.triggers.empty());
    }

    void rareFailuresAreMasked()
    {
        // A quiet night: 0.4 requests/s over a 290 s window; one 5xx in it is a ratio of 0.86 %,
        // more than five times the floored baseline, but one failure is not an incident.
        Samples ratio = constant(10, 1.0 / 116);
        Samples perSecond = constant(10, 0.4);
        ratio[9].second = 10.0 / 116; // ten failures: exactly the minimum
        perSecond[5].second = kNaN;
        const Samples failures = eventsBehind(ratio, without(perSecond, { 3 }), 290);
        QCOMPARE(failures.size(), size_t(9)); // no request rate at the fourth step
        QVERIFY(std::abs(failures.front().second - 1.0) < 1e-9);
        QVERIFY(std::abs(failures.back().second - 10.0) < 1e-9);
        QVERIFY(std::isnan(failures[4].second)); // the sixth step: rate unknown
        maskLowVolume(ratio, failures, 10);
        for (int i = 0; i < 9; ++i)
            QVERIFY2(std::isnan(ratio[size_t(i)].second), qPrintable(QString::number(i)));
        QCOMPARE(ratio[9].second, 10.0 / 116);
        // Only the newest holds, and a minute is not five: pending, not triggered.
        const Evaluation e = evaluateFresh(input(Signal::Errors, ratio, constant(10, 0.0005)));
        QVERIFY(e.triggers.empty());
        QCOMPARE(e.pending.size(), size_t(1));
        QVERIFY(eventsBehind({}, perSecond, 290).empty());
    }

    void shiftedBaselineMovesBySevenDays()
    {
        Samples lastWeek = constant(3, 1.0);
        lastWeek[1].second = kNaN;
        for (Sample& s : lastWeek)
            s.first -= kWeek;
        const Samples shifted = shiftedBaseline(lastWeek, 7 * 24h);
        QCOMPARE(shifted.size(), size_t(3));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(shifted[size_t(i)].first, at(i));
        QCOMPARE(shifted[0].second, 1.0);
        QVERIFY(std::isnan(shifted[1].second));
        QVERIFY(shiftedBaseline({}, 7 * 24h).empty());
    }

    void medianBaselineOfDays()
    {
        const std::vector<double> values { 5, 1, 4, 2, 3, 7, 6 };
        std::vector<Samples> days;
        for (double v : values)
            days.push_back(constant(5, v));
        const Samples odd = medianBaseline(days, { at(0), at(4) }, 30s, 3);
        QCOMPARE(odd.size(), size_t(2));
        QCOMPARE(odd[0].first, at(0));
        QCOMPARE(odd[0].second, 4.0);
        QCOMPARE(odd[1].first, at(4));
        QCOMPARE(odd[1].second, 4.0);
        days.pop_back(); // 5 1 4 2 3 7: the middle two are 3 and 4
        QCOMPARE(medianBaseline(days, { at(2) }, 30s, 3)[0].second, 3.5);
    }

    void medianBaselineLeavesOutDaysWithGaps()
    {
        std::vector<Samples> days;
        for (double v : { 5.0, 1.0, 4.0, 2.0, 3.0, 100.0, 200.0 })
            days.push_back(constant(5, v));
        days[5][2].second = kNaN; // 100 has no value at t2
        days[6] = without(days[6], { 2 }); // 200 has no sample there
        // 5 1 4 2 3 at t2: 3; everywhere else all seven: 4.
        const Samples m = medianBaseline(days, { at(1), at(2) }, 30s, 3);
        QCOMPARE(m[0].second, 4.0);
        QCOMPARE(m[1].second, 3.0);
    }

    void medianBaselineNeedsMinDays()
    {
        std::vector<Samples> days { constant(5, 1.0), constant(5, 2.0), constant(5, 3.0) };
        days[2][3].second = kNaN;
        const Samples m = medianBaseline(days, { at(2), at(3) }, 30s, 3);
        QCOMPARE(m[0].second, 2.0);
        QVERIFY(std::isnan(m[1].second));
        QCOMPARE(medianBaseline(days, { at(3) }, 30s, 2)[0].second, 1.5);
        QVERIFY(std::isnan(medianBaseline({}, { at(0) }, 30s, 3)[0].second));
    }

    void medianBaselineMatchesTheNearestSampleWithinTolerance()
    {
        const qint64 t = at(10);
        auto one = [&](Samples day, std::chrono::milliseconds tolerance) {
            return medianBaseline({ std::move(day) }, { t }, tolerance, 1)[0].second;
        };
        QCOMPARE(one({ { t - 20000, 10 }, { t + 40000, 20 } }, 30s), 10.0);
        QCOMPARE(one({ { t - 20000, 10 }, { t + 15000, 20 } }, 30s), 20.0);
        QCOMPARE(one({ { t - 35000, 40 }, { t + 25000, 30 } }, 30s), 30.0);
        QVERIFY(std::isnan(one({ { t - 35000, 40 }, { t + 31000, 30 } }, 30s)));
        QCOMPARE(one({ { t - 35000, 40 }, { t + 31000, 30 } }, 35s), 30.0);
        QCOMPARE(one({ { t - 30000, 1 }, { t + 30000, 2 } }, 30s), 1.0); // a tie: the earlier one
        QCOMPARE(one({ { t - 25000, 7 }, { t - 5000, kNaN }, { t + 10000, kNaN } }, 30s), 7.0); // NaN is no value
    }

    void suggestions_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("expectedLevel");
        QTest::addColumn<int>("expectedReplicas");
        QTest::newRow("level 0") << 0 << 3 << 20 << 1 << 15;
        QTest::newRow("level 1") << 1 << 3 << 20 << 2 << 15;
        QTest::newRow("level 2 stays") << 2 << 3 << 20 << 2 << 15;
        QTest::newRow("maintenance stays") << 3 << 3 << 20 << 3 << 15;
        QTest::newRow("5 capped at 20") << 0 << 5 << 20 << 1 << 20;
        QTest::newRow("at the cap") << 0 << 20 << 20 << 1 << 20;
        QTest::newRow("above the cap: no scale down") << 0 << 25 << 20 << 1 << 25;
        QTest::newRow("no cap: no scale up") << 0 << 3 << 0 << 1 << 3;
    }

    void suggestions()
    {
        QFETCH(int, level);
        QFETCH(int, replicas);
        QFETCH(int, cap);
        VerticalInput in = input(Signal::Latency, constant(10, 0.6), constant(10, 0.25));
        in.currentLevel = level;
        in.currentReplicas = replicas;
        in.cap = cap;
        const Evaluation e = evaluateFresh(in);
        QVERIFY(e.recommends());
        QCOMPARE(e.currentLevel, level);
        QTEST(e.suggestedLevel, "expectedLevel");
        QCOMPARE(e.currentReplicas, replicas);
        QTEST(e.suggestedReplicas, "expectedReplicas");
        QCOMPARE(e.cap, cap);
        QCOMPARE(e.deployment, QStringLiteral("barbershop-api"));
    }

    void evaluationIsDeterministic()
    {
        VerticalInput in = input(Signal::Latency, rising(5, 0.2, 8, 0.6), constant(13, 0.25));
        in.errors.current = rising(10, 0.001, 3, 0.2);
        in.errors.baseline = constant(13, 0.01);
        in.errors.baseline[4].second = kNaN;
        in.abandonment.current = constant(13, 0.3);
        in.abandonment.baseline = constant(13, 0.25);
        const qint64 now = at(12) + 10000;
        const Evaluation a = evaluate(in, Thresholds {}, now);
        const Evaluation b = evaluate(in, Thresholds {}, now);
        QVERIFY(a == b);
        QCOMPARE(a.triggers.size(), size_t(1));
        QCOMPARE(a.pending.size(), size_t(1));
        QCOMPARE(a.pending[0].signal, Signal::Errors);
        QCOMPARE(a.suggestedLevel, 1);
    }
};

QTEST_APPLESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"

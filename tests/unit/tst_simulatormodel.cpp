// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <cmath>
#include <cstdio>

#include <QTemporaryFile>
#include <QTest>

#include "metricset.h"
#include "simulatormodel.h"

using namespace sim;

namespace {
// Monday 2026-11-16 00:00 ART = 03:00 UTC.
constexpr double kMonday = 1794798000.0;
double at(int day, double hour)
{
    return kMonday + day * 86400.0 + hour * 3600.0;
}

/// p95 of the latency mixture of a vertical in a region, from the model's own parameters.
double regionP95(const Model& m, int vertical, int region, double t)
{
    auto cdf = [&](double x) {
        double n = 0, below = 0;
        for (int p = 0; p < int(routes().size()); ++p) {
            double mu, sigma;
            m.latency(vertical, region, p, t, mu, sigma);
            const double rps = m.seriesRps(vertical, region, p, t);
            n += rps;
            below += rps * lognormalCdf(x, mu, sigma);
        }
        return below / n;
    };
    double lo = 0.001, hi = 5;
    for (int i = 0; i < 60; ++i) {
        const double mid = (lo + hi) / 2;
        (cdf(mid) < 0.95 ? lo : hi) = mid;
    }
    return lo * 1000;
}
} // namespace

class TestSimulatorModel : public QObject
{
    Q_OBJECT
private slots:
    void trafficFollowsTheBusinessDay()
    {
        Model m(kMonday);
        const double evening = m.verticalRps(0, at(2, 18.5)); // Wednesday 18:30, barbershop
        const double night = m.verticalRps(0, at(2, 4));
        QVERIFY2(evening > 10 * night, qPrintable(QStringLiteral("%1 vs %2").arg(evening).arg(night)));
        // Weekend boost for barbershop (Saturday afternoon) but not for psychology.
        const double barberSat = m.verticalRps(0, at(5, 15)), barberWed = m.verticalRps(0, at(2, 15));
        const double psySat = m.verticalRps(1, at(5, 15)), psyWed = m.verticalRps(1, at(2, 15));
        QVERIFY(barberSat / barberWed > 1.7);
        QVERIFY(psySat / psyWed < 1.2);
        // requestRate() (what tests compare Prometheus against) is the same model.
        QCOMPARE(requestRate("barbershop", at(2, 18.5)), evening);
        QCOMPARE(requestRate("nonexistent", at(2, 18.5)), 0.0);
    }

    void regionalLatencyAgainstTargets()
    {
        Model m(kMonday);
        QVERIFY(regionP95(m, 0, 0, at(2, 4)) < 50); // Buenos Aires at night
        QVERIFY(regionP95(m, 0, 1, at(2, 4)) < 80); // Córdoba
        QVERIFY(regionP95(m, 0, 2, at(2, 4)) < 100); // Rosario
        const double mendozaPeak = regionP95(m, 0, 3, at(2, 19));
        QVERIFY2(mendozaPeak > 120, qPrintable(QString::number(mendozaPeak))); // breaches in the evening
    }

    void scriptedIncidentHitsCordobaOnly()
    {
        Model m(kMonday);
        const double during = (m.incidentStart() + m.incidentEnd()) / 2;
        const double before = m.incidentStart() - 3600;
        QVERIFY(m.errorRatio(0, 1, during) > 0.02);
        QVERIFY(m.errorRatio(0, 1, before) < 0.005);
        QVERIFY(m.errorRatio(0, 0, during) < 0.005);
        QVERIFY(regionP95(m, 0, 1, during) > 3 * regionP95(m, 0, 1, before));
        // "Last night" of a week-long history: within the last two days, at 03:10 ART.
        const double end = kMonday + 7 * 86400;
        QVERIFY(m.incidentStart() < end && m.incidentStart() > end - 2 * 86400);
        QCOMPARE(std::fmod(m.incidentStart() - (6 * 3600 + 600), 86400.0), 0.0); // 03:10 ART = 06:10 UTC
    }

    void replicasFollowLoadWithinHpaBounds()
    {
        Model m(kMonday);
        for (double h = 0; h < 24; h += 0.5) {
            const int d = m.desiredReplicas(0, at(1, h));
            QVERIFY(d >= 2 && d <= 20);
            QVERIFY(m.readyReplicas(0, at(1, h)) <= d);
        }
        QVERIFY(m.desiredReplicas(0, at(2, 18.5)) > m.desiredReplicas(0, at(2, 4)));
    }

    void backfillAndLiveAgree()
    {
        const double start = at(0, 0);
        Model m1(start), m2(start);
        MetricSet backfill(m1, start);
        QTemporaryFile file;
        QVERIFY(file.open());
        std::FILE* out = std::fopen(file.fileName().toLocal8Bit().constData(), "wb");
        const double end = start + 6 * 3600;
        const size_t samples = backfill.writeBackfill(out, end, 60, "job=\"x\"");
        std::fclose(out);
        QVERIFY(samples > backfill.seriesCount() * 300);
        const QByteArray text = file.readAll();
        QVERIFY(text.endsWith("# EOF\n"));
        QVERIFY(text.contains("# TYPE http_requests counter\n"));

        // The live endpoint at the backfill's last timestamp serves the backfill's last value.
        MetricSet live(m2, start);
        const std::string labels = "vertical=\"fitness\",region=\"cordoba\",route=\"/api/bookings\",code=\"200\"";
        const std::string expo = live.exposition(end);
        const std::string line = "http_requests_total{" + labels + "} ";
        const size_t pos = expo.find(line);
        QVERIFY(pos != std::string::npos);
        const double served = std::stod(expo.substr(pos + line.size(), expo.find('\n', pos) - pos - line.size()));
        const QByteArray lastLine = "http_requests_total{" + QByteArray::fromStdString(labels) + "} ";
        const qsizetype last = text.lastIndexOf(lastLine);
        const QByteArray tail = text.mid(last + lastLine.size(), text.indexOf('\n', last) - last - lastLine.size());
        QCOMPARE(served, tail.split(' ').front().toDouble());
        QCOMPARE(tail.split(' ').back().toLongLong(), static_cast<long long>(end));
        // Counters only grow, histograms are cumulative across le.
        double previous = -1;
        for (double t = start; t <= end; t += 1800) {
            const double v = live.valueAt("http_requests_total", labels, t);
            QVERIFY(v >= previous);
            previous = v;
        }
        const std::string base = "vertical=\"barbershop\",region=\"mendoza\",route=\"/api/payments\",le=";
        double below = 0;
        for (const char* le : { "\"0.05\"", "\"0.1\"", "\"0.3\"", "\"+Inf\"" }) {
            const double v = live.valueAt("http_request_duration_seconds_bucket", base + le, end);
            QVERIFY(v >= below);
            below = v;
        }
        QCOMPARE(below, live.valueAt("http_request_duration_seconds_count",
                                     "vertical=\"barbershop\",region=\"mendoza\",route=\"/api/payments\"", end));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorModel)
#include "tst_simulatormodel.moc"

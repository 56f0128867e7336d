// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <cmath>
#include <numbers>
#include <random>

#include <QFile>
#include <QTest>

#include "geo/geodata.h"
#include "geo/projection.h"
#include "geo/simplify.h"

using namespace atalaya::geo;

namespace {

constexpr double kRadiusKm = 6371.0;
constexpr double kDegree = std::numbers::pi / 180.0;

// Great-circle distance on the projection's sphere (haversine), in km: the test's own, so that
// the projection is measured against something it does not share.
double greatCircleKm(LonLat a, LonLat b)
{
    const double dLat = (b.lat - a.lat) * kDegree, dLon = (b.lon - a.lon) * kDegree;
    const double h = std::pow(std::sin(dLat / 2), 2)
        + std::cos(a.lat * kDegree) * std::cos(b.lat * kDegree) * std::pow(std::sin(dLon / 2), 2);
    return 2 * kRadiusKm * std::asin(std::sqrt(h));
}

double planeKm(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// The console's regions (resources/default-config.json).
const LonLat kBuenosAires { -58.3816, -34.6037 };
const LonLat kCordoba { -64.1888, -31.4201 };
const LonLat kRosario { -60.6505, -32.9442 };
const LonLat kMendoza { -68.8458, -32.8895 };
const LonLat kMontevideo { -56.1645, -34.9011 };
const LonLat kSaoPaulo { -46.6333, -23.5505 };
const LonLat kSantiago { -70.6693, -33.4489 };

bool isClosed(const std::vector<QPointF>& ring)
{
    return ring.size() >= 2 && ring.front().x() == ring.back().x() && ring.front().y() == ring.back().y();
}

} // namespace

Q_DECLARE_METATYPE(atalaya::geo::LonLat)

class TestGeo : public QObject
{
    Q_OBJECT
private slots:
    // --- projection ---

    void projectionRoundTripsToUnderAMetre()
    {
        const Projection& p = Projection::defaultMap();
        double worstKm = 0;
        int points = 0;
        for (double lat = -60; lat <= -5 + 1e-9; lat += 0.25)
            for (double lon = -80; lon <= -30 + 1e-9; lon += 0.25) {
                const LonLat back = p.inverse(p.forward({ lon, lat }));
                worstKm = std::max(worstKm, greatCircleKm({ lon, lat }, back));
                ++points;
            }
        QCOMPARE(points, 221 * 201);
        QVERIFY2(worstKm * 1000 < 1.0, qPrintable(QStringLiteral("worst round trip %1 m").arg(worstKm * 1000)));
        // Far outside the grid too (the map's Brazil reaches 5°N, the islands 29°W).
        const LonLat far = p.inverse(p.forward({ -29, 5.2 }));
        QVERIFY(greatCircleKm({ -29, 5.2 }, far) * 1000 < 1.0);
    }

    void scaleIsOneOnTheStandardParallels()
    {
        const Projection& p = Projection::defaultMap();
        QCOMPARE(p.parameters().standardParallel1, -22.0);
        QCOMPARE(p.parameters().standardParallel2, -45.0);
        QCOMPARE(p.parameters().centralMeridian, -62.0);
        QCOMPARE(p.parameters().radiusKm, 6371.0);
        // A small step east measured on the ground and on the map, at several longitudes.
        for (double lat : { -22.0, -45.0 })
            for (double lon : { -75.0, -62.0, -40.0 }) {
                const LonLat a { lon, lat }, b { lon + 0.001, lat };
                const double ground = greatCircleKm(a, b);
                const double map = planeKm(p.forward(a), p.forward(b));
                QVERIFY2(std::abs(map / ground - 1) < 1e-6,
                    qPrintable(QStringLiteral("%1°, %2°: ratio %3").arg(lat).arg(lon).arg(map / ground, 0, 'g', 12)));
                QVERIFY(std::abs(p.scaleFactor(lat) - 1) < 1e-12);
            }
        // Between the standard parallels the map is smaller than the ground, outside larger,
        // and the same step north agrees (conformal: the same scale in every direction).
        for (double lat : { -33.5, -55.0, -10.0 }) {
            const LonLat a { -62, lat }, east { -61.999, lat }, north { -62, lat + 0.001 };
            const double k = planeKm(p.forward(a), p.forward(east)) / greatCircleKm(a, east);
            const double h = planeKm(p.forward(a), p.forward(north)) / greatCircleKm(a, north);
            QVERIFY2(std::abs(k / h - 1) < 1e-5, qPrintable(QStringLiteral("%1°: k %2, h %3").arg(lat).arg(k).arg(h)));
            QVERIFY(std::abs(k / p.scaleFactor(lat) - 1) < 1e-6);
            QCOMPARE(k < 1, lat == -33.5);
        }
    }

    void knownDistances()
    {
        const Projection& p = Projection::defaultMap();
        const double ground = greatCircleKm(kBuenosAires, kCordoba);
        QVERIFY2(std::abs(ground - 646) < 2, qPrintable(QString::number(ground)));
        // The projection shrinks central Argentina by about 2 % (scale factor 0.980 at 33°S,
        // 0.981 at 31.4°S and 0.980 at 34.6°S): the map distance is the great circle times the
        // scale factor between the two cities (within 0.3 %), and within 2.5 % of the great circle.
        const double map = planeKm(p.forward(kBuenosAires), p.forward(kCordoba));
        const double k = p.scaleFactor((kBuenosAires.lat + kCordoba.lat) / 2);
        QVERIFY2(std::abs(k - 0.980) < 0.002, qPrintable(QString::number(k)));
        QVERIFY2(std::abs(map / (ground * k) - 1) < 0.003,
            qPrintable(QStringLiteral("map %1 km, ground %2 km").arg(map).arg(ground)));
        QVERIFY(std::abs(map / ground - 1) < 0.025);
        // Buenos Aires - Montevideo (about 205 km) and Buenos Aires - Santiago (about 1,140 km).
        for (const LonLat& other : { kMontevideo, kSantiago, kMendoza }) {
            const double g = greatCircleKm(kBuenosAires, other), m = planeKm(p.forward(kBuenosAires), p.forward(other));
            QVERIFY2(m / g > 0.975 && m / g < 0.99, qPrintable(QStringLiteral("%1 / %2").arg(m).arg(g)));
        }
    }

    void northIsUpAndEastIsRight()
    {
        const Projection& p = Projection::defaultMap();
        for (double lon : { -78.0, -62.0, -35.0 })
            for (double lat = -58; lat < 5; lat += 7) {
                const QPointF here = p.forward({ lon, lat });
                QVERIFY(p.forward({ lon, lat + 0.5 }).y() > here.y());
                QVERIFY(p.forward({ lon + 0.5, lat }).x() > here.x());
            }
        // The origin: the central meridian at 34°S.
        const QPointF origin = p.forward({ -62, -34 });
        QVERIFY(std::abs(origin.x()) < 1e-9 && std::abs(origin.y()) < 1e-9);
        QVERIFY(p.forward(kMendoza).x() < 0 && p.forward(kBuenosAires).x() > 0);
        QVERIFY(p.forward(kSaoPaulo).y() > p.forward(kBuenosAires).y());
    }

    // --- simplification ---

    void noisyCircleSimplifiesWithinTolerance()
    {
        const double r = 100, noise = 0.1, tolerance = 2;
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> jitter(-noise, noise);
        std::vector<QPointF> ring;
        const int n = 10000;
        for (int i = 0; i < n; ++i) {
            const double a = 2 * std::numbers::pi * i / n, rr = r + jitter(rng);
            ring.emplace_back(rr * std::cos(a), rr * std::sin(a));
        }
        ring.push_back(ring.front());
        const auto simplified = simplify(ring, tolerance);
        // An arc of angle t is replaced by its chord when its sagitta r (1 - cos(t / 2)) plus
        // twice the noise (both the vertex and the chord's ends can move) is within the
        // tolerance: such an arc is never split. Douglas–Peucker splits a longer arc near its
        // middle, so no final arc is shorter than half of that angle: at most 2 × 2π / t arcs.
        const double t = 2 * std::acos(1 - (tolerance - 2 * noise) / r);
        const auto bound = static_cast<size_t>(2 * std::ceil(2 * std::numbers::pi / t)) + 1;
        // And an arc whose sagitta exceeds the tolerance plus the noise cannot be one chord.
        const double tMax = 2 * std::acos(1 - (tolerance + 2 * noise) / r);
        const auto atLeast = static_cast<size_t>(std::floor(2 * std::numbers::pi / tMax));
        QVERIFY2(simplified.size() <= bound && simplified.size() >= atLeast,
            qPrintable(QStringLiteral("%1 vertices, expected %2..%3").arg(simplified.size()).arg(atLeast).arg(bound)));
        QCOMPARE(bound, size_t(35));
        QVERIFY(isClosed(simplified));
        const double deviation = maxDeviation(ring, simplified);
        QVERIFY2(deviation <= tolerance, qPrintable(QString::number(deviation)));
        QVERIFY(deviation > tolerance / 2); // it used what it was given
        QVERIFY(maxDeviationKept(ring, simplifyIndices(ring, tolerance)) <= tolerance);
        // A tighter tolerance keeps more.
        QVERIFY(simplify(ring, 0.5).size() > simplified.size());
    }

    void straightLineCollapsesToItsEnds()
    {
        std::vector<QPointF> line;
        for (int i = 0; i <= 1000; ++i)
            line.emplace_back(3.0 * i, -2.0 * i);
        const auto exact = simplify(line, 0.0);
        QCOMPARE(exact.size(), size_t(2));
        QCOMPARE(exact.front(), line.front());
        QCOMPARE(exact.back(), line.back());
        // Wobbling within the tolerance collapses too; beyond it, does not.
        auto wobbly = line;
        for (size_t i = 1; i + 1 < wobbly.size(); ++i)
            wobbly[i].ry() += (i % 2 ? 0.4 : -0.4);
        QCOMPARE(simplify(wobbly, 0.5).size(), size_t(2));
        QVERIFY(simplify(wobbly, 0.2).size() > 2);
        QCOMPARE(simplifyIndices(wobbly, 0.5), (std::vector<size_t> { 0, 1000 }));
    }

    void ringStaysClosed()
    {
        // A square, a thin sliver and a ring that doubles back on itself, each with a tolerance
        // larger than itself: still a closed triangle at least.
        const std::vector<std::vector<QPointF>> rings {
            { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 }, { 0, 0 } },
            { { 0, 0 }, { 50, 0.1 }, { 100, 0 }, { 50, -0.1 }, { 0, 0 } },
            { { 0, 0 }, { 5, 0 }, { 10, 0 }, { 5, 0 }, { 0, 0 } },
        };
        for (const auto& ring : rings)
            for (double tolerance : { 0.0, 1.0, 1000.0 }) {
                const auto simplified = simplify(ring, tolerance);
                QVERIFY(isClosed(simplified));
                QVERIFY2(simplified.size() >= 4, qPrintable(QString::number(simplified.size())));
                QVERIFY(maxDeviation(ring, simplified) <= std::max(tolerance, 0.0) + 1e-12);
            }
        // A long ring whose vertex farthest from the first is not the first one kept.
        std::vector<QPointF> ellipse;
        for (int i = 0; i < 720; ++i)
            ellipse.emplace_back(300 * std::cos(i * std::numbers::pi / 360), 40 * std::sin(i * std::numbers::pi / 360));
        ellipse.push_back(ellipse.front());
        for (double tolerance : { 0.5, 5.0, 50.0 }) {
            const auto simplified = simplify(ellipse, tolerance);
            QVERIFY(isClosed(simplified));
            QVERIFY(simplified.size() >= 4);
            QVERIFY(maxDeviation(ellipse, simplified) <= tolerance);
        }
        // Fewer than four points in: returned as they are.
        const std::vector<QPointF> tiny { { 0, 0 }, { 1, 1 }, { 0, 0 } };
        QCOMPARE(simplify(tiny, 5).size(), size_t(3));
    }

    void zeroToleranceKeepsEveryNonCollinearVertex()
    {
        // A zigzag outline on integers, with extra vertices exactly on some of its edges.
        std::vector<QPointF> ring;
        std::vector<QPointF> corners;
        for (int i = 0; i <= 20; ++i)
            corners.emplace_back(4 * i, i % 2 ? 6 : 0);
        corners.emplace_back(80, -20);
        corners.emplace_back(0, -20);
        int collinear = 0;
        for (size_t i = 0; i < corners.size(); ++i) {
            const QPointF a = corners[i], b = corners[(i + 1) % corners.size()];
            ring.push_back(a);
            if (i % 3 == 0) { // midpoints of integer segments with even components: exact
                ring.push_back((a + b) / 2);
                ++collinear;
            }
        }
        ring.push_back(ring.front());
        const auto simplified = simplify(ring, 0.0);
        QCOMPARE(simplified.size(), corners.size() + 1);
        for (const QPointF& c : corners)
            QVERIFY(std::find(simplified.begin(), simplified.end(), c) != simplified.end());
        QCOMPARE(ring.size() - simplified.size(), size_t(collinear));
        QCOMPARE(maxDeviation(ring, simplified), 0.0);
    }

    // --- the embedded outlines ---

    void argentineProvinces_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        // DCW-GMT uses the ISO 3166-2:AR letters.
        const char* provinces[][2] = {
            { "AR.A", "Salta" },
            { "AR.B", "Buenos Aires" },
            { "AR.C", "Ciudad Autónoma de Buenos Aires" },
            { "AR.D", "San Luis" },
            { "AR.E", "Entre Ríos" },
            { "AR.F", "La Rioja" },
            { "AR.G", "Santiago del Estero" },
            { "AR.H", "Chaco" },
            { "AR.J", "San Juan" },
            { "AR.K", "Catamarca" },
            { "AR.L", "La Pampa" },
            { "AR.M", "Mendoza" },
            { "AR.N", "Misiones" },
            { "AR.P", "Formosa" },
            { "AR.Q", "Neuquén" },
            { "AR.R", "Río Negro" },
            { "AR.S", "Santa Fe" },
            { "AR.T", "Tucumán" },
            { "AR.U", "Chubut" },
            { "AR.V", "Tierra del Fuego" },
            { "AR.W", "Corrientes" },
            { "AR.X", "Córdoba" },
            { "AR.Y", "Jujuy" },
            { "AR.Z", "Santa Cruz" },
        };
        QCOMPARE(std::size(provinces), size_t(24));
        for (const auto& p : provinces)
            QTest::newRow(p[0]) << QString::fromUtf8(p[0]) << QString::fromUtf8(p[1]);
    }

    void argentineProvinces()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        const GeoData& geo = GeoData::embedded();
        const Feature* f = geo.find(id);
        QVERIFY(f);
        QCOMPARE(f->id, id);
        QCOMPARE(f->name, name);
        QCOMPARE(f->parent, QStringLiteral("AR"));
        QVERIFY(!f->rings.empty());
        for (const auto& ring : f->rings) {
            QVERIFY(ring.size() >= 4);
            QVERIFY(isClosed(ring));
        }
        QVERIFY(f->bounds.width() > 5 && f->bounds.height() > 5); // CABA, the smallest, is about 20 km across
        // Inside Argentina's own outline.
        const QRectF country = geo.find(QStringLiteral("AR"))->bounds.adjusted(-3, -3, 3, 3);
        QVERIFY(country.contains(f->bounds));
    }

    void everyProvinceAndStateIsThereAndNothingElse()
    {
        const GeoData& geo = GeoData::embedded();
        int argentine = 0, brazilian = 0;
        QStringList countries;
        for (const Feature& f : geo.features()) {
            if (f.parent.isEmpty())
                countries << f.id;
            argentine += f.parent == QStringLiteral("AR");
            brazilian += f.parent == QStringLiteral("BR");
        }
        QCOMPARE(argentine, 24);
        QCOMPARE(brazilian, 27);
        QCOMPARE(countries,
            QStringList({ QStringLiteral("AR"), QStringLiteral("BO"), QStringLiteral("BR"), QStringLiteral("CL"),
                QStringLiteral("FK"), QStringLiteral("PY"), QStringLiteral("UY") }));
        QCOMPARE(geo.features().size(), size_t(7 + 24 + 27));
        QCOMPARE(geo.find(QStringLiteral("FK"))->name, QStringLiteral("Islas Malvinas / Falkland Islands"));
        QVERIFY(!geo.find(QStringLiteral("AR.CB")));
    }

    void neighbouringCountries()
    {
        const GeoData& geo = GeoData::embedded();
        const std::pair<const char*, const char*> countries[] = {
            { "AR", "Argentina" },
            { "UY", "Uruguay" },
            { "CL", "Chile" },
            { "PY", "Paraguay" },
            { "BO", "Bolivia" },
            { "BR", "Brazil" },
        };
        for (const auto& [id, name] : countries) {
            const Feature* f = geo.find(QString::fromUtf8(id));
            QVERIFY2(f, id);
            QCOMPARE(f->name, QString::fromUtf8(name));
            QCOMPARE(f->parent, QString());
            QVERIFY(!f->rings.empty());
        }
        // Chile lies west of Argentina's centre, Brazil north-east, Uruguay east.
        const QPointF ar = geo.find(QStringLiteral("AR"))->bounds.center();
        QVERIFY(geo.find(QStringLiteral("CL"))->bounds.left() < ar.x());
        QVERIFY(geo.find(QStringLiteral("BR"))->bounds.center().y() > ar.y());
        QVERIFY(geo.find(QStringLiteral("UY"))->bounds.center().x() > ar.x());
    }

    void brazilianStates()
    {
        const GeoData& geo = GeoData::embedded();
        const QStringList states =
            QStringLiteral("AC AL AM AP BA CE DF ES GO MA MG MS MT PA PB PE PI PR RJ RN RO RR RS SC SE SP TO")
                .split(QLatin1Char(' '));
        QCOMPARE(states.size(), 27);
        for (const QString& s : states) {
            const Feature* f = geo.find(QStringLiteral("BR.") + s);
            QVERIFY2(f, qPrintable(s));
            QCOMPARE(f->parent, QStringLiteral("BR"));
            QVERIFY(!f->rings.empty());
            QVERIFY(!f->name.isEmpty());
        }
        QCOMPARE(geo.find(QStringLiteral("BR.SP"))->name, QStringLiteral("São Paulo"));
        QCOMPARE(geo.find(QStringLiteral("BR.DF"))->name, QStringLiteral("Distrito Federal"));
    }

    void citiesFallInTheirProvinces_data()
    {
        QTest::addColumn<LonLat>("where");
        QTest::addColumn<QString>("subdivision");
        QTest::addColumn<QString>("country");
        QTest::newRow("Buenos Aires") << kBuenosAires << QStringLiteral("AR.C") << QStringLiteral("AR");
        QTest::newRow("Córdoba") << kCordoba << QStringLiteral("AR.X") << QStringLiteral("AR");
        QTest::newRow("Rosario") << kRosario << QStringLiteral("AR.S") << QStringLiteral("AR");
        QTest::newRow("Mendoza") << kMendoza << QStringLiteral("AR.M") << QStringLiteral("AR");
        QTest::newRow("Montevideo") << kMontevideo << QStringLiteral("UY") << QStringLiteral("UY");
        QTest::newRow("São Paulo") << kSaoPaulo << QStringLiteral("BR.SP") << QStringLiteral("BR");
        QTest::newRow("Santiago") << kSantiago << QStringLiteral("CL") << QStringLiteral("CL");
        QTest::newRow("Asunción") << LonLat { -57.5759, -25.2637 } << QStringLiteral("PY") << QStringLiteral("PY");
        QTest::newRow("La Paz") << LonLat { -68.1193, -16.4897 } << QStringLiteral("BO") << QStringLiteral("BO");
        QTest::newRow("La Plata") << LonLat { -57.9545, -34.9214 } << QStringLiteral("AR.B") << QStringLiteral("AR");
    }

    void citiesFallInTheirProvinces()
    {
        QFETCH(LonLat, where);
        QFETCH(QString, subdivision);
        QFETCH(QString, country);
        const GeoData& geo = GeoData::embedded();
        const QPointF at = Projection::defaultMap().forward(where);
        const Feature* f = geo.featureAt(at);
        QVERIFY(f);
        QCOMPARE(f->id, subdivision);
        const Feature* c = geo.featureAt(at, false);
        QVERIFY(c);
        QCOMPARE(c->id, country);
    }

    void theSeaIsNothing()
    {
        const GeoData& geo = GeoData::embedded();
        const Projection& p = Projection::defaultMap();
        for (const LonLat& sea :
            { LonLat { -50, -40 }, LonLat { -80, -33.4 }, LonLat { -35, -30 }, LonLat { -65, -58 } }) {
            QVERIFY2(!geo.featureAt(p.forward(sea)), qPrintable(QStringLiteral("%1, %2").arg(sea.lat).arg(sea.lon)));
            QVERIFY(!geo.featureAt(p.forward(sea), false));
        }
    }

    void attributionNamesTheSourceAndItsLicence()
    {
        const QString attribution = GeoData::embedded().attribution();
        QVERIFY2(attribution.startsWith(QStringLiteral("DCW-GMT ")), qPrintable(attribution));
        QVERIFY(attribution.contains(QStringLiteral("(LGPL-3.0-or-later)")));
        QVERIFY(attribution.endsWith(QStringLiteral(", derived from the Digital Chart of the World")));
    }

    void theResourceIsSmallAndDamageIsRefused()
    {
        QFile file(QStringLiteral(":/atalaya/geo/latam.bin"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.size() < 512 * 1024, qPrintable(QString::number(bytes.size())));
        QString error;
        const auto whole = GeoData::decode(bytes, &error);
        QVERIFY2(whole, qPrintable(error));
        QCOMPARE(whole->features().size(), GeoData::embedded().features().size());
        for (qsizetype cut : { qsizetype(3), qsizetype(100), bytes.size() / 2, bytes.size() - 1 }) {
            error.clear();
            QVERIFY(!GeoData::decode(QByteArrayView(bytes).first(cut), &error));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(!GeoData::decode(QByteArray(bytes).append(char(0)), &error));
        QVERIFY(error.contains(QStringLiteral("after the last feature")));
        QByteArray otherVersion = bytes;
        otherVersion[4] = 2;
        QVERIFY(!GeoData::decode(otherVersion, &error));
        QVERIFY(error.contains(QStringLiteral("version 2")));
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"

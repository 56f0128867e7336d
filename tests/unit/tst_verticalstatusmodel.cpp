// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/verticalstatusmodel.h"

using namespace atalaya;

namespace {
VerticalStatus row(const char* id, double p95, double err, double rps)
{
    VerticalStatus s;
    s.verticalId = QString::fromLatin1(id);
    s.name = s.verticalId;
    s.p95Ms = p95;
    s.errorRatio = err;
    s.requestsPerSecond = rps;
    return s;
}
} // namespace

class TestVerticalStatusModel : public QObject
{
    Q_OBJECT
private slots:
    void statusFollowsThresholds_data()
    {
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("err");
        QTest::addColumn<int>("expected");
        QTest::addColumn<double>("rps");
        QTest::newRow("healthy") << 120.0 << 0.001 << int(Status::Ok) << 40.0;
        QTest::newRow("p95 at 80% of SLA is still ok") << 160.0 << 0.001 << int(Status::Ok) << 40.0;
        QTest::newRow("p95 above 80% of SLA") << 161.0 << 0.001 << int(Status::Warning) << 40.0;
        QTest::newRow("p95 above SLA") << 201.0 << 0.001 << int(Status::Critical) << 40.0;
        QTest::newRow("errors above 0.5%") << 100.0 << 0.006 << int(Status::Warning) << 40.0;
        QTest::newRow("errors above 1%") << 100.0 << 0.011 << int(Status::Critical) << 40.0;
        QTest::newRow("errors above 1% on 0.3 req/s: too few to judge") << 100.0 << 0.015 << int(Status::Ok) << 0.3;
        QTest::newRow("no data") << double(NAN) << double(NAN) << int(Status::NoData) << 40.0;
        QTest::newRow("latency missing, errors bad") << double(NAN) << 0.02 << int(Status::Critical) << 40.0;
    }

    void statusFollowsThresholds()
    {
        QFETCH(double, p95);
        QFETCH(double, err);
        QFETCH(int, expected);
        QFETCH(double, rps);
        QCOMPARE(int(row("x", p95, err, rps).overall()), expected);
    }

    void capacityAvailabilityAndPayments()
    {
        VerticalStatus s = row("barbershop", 100, 0.001, 40);
        s.replicasReady = 20;
        s.replicasDesired = 20;
        s.hpaMin = 2;
        s.hpaMax = 20;
        QCOMPARE(s.replicaStatus(), Status::Warning); // pinned at the autoscaler's maximum
        s.replicasReady = s.replicasDesired = 8;
        QCOMPARE(s.replicaStatus(), Status::Ok);
        s.replicasReady = 6;
        QCOMPARE(s.replicaStatus(), Status::Warning); // not all ready
        s.replicasReady = 8;
        s.availability = 0.9985;
        s.availabilitySlo = 0.999;
        QCOMPARE(s.availabilityStatus(), Status::Warning); // error budget spent
        QCOMPARE(s.overall(), Status::Warning);
        s.availability = 0.9995;
        s.paymentSuccess = 0.96;
        QCOMPARE(s.paymentStatus(), Status::Warning);
        s.paymentSuccess = 0.94;
        QCOMPARE(s.paymentStatus(), Status::Critical);
        QCOMPARE(s.overall(), Status::Critical);
        s.paymentSuccess = 0.99;
        QCOMPARE(s.overall(), Status::Ok);

        VerticalStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot({ s });
        QCOMPARE(model.index(0, VerticalStatusModel::ColumnReplicas).data().toString(), QStringLiteral("8/8 (HPA 2–20)"));
        QCOMPARE(model.index(0, VerticalStatusModel::ColumnPayments).data().toString(), QStringLiteral("99.0 %"));
    }

    void mergesWithoutReset()
    {
        VerticalStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.applySnapshot({ row("barbershop", 120, 0.001, 40), row("fitness", 90, 0.002, 20) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserts.count(), 2);

        // Same figures: nothing emitted.
        model.applySnapshot({ row("fitness", 90, 0.002, 20), row("barbershop", 120, 0.001, 40) });
        QCOMPARE(changes.count(), 0);

        // One figure changes: exactly that row.
        model.applySnapshot({ row("barbershop", 250, 0.001, 40), row("fitness", 90, 0.002, 20) });
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.front().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, VerticalStatusModel::ColumnStatus).data(VerticalStatusModel::StatusRole).toInt(),
                 int(Status::Critical));

        // A vertical disappears and another appears.
        model.applySnapshot({ row("fitness", 90, 0.002, 20), row("psychology", 70, 0, 10) });
        QCOMPARE(removes.count(), 1);
        QCOMPARE(inserts.count(), 3);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, VerticalStatusModel::ColumnVertical).data().toString(), QStringLiteral("fitness"));
        QCOMPARE(resets.count(), 0);
    }

    void costAgainstBudgetAndTheDegradationLevel()
    {
        VerticalStatus s = row("fitness", 100, 0.001, 40);
        QCOMPARE(s.degradationStatus(), Status::NoData); // the flag store not read yet
        s.degradationLevel = 0;
        QCOMPARE(s.overall(), Status::Ok);
        s.degradationLevel = 2;
        QCOMPARE(s.degradationStatus(), Status::Warning); // features switched off
        QCOMPARE(s.overall(), Status::Warning);
        s.degradationLevel = 3;
        QCOMPARE(s.overall(), Status::Critical); // maintenance: no bookings
        s.degradationLevel = 0;
        // Spend is shown against the day's budget so far, coloured, but the service is fine.
        s.costToday = 41.5;
        s.costBudgetToday = 25;
        s.costState = Status::Critical;
        QCOMPARE(s.overall(), Status::Ok);

        VerticalStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VerticalStatus unknown = row("beauty", 100, 0.001, 40);
        model.applySnapshot({ s, unknown });
        const auto cell = [&](int r, int column, int role = Qt::DisplayRole) { return model.index(r, column).data(role); };
        QCOMPARE(cell(0, VerticalStatusModel::ColumnCost).toString(), QStringLiteral("US$ 41.50 · 166 %"));
        QCOMPARE(cell(0, VerticalStatusModel::ColumnCost, VerticalStatusModel::StatusRole).toInt(), int(Status::Critical));
        QCOMPARE(cell(0, VerticalStatusModel::ColumnCost, VerticalStatusModel::SortRole).toDouble(), 41.5 / 25);
        QVERIFY(cell(0, VerticalStatusModel::ColumnCost, Qt::ToolTipRole).toString().contains(QStringLiteral("150 %")));
        QCOMPARE(cell(0, VerticalStatusModel::ColumnDegradation).toString(), QStringLiteral("normal"));
        QCOMPARE(cell(1, VerticalStatusModel::ColumnCost).toString(), QStringLiteral("no data"));
        QCOMPARE(cell(1, VerticalStatusModel::ColumnDegradation).toString(), QStringLiteral("no data"));

        // A level change is a change of the row; a failed cost request keeps the figures and says why.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        s.degradationLevel = 3;
        s.costError = QStringLiteral("OpenCost at http://127.0.0.1:9003: connection refused");
        model.applySnapshot({ s, unknown });
        QCOMPARE(changes.count(), 1);
        QCOMPARE(cell(0, VerticalStatusModel::ColumnDegradation).toString(), QStringLiteral("maintenance"));
        QCOMPARE(cell(0, VerticalStatusModel::ColumnStatus, VerticalStatusModel::StatusRole).toInt(), int(Status::Critical));
        QCOMPARE(cell(0, VerticalStatusModel::ColumnCost).toString(), QStringLiteral("US$ 41.50 · 166 %"));
        QVERIFY(cell(0, VerticalStatusModel::ColumnCost, Qt::ToolTipRole).toString().contains(QStringLiteral("connection refused")));
        s.degradationLevel = 1;
        s.costBudgetToday = NAN; // no budget for the vertical
        model.applySnapshot({ s, unknown });
        QCOMPARE(cell(0, VerticalStatusModel::ColumnDegradation).toString(), QStringLiteral("level 1"));
        QCOMPARE(cell(0, VerticalStatusModel::ColumnCost).toString(), QStringLiteral("US$ 41.50"));
    }

    void displaysNoDataNotZero()
    {
        VerticalStatusModel model;
        model.applySnapshot({ row("dentist", NAN, NAN, NAN) });
        QCOMPARE(model.index(0, VerticalStatusModel::ColumnP95).data().toString(), QStringLiteral("no data"));
        QCOMPARE(model.index(0, VerticalStatusModel::ColumnErrorRatio).data().toString(), QStringLiteral("no data"));
        QVERIFY(model.index(0, VerticalStatusModel::ColumnP95).data(VerticalStatusModel::SortRole).toDouble() < 0);
    }
};

QTEST_GUILESS_MAIN(TestVerticalStatusModel)
#include "tst_verticalstatusmodel.moc"

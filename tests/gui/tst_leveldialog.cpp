// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The degradation level dialog with a flag file (the store flagd watches): only managers may
// apply; maintenance mode needs the vertical's name typed and a notice; an applied level is in
// the file, in the audit log first, on the degradation page as live, and on the charts as a
// degradation marker of its vertical.
#include <QButtonGroup>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "cache/cache.h"
#include "degradation/monitor.h"
#include "sources/session.h"
#include "testutils.h"
#include "ui/auditpage.h"
#include "ui/degradationpage.h"
#include "ui/leveldialog.h"

using namespace atalaya;
using atalaya::test::await;

class TestLevelDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString flagFile() const { return m_dir.filePath(QStringLiteral("flagd/flags.json")); }

    Config config(const char* role)
    {
        // Prometheus is never reached here (port 9 is discard): the dialog needs the flag file only.
        const QByteArray user = QStringLiteral("{\"defaultEnvironment\": \"prod\", \"environments\": [{\"name\": \"prod\", \"production\": true,"
                                               " \"sources\": {\"prometheus\": {\"url\": \"http://127.0.0.1:9\"}}, \"role\": \"%1\","
                                               " \"flags\": {\"file\": \"%2\"}}]}")
                                    .arg(QLatin1String(role), flagFile())
                                    .toUtf8();
        const ConfigLoadResult r = ConfigLoader::loadFromText(user, QStringLiteral("test.json"));
        if (!r.problems.empty())
            qFatal("%s", qPrintable(r.problems.front().toDisplayString()));
        return r.config;
    }

    static void choose(LevelDialog* dialog, int level)
    {
        auto* radio = dialog->findChild<QRadioButton*>(QStringLiteral("level%1").arg(level));
        QVERIFY(radio);
        radio->click();
    }

private slots:
    void anOperatorMayNotChangeALevel()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("operator.db"));
        Session session(config("operator"), QStringLiteral("prod"), options);
        degradation::DegradationMonitor monitor(&session);
        DegradationPage page(&session, &monitor);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("changeLevel"))->isEnabled());
        LevelDialog* dialog = page.openLevelDialog(QStringLiteral("barbershop"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->diffText().contains(QStringLiteral("barbershop.degradation_level")), 10000);
        dialog->setReason(QStringLiteral("p95 3x"));
        QTest::qWait(50);
        QVERIFY(!dialog->canConfirm());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("confirmAction"))->isEnabled());
        dialog->confirm(); // refused: nothing written
        QTest::qWait(200);
        QVERIFY(!QFile::exists(flagFile()));
        QCOMPARE(await(session.cache()->audit(5)).size(), size_t(0));
    }

    void maintenanceNeedsTheNameTypedAndANotice()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("manager.db"));
        Session session(config("manager"), QStringLiteral("prod"), options);
        degradation::DegradationMonitor monitor(&session);
        DegradationPage page(&session, &monitor);
        LevelDialog* dialog = page.openLevelDialog(QStringLiteral("fitness"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->diffText().contains(QStringLiteral("fitness.degradation_level")), 10000);
        dialog->setReason(QStringLiteral("gateway down"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->canConfirm(), 10000);
        choose(dialog, 3);
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Maintenance mode")));
        QVERIFY(!dialog->canConfirm());
        dialog->setTypedName(QStringLiteral("fitnes"));
        QVERIFY(!dialog->canConfirm());
        dialog->setTypedName(QStringLiteral("fitness"));
        QVERIFY(dialog->canConfirm());
        auto* notice = dialog->findChild<QLineEdit*>(QStringLiteral("maintenanceNotice"));
        QVERIFY(notice);
        QCOMPARE(notice->text(), QStringLiteral("Sistema en mantenimiento"));
        notice->clear();
        QVERIFY(!dialog->canConfirm()); // maintenance without a notice
        notice->setText(QStringLiteral("Volvemos enseguida"));
        QVERIFY(dialog->canConfirm());
        QVERIFY2(dialog->diffText().contains(QStringLiteral("Volvemos enseguida")), qPrintable(dialog->diffText()));
    }

    void anAppliedLevelIsLiveAuditedAndOnTheCharts()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("manager.db"));
        Session session(config("manager"), QStringLiteral("prod"), options);
        degradation::DegradationMonitor monitor(&session);
        DegradationPage page(&session, &monitor);
        AuditPage audit(&session);
        QSignalSpy markers(&audit, &AuditPage::annotationsChanged);
        connect(&page, &DegradationPage::levelChanged, &audit, &AuditPage::refresh);

        LevelDialog* dialog = page.openLevelDialog(QStringLiteral("psychology"), 2);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->diffText().contains(QStringLiteral("psychology.degradation_level")), 10000);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("loyalty programs, email marketing")), qPrintable(dialog->summaryText()));
        dialog->setReason(QStringLiteral("MercadoPago timeouts"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->canConfirm(), 10000);
        QSignalSpy applied(dialog, &LevelDialog::applied);
        dialog->confirm();
        QVERIFY(applied.wait(20000));
        QVERIFY2(applied.front().at(0).toBool(), qPrintable(applied.front().at(1).toString()));
        QVERIFY(!dialog->canConfirm()); // done: not twice by accident

        // In the file flagd reads, valid, at level 2.
        QFile f(flagFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(degradation::validate(text), QStringList());
        // The page reads it back.
        QTRY_COMPARE_WITH_TIMEOUT(monitor.level(QStringLiteral("psychology")).level, 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.cellText(QStringLiteral("psychology"), 1).startsWith(QStringLiteral("2 — ")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.cellText(QStringLiteral("psychology"), 4).contains(QStringLiteral("as this console wrote it")), 10000);
        // Audited, and drawn on psychology's charts as a degradation change.
        QTRY_VERIFY_WITH_TIMEOUT(!markers.isEmpty(), 10000);
        const auto annotations = markers.last().at(0).value<Annotations>();
        QCOMPARE(annotations.size(), size_t(1));
        QCOMPARE(annotations.front().kind, Annotation::Kind::Degradation);
        QCOMPARE(annotations.front().verticalId, QStringLiteral("psychology"));
        const auto entries = await(session.cache()->audit(5));
        QCOMPARE(entries.size(), size_t(1));
        QVERIFY2(entries.front().detail.contains(QStringLiteral("reason: MercadoPago timeouts")), qPrintable(entries.front().detail));
    }
};

QTEST_MAIN(TestLevelDialog)
#include "tst_leveldialog.moc"

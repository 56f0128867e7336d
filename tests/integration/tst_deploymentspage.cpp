// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The deployments page and the action dialog against the Kubernetes double, with the machine's
// kubectl: what is offered follows the role and `auth can-i`; confirming needs a reason and, in
// production, the deployment's name; a confirmed scale runs, is verified and is audited.
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "cache/cache.h"
#include "config/config.h"
#include "kubedouble/kubedouble.h"
#include "sources/session.h"
#include "testutils.h"
#include "ui/actiondialog.h"
#include "ui/auditpage.h"
#include "ui/deploymentspage.h"

using namespace atalaya;
using atalaya::test::await;

class TestDeploymentsPage : public QObject
{
    Q_OBJECT
private:
    test::KubeDouble m_double;
    QTemporaryDir m_dir;

    Config config(const char* role, const char* context)
    {
        const QByteArray json = QStringLiteral("{\"defaultEnvironment\": \"prod\", \"environments\": [{\"name\": \"prod\", \"production\": true, "
                                               "\"role\": \"%1\", \"kubernetes\": {\"kubeconfig\": \"%2\", \"context\": \"%3\"}, "
                                               "\"sources\": {\"prometheus\": {\"url\": \"http://127.0.0.1:9\"}}}]}")
                                    .arg(QLatin1String(role), m_double.kubeconfig(), QLatin1String(context))
                                    .toUtf8();
        const ConfigLoadResult r = ConfigLoader::loadFromText(json, QStringLiteral("test.json"));
        if (!r.problems.empty())
            qWarning() << r.problems.front().toDisplayString();
        return r.config;
    }

    static bool loadPage(DeploymentsPage& page)
    {
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        return loaded.wait(60000) && loaded.front().front().toBool();
    }

    static QPushButton* button(QWidget& w, const QString& text)
    {
        for (QPushButton* b : w.findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_double.start("{\"barbershop\": [{\"name\": \"api\", \"replicas\": 3, \"hpa\": {\"minReplicas\": 2, \"maxReplicas\": 20}}]}");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void anOperatorScalesThroughTheDialog()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("operator.db"));
        Session session(config("operator", "operator"), QStringLiteral("prod"), options);
        DeploymentsPage page(&session);
        page.setVertical(QStringLiteral("barbershop"));
        page.resize(1200, 700);
        page.show();
        QVERIFY(loadPage(page));
        QCOMPARE(page.findChild<QTableWidget*>()->rowCount(), 1);
        QVERIFY(button(page, QStringLiteral("Scale…"))->isEnabled());
        QVERIFY(button(page, QStringLiteral("Roll back…"))->isEnabled());

        page.openAction(int(kube::Plan::Kind::Scale));
        auto* dialog = page.findChild<ActionDialog*>();
        QVERIFY(dialog);
        // The HPA manages it: the preview is the HPA patch, at the 5× suggestion (3 → 15).
        QVERIFY2(dialog->previewText().contains(QStringLiteral("patch horizontalpodautoscalers.v2.autoscaling api --type=merge")),
                 qPrintable(dialog->previewText()));
        QVERIFY(dialog->previewText().contains(QStringLiteral("\"minReplicas\":15")));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmAction"));
        QVERIFY(!confirm->isEnabled());
        const auto edits = dialog->findChildren<QLineEdit*>();
        QLineEdit* reason = nullptr;
        QLineEdit* name = nullptr;
        for (QLineEdit* e : edits) {
            if (e->placeholderText().startsWith(QStringLiteral("Why")))
                reason = e;
            if (e->placeholderText().startsWith(QStringLiteral("Type")))
                name = e;
        }
        QVERIFY(reason && name); // production: the name must be typed
        reason->setText(QStringLiteral("p95 800 ms, bookings failing"));
        QVERIFY(!confirm->isEnabled());
        name->setText(QStringLiteral("ap"));
        QVERIFY(!confirm->isEnabled());
        name->setText(QStringLiteral("api"));
        QVERIFY(confirm->isEnabled());
        QSignalSpy executed(dialog, &ActionDialog::executed);
        confirm->click();
        QVERIFY(executed.wait(90000));
        QCOMPARE(executed.front().front().toBool(), true);
        const auto entries = await(session.cache()->audit(5));
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("scale-hpa"));
        QVERIFY(entries.front().outcome.startsWith(QStringLiteral("ok: ")));
        // The page reads the new state.
        QTRY_VERIFY_WITH_TIMEOUT(page.deployments().size() == 1 && page.deployments().front().ready == 15, 30000);
    }

    void theEmergencyScaleIsUndoneFromTheAuditLog()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("operator.db")); // the entry of the scale above
        Session session(config("operator", "operator"), QStringLiteral("prod"), options);
        AuditPage page(&session);
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QVERIFY(loaded.wait(10000));
        auto* table = page.findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QPushButton* undo = button(page, QStringLiteral("Undo…"));
        QVERIFY(undo && undo->isEnabled());
        page.undo(0);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<ActionDialog*>() != nullptr, 30000);
        auto* dialog = page.findChild<ActionDialog*>();
        // Back to the values recorded before the scale: 2–20.
        QVERIFY2(dialog->previewText().contains(QStringLiteral("\"minReplicas\":2,\"maxReplicas\":20")), qPrintable(dialog->previewText()));
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
            e->setText(e->placeholderText().startsWith(QStringLiteral("Why")) ? QStringLiteral("incident over") : QStringLiteral("api"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmAction"));
        QVERIFY(confirm->isEnabled());
        QSignalSpy executed(dialog, &ActionDialog::executed);
        confirm->click();
        QVERIFY(executed.wait(60000));
        QCOMPARE(executed.front().front().toBool(), true);
        const auto entries = await(session.cache()->audit(5));
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries.front().action, QStringLiteral("restore-hpa"));
        QVERIFY(entries.front().outcome.startsWith(QStringLiteral("ok: ")));
        const kube::Result hpa = await(session.kubectl(QStringLiteral("barbershop")).getHpas(), 60000);
        QString error;
        const auto hpas = kube::parseHpas(hpa.stdoutText.toUtf8(), &error);
        QVERIFY(hpas && !hpas->empty());
        QCOMPARE(hpas->front().minReplicas, 2);
        QCOMPARE(hpas->front().maxReplicas, 20);
    }

    void aViewerIsOfferedNothing()
    {
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("viewer.db"));
        Session session(config("viewer", "operator"), QStringLiteral("prod"), options);
        DeploymentsPage page(&session);
        page.setVertical(QStringLiteral("barbershop"));
        QVERIFY(loadPage(page));
        for (const char* text : { "Scale…", "Roll back…", "Restart…" }) {
            QPushButton* b = button(page, QString::fromUtf8(text));
            QVERIFY(!b->isEnabled());
            QVERIFY2(b->toolTip().contains(QStringLiteral("viewer")), qPrintable(b->toolTip()));
        }
    }

    void theClusterHasTheLastWord()
    {
        // An operator in the console, but the kube context's user may only read.
        SessionOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("denied.db"));
        Session session(config("operator", "viewer"), QStringLiteral("prod"), options);
        DeploymentsPage page(&session);
        page.setVertical(QStringLiteral("barbershop"));
        QVERIFY(loadPage(page));
        QVERIFY(!button(page, QStringLiteral("Scale…"))->isEnabled());
        QVERIFY(!button(page, QStringLiteral("Restart…"))->isEnabled());
        QVERIFY2(button(page, QStringLiteral("Scale…"))->toolTip().contains(QStringLiteral("may not")),
                 qPrintable(button(page, QStringLiteral("Scale…"))->toolTip()));
    }
};

QTEST_MAIN(TestDeploymentsPage)
#include "tst_deploymentspage.moc"

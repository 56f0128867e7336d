// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QCoreApplication>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include "util/afterevents.h"

using namespace atalaya;

class TestAfterEvents : public QObject
{
    Q_OBJECT
private slots:
    void runsAfterTheEventsAlreadyPosted()
    {
        // As a refresh ends: a repaint is waiting, and more of the page's events are posted after
        // the deferred work was. The deferred work comes after both.
        QObject context;
        QStringList order;
        QMetaObject::invokeMethod(&context, [&] { order << QStringLiteral("repaint"); }, Qt::QueuedConnection);
        afterPendingEvents(&context, [&] { order << QStringLiteral("after"); });
        QMetaObject::invokeMethod(&context, [&] { order << QStringLiteral("posted later"); }, Qt::QueuedConnection);
        QVERIFY(order.isEmpty()); // never called right away
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order.back(), QStringLiteral("after"));
    }

    void aContextGoneFirstHearsNothing()
    {
        bool called = false;
        auto* context = new QObject;
        afterPendingEvents(context, [&] { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void eachCallRunsOnce()
    {
        QObject context;
        int calls = 0;
        afterPendingEvents(&context, [&] { ++calls; });
        afterPendingEvents(&context, [&] { ++calls; });
        QTRY_COMPARE(calls, 2);
        QTest::qWait(50);
        QCOMPARE(calls, 2);
        QVERIFY(context.children().isEmpty()); // nothing left behind
    }
};

QTEST_GUILESS_MAIN(TestAfterEvents)
#include "tst_afterevents.moc"

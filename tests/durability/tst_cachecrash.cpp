// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// kill -9 of a process writing to the cache, 50 times at random moments: the cache opens every
// time, PRAGMA integrity_check says ok, and every audit entry the writer was told is on disk is
// still there.
#include <set>

#include <csignal>

#include <sqlite3.h>

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestCacheCrash : public QObject
{
    Q_OBJECT
private slots:
    void survivesFiftyKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        std::set<int> acknowledged;
        int next = 1;
        int killedWhileWriting = 0;
        QRandomGenerator rng(20261129);
        for (int round = 0; round < 50; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(CACHE_WRITER), { path, QString::number(next) });
            QVERIFY(writer.waitForStarted());
            // From "still opening the file" to "in the middle of hundreds of writes".
            QTest::qWait(static_cast<int>(rng.bounded(40, 700)));
            QVERIFY2(writer.state() == QProcess::Running, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            int acknowledgedNow = 0;
            for (const QByteArray& line : lines)
                if (!line.isEmpty()) {
                    acknowledged.insert(line.toInt());
                    next = std::max(next, line.toInt() + 1);
                    ++acknowledgedNow;
                }
            killedWhileWriting += acknowledgedNow > 0;

            // Killed before it created the file (a slow start): then it cannot have said that
            // anything is stored.
            if (!QFileInfo::exists(path)) {
                QVERIFY2(acknowledged.empty(), "entries acknowledged, and no file");
                continue;
            }
            // Opens, is intact, and holds every acknowledged entry.
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
            sqlite3_stmt* st = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_step(st), SQLITE_ROW);
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))), QByteArray("ok"));
            sqlite3_finalize(st);
            std::set<int> stored;
            QCOMPARE(sqlite3_prepare_v2(db, "SELECT detail FROM audit", -1, &st, nullptr), SQLITE_OK);
            while (sqlite3_step(st) == SQLITE_ROW)
                stored.insert(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))).toInt());
            sqlite3_finalize(st);
            sqlite3_close(db);
            for (int seq : acknowledged)
                QVERIFY2(stored.count(seq), qPrintable(QStringLiteral("round %1: audit entry %2 is gone").arg(round).arg(seq)));
            // The next writer continues after whatever made it to disk, acknowledged or not.
            if (!stored.empty())
                next = std::max(next, *stored.rbegin() + 1);
        }
        qInfo("%zu audit entries acknowledged over 50 kills; %d kills came mid-write", acknowledged.size(), killedWhileWriting);
        // The drill is only meaningful if most kills hit a writer at work.
        QVERIFY(killedWhileWriting >= 25);
    }
};

QTEST_GUILESS_MAIN(TestCacheCrash)
#include "tst_cachecrash.moc"

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The booking database on the real PostgreSQL of the demo stack, as the console's read-only role
// over TLS (verify-full): the figures the console reads equal those of an independent SQL query
// over the seeded tables (run as the owner with psql); a wrong password, an unreachable host, a
// missing view, a statement that runs too long and a canceled one each end in an error that
// names the cause, and the next statement on a good connection still works.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <QSignalSpy>

#include "cache/cache.h"
#include "config/config.h"
#include "sources/bookingsdb.h"
#include "sources/session.h"
#include "ui/bookingspage.h"
#include "ui/chartpanel.h"
#include "ui/timeplot.h"
#include "ui/verticaldashboardpage.h"

#include "testutils.h"

using namespace atalaya;
using namespace atalaya::bookings;

namespace {

/// A TCP relay to the database that the test can take away: the database "goes" while the
/// console keeps the same host and port (and so the same cache entries).
class Relay : public QTcpServer
{
public:
    explicit Relay(quint16 target)
        : m_target(target)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* in = nextPendingConnection()) {
                auto* out = new QTcpSocket(this);
                out->connectToHost(QHostAddress::LocalHost, m_target);
                connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
                connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
                connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                m_sockets << in << out;
            }
        });
    }
    /// Closes the port and every relayed connection.
    void cut()
    {
        close();
        for (QTcpSocket* s : std::as_const(m_sockets))
            s->abort();
    }

private:
    quint16 m_target;
    QList<QTcpSocket*> m_sockets;
};

} // namespace
using atalaya::test::await;

class TestBookingsDb : public QObject
{
    Q_OBJECT
private:
    QString m_state;
    DatabaseConfig m_db;
    QString m_socketDir;
    QString m_owner;

    /// Runs @p sql as the database owner through the stack's unix socket (psql, unaligned).
    QString owner(const QString& sql)
    {
        QProcess psql;
        psql.start(QStringLiteral("psql"), { QStringLiteral("-X"), QStringLiteral("-qAt"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                             QStringLiteral("-h"), m_socketDir, QStringLiteral("-p"), QString::number(m_db.port),
                                             QStringLiteral("-U"), m_owner, QStringLiteral("-d"), m_db.database, QStringLiteral("-c"), sql });
        if (!psql.waitForFinished(60000) || psql.exitCode() != 0)
            qFatal("psql failed: %s", psql.readAllStandardError().constData());
        return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
    }

    /// An owner session that holds the trickle still (it takes booking.sim_clock FOR UPDATE every
    /// 15 s), so that the console's read and the independent one see the same rows.
    struct Frozen
    {
        QProcess psql;
    };
    std::unique_ptr<Frozen> freeze()
    {
        auto f = std::make_unique<Frozen>();
        f->psql.start(QStringLiteral("psql"), { QStringLiteral("-X"), QStringLiteral("-qAt"), QStringLiteral("-h"), m_socketDir,
                                                QStringLiteral("-p"), QString::number(m_db.port), QStringLiteral("-U"), m_owner,
                                                QStringLiteral("-d"), m_db.database });
        f->psql.write("BEGIN; SELECT 'held' FROM booking.sim_clock FOR UPDATE;\n");
        QElapsedTimer t;
        t.start();
        while (!f->psql.readAllStandardOutput().contains("held") && t.elapsed() < 30000)
            f->psql.waitForReadyRead(500);
        return f;
    }
    static void thaw(std::unique_ptr<Frozen> f)
    {
        f->psql.write("COMMIT;\n");
        f->psql.closeWriteChannel();
        f->psql.waitForFinished(10000);
    }

    static int freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort(); // closed again when s goes
    }

private slots:
    void initTestCase()
    {
        m_state = qEnvironmentVariable("ATALAYA_DEMO_STATE");
        const QString path = m_state + QStringLiteral("/atalaya-demo.json");
        QVERIFY2(QFile::exists(path), "the demo stack fixture did not start (no config written)");
        ConfigLoadResult loaded = await(QtConcurrent::run([path] { return ConfigLoader::load(path); }));
        QVERIFY2(loaded.problems.empty(), loaded.problems.empty() ? "" : qPrintable(loaded.problems.front().toDisplayString()));
        m_db = loaded.config.environment(QStringLiteral("demo"))->bookings;
        QVERIFY2(m_db.isConfigured(), "the demo environment has no booking database");
        QCOMPARE(m_db.sslmode, QStringLiteral("verify-full"));
        // The reader's password, as run-demo.sh hands it to the console: in the environment.
        QFile pw(m_state + QStringLiteral("/db-password"));
        QVERIFY(pw.open(QIODevice::ReadOnly));
        qputenv(m_db.passwordEnv.toLatin1().constData(), pw.readAll().trimmed());
        // The owner's way in: the unix socket of the cluster, found by its name.
        QDirIterator it(m_state, { QStringLiteral(".s.PGSQL.%1").arg(m_db.port) }, QDir::System | QDir::Hidden,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        QVERIFY2(it.hasNext(), "no PostgreSQL socket in the state directory");
        m_socketDir = QFileInfo(it.next()).absolutePath();
        QFile ownerFile(m_state + QStringLiteral("/pg/owner"));
        m_owner = ownerFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(ownerFile.readAll()).trimmed() : QStringLiteral("postgres");
        QVERIFY(!owner(QStringLiteral("SELECT 1")).isEmpty());
    }

    void figuresEqualIndependentSql()
    {
        BookingsDatabase db(m_db, QStringLiteral("demo"));
        // The trickle also updates past bookings (cancellations, no-shows): held still meanwhile.
        auto frozen = freeze();
        QVERIFY(frozen->psql.state() == QProcess::Running);
        // Whole past hours: new bookings keep trickling in for the current one.
        const QDateTime to = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
        const QDateTime from = to.addDays(-7);
        const auto r = await(db.bookingsHourly(from, to));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toDisplayString()));
        QVERIFY(r.value().cachedAtMs == 0);
        QVERIFY(r.value().rows.size() > 1000);
        std::map<QString, std::array<double, 5>> mine; // vertical -> checkouts, bookings, cancellations, no-shows, revenue
        for (const HourlyRow& row : r.value().rows) {
            auto& m = mine[row.vertical];
            m[0] += double(row.checkouts);
            m[1] += double(row.bookings);
            m[2] += double(row.cancellations);
            m[3] += double(row.noShows);
            m[4] += row.revenueArs;
        }
        // The same figures from the platform's own tables, not through the views.
        const QString range = QStringLiteral("'%1' AND created_at < '%2'").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        const QString sql =
            QStringLiteral("SELECT vertical, count(*), count(*) FILTER (WHERE status = 'cancelled'), count(*) FILTER (WHERE status = 'no_show'), "
                           "coalesce(sum(price_ars) FILTER (WHERE status <> 'cancelled' AND payment_status = 'approved'), 0) "
                           "FROM booking.bookings WHERE created_at >= %1 GROUP BY vertical ORDER BY vertical")
                .arg(range);
        const QStringList lines = owner(sql).split(u'\n');
        QVERIFY(lines.size() >= 3);
        for (const QString& line : lines) {
            const QStringList f = line.split(u'|');
            QCOMPARE(f.size(), 5);
            QVERIFY2(mine.count(f[0]), qPrintable(f[0]));
            const auto& m = mine[f[0]];
            QCOMPARE(qint64(m[1]), f[1].toLongLong());
            QCOMPARE(qint64(m[2]), f[2].toLongLong());
            QCOMPARE(qint64(m[3]), f[3].toLongLong());
            QVERIFY2(std::abs(m[4] - f[4].toDouble()) < 0.01, qPrintable(QStringLiteral("%1: %2 vs %3").arg(f[0]).arg(m[4], 0, 'f', 2).arg(f[4])));
        }
        const QString checkouts = owner(QStringLiteral("SELECT count(*) FROM booking.checkouts WHERE started_at >= '%1' AND started_at < '%2'")
                                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        double total = 0;
        for (const auto& [v, m] : mine)
            total += m[0];
        QCOMPARE(qint64(total), checkouts.toLongLong());

        // Payments per provider, the same way.
        const auto p = await(db.paymentsHourly(from, to));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toDisplayString()));
        std::map<QString, qint64> approved;
        for (const PaymentRow& row : p.value().rows)
            approved[row.provider] += row.approved;
        for (const QString& line : owner(QStringLiteral("SELECT payment_provider, count(*) FROM booking.bookings WHERE created_at >= %1 "
                                                        "AND payment_status = 'approved' GROUP BY 1")
                                             .arg(range))
                                       .split(u'\n')) {
            const QStringList f = line.split(u'|');
            QCOMPARE(approved[f[0]], f[1].toLongLong());
        }
        thaw(std::move(frozen));
    }

    void theBookingsPageShowsTheSameFigures()
    {
        const QString path = m_state + QStringLiteral("/atalaya-demo.json");
        ConfigLoadResult loaded = await(QtConcurrent::run([path] { return ConfigLoader::load(path); }));
        SessionOptions options;
        options.cachePath = QDir::temp().filePath(QStringLiteral("tst_bookingsdb-%1.db").arg(QCoreApplication::applicationPid()));
        Session session(loaded.config, QStringLiteral("demo"), options);
        QVERIFY(session.bookings());
        auto frozen = freeze();
        BookingsPage page(&session);
        page.resize(1400, 900);
        QSignalSpy done(&page, &Page::loaded);
        page.refresh();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));
        // The page's window: the 24 whole hours before this one.
        const QDateTime to = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
        const QDateTime from = to.addDays(-1);
        const QString line = owner(QStringLiteral("SELECT count(*), (SELECT count(*) FROM booking.checkouts WHERE vertical = 'barbershop' AND "
                                                  "started_at >= '%1' AND started_at < '%2') FROM booking.bookings WHERE vertical = 'barbershop' "
                                                  "AND created_at >= '%1' AND created_at < '%2'")
                                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        const QString city = owner(QStringLiteral("SELECT count(*) FROM booking.bookings WHERE city = 'buenos_aires' AND created_at >= '%1' "
                                                  "AND created_at < '%2'")
                                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        thaw(std::move(frozen));
        const QStringList f = line.split(u'|');
        QCOMPARE(f.size(), 2);
        const QLocale locale;
        QCOMPARE(page.verticalCell(QStringLiteral("barbershop"), 1), locale.toString(f[0].toLongLong()));
        const QString conversion = locale.toString(100.0 * f[0].toDouble() / f[1].toDouble(), 'f', 1) + QStringLiteral(" %");
        QCOMPARE(page.verticalCell(QStringLiteral("barbershop"), 5), conversion);
        // Per city too, every vertical together.
        QCOMPARE(page.cityCell(QStringLiteral("buenos_aires"), 0), QStringLiteral("Buenos Aires"));
        QCOMPARE(page.cityCell(QStringLiteral("buenos_aires"), 1), locale.toString(city.toLongLong()));
        // Payment success is shown for each provider the platform uses.
        QVERIFY(page.providerCell(QStringLiteral("mercadopago"), 3).endsWith(QStringLiteral(" %")));
        // Córdoba chosen on the map: the verticals' bookings are Córdoba's, which add up to its
        // row in the cities' table; all regions again gives the database's figure back.
        auto verticalsTotal = [&] {
            qint64 sum = 0;
            for (const Vertical& v : session.config().verticals)
                sum += locale.toLongLong(page.verticalCell(v.id, 1));
            return sum;
        };
        const qint64 everywhere = verticalsTotal();
        page.setRegion(QStringLiteral("cordoba"));
        const qint64 cordoba = locale.toLongLong(page.cityCell(QStringLiteral("cordoba"), 1));
        QVERIFY(cordoba > 0);
        QVERIFY(cordoba < everywhere);
        QCOMPARE(verticalsTotal(), cordoba);
        page.setRegion({});
        QCOMPARE(verticalsTotal(), everywhere);
        QCOMPARE(page.verticalCell(QStringLiteral("barbershop"), 1), locale.toString(f[0].toLongLong()));
        QFile::remove(options.cachePath);
    }

    void theVerticalDashboardCountsBookingsInTheDatabase()
    {
        const QString path = m_state + QStringLiteral("/atalaya-demo.json");
        ConfigLoadResult loaded = await(QtConcurrent::run([path] { return ConfigLoader::load(path); }));
        SessionOptions options;
        options.cachePath = QDir::temp().filePath(QStringLiteral("tst_bookingsdb-v-%1.db").arg(QCoreApplication::applicationPid()));
        auto cleanup = qScopeGuard([&] { QFile::remove(options.cachePath); });
        Session session(loaded.config, QStringLiteral("demo"), options);
        VerticalDashboardPage page(&session);
        page.resize(1500, 900);
        page.show();
        page.setVertical(QStringLiteral("barbershop"));
        page.setRange(TimeRange::last(std::chrono::hours(12)));
        QSignalSpy done(&page, &Page::loaded);
        page.refresh();
        QVERIFY(done.wait(60000));
        auto* panel = page.findChild<ChartPanel*>(QStringLiteral("bookingsPanel"));
        QVERIFY(panel);
        // Hourly counts from the database: about 12 points (Prometheus' estimate would have hundreds),
        // the last whole hour equal to an independent count.
        auto points = [panel] {
            std::vector<QPointF> out;
            auto* plot = panel->findChild<TimePlot*>();
            for (int line = 0; line < plot->lineCount(); ++line)
                for (const QPolygonF& segment : plot->drawnSegments(line))
                    for (const QPointF& p : segment)
                        out.push_back(p);
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!points().empty() && points().size() <= 14, 20000);
        const auto drawn = points();
        const QDateTime lastHour = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600 - 3600, Qt::UTC);
        double last = -1;
        for (const QPointF& p : drawn)
            if (qint64(p.x()) == lastHour.toMSecsSinceEpoch())
                last = p.y();
        QVERIFY2(last >= 0, "no point for the last whole hour");
        auto frozen = freeze();
        const QString count = owner(QStringLiteral("SELECT count(*) FROM booking.bookings WHERE vertical = 'barbershop' AND created_at >= '%1' "
                                                   "AND created_at < '%2'")
                                        .arg(lastHour.toString(Qt::ISODate), lastHour.addSecs(3600).toString(Qt::ISODate)));
        thaw(std::move(frozen));
        QCOMPARE(qint64(last), count.toLongLong());
    }

    void whenTheDatabaseGoesTheCacheAnswers()
    {
        Relay relay(quint16(m_db.port));
        QVERIFY(relay.listen(QHostAddress::LocalHost));
        DatabaseConfig c = m_db;
        c.port = relay.serverPort();
        c.connectTimeout = std::chrono::seconds(2);
        QTemporaryDir dir;
        cache::Cache cache(dir.filePath(QStringLiteral("cache.db")));
        QCOMPARE(await(cache.opened()), QString());
        BookingsDatabase db(c, QStringLiteral("demo"), &cache);
        const QDateTime to = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
        const auto live = await(db.bookingsHourly(to.addSecs(-6 * 3600), to));
        QVERIFY2(live.ok(), live.ok() ? "" : qPrintable(live.error().toDisplayString()));
        QCOMPARE(live.value().cachedAtMs, qint64(0));
        QVERIFY(!live.value().rows.empty());
        // The database is gone: the same question is answered from the cache, and says so.
        relay.cut();
        const auto offline = await(db.bookingsHourly(to.addSecs(-6 * 3600), to));
        QVERIFY2(offline.ok(), offline.ok() ? "" : qPrintable(offline.error().toDisplayString()));
        QVERIFY(offline.value().cachedAtMs > 0);
        QCOMPARE(offline.value().rows.size(), live.value().rows.size());
        qint64 a = 0, b = 0;
        for (const auto& r : live.value().rows)
            a += r.bookings;
        for (const auto& r : offline.value().rows)
            b += r.bookings;
        QCOMPARE(b, a);
        // Offline review (--offline): the database is never asked, the cache answers.
        BookingsDatabase review(c, QStringLiteral("demo"), &cache, true);
        const auto reviewed = await(review.bookingsHourly(to.addSecs(-6 * 3600), to));
        QVERIFY2(reviewed.ok(), reviewed.ok() ? "" : qPrintable(reviewed.error().toDisplayString()));
        QCOMPARE(reviewed.value().rows.size(), live.value().rows.size());
        const auto notCached = await(review.paymentsHourly(to.addSecs(-6 * 3600), to));
        QVERIFY(!notCached.ok());
        QCOMPARE(notCached.error().kind, ApiError::Kind::NotCached);
        // A question never asked before has nothing cached: the error, naming the cause.
        const auto never = await(db.bookingsHourly(to.addSecs(-30 * 3600), to.addSecs(-24 * 3600)));
        QVERIFY(!never.ok());
        QVERIFY(never.error().kind == ApiError::Kind::Transport || never.error().kind == ApiError::Kind::Timeout);
    }

    void theReaderReadsViewsOnly()
    {
        // The contract is all the role sees: a base table is not even readable through the console's connection.
        BookingsDatabase db(m_db, QStringLiteral("demo"));
        const auto ok = await(db.providersDaily(QDate::currentDate().addDays(-3), QDate::currentDate()));
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().toDisplayString()));
        QVERIFY(!ok.value().rows.empty());
        const QString grants = owner(QStringLiteral("SELECT has_table_privilege('%1', 'booking.bookings', 'SELECT')").arg(m_db.user));
        QCOMPARE(grants, QStringLiteral("f"));
    }

    void aWrongPasswordSaysSo()
    {
        DatabaseConfig c = m_db;
        c.passwordEnv = QStringLiteral("ATALAYA_TEST_WRONG_PASSWORD");
        qputenv("ATALAYA_TEST_WRONG_PASSWORD", "not-the-password");
        BookingsDatabase db(c, QStringLiteral("demo"));
        const auto r = await(db.bookingsHourly(QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        const QString text = r.error().toDisplayString();
        QVERIFY2(text.contains(QStringLiteral("wrong password for user %1").arg(c.user)), qPrintable(text));
        QVERIFY2(text.contains(c.displayName()), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("not-the-password")));
    }

    void anUnreachableHostSaysSo()
    {
        DatabaseConfig c = m_db;
        c.port = freePort();
        BookingsDatabase db(c, QStringLiteral("demo"));
        QElapsedTimer t;
        t.start();
        const auto r = await(db.bookingsHourly(QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Transport);
        QVERIFY2(r.error().toDisplayString().contains(QStringLiteral("unreachable")), qPrintable(r.error().toDisplayString()));
        QVERIFY(t.elapsed() < 10000);
        // A second try within the backoff fails at once and says when the next attempt is.
        const auto again = await(db.bookingsHourly(QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc()));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("next attempt")), qPrintable(again.error().message));
    }

    void aMissingViewSlowViewsAndCancel()
    {
        // The owner renames one view away, and puts a slow one in place of another.
        owner(QStringLiteral("ALTER VIEW atalaya.providers_daily RENAME TO providers_daily_away"));
        // The sleep sits in a function of its own: joined to the rows, it would never run when the
        // last hour has no payments (a nested loop skips its inner side for an empty outer one).
        owner(QStringLiteral("ALTER VIEW atalaya.payments_hourly RENAME TO payments_hourly_real; "
                             "CREATE FUNCTION atalaya.slow_payments() RETURNS SETOF atalaya.payments_hourly_real LANGUAGE sql VOLATILE AS "
                             "'SELECT pg_sleep(3); SELECT * FROM atalaya.payments_hourly_real'; "
                             "CREATE VIEW atalaya.payments_hourly AS SELECT * FROM atalaya.slow_payments(); "
                             "GRANT SELECT ON atalaya.payments_hourly TO %1")
                  .arg(m_db.user));
        auto restore = qScopeGuard([this] {
            owner(QStringLiteral("ALTER VIEW atalaya.providers_daily_away RENAME TO providers_daily"));
            owner(QStringLiteral("DROP VIEW atalaya.payments_hourly; DROP FUNCTION atalaya.slow_payments(); "
                                 "ALTER VIEW atalaya.payments_hourly_real RENAME TO payments_hourly"));
        });
        const QDateTime to = QDateTime::currentDateTimeUtc();
        {
            BookingsDatabase db(m_db, QStringLiteral("demo"));
            const auto missing = await(db.providersDaily(QDate::currentDate().addDays(-3), QDate::currentDate()));
            QVERIFY(!missing.ok());
            QVERIFY2(missing.error().message.contains(QStringLiteral("view of the contract is missing")), qPrintable(missing.error().message));
            QVERIFY2(missing.error().message.contains(QStringLiteral("providers_daily")), qPrintable(missing.error().message));
            // The same connection goes on working.
            const auto fine = await(db.bookingsHourly(to.addSecs(-3600 * 3), to));
            QVERIFY2(fine.ok(), fine.ok() ? "" : qPrintable(fine.error().toDisplayString()));

            // Canceled by the user half-way.
            QElapsedTimer t;
            t.start();
            auto slow = db.paymentsHourly(to.addSecs(-3600), to);
            QTest::qWait(500);
            db.cancel();
            const auto canceled = await(slow);
            QVERIFY(!canceled.ok());
            QCOMPARE(canceled.error().kind, ApiError::Kind::Canceled);
            QVERIFY2(t.elapsed() < 2900, qPrintable(QString::number(t.elapsed())));
        }
        {
            DatabaseConfig c = m_db;
            c.statementTimeout = std::chrono::milliseconds(800);
            BookingsDatabase db(c, QStringLiteral("demo"));
            const auto timedOut = await(db.paymentsHourly(to.addSecs(-3600), to));
            QVERIFY(!timedOut.ok());
            QCOMPARE(timedOut.error().kind, ApiError::Kind::Timeout);
            QVERIFY2(timedOut.error().message.contains(QStringLiteral("800 ms")), qPrintable(timedOut.error().message));
            const auto fine = await(db.bookingsHourly(to.addSecs(-3600 * 3), to));
            QVERIFY2(fine.ok(), fine.ok() ? "" : qPrintable(fine.error().toDisplayString()));
        }
    }
};

QTEST_MAIN(TestBookingsDb)
#include "tst_bookingsdb.moc"

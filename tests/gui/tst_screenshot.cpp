// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real console with --screenshot against the demo stack started by the suite
// (CTest fixture demo_stack) and looks at what it drew.

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "consolerun.h"

namespace {

QString demoConfig()
{
    return qEnvironmentVariable("ATALAYA_DEMO_STATE") + QStringLiteral("/atalaya-demo.json");
}

using atalaya::test::runConsole;
using Run = atalaya::test::ConsoleRun;

/// How many distinct colours, coarsely quantised: a blank or single-colour image has very few.
int colourVariety(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    return colours.size();
}

/// Pixels of a colour close to @p target inside @p area.
int pixelsNear(const QImage& image, QColor target, QRect area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - target.red()) < 40 && std::abs(c.green() - target.green()) < 40
                && std::abs(c.blue() - target.blue()) < 40)
                ++n;
        }
    return n;
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(demoConfig()), "the demo stack fixture did not start (no config written)");
        QVERIFY(m_dir.isValid());
    }

    void verticalDashboardShowsSevenDays()
    {
        const QString file = m_dir.filePath(QStringLiteral("barbershop.png"));
        const Run run = runConsole({ QStringLiteral("--config"), demoConfig(), QStringLiteral("--screenshot"), file,
                                     QStringLiteral("--page"), QStringLiteral("vertical"), QStringLiteral("--vertical"),
                                     QStringLiteral("barbershop"), QStringLiteral("--range"), QStringLiteral("7d") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1000));
        QVERIFY2(colourVariety(image) > 40, "the screenshot looks blank");
        // The p95 line (amber) and the request-rate line (green) were drawn.
        QVERIFY(pixelsNear(image, QColor(0xf2, 0xc9, 0x4c), image.rect()) > 500);
        QVERIFY(pixelsNear(image, QColor(0x56, 0xc2, 0x8a), image.rect()) > 500);
        if (!qEnvironmentVariableIsEmpty("ATALAYA_SCREENSHOT_DIR"))
            image.save(qEnvironmentVariable("ATALAYA_SCREENSHOT_DIR") + QStringLiteral("/vertical-barbershop.png"));
    }

    void overviewListsVerticals()
    {
        const QString file = m_dir.filePath(QStringLiteral("overview.png"));
        const Run run = runConsole({ QStringLiteral("--config"), demoConfig(), QStringLiteral("--screenshot"), file,
                                     QStringLiteral("--page"), QStringLiteral("overview") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QImage image(file);
        QCOMPARE(image.size(), QSize(1600, 1000));
        // Status dots: green for healthy verticals.
        QVERIFY(pixelsNear(image, QColor(0x2e, 0xa0, 0x43), image.rect()) > 50);
        if (!qEnvironmentVariableIsEmpty("ATALAYA_SCREENSHOT_DIR"))
            image.save(qEnvironmentVariable("ATALAYA_SCREENSHOT_DIR") + QStringLiteral("/overview.png"));
    }

    void unreachablePrometheusSaysWhere()
    {
        // A port nothing listens on: the console still renders, and says what failed where.
        const QString config = m_dir.filePath(QStringLiteral("dead.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"defaultEnvironment\": \"dead\", \"environments\": [{\"name\": \"dead\", \"sources\": "
                "{\"prometheus\": {\"url\": \"http://127.0.0.1:9\", \"timeout\": \"3s\"}}}]}");
        f.close();
        const QString file = m_dir.filePath(QStringLiteral("dead.png"));
        const Run run = runConsole({ QStringLiteral("--config"), config, QStringLiteral("--screenshot"), file,
                                     QStringLiteral("--page"), QStringLiteral("vertical") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.stderrText.contains(QStringLiteral("127.0.0.1:9")), qPrintable(run.stderrText));
        QVERIFY(QFile::exists(file));
    }

    void badConfigKeyStartsOnDefaults()
    {
        const QString config = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"refreshIntervall\": \"30s\"}");
        f.close();
        const Run run = runConsole({ QStringLiteral("--config"), config, QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        const Run shot = runConsole({ QStringLiteral("--config"), config, QStringLiteral("--screenshot"),
                                      m_dir.filePath(QStringLiteral("bad.png")), QStringLiteral("--environment"),
                                      QStringLiteral("local") });
        // Defaults point at 127.0.0.1:9090, where nothing may listen: either way the problem is named.
        QVERIFY2(shot.stderrText.contains(QStringLiteral("refreshIntervall")), qPrintable(shot.stderrText));
        QVERIFY2(shot.stderrText.contains(config), qPrintable(shot.stderrText));
    }

    void versionPrintsName()
    {
        QProcess p;
        p.start(QStringLiteral(ATALAYA_BINARY), { QStringLiteral("--version") });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("atalaya ")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"

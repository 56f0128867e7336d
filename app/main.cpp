// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <cstdio>
#include <ctime>
#include <memory>

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFutureWatcher>
#include <QIcon>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>

#include "config/config.h"
#include "domain/querytiming.h"
#include "logging.h"
#include "cache/cache.h"
#include "sources/session.h"
#include "sources/snapshot.h"
#include "degradation/monitor.h"
#include "ui/mainwindow.h"
#include "ui/timeplot.h"
#include "ui/theme.h"
#include "util/allocator.h"
#include "util/workpool.h"

using namespace atalaya;

namespace {

struct Options
{
    std::optional<QString> configPath;
    QString environment;
    QString screenshot;
    QString page = QStringLiteral("overview");
    QString vertical;
    QString region;
    std::optional<std::chrono::seconds> range;
    bool verbose = false;
    SessionOptions session;
    QString dialog; ///< --dialog: an action dialog to show (with --page deployments)
    bool snapshot = false;
    QString snapshotOut;
};

/// Writes @p bytes to @p file off the GUI thread; the future holds an error, or nothing.
QFuture<QString> writeFile(const QString& file, const QByteArray& bytes)
{
    return QtConcurrent::run(workPool(), [file, bytes]() -> QString {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return QApplication::translate("main", "cannot write %1: %2").arg(file, out.errorString());
        return {};
    });
}

/// --screenshot and --snapshot run without a display unless the user chose a platform.
void chooseOffscreenForScreenshots(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--screenshot" || arg.startsWith("--screenshot=") || arg == "--snapshot")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

void installTranslators(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    // English is the source language; its catalogue only carries plural forms ("1 warning").
    if (ours->load(locale, QStringLiteral("atalaya"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/atalaya_en.qm")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

/// Times show in the configured zone (America/Argentina/Buenos_Aires by default) whatever the
/// machine's zone: chart axes and labels use local time, so the process's zone is set to it.
void applyTimeZone(const QString& zone)
{
    if (qEnvironmentVariableIsSet("ATALAYA_KEEP_TZ"))
        return;
    qputenv("TZ", zone.toUtf8());
    tzset();
}

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "atalaya: %s\n", qPrintable(message));
    spdlog::error("{}", message.toStdString());
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    tuneAllocator();
    chooseOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("atalaya"));
    QApplication::setApplicationDisplayName(QStringLiteral("Atalaya"));
    QApplication::setApplicationVersion(QStringLiteral(ATALAYA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("atalaya"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/atalaya/icons/atalaya.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Operations console for a multi-vertical booking platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QApplication::translate("main", "Configuration file to use."),
                                       QStringLiteral("path"));
    const QCommandLineOption envOpt(QStringLiteral("environment"),
                                    QApplication::translate("main", "Environment to open (default: the configured one)."),
                                    QStringLiteral("name"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QApplication::translate("main", "Log debug messages to stderr."));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QApplication::translate("main", "Render the page offscreen once its data has loaded, save it as PNG and exit."),
                                     QStringLiteral("file.png"));
    const QCommandLineOption pageOpt(QStringLiteral("page"),
                                     QApplication::translate("main", "Page to open: %1.").arg(MainWindow::pageNames().join(u", ")),
                                     QStringLiteral("name"));
    const QCommandLineOption verticalOpt(QStringLiteral("vertical"), QApplication::translate("main", "Vertical to show."),
                                         QStringLiteral("id"));
    const QCommandLineOption regionOpt(QStringLiteral("region"),
                                       QApplication::translate("main", "Region to filter the dashboards to, e.g. cordoba."),
                                       QStringLiteral("id"));
    const QCommandLineOption rangeOpt(QStringLiteral("range"), QApplication::translate("main", "Time range, e.g. 15m, 6h, 7d."),
                                      QStringLiteral("duration"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QApplication::translate("main", "Language, e.g. es_AR, pt_BR, en."),
                                     QStringLiteral("locale"));
    const QCommandLineOption offlineOpt(QStringLiteral("offline"),
                                        QApplication::translate("main", "Offline review: show what the local cache holds; ask no source."));
    const QCommandLineOption openOpt(QStringLiteral("open"),
                                     QApplication::translate("main", "Open an exported window (a .atalaya file) read-only, offline."),
                                     QStringLiteral("file"));
    const QCommandLineOption cacheOpt(QStringLiteral("cache"),
                                      QApplication::translate("main", "Cache file to use (default: per environment, under the user's cache folder)."),
                                      QStringLiteral("file"));
    const QCommandLineOption snapshotOpt(QStringLiteral("snapshot"),
                                         QApplication::translate("main", "Headless: fetch every source into the cache, write a JSON summary (--out) and exit: 0 when every source answered, 2 otherwise."));
    const QCommandLineOption outOpt(QStringLiteral("out"), QApplication::translate("main", "Where --snapshot writes its summary."),
                                    QStringLiteral("file.json"));
    const QCommandLineOption dialogOpt(QStringLiteral("dialog"),
                                       QApplication::translate("main", "Open the scale, rollback or restart dialog of the first deployment, or the degradation level dialog of the --vertical (its preview; nothing runs without confirmation)."),
                                       QStringLiteral("action"));
    parser.addOptions({ configOpt, envOpt, verboseOpt, shotOpt, pageOpt, verticalOpt, regionOpt, rangeOpt, langOpt, offlineOpt, openOpt,
                        cacheOpt, snapshotOpt, outOpt, dialogOpt });
    parser.process(app);

    installTranslators(app, parser.value(langOpt));

    Options opt;
    if (parser.isSet(configOpt))
        opt.configPath = parser.value(configOpt);
    opt.environment = parser.value(envOpt);
    opt.screenshot = parser.value(shotOpt);
    opt.verbose = parser.isSet(verboseOpt);
    if (parser.isSet(pageOpt))
        opt.page = parser.value(pageOpt);
    opt.vertical = parser.value(verticalOpt);
    opt.region = parser.value(regionOpt);
    if (parser.isSet(rangeOpt)) {
        const auto d = parsePromDuration(parser.value(rangeOpt));
        if (!d || d->count() < 60000)
            return fail(QApplication::translate("main", "--range: \"%1\" is not a duration of at least 1m (examples: 15m, 6h, 7d)")
                            .arg(parser.value(rangeOpt)),
                        1);
        opt.range = std::chrono::duration_cast<std::chrono::seconds>(*d);
    }
    opt.session.offline = parser.isSet(offlineOpt);
    opt.session.cachePath = parser.value(cacheOpt);
    if (parser.isSet(openOpt)) {
        opt.session.cachePath = parser.value(openOpt);
        opt.session.readOnly = true;
        opt.session.offline = true;
    }
    opt.dialog = parser.value(dialogOpt);
    if (!opt.dialog.isEmpty() && (opt.dialog != u"scale" && opt.dialog != u"rollback" && opt.dialog != u"restart" && opt.dialog != u"level"))
        return fail(QApplication::translate("main", "--dialog: \"%1\" is not scale, rollback, restart or level").arg(opt.dialog), 1);
    if (!opt.dialog.isEmpty())
        opt.page = opt.dialog == u"level" ? QStringLiteral("degradation") : QStringLiteral("deployments");
    opt.snapshot = parser.isSet(snapshotOpt);
    opt.snapshotOut = parser.value(outOpt);
    if (opt.snapshot && opt.snapshotOut.isEmpty())
        return fail(QApplication::translate("main", "--snapshot needs --out FILE.json"), 1);
    if (opt.snapshot && opt.session.offline)
        return fail(QApplication::translate("main", "--snapshot fetches from the sources: it cannot be combined with --offline or --open"), 1);
    if (!MainWindow::pageNames().contains(opt.page))
        return fail(QApplication::translate("main", "--page: unknown page \"%1\" (pages: %2)")
                        .arg(opt.page, MainWindow::pageNames().join(u", ")),
                    1);

    const QString logFile = setupLogging(opt.verbose);
    spdlog::info("atalaya {} starting; log file {}", ATALAYA_VERSION, logFile.toStdString());
    applyWarRoomTheme(app);

    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    int exitCode = 0;

    // The configuration is read off the GUI thread; the window appears when it is ready.
    QFuture<ConfigLoadResult> loading = QtConcurrent::run(workPool(), [path = opt.configPath] { return ConfigLoader::load(path); });
    loading.then(&app, [&](const ConfigLoadResult& loaded) {
        for (const auto& p : loaded.problems) {
            spdlog::error("configuration: {}", p.toDisplayString().toStdString());
            std::fprintf(stderr, "atalaya: %s\n", qPrintable(p.toDisplayString()));
        }
        applyTimeZone(loaded.config.timeZone);
        QString envName = opt.environment.isEmpty() ? loaded.config.defaultEnvironment : opt.environment;
        if (!loaded.config.environment(envName)) {
            exitCode = fail(QApplication::translate("main", "--environment: no environment is named \"%1\"").arg(envName), 1);
            app.exit(exitCode);
            return;
        }
        session = std::make_unique<Session>(loaded.config, envName, opt.session);
        if (!session->isReadOnly()) {
            // Retention runs on the cache thread; pinned windows are kept.
            const qint64 cutoff = QDateTime::currentMSecsSinceEpoch()
                - static_cast<qint64>(loaded.config.cacheRetentionDays * 86400.0 * 1000.0);
            session->cache()->applyRetention(cutoff);
        }
        if (opt.session.readOnly) {
            // An exported file that cannot be opened is the whole point of this run: say so and stop.
            session->cache()->opened().then(&app, [&](const QString& error) {
                if (!error.isEmpty()) {
                    exitCode = fail(QApplication::translate("main", "--open: %1").arg(error), 1);
                    app.exit(exitCode);
                }
            });
        }
        if (opt.snapshot) {
            auto* snapshot = new Snapshot(session.get(), &app);
            QObject::connect(snapshot, &Snapshot::finished, &app, [&](const QJsonObject& summary, bool allAnswered) {
                const QByteArray json = QJsonDocument(summary).toJson(QJsonDocument::Indented);
                writeFile(opt.snapshotOut, json).then(&app, [&, allAnswered](const QString& error) {
                    if (!error.isEmpty())
                        exitCode = fail(error, 2);
                    else if (!allAnswered)
                        exitCode = fail(QApplication::translate("main", "snapshot written to %1, but not every source answered").arg(opt.snapshotOut), 2);
                    app.exit(exitCode);
                });
            });
            snapshot->start();
            return;
        }
        window = std::make_unique<MainWindow>(session.get(), loaded.problems);
        if (opt.range)
            window->setRange(*opt.range);
        if (!opt.vertical.isEmpty() && !window->setVertical(opt.vertical)) {
            exitCode = fail(QApplication::translate("main", "--vertical: no vertical is named \"%1\"").arg(opt.vertical), 1);
            app.exit(exitCode);
            return;
        }
        if (!opt.region.isEmpty() && !window->setRegion(opt.region)) {
            QStringList known;
            for (const Region& r : session->config().regions)
                known << r.id;
            exitCode = fail(QApplication::translate("main", "--region: no region is named \"%1\" (known: %2)")
                                .arg(opt.region, known.join(QStringLiteral(", "))),
                            1);
            app.exit(exitCode);
            return;
        }

        if (!opt.screenshot.isEmpty()) {
            window->resize(1600, 1000);
            // The overview also shows the recommendation cards and each vertical's degradation level:
            // they follow the monitor's own queries and its read of the flag store.
            auto whenEvaluated = [&](std::function<void()> next) {
                degradation::DegradationMonitor* monitor = window->degradationMonitor();
                auto ready = [&, monitor] {
                    const degradation::LiveDocument& live = monitor->live();
                    return window->recommendationsEvaluated() && (live.readAtMs > 0 || !live.error.isEmpty());
                };
                if (opt.page != u"overview" || ready())
                    return next();
                auto done = std::make_shared<bool>(false);
                auto check = [ready, next, done] {
                    if (!*done && ready()) {
                        *done = true;
                        next();
                    }
                };
                QObject::connect(monitor, &degradation::DegradationMonitor::evaluationsChanged, &app, check);
                QObject::connect(monitor, &degradation::DegradationMonitor::liveChanged, &app, check);
            };
            QObject::connect(window.get(), &MainWindow::pageLoaded, &app, [&, whenEvaluated](bool ok, const QString& error) {
              whenEvaluated([&, ok, error] {
                // Give the charts one more event-loop turn to lay out and paint the new data.
                QDialog* dialog = !ok || opt.dialog.isEmpty() ? nullptr
                                  : opt.dialog == u"level"  ? window->openLevelDialog()
                                                            : window->openActionDialog(opt.dialog);
                if (dialog)
                    dialog->resize(opt.dialog == u"level" ? QSize(1000, 880) : QSize(900, 640));
                // A dialog reads more (the revision history) before it is complete.
                // And the charts still waiting for their turn to draw are drawn first.
                auto shoot = std::make_shared<std::function<void()>>();
                *shoot = [&, ok, error, dialog, later = std::weak_ptr(shoot)] {
                    if (TimePlot::drawingQueued()) {
                        QTimer::singleShot(20, &app, [again = later.lock()] { (*again)(); });
                        return;
                    }
                    const QImage image = dialog ? dialog->grab().toImage() : window->grab().toImage();
                    const QString file = opt.screenshot;
                    // Encoding and writing the PNG is file I/O: off the GUI thread.
                    QtConcurrent::run(workPool(), [image, file] { return image.save(file, "PNG"); })
                        .then(&app, [&, ok, error, file](bool saved) {
                            if (!saved)
                                exitCode = fail(QApplication::translate("main", "cannot write the screenshot to %1").arg(file), 2);
                            else if (!ok)
                                exitCode = fail(QApplication::translate("main", "screenshot written to %1, but data could not load: %2")
                                                    .arg(file, error),
                                                2);
                            app.exit(exitCode);
                        });
                };
                QTimer::singleShot(dialog ? 2500 : 200, &app, [shoot] { (*shoot)(); });
              });
            }, Qt::SingleShotConnection);
            QTimer::singleShot(120000, &app, [&] {
                exitCode = fail(QApplication::translate("main", "timed out waiting for the page's data"), 3);
                app.exit(exitCode);
            });
        }
        window->show();
        // Once the window has its real size, the page asks for as many points as it has pixels.
        QTimer::singleShot(0, window.get(), [&] { window->showPage(opt.page); });
    });

    const int rc = app.exec();
    window.reset();
    session.reset();
    shutdownLogging();
    return rc != 0 ? rc : exitCode;
}

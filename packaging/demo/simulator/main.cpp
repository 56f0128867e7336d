// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// atalaya-simulator: what a backend of the booking platform exposes to Prometheus, for the local
// demo stack and the integration tests (see packaging/demo/README.md).
//   --listen 127.0.0.1:PORT --history-start T0 [--history-end T1] [--state FILE]   serve /metrics live
//   --backfill FILE --history-start T0 --end T1 [--from TA] [--history-end T1]      write OpenMetrics history
//   --free-port                                                             print a free loopback port
//   --wait-http URL [--expect TEXT] [--timeout S]                           wait for a URL to answer

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>

#include "backfillwriter.h"
#include "httpwaiter.h"
#include "livemetrics.h"
#include "metricsserver.h"
#include "statefile.h"

using namespace atalaya::sim;

namespace {

double now()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "atalaya-simulator: %s\n", qPrintable(message));
    return 1;
}

bool seconds(const QCommandLineParser& parser, const QCommandLineOption& option, double* value)
{
    bool ok = false;
    *value = parser.value(option).toDouble(&ok);
    return ok && std::isfinite(*value) && *value >= 0;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return fail(QStringLiteral("cannot bind a loopback port: %1").arg(probe.errorString()));
    std::printf("%u\n", static_cast<unsigned>(probe.serverPort()));
    return 0;
}

int waitHttp(QCoreApplication& app, const QString& url, const QString& expected, int timeout)
{
    HttpWaiter waiter(QUrl(url), expected.toUtf8(), timeout);
    int code = 1;
    QObject::connect(&waiter, &HttpWaiter::finished, &app, [&](bool ok) {
        if (!ok)
            std::fprintf(stderr, "atalaya-simulator: %s did not answer within %d s: %s\n", qPrintable(url), timeout,
                qPrintable(waiter.lastProblem()));
        code = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    waiter.start();
    app.exec();
    return code;
}

int backfill(const QString& path, double start, double historyEnd, double from, double end, int step,
    const QString& job, const QString& instance)
{
    // Every part of a history is written with the same model: the same history end.
    const SimulatorModel model(start, historyEnd);
    const MetricSet set;
    std::FILE* out = path == QLatin1String("-") ? stdout : std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!out)
        return fail(QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    std::setvbuf(out, nullptr, _IONBF, 0); // the writer hands over 8 MiB chunks
    QElapsedTimer timer;
    timer.start();
    BackfillWriter::Options options;
    options.from = from;
    options.end = end;
    options.step = step;
    options.job = job.toStdString();
    options.instance = instance.toStdString();
    BackfillWriter::Stats stats;
    std::string error;
    const auto sink = [out](std::string_view chunk) {
        return std::fwrite(chunk.data(), 1, chunk.size(), out) == chunk.size();
    };
    const bool written = BackfillWriter(model, set).write(options, sink, &stats, &error);
    const bool closed = out == stdout ? std::fflush(out) == 0 : std::fclose(out) == 0;
    if (!written || !closed)
        return fail(
            QStringLiteral("cannot write %1: %2")
                .arg(path, written ? QString::fromLocal8Bit(std::strerror(errno)) : QString::fromStdString(error)));
    std::fprintf(stderr, "atalaya-simulator: %s: %zu series, %zu samples, %.1f MB in %.1f s\n", qPrintable(path),
        stats.series, stats.samples, static_cast<double>(stats.bytes) / 1e6,
        static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atalaya-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATALAYA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The booking platform's simulator for Atalaya's demo stack."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"), QStringLiteral("Serve /metrics on HOST:PORT."), QStringLiteral("host:port"));
    const QCommandLineOption backfillOpt(QStringLiteral("backfill"),
        QStringLiteral("Write the history as OpenMetrics text to FILE (- for stdout)."), QStringLiteral("file"));
    const QCommandLineOption startOpt(QStringLiteral("history-start"),
        QStringLiteral("Unix seconds the history (every counter) starts at."), QStringLiteral("t0"));
    const QCommandLineOption endOpt(
        QStringLiteral("end"), QStringLiteral("Unix seconds of the backfill's last sample."), QStringLiteral("t1"));
    const QCommandLineOption historyEndOpt(QStringLiteral("history-end"),
        QStringLiteral("Unix seconds the whole backfilled history ends at; it places the scripted incident on the "
                       "night before (default: --end; live: the state file's, else now)."),
        QStringLiteral("t1"));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
        QStringLiteral("First sample of the backfill (default: the history's start)."), QStringLiteral("ta"));
    const QCommandLineOption stepOpt(QStringLiteral("step"), QStringLiteral("Backfill resolution, a multiple of 60 s."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption jobOpt(QStringLiteral("job"), QStringLiteral("job label of the backfilled series."),
        QStringLiteral("name"), QStringLiteral("barberpro-backend"));
    const QCommandLineOption instanceOpt(QStringLiteral("instance"),
        QStringLiteral("instance label of the backfilled series."), QStringLiteral("name"), QStringLiteral("sim-1"));
    const QCommandLineOption stateOpt(QStringLiteral("state"),
        QStringLiteral("Live: keep control changes in FILE across restarts."), QStringLiteral("file"));
    const QCommandLineOption freeOpt(
        QStringLiteral("free-port"), QStringLiteral("Print a free loopback port and exit."));
    const QCommandLineOption waitOpt(QStringLiteral("wait-http"),
        QStringLiteral("Wait until URL answers 2xx (see --expect, --timeout); exit 0 if it did."),
        QStringLiteral("url"));
    const QCommandLineOption expectOpt(QStringLiteral("expect"),
        QStringLiteral("With --wait-http: text the answer must contain."), QStringLiteral("text"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("With --wait-http: seconds to wait."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({ listenOpt, backfillOpt, startOpt, endOpt, historyEndOpt, fromOpt, stepOpt, jobOpt, instanceOpt,
        stateOpt, freeOpt, waitOpt, expectOpt, timeoutOpt });
    parser.process(app);

    if (parser.isSet(freeOpt))
        return freePort();
    if (parser.isSet(waitOpt))
        return waitHttp(app, parser.value(waitOpt), parser.value(expectOpt), parser.value(timeoutOpt).toInt());

    double start = 0;
    if (!seconds(parser, startOpt, &start))
        return fail(QStringLiteral("--history-start T0 (unix seconds) is required"));
    start = std::floor(start / 60) * 60;

    if (parser.isSet(backfillOpt)) {
        double end = 0, from = start;
        if (!seconds(parser, endOpt, &end) || end < start)
            return fail(QStringLiteral("--end T1 (unix seconds, not before --history-start) is required"));
        if (parser.isSet(fromOpt) && (!seconds(parser, fromOpt, &from) || from > end))
            return fail(QStringLiteral("--from must be a time not after --end"));
        double historyEnd = end;
        if (parser.isSet(historyEndOpt) && (!seconds(parser, historyEndOpt, &historyEnd) || historyEnd < end))
            return fail(QStringLiteral("--history-end must be a time not before --end"));
        const int step = parser.value(stepOpt).toInt();
        if (step <= 0 || step % 60 != 0)
            return fail(QStringLiteral("--step must be a positive multiple of 60"));
        return backfill(parser.value(backfillOpt), start, historyEnd, from, end, step, parser.value(jobOpt),
            parser.value(instanceOpt));
    }

    if (!parser.isSet(listenOpt))
        return fail(
            QStringLiteral("nothing to do: give --listen, --backfill, --free-port or --wait-http (see --help)"));
    const QString listen = parser.value(listenOpt);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QHostAddress address(listen.left(colon).remove(u'[').remove(u']'));
    if (!portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen wants HOST:PORT with a numeric host, e.g. 127.0.0.1:9101"));

    double end = std::floor(now() / 60) * 60;
    const bool endGiven = parser.isSet(historyEndOpt);
    if (endGiven && !seconds(parser, historyEndOpt, &end))
        return fail(QStringLiteral("--history-end must be unix seconds"));

    std::unique_ptr<StateFile> state;
    std::string journal;
    if (parser.isSet(stateOpt)) {
        state = std::make_unique<StateFile>(parser.value(stateOpt));
        double savedEnd = end;
        QString message;
        if (state->load(start, &savedEnd, &journal, &message)) {
            if (!endGiven)
                end = savedEnd;
        } else {
            std::fprintf(stderr, "atalaya-simulator: starting a new state in %s (%s)\n", qPrintable(state->path()),
                qPrintable(message));
            journal.clear();
        }
    }

    SimulatorModel model(start, end);
    if (!journal.empty()) {
        std::string error;
        if (!model.overrides().replay(journal, &error))
            return fail(QStringLiteral("cannot replay %1: %2").arg(state->path(), QString::fromStdString(error)));
    }
    const MetricSet set;
    LiveMetrics live(model, set);
    if (state) {
        QString error;
        if (!state->save(start, end, model.overrides().journal(), &error))
            return fail(QStringLiteral("cannot write %1: %2").arg(state->path(), error));
    }

    MetricsServer server(live, state.get());
    if (!server.listen(address, static_cast<quint16>(port)))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(listen, server.errorString()));
    // Integrate the history now, so that the first scrape answers at once.
    QElapsedTimer timer;
    timer.start();
    live.exposition(now());
    std::fprintf(stderr,
        "atalaya-simulator: serving up to %zu series (a pod's while it exists) on %s (history from %.0f, integrated "
        "in %.1f s)\n",
        set.series().size(), qPrintable(listen), start, static_cast<double>(timer.elapsed()) / 1000.0);
    return app.exec();
}

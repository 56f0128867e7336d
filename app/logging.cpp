// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <spdlog/async.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QtGlobal>

namespace atalaya {

namespace {

QString stateDir()
{
    // XDG Base Directory: $XDG_STATE_HOME, default ~/.local/state.
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/atalaya");
}

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
        spdlog::error("qt: {}", text);
        break;
    case QtFatalMsg:
        spdlog::critical("qt: {}", text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

QString setupLogging(bool verbose)
{
    spdlog::init_thread_pool(8192, 1);
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    sinks.push_back(console);

    QString path;
    const QString dir = stateDir();
    if (QDir().mkpath(dir)) {
        path = dir + QStringLiteral("/atalaya.log");
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 3);
            file->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& e) {
            path.clear();
            console->log(spdlog::details::log_msg("atalaya", spdlog::level::warn,
                                                  fmt::format("cannot open the log file: {}", e.what())));
        }
    }
    auto logger = std::make_shared<spdlog::async_logger>("atalaya", sinks.begin(), sinks.end(), spdlog::thread_pool(),
                                                         spdlog::async_overflow_policy::overrun_oldest);
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ [%t] %v");
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageToSpdlog);
    return path;
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace atalaya::test {

struct ConsoleRun
{
    int exitCode = -1; ///< -2: did not finish in time; -3: crashed
    QString stderrText;
};

/// Runs the real console binary (ATALAYA_BINARY) offscreen, with GUI-thread I/O aborting
/// (ATALAYA_STRICT_THREADS=1) and @p extraEnvironment on top of this process's environment.
inline ConsoleRun runConsole(const QStringList& args, const QProcessEnvironment& extraEnvironment = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(ATALAYA_BINARY));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ATALAYA_STRICT_THREADS"), QStringLiteral("1")); // I/O on the GUI thread aborts
    env.insert(extraEnvironment);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(150000)) {
        p.kill();
        p.waitForFinished();
        return { -2, QString::fromUtf8(p.readAllStandardError()) };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace atalaya::test

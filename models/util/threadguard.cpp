// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/threadguard.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QThread>

namespace atalaya {

void assertNotGuiThread(const char* what)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return;
    spdlog::error("{} ran on the GUI thread", what);
    static const bool strict = qEnvironmentVariableIntValue("ATALAYA_STRICT_THREADS") == 1;
    if (strict)
        qFatal("%s ran on the GUI thread", what);
}

} // namespace atalaya

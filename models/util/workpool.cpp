// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/workpool.h"

#include <algorithm>

#include <QThread>
#include <QThreadPool>

namespace atalaya {

QThreadPool* workPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives as long as the process: jobs may still run at exit
        p->setObjectName(QStringLiteral("atalaya-work"));
        // Some jobs wait on a process or a file (kubectl, exports): more threads than cores, so
        // that two of those do not hold up a decode.
        p->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace atalaya

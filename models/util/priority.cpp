// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/priority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace atalaya {

namespace {

#ifdef Q_OS_LINUX
void lower(id_t who)
{
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id sets that thread's only.
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, who);
    if (errno == 0)
        setpriority(PRIO_PROCESS, who, current + kBackgroundNice);
}
#endif

} // namespace

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    lower(static_cast<id_t>(gettid()));
#endif
}

void lowerThisProcessPriority()
{
#ifdef Q_OS_LINUX
    lower(0);
#endif
}

} // namespace atalaya

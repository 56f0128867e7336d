// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>

namespace atalaya::test {

/// Waits for a future fulfilled on another thread, spinning this thread's event loop so that
/// queued work (continuations with a context object) runs meanwhile.
template<typename T>
T await(QFuture<T> future, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!future.isFinished())
        qFatal("no answer within %d ms", timeoutMs);
    return future.result();
}

} // namespace atalaya::test

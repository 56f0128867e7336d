// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace atalaya {

/// Calls @p fn with the future's result on @p context's thread once it is ready (never when
/// @p context is gone first). Built on QFutureWatcher, which delivers a future that is already
/// finished as well as one that finishes while it is being watched.
template<typename T, typename F>
void whenReady(QFuture<T> future, QObject* context, F fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, fn = std::move(fn)]() mutable {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            fn(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace atalaya

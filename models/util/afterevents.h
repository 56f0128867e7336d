// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace atalaya {

/// Calls @p fn on @p context's thread once the events posted there before it (a window's repaint)
/// and after it at normal priority have been handled: it is posted at Qt::LowEventPriority. Events
/// posted while the event loop is already delivering it may come after. For work that should not
/// share the cores with the frame the user waits for. Never called when @p context is gone first.
/// Call it on @p context's thread.
void afterPendingEvents(QObject* context, std::function<void()> fn);

} // namespace atalaya

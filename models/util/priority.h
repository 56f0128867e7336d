// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atalaya {

/// How much lower than the GUI thread the console's background threads and child processes run
/// (a nice increment: the kernel then gives the GUI thread about ten times their share of a
/// busy core, so a frame is not kept waiting behind a cache write or a kubectl).
inline constexpr int kBackgroundNice = 10;

/// Lowers the calling thread's scheduling priority by kBackgroundNice (Linux: the thread's own
/// nice value). Call it first thing on a background thread; it cannot be raised again without
/// privileges. Elsewhere it does nothing.
void lowerThisThreadsPriority();

/// The same for the calling process: for a child between fork and exec.
void lowerThisProcessPriority();

} // namespace atalaya

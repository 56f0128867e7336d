// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atalaya {

/// spdlog: a rotating file in the XDG state dir plus stderr. The logger is asynchronous, so
/// writing the file happens on spdlog's own thread, never on the GUI thread.
/// Returns the log file's path (empty if the file could not be opened; stderr still works).
QString setupLogging(bool verbose);
void shutdownLogging();

} // namespace atalaya

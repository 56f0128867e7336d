// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atalaya {

/// Called at I/O and decoding entry points. On the GUI (main) thread it logs an error, and
/// aborts when ATALAYA_STRICT_THREADS=1 (the test suite sets it), so a regression that moves
/// network, SQL, file or JSON work onto the GUI thread fails the tests.
void assertNotGuiThread(const char* what);

} // namespace atalaya

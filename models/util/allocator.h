// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atalaya {

/// The console builds and drops arrays of a few megabytes at every refresh (decoded series, cache
/// reads). With glibc's defaults each such array is a fresh mmap, and every page of it faults on
/// first touch: most of the cost of a cache read. This keeps arrays up to 32 MB on the heap and
/// gives memory back to the system only beyond 128 MB of free heap. Call once, first thing in main().
void tuneAllocator();

} // namespace atalaya

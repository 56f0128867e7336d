// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace atalaya {

/// Applies the dark war-room palette and style sheet (embedded resources; no file I/O).
void applyWarRoomTheme(QApplication& app);

} // namespace atalaya

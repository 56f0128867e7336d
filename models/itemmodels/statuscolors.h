// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace atalaya {

/// The traffic-light colours every view uses, readable on the dark war-room theme.
namespace StatusColors {
inline QColor ok() { return QColor(0x2e, 0xa0, 0x43); }
inline QColor warning() { return QColor(0xd2, 0x99, 0x22); }
inline QColor critical() { return QColor(0xe5, 0x48, 0x4d); }
inline QColor noData() { return QColor(0x80, 0x80, 0x80); }
} // namespace StatusColors

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace atalaya {

/// The health of a data source as the status bar shows it.
enum class SourceHealth
{
    Unknown, ///< not asked yet
    Ok,
    Slow, ///< answering, but slower than the slow threshold
    Failing, ///< the last request failed
    Offline, ///< not reachable at all
};

} // namespace atalaya

Q_DECLARE_METATYPE(atalaya::SourceHealth)

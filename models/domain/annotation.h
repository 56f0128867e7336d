// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QMetaType>
#include <QString>

namespace atalaya {

/// A moment worth marking on every time chart: an alert firing, an action taken, a degradation
/// level changed. Producers (alerts, the audit log, the degradation controller) hand these to the
/// pages; charts draw them as vertical markers with a tooltip.
struct Annotation
{
    enum class Kind
    {
        Alert,
        Action,
        Degradation,
        Note,
    };
    qint64 startMs = 0; ///< ms since the epoch
    qint64 endMs = 0; ///< 0 for an instant; otherwise the end of a period (an alert that fired for a while)
    Kind kind = Kind::Note;
    QString verticalId; ///< empty: applies to every vertical
    QString title;
    QString detail;
};

using Annotations = std::vector<Annotation>;

} // namespace atalaya

Q_DECLARE_METATYPE(atalaya::Annotations)

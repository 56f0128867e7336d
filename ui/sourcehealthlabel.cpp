// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sourcehealthlabel.h"

namespace atalaya {

SourceHealthLabel::SourceHealthLabel(const QString& sourceName, QWidget* parent)
    : QLabel(parent)
    , m_name(sourceName)
{
    setTextFormat(Qt::RichText);
    setHealth(SourceHealth::Unknown);
}

QString SourceHealthLabel::healthText(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Ok:
        return tr("ok");
    case SourceHealth::Slow:
        return tr("slow");
    case SourceHealth::Failing:
        return tr("failing");
    case SourceHealth::Offline:
        return tr("offline");
    case SourceHealth::Unknown:
        break;
    }
    return tr("connecting…");
}

void SourceHealthLabel::setHealth(SourceHealth health, const QString& detail)
{
    m_health = health;
    const char* color = "#808080";
    switch (health) {
    case SourceHealth::Ok:
        color = "#2ea043";
        break;
    case SourceHealth::Slow:
        color = "#d29922";
        break;
    case SourceHealth::Failing:
    case SourceHealth::Offline:
        color = "#e5484d";
        break;
    case SourceHealth::Unknown:
        break;
    }
    setText(QStringLiteral("<span style=\"color:%1\">●</span> %2: %3")
                .arg(QString::fromLatin1(color), m_name.toHtmlEscaped(), healthText(health).toHtmlEscaped()));
    setToolTip(detail.isEmpty() ? m_name : detail);
}

} // namespace atalaya

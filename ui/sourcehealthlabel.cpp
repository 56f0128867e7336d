// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sourcehealthlabel.h"

#include "itemmodels/statuscolors.h"

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
    QColor color = StatusColors::noData();
    switch (health) {
    case SourceHealth::Ok:
        color = StatusColors::ok();
        break;
    case SourceHealth::Slow:
        color = StatusColors::warning();
        break;
    case SourceHealth::Failing:
    case SourceHealth::Offline:
        color = StatusColors::critical();
        break;
    case SourceHealth::Unknown:
        break;
    }
    setText(QStringLiteral("<span style=\"color:%1\">●</span> %2: %3")
                .arg(color.name(), m_name.toHtmlEscaped(), healthText(health).toHtmlEscaped()));
    setToolTip(detail.isEmpty() ? m_name : detail);
}

} // namespace atalaya

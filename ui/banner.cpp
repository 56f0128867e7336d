// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace atalaya {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText); // callers escape what they pass
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::showMessage(Level level, const QString& text)
{
    static const char* const styles[] = { "info", "warning", "error" };
    setProperty("level", QString::fromLatin1(styles[static_cast<int>(level)]));
    style()->unpolish(this);
    style()->polish(this);
    m_text->setText(text);
    show();
}

QString Banner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace atalaya

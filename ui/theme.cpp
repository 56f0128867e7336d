// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyleFactory>

namespace atalaya {

void applyWarRoomTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x15, 0x18, 0x1d));
    p.setColor(QPalette::WindowText, QColor(0xd8, 0xdd, 0xe3));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1f, 0x25));
    p.setColor(QPalette::AlternateBase, QColor(0x1f, 0x24, 0x2b));
    p.setColor(QPalette::Text, QColor(0xd8, 0xdd, 0xe3));
    p.setColor(QPalette::Button, QColor(0x20, 0x25, 0x2c));
    p.setColor(QPalette::ButtonText, QColor(0xd8, 0xdd, 0xe3));
    p.setColor(QPalette::Highlight, QColor(0x2b, 0x3a, 0x55));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2f, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe9, 0xee));
    app.setPalette(p);
    // Embedded in the binary (qrc): reading it is a memory copy, not disk I/O.
    QFile qss(QStringLiteral(":/atalaya/styles/warroom.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

} // namespace atalaya

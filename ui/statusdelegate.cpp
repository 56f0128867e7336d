// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statusdelegate.h"

#include <QApplication>
#include <QPainter>

namespace atalaya {

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QColor color = index.data(Qt::ForegroundRole).value<QColor>();
    const QString text = opt.text;
    opt.text.clear();
    // Background and selection only; the dot and the text are drawn below.
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int d = std::min(12, opt.rect.height() - 10);
    const QRect dot(opt.rect.left() + 10, opt.rect.center().y() - d / 2, d, d);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(dot);
    painter->setPen(color);
    QFont f = opt.font;
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(opt.rect.adjusted(dot.right() + 8 - opt.rect.left(), 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      text);
    painter->restore();
}

} // namespace atalaya

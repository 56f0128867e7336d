// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tableexport.h"

#include <QSaveFile>
#include <QStringList>
#include <QTableWidget>
#include <QtConcurrent>

#include "util/whenready.h"
#include "util/workpool.h"

namespace atalaya {

QByteArray tablesToCsv(const QList<QTableWidget*>& tables)
{
    QStringList lines;
    auto quoted = [](QString text) -> QString { return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    for (QTableWidget* table : tables) {
        if (!lines.isEmpty())
            lines << QString();
        QStringList header;
        for (int c = 0; c < table->columnCount(); ++c)
            header << quoted(table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString());
        lines << header.join(u',');
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << quoted(table->item(r, c) ? table->item(r, c)->text() : QString());
            lines << cells.join(u',');
        }
    }
    return lines.join(u'\n').toUtf8() + '\n';
}

void saveInBackground(const QString& file, const QByteArray& bytes, QObject* context, std::function<void(bool)> done)
{
    whenReady(QtConcurrent::run(workPool(), [file, bytes] {
                  QSaveFile out(file);
                  return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
              }),
              context, std::move(done));
}

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QString>

class QObject;
class QTableWidget;

namespace atalaya {

/// Tables as CSV (RFC 4180 quoting), one after the other, each with its header row, a blank line
/// between them; the cells as shown.
QByteArray tablesToCsv(const QList<QTableWidget*>& tables);

/// Writes @p bytes to @p file atomically (QSaveFile) on the thread pool, never on the GUI thread,
/// then calls @p done(ok) on @p context's thread.
void saveInBackground(const QString& file, const QByteArray& bytes, QObject* context, std::function<void(bool)> done);

} // namespace atalaya

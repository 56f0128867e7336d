// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

StateFile::StateFile(QString path)
    : m_path(std::move(path))
{
}

bool StateFile::load(double historyStart, double* historyEnd, std::string* journal, QString* message) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *message = QStringLiteral("no state file yet");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *message = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject o = doc.object();
    if (doc.isNull() || !o.value(QLatin1String("historyStart")).isDouble()) {
        *message = QStringLiteral("not a simulator state file: %1").arg(parseError.errorString());
        return false;
    }
    if (o.value(QLatin1String("historyStart")).toDouble() != historyStart) {
        *message = QStringLiteral("it belongs to another history (start %1)")
                       .arg(o.value(QLatin1String("historyStart")).toDouble(), 0, 'f', 0);
        return false;
    }
    *historyEnd = o.value(QLatin1String("historyEnd")).toDouble(*historyEnd);
    *journal = QJsonDocument(o.value(QLatin1String("controls")).toArray()).toJson(QJsonDocument::Compact).toStdString();
    return true;
}

bool StateFile::save(double historyStart, double historyEnd, const std::string& journal, QString* error) const
{
    QJsonObject o;
    o.insert(QLatin1String("historyStart"), historyStart);
    o.insert(QLatin1String("historyEnd"), historyEnd);
    o.insert(QLatin1String("controls"), QJsonDocument::fromJson(QByteArray::fromStdString(journal)).array());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

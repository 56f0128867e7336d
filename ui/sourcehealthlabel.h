// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include "domain/sourcehealth.h"

namespace atalaya {

/// A status-bar entry for one data source: a coloured dot, its name and its health in words.
class SourceHealthLabel : public QLabel
{
    Q_OBJECT
public:
    SourceHealthLabel(const QString& sourceName, QWidget* parent = nullptr);
    void setHealth(atalaya::SourceHealth health, const QString& detail = {});
    SourceHealth health() const { return m_health; }
    static QString healthText(SourceHealth health);

private:
    QString m_name;
    SourceHealth m_health = SourceHealth::Unknown;
};

} // namespace atalaya

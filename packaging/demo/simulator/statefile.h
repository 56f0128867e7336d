// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <QString>

/// The live simulator's memory across restarts (--state FILE): the history it continues and the
/// control changes made so far, so a restarted simulator serves the same counters. JSON:
/// {"historyStart": T0, "historyEnd": T1, "controls": [{"at": t, "body": {...}}, ...]}.
class StateFile
{
public:
    explicit StateFile(QString path);

    QString path() const { return m_path; }
    /// Reads the file if it belongs to the history starting at @p historyStart. False when the
    /// file is absent, unreadable or about another history (@p message says which).
    bool load(double historyStart, double* historyEnd, std::string* journal, QString* message) const;
    /// Replaces the file atomically.
    bool save(double historyStart, double historyEnd, const std::string& journal, QString* error) const;

private:
    QString m_path;
};

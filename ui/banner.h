// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace atalaya {

/// An inline, dismissible message strip for recoverable problems (a bad config key, a source
/// that does not answer). It never blocks: the console keeps working underneath.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Warning,
        Error,
    };
    explicit Banner(QWidget* parent = nullptr);
    void showMessage(Level level, const QString& text);
    QString text() const;

private:
    QLabel* m_text = nullptr;
};

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QWidget>

#include "domain/annotation.h"
#include "domain/timerange.h"

namespace atalaya {

/// A page of the main window. Pages own their queries; the window tells them what to show
/// (time range, vertical) and when to refresh, and listens for when their data has loaded.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString pageName() const = 0; ///< the --page name, e.g. "overview"
    virtual void setRange(const TimeRange& range) = 0;
    virtual void refresh() = 0;
    /// Markers for the page's time charts (alerts, actions, degradation changes). Pages without
    /// time charts ignore them.
    virtual void setAnnotations(const Annotations&) { }
    /// One region chosen on the map (its id; empty: all regions). Pages whose figures carry a
    /// region filter them; the others show every region.
    virtual void setRegion(const QString&) { }
    /// After loaded(): when the oldest answer shown was fetched, if some came from the cache
    /// (unix ms); 0 when everything is live.
    qint64 cachedAtMs() const { return m_cachedAtMs; }

    /// "14:32" for today, "23/11 14:32" before: when cached data was fetched.
    static QString formatAsOf(qint64 ms)
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
        const QLocale locale;
        const QString time = locale.toString(t.time(), QStringLiteral("HH:mm"));
        if (t.date() == QDate::currentDate())
            return time;
        return locale.toString(t.date(), QLocale::ShortFormat) + QChar(u' ') + time;
    }

signals:
    /// Every query of the last refresh has answered; @p ok is false if any failed.
    void loaded(bool ok, const QString& error);
    void openVertical(const QString& verticalId);
    /// The user selected a window on a chart (drag to zoom).
    void rangeRequested(const QDateTime& startUtc, const QDateTime& endUtc);

protected:
    /// The page's layout with what every page starts with: a heading and a one-line summary.
    struct Header
    {
        QVBoxLayout* layout;
        QLabel* heading;
        QLabel* summary;
    };
    Header addHeader(const QString& heading = {}, const QString& summaryObjectName = QStringLiteral("pageSummary"))
    {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(12, 8, 12, 8);
        auto* title = new QLabel(heading, this);
        title->setObjectName(QStringLiteral("pageHeading"));
        auto* summary = new QLabel(this);
        summary->setObjectName(summaryObjectName);
        summary->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(summary);
        return { layout, title, summary };
    }

    qint64 m_cachedAtMs = 0;
};

} // namespace atalaya

// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

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

signals:
    /// Every query of the last refresh has answered; @p ok is false if any failed.
    void loaded(bool ok, const QString& error);
    void openVertical(const QString& verticalId);
    /// The user selected a window on a chart (drag to zoom).
    void rangeRequested(const QDateTime& startUtc, const QDateTime& endUtc);
};

} // namespace atalaya

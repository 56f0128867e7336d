// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/degradationpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "degradation/monitor.h"
#include "sources/session.h"
#include "ui/leveldialog.h"
#include "ui/recommendationspanel.h"

namespace atalaya {

namespace {

enum Column
{
    VerticalColumn,
    LevelColumn,
    OffColumn,
    ChangedColumn,
    DriftColumn,
    ColumnCount,
};

QColor levelColor(int level)
{
    static const QColor colors[] = { QColor(0x23, 0x86, 0x36), QColor(0x9e, 0x6a, 0x03), QColor(0xbd, 0x56, 0x1d), QColor(0xb6, 0x23, 0x24) };
    return colors[std::clamp(level, 0, 3)];
}

} // namespace

DegradationPage::DegradationPage(Session* session, degradation::DegradationMonitor* monitor, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_monitor(monitor)
{
    const Header top = addHeader(tr("Degradation levels — %1").arg(session->environment().displayName));
    QVBoxLayout* layout = top.layout;
    m_heading = top.heading;
    m_summary = top.summary;
    m_recommendations = new RecommendationsPanel(session, monitor, this);
    m_recommendations->setShowQuiet(true);
    layout->addWidget(m_recommendations);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("Vertical"), tr("Live level"), tr("Switched off"), tr("Last change"), tr("Drift") });
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VerticalColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChangedColumn, QHeaderView::Stretch);
    header->resizeSection(OffColumn, 380);
    header->resizeSection(DriftColumn, 380);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_change = new QPushButton(tr("Change level…"), this);
    m_change->setObjectName(QStringLiteral("changeLevel"));
    buttons->addWidget(m_change);
    auto* levels = new QLabel(this);
    levels->setObjectName(QStringLiteral("pageSummary"));
    const DegradationConfig& d = session->config().degradation;
    QStringList legend;
    for (const DegradationLevel& l : d.levels)
        legend << (l.maintenance ? tr("%1 maintenance mode").arg(l.level) : tr("%1 off: %2").arg(l.level).arg(l.disables.join(QStringLiteral(", "))));
    levels->setText(tr("Levels — %1. Managers change them; every change is audited and drawn on the charts.").arg(legend.join(QStringLiteral(" · "))));
    levels->setWordWrap(true);
    buttons->addWidget(levels, 1);
    layout->addLayout(buttons);

    m_table->setRowCount(static_cast<int>(session->config().verticals.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Vertical& v = session->config().verticals[size_t(row)];
        auto* item = new QTableWidgetItem(v.name);
        item->setData(Qt::UserRole, v.id);
        m_table->setItem(row, VerticalColumn, item);
        for (int c = LevelColumn; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem);
    }
    m_table->selectRow(0);
    auto openSelected = [this] {
        const int row = std::max(0, m_table->currentRow());
        openNextLevelDialog(m_table->item(row, VerticalColumn)->data(Qt::UserRole).toString());
    };
    connect(m_change, &QPushButton::clicked, this, openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, openSelected);
    connect(monitor, &degradation::DegradationMonitor::liveChanged, this, [this] {
        showLive();
        m_waitLive = false;
        maybeLoaded();
    });
    connect(monitor, &degradation::DegradationMonitor::evaluationsChanged, this, [this] {
        m_waitSignals = false;
        maybeLoaded();
    });
    const Role role = session->environment().role;
    m_change->setEnabled(role == Role::Manager && !session->isOffline());
    m_change->setToolTip(role == Role::Manager ? QString() : tr("Degradation levels are changed by managers; your role here is not manager."));
    showLive();
}

void DegradationPage::refresh()
{
    m_summary->setText(tr("Reading %1…").arg(m_monitor->store().config().displayName()));
    m_waitLive = m_waitSignals = true;
    m_monitor->refresh();
}

void DegradationPage::showLive()
{
    const degradation::LiveDocument& live = m_monitor->live();
    const QLocale locale;
    if (live.readAtMs == 0 && live.error.isEmpty())
        return; // not read yet
    if (!live.ok) {
        m_summary->setText(tr("⚠ %1 — levels below are unknown; the rest of the console works as usual.").arg(live.error));
        for (int row = 0; row < m_table->rowCount(); ++row) {
            m_table->item(row, LevelColumn)->setText(tr("unknown"));
            m_table->item(row, LevelColumn)->setBackground(QBrush());
        }
        m_liveError = live.error;
        return;
    }
    int degraded = 0, drifted = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, VerticalColumn)->data(Qt::UserRole).toString();
        const degradation::LiveLevel level = m_monitor->level(id);
        const degradation::Drift drift = m_monitor->drift(id);
        const int l = level.present ? level.level : 0;
        degraded += l > 0;
        QTableWidgetItem* levelItem = m_table->item(row, LevelColumn);
        static const char* names[] = { QT_TR_NOOP("normal"), QT_TR_NOOP("reduced"), QT_TR_NOOP("essential only"), QT_TR_NOOP("maintenance") };
        levelItem->setText(tr("%1 — %2").arg(l).arg(tr(names[l])));
        levelItem->setBackground(levelColor(l));
        levelItem->setForeground(Qt::white);
        QString off = level.featuresOff.join(QStringLiteral(", "));
        if (level.maintenance)
            off = tr("maintenance: “%1”%2")
                      .arg(level.maintenanceMessage,
                           level.estimatedResolution.isValid()
                               ? tr(", until about %1").arg(locale.toString(level.estimatedResolution.toLocalTime(), QStringLiteral("dd/MM HH:mm")))
                               : QString());
        m_table->item(row, OffColumn)->setText(off.isEmpty() ? tr("—") : off);
        QString changed;
        if (!level.changedBy.isEmpty())
            changed = tr("%1 by %2: %3")
                          .arg(locale.toString(level.changedAt.toLocalTime(), QStringLiteral("dd/MM HH:mm")), level.changedBy, level.reason);
        m_table->item(row, ChangedColumn)->setText(changed);
        m_table->item(row, ChangedColumn)->setToolTip(changed);
        QString driftText;
        QColor driftColor;
        if (!level.inconsistencies.isEmpty()) {
            driftText = tr("⚠ edited by hand: %1").arg(level.inconsistencies.join(QStringLiteral("; ")));
            driftColor = QColor(0xf8, 0x51, 0x49);
        } else if (drift.drifted()) {
            driftText = drift.liveChangedBy.isEmpty() || drift.liveChangedBy == drift.writtenBy
                            ? tr("⚠ differs from what this console wrote: %1").arg(drift.changedFlags.join(QStringLiteral(", ")))
                            : tr("⚠ changed by %1 since this console wrote it (%2)").arg(drift.liveChangedBy, drift.changedFlags.join(QStringLiteral(", ")));
            driftColor = QColor(0xd2, 0x99, 0x22);
        } else if (drift.known) {
            driftText = tr("✔ as this console wrote it");
            driftColor = QColor(0x3f, 0xb9, 0x50);
        } else {
            driftText = level.present ? tr("written elsewhere") : tr("no level published yet");
        }
        drifted += drift.drifted() || !level.inconsistencies.isEmpty();
        m_table->item(row, DriftColumn)->setText(driftText);
        m_table->item(row, DriftColumn)->setToolTip(driftText);
        m_table->item(row, DriftColumn)->setForeground(driftColor.isValid() ? QBrush(driftColor) : QBrush());
    }
    QString summary = tr("Live in %1, read at %2.")
                          .arg(m_monitor->store().config().displayName(), locale.toString(QDateTime::fromMSecsSinceEpoch(live.readAtMs), QStringLiteral("HH:mm:ss")));
    summary += u' ' + (degraded == 0 ? tr("Every vertical at level 0.") : tr("%n vertical(s) degraded.", nullptr, degraded));
    if (drifted > 0)
        summary += u' ' + tr("%n vertical(s) differ from what this console wrote.", nullptr, drifted);
    m_summary->setText(summary);
    m_liveError.clear();
}

void DegradationPage::maybeLoaded()
{
    // Loaded once both the store and the signals have answered since refresh().
    if (m_waitLive || m_waitSignals)
        return;
    emit loaded(m_liveError.isEmpty(), m_liveError);
}

LevelDialog* DegradationPage::openLevelDialog(const QString& verticalId, int level)
{
    const Vertical* v = m_session->config().vertical(verticalId);
    if (!v)
        return nullptr;
    auto* dialog = new LevelDialog(m_session, m_monitor->store(), *v, level, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LevelDialog::applied, this, [this] {
        m_monitor->refreshLive();
        emit levelChanged();
    });
    dialog->open();
    return dialog;
}

LevelDialog* DegradationPage::openNextLevelDialog(const QString& verticalId)
{
    const degradation::LiveLevel live = m_monitor->level(verticalId);
    return openLevelDialog(verticalId, std::min(3, (live.present ? live.level : 0) + 1));
}

QString DegradationPage::cellText(const QString& verticalId, int column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, VerticalColumn)->data(Qt::UserRole).toString() == verticalId)
            return m_table->item(row, column)->text();
    return {};
}

} // namespace atalaya

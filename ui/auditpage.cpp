// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auditpage.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "cache/cache.h"
#include "actions/actions.h"
#include "sources/session.h"
#include "util/whenready.h"
#include "ui/actiondialog.h"
#include "util/workpool.h"

namespace atalaya {

namespace {

QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        return u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

} // namespace

AuditPage::AuditPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto* heading = new QLabel(tr("Audit log — every action that changed the platform"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);
    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    bar->addWidget(m_summary, 1);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: user, action, deployment, reason…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(320);
    bar->addWidget(m_filter);
    m_undo = new QPushButton(tr("Undo…"), this);
    m_undo->setToolTip(tr("Put an autoscaler back to the values an emergency scale recorded"));
    bar->addWidget(m_undo);
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    bar->addWidget(csv);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("Action"), tr("Target"), tr("Why and what ran"), tr("Result") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(csv, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_undo, &QPushButton::clicked, this, [this] { undo(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditPage::updateUndo);
    updateUndo();
}

void AuditPage::updateUndo()
{
    const int row = m_table->currentRow();
    const bool undoable = row >= 0 && row < static_cast<int>(m_entries.size()) && m_session->environment().role != Role::Viewer
        && m_entries[static_cast<size_t>(row)].action == u"scale-hpa" && m_entries[static_cast<size_t>(row)].outcome.startsWith(QStringLiteral("ok"))
        && kube::recordedHpa(m_entries[static_cast<size_t>(row)].detail).has_value();
    m_undo->setEnabled(undoable);
}

void AuditPage::undo(int row)
{
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return;
    const cache::AuditEntry entry = m_entries[static_cast<size_t>(row)];
    const auto recorded = kube::recordedHpa(entry.detail);
    const QString ns = entry.target.section(u'/', 0, 0), name = entry.target.section(u'/', 2, 2);
    if (!recorded || !kube::isValidName(ns) || !kube::isValidName(name))
        return;
    m_summary->setText(tr("Reading %1 with kubectl…").arg(entry.target));
    const kube::Runner runner = m_session->kubectl(ns);
    // The deployment as it is now, with its autoscaler, off the GUI thread.
    whenReady(QtConcurrent::run(workPool(), [runner] {
        QString error;
        auto deployments = kube::readDeployments(runner, &error);
        return std::make_pair(std::move(deployments), error);
    }), this, [this, recorded, name, entry](const std::pair<std::optional<std::vector<kube::DeploymentInfo>>, QString>& read) {
            const auto& deployments = read.first;
            if (!deployments) {
                m_summary->setText(tr("Cannot read %1: %2").arg(entry.target, read.second));
                return;
            }
            for (const kube::DeploymentInfo& d : *deployments)
                if (d.name == name) {
                    const Vertical* v = nullptr;
                    for (const Vertical& candidate : m_session->config().verticals)
                        if (candidate.namespaceName == d.namespaceName)
                            v = &candidate;
                    auto* dialog = new ActionDialog(m_session, kube::Plan::Kind::RestoreHpa, d, v ? v->maxReplicas : 20, this);
                    dialog->setRestore(*recorded);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &ActionDialog::executed, this, &AuditPage::refresh);
                    dialog->open();
                    applyFilter();
                    return;
                }
            m_summary->setText(tr("%1 no longer exists").arg(entry.target));
        });
}

void AuditPage::refresh()
{
    // A watcher rather than then(this, …): see the note on continuations in util/whenready.h.
    whenReady(m_session->cache()->audit(5000), this, [this](const std::vector<cache::AuditEntry>& entries) {
        m_entries = entries;
        const QLocale locale;
        m_table->setRowCount(static_cast<int>(entries.size()));
        Annotations markers;
        for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
            const cache::AuditEntry& e = entries[static_cast<size_t>(row)];
            const QString outcome = e.outcome.isEmpty() ? tr("(no result recorded: running, or interrupted)") : e.outcome;
            const QStringList cells { locale.toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QStringLiteral("dd/MM/yyyy HH:mm:ss")), e.user,
                                      e.action, e.target, e.detail, outcome };
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c].section(u'\n', 0, c == 4 ? 1 : 0));
                item->setToolTip(cells[c]);
                m_table->setItem(row, c, item);
            }
            m_table->item(row, 5)->setForeground(e.outcome.startsWith(QStringLiteral("ok")) ? QColor(0x3f, 0xb9, 0x50)
                                                                                            : QColor(0xf8, 0x51, 0x49));
            // The namespace names the vertical: "barbershop/deployment/api".
            const QString ns = e.target.section(u'/', 0, 0);
            QString vertical;
            for (const Vertical& v : m_session->config().verticals)
                if (v.namespaceName == ns)
                    vertical = v.id;
            const auto kind = e.action == u"degradation" ? Annotation::Kind::Degradation : Annotation::Kind::Action;
            markers.push_back({ e.atMs, 0, kind, vertical, tr("%1 %2 by %3").arg(e.action, e.target, e.user),
                                e.detail + u'\n' + outcome });
        }
        applyFilter();
        updateUndo();
        emit annotationsChanged(markers);
        emit loaded(true, {});
    });
}

void AuditPage::applyFilter()
{
    const QString f = m_filter->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = f.isEmpty();
        for (int c = 0; c < m_table->columnCount() && !match; ++c)
            match = m_table->item(row, c)->toolTip().contains(f, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        shown += match;
    }
    m_summary->setText(f.isEmpty() ? tr("%n entry(ies), newest first", nullptr, m_table->rowCount())
                                   : tr("%1 of %2 entries match").arg(shown).arg(m_table->rowCount()));
}

QString AuditPage::toCsv() const
{
    QStringList lines { QStringLiteral("id,time,user,environment,action,target,detail,outcome") };
    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
        if (m_table->isRowHidden(row))
            continue;
        const cache::AuditEntry& e = m_entries[static_cast<size_t>(row)];
        lines << QStringList { QString::number(e.id), QDateTime::fromMSecsSinceEpoch(e.atMs).toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate),
                               csvField(e.user), csvField(e.environment), csvField(e.action), csvField(e.target), csvField(e.detail), csvField(e.outcome) }
                     .join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

void AuditPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("atalaya-audit.csv"), tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    whenReady(QtConcurrent::run(workPool(), [file, text = toCsv()] {
        QSaveFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(text.toUtf8()) >= 0 && out.commit();
    }), this, [this, file](bool ok) {
        m_summary->setText(ok ? tr("Exported to %1").arg(file) : tr("Cannot write %1").arg(file));
    });
}

} // namespace atalaya

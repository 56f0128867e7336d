// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deploymentspage.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "actions/actions.h"
#include "actions/kubectl.h"
#include "sources/session.h"
#include "util/whenready.h"
#include "ui/actiondialog.h"
#include "util/workpool.h"

namespace atalaya {

namespace {

QString age(const QDateTime& created)
{
    if (!created.isValid())
        return {};
    const qint64 s = created.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 3600)
        return QStringLiteral("%1m").arg(std::max<qint64>(0, s / 60));
    if (s < 86400 * 2)
        return QStringLiteral("%1h").arg(s / 3600);
    return QStringLiteral("%1d").arg(s / 86400);
}

} // namespace

DeploymentsPage::DeploymentsPage(Session* session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    const Header header = addHeader();
    QVBoxLayout* layout = header.layout;
    m_heading = header.heading;
    m_summary = header.summary;
    m_table = new QTableWidget(0, 9, this);
    m_table->setHorizontalHeaderLabels({ tr("Deployment"), tr("Ready"), tr("Up to date"), tr("Available"), tr("Revision"), tr("Image"),
                                         tr("Age"), tr("Autoscaler"), tr("Rollout") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_scale = new QPushButton(tr("Scale…"), this);
    m_rollback = new QPushButton(tr("Roll back…"), this);
    m_restart = new QPushButton(tr("Restart…"), this);
    for (QPushButton* b : { m_scale, m_rollback, m_restart })
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_scale, &QPushButton::clicked, this, [this] { openAction(int(kube::Plan::Kind::Scale)); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { openAction(int(kube::Plan::Kind::Rollback)); });
    connect(m_restart, &QPushButton::clicked, this, [this] { openAction(int(kube::Plan::Kind::Restart)); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DeploymentsPage::updateButtons);
    updateButtons();
}

void DeploymentsPage::setVertical(const QString& verticalId)
{
    m_verticalId = verticalId;
    const Vertical* v = m_session->config().vertical(verticalId);
    m_heading->setText(v ? tr("Deployments — %1 (namespace %2)").arg(v->name, v->namespaceName) : QString());
    m_deployments.clear();
    m_table->setRowCount(0);
}

void DeploymentsPage::refresh()
{
    const Vertical* v = m_session->config().vertical(m_verticalId);
    if (!v)
        return;
    const quint64 gen = ++m_generation;
    m_summary->setText(tr("Reading the deployments with kubectl…"));
    const kube::Runner runner = m_session->kubectl(v->namespaceName);
    // Deployments, autoscalers and the permission check, together, off the GUI thread.
    struct Read
    {
        std::optional<std::vector<kube::DeploymentInfo>> deployments;
        QString error;
        kube::Result canScale, canPatch;
    };
    whenReady(QtConcurrent::run(workPool(), [runner] {
        Read read;
        auto c = runner.canI(QStringLiteral("patch"), QStringLiteral("deployments.apps"), QStringLiteral("scale"));
        // Rollback and restart patch the deployment itself.
        auto p = runner.canI(QStringLiteral("patch"), QStringLiteral("deployments.apps"));
        read.deployments = kube::readDeployments(runner, &read.error);
        read.canScale = c.result();
        read.canPatch = p.result();
        return read;
    }), this, [this, gen](const Read& read) {
        if (gen != m_generation)
            return;
        if (!read.deployments) {
            m_summary->setText(tr("⚠ %1").arg(read.error));
            emit loaded(false, read.error);
            return;
        }
        const Role role = m_session->environment().role;
        m_mayAct = role != Role::Viewer && read.canScale.ok();
        m_mayPatch = role != Role::Viewer && read.canPatch.ok();
        m_whyNot = role == Role::Viewer ? tr("Your role in this environment is viewer: actions are not offered.")
                   : read.canScale.ok() ? QString()
                                        : tr("The cluster says you may not scale here: %1").arg(read.canScale.message);
        m_whyNotPatch = role == Role::Viewer ? m_whyNot
                        : read.canPatch.ok() ? QString()
                                             : tr("The cluster says you may not change deployments here: %1").arg(read.canPatch.message);
        showDeployments(*read.deployments);
        emit loaded(true, {});
        if (m_pendingKind >= 0) {
            const int kind = std::exchange(m_pendingKind, -1);
            for (int row = 0; row < m_table->rowCount(); ++row)
                if (m_deployments[size_t(row)].name == m_pendingDeployment)
                    m_table->selectRow(row);
            if (m_mayAct)
                openAction(kind);
        }
    });
}

void DeploymentsPage::showDeployments(const std::vector<kube::DeploymentInfo>& deployments)
{
    m_deployments = deployments;
    m_table->setRowCount(static_cast<int>(deployments.size()));
    int notReady = 0;
    for (int row = 0; row < static_cast<int>(deployments.size()); ++row) {
        const kube::DeploymentInfo& d = deployments[static_cast<size_t>(row)];
        const bool complete = d.rolloutComplete();
        notReady += d.ready < d.desired;
        auto set = [&](int col, const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            m_table->setItem(row, col, item);
        };
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        set(0, d.name);
        set(1, tr("%1/%2").arg(d.ready).arg(d.desired), right);
        m_table->item(row, 1)->setForeground(d.ready < d.desired ? QColor(0xd2, 0x99, 0x22) : QColor(0x3f, 0xb9, 0x50));
        set(2, QString::number(d.updated), right);
        set(3, QString::number(d.available), right);
        set(4, QString::number(d.revision), right);
        set(5, d.image);
        set(6, age(d.created));
        set(7, d.hpa ? tr("%1–%2 (now %3)").arg(d.hpa->minReplicas).arg(d.hpa->maxReplicas).arg(d.hpa->currentReplicas) : tr("none"));
        set(8, d.progressDeadlineExceeded ? tr("failed: progress deadline exceeded") : d.paused ? tr("paused")
                                                                                   : complete   ? tr("complete")
                                                                                                : tr("in progress"));
    }
    const QString when = QLocale().toString(QDateTime::currentDateTime().time(), QStringLiteral("HH:mm:ss"));
    QString summary = notReady ? tr("%n deployment(s) not fully ready", nullptr, notReady) : tr("All deployments ready");
    summary += tr(" · read with kubectl at %1").arg(when);
    if (!m_whyNot.isEmpty())
        summary += QStringLiteral(" · ") + m_whyNot;
    else if (!m_whyNotPatch.isEmpty())
        summary += QStringLiteral(" · ") + m_whyNotPatch;
    m_summary->setText(summary);
    if (!deployments.empty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    updateButtons();
}

void DeploymentsPage::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && m_table->currentRow() < static_cast<int>(m_deployments.size());
    m_scale->setEnabled(selected && m_mayAct);
    m_scale->setToolTip(m_mayAct ? QString() : m_whyNot);
    for (QPushButton* b : { m_rollback, m_restart }) {
        b->setEnabled(selected && m_mayPatch);
        b->setToolTip(m_mayPatch ? QString() : m_whyNotPatch);
    }
}

void DeploymentsPage::openActionWhenLoaded(int kind, const QString& deployment)
{
    m_pendingKind = kind;
    m_pendingDeployment = deployment;
}

void DeploymentsPage::openAction(int kind)
{
    if (m_deployments.empty())
        return;
    const int row = std::max(0, m_table->currentRow());
    const Vertical* v = m_session->config().vertical(m_verticalId);
    auto* dialog = new ActionDialog(m_session, static_cast<kube::Plan::Kind>(kind), m_deployments[static_cast<size_t>(row)],
                                    v ? v->maxReplicas : 20, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActionDialog::executed, this, &DeploymentsPage::refresh);
    connect(dialog, &ActionDialog::executed, this, &DeploymentsPage::actionExecuted);
    dialog->open();
}

} // namespace atalaya

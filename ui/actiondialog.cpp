// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actiondialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "costs/costservice.h"
#include "sources/session.h"
#include "util/whenready.h"

namespace atalaya {

ActionDialog::ActionDialog(Session* session, kube::Plan::Kind kind, kube::DeploymentInfo deployment, int cap, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_deployment(std::move(deployment))
    , m_cap(cap)
{
    const QString target = m_deployment.namespaceName + u'/' + m_deployment.name;
    setWindowTitle(kind == kube::Plan::Kind::Rollback     ? tr("Roll back %1").arg(target)
                   : kind == kube::Plan::Kind::Restart    ? tr("Restart %1").arg(target)
                   : kind == kube::Plan::Kind::RestoreHpa ? tr("Restore the autoscaler of %1").arg(target)
                                                          : tr("Scale %1").arg(target));
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const Environment& env = session->environment();
    form->addRow(tr("Environment"), new QLabel(env.production ? tr("<b style=\"color:#ff6b6b\">%1 — production</b>").arg(env.displayName.toHtmlEscaped())
                                                              : env.displayName.toHtmlEscaped(),
                                                this));
    form->addRow(tr("Now"), new QLabel(tr("%1 desired, %2 ready · revision %3 · %4")
                                           .arg(m_deployment.desired)
                                           .arg(m_deployment.ready)
                                           .arg(m_deployment.revision)
                                           .arg(m_deployment.image.toHtmlEscaped()),
                                       this));
    if (kind == kube::Plan::Kind::Scale || kind == kube::Plan::Kind::RaiseHpa) {
        m_replicas = new QSpinBox(this);
        m_replicas->setRange(1, std::max(1, cap));
        m_replicas->setValue(kube::emergencyReplicas(m_deployment.desired, cap));
        m_replicas->setSuffix(tr(" replicas"));
        m_replicas->setToolTip(tr("Emergency suggestion: 5 × the current replicas, capped at %1 (the vertical's scaling cap)").arg(cap));
        form->addRow(tr("Target"), m_replicas);
        connect(m_replicas, &QSpinBox::valueChanged, this, &ActionDialog::replan);
        // What the change costs: asked once, recomputed as the target changes.
        m_costImpact = new QLabel(tr("Cost impact: asking…"), this);
        m_costImpact->setObjectName(QStringLiteral("costImpact"));
        m_costImpact->setWordWrap(true);
        form->addRow(tr("Cost"), m_costImpact);
        connect(m_replicas, &QSpinBox::valueChanged, this, &ActionDialog::showCostImpact);
        whenReady(session->costs()->replicaHourlyCost(m_deployment.namespaceName, m_deployment.name), this,
                  [this](const Result<std::pair<double, QString>>& r) {
                      if (!r.ok()) {
                          m_costImpact->setText(tr("Cost impact unknown: %1").arg(r.error().toDisplayString()));
                          return;
                      }
                      m_replicaHourUsd = r.value().first;
                      m_replicaCostHow = r.value().second;
                      showCostImpact();
                  });
    }
    if (kind == kube::Plan::Kind::Rollback) {
        m_revisions = new QTableWidget(0, 4, this);
        m_revisions->setHorizontalHeaderLabels({ tr("Revision"), tr("Image"), tr("Change cause"), tr("Created") });
        m_revisions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_revisions->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_revisions->setSelectionMode(QAbstractItemView::SingleSelection);
        m_revisions->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_revisions->verticalHeader()->hide();
        m_revisions->setMinimumHeight(130);
        form->addRow(tr("Revision"), m_revisions);
        connect(m_revisions, &QTableWidget::itemSelectionChanged, this, &ActionDialog::replan);
    }
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Preview</b> — exactly what will run:"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMaximumHeight(110);
    layout->addWidget(m_preview);
    auto* confirmForm = new QFormLayout;
    layout->addLayout(confirmForm);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (kept in the audit log), e.g. \"p95 800 ms in Córdoba, bookings failing\""));
    confirmForm->addRow(tr("Reason"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &ActionDialog::updateConfirm);
    if (env.production || kind == kube::Plan::Kind::Rollback) {
        m_typedName = new QLineEdit(this);
        m_typedName->setPlaceholderText(tr("Type %1 to confirm").arg(m_deployment.name));
        confirmForm->addRow(tr("Deployment"), m_typedName);
        connect(m_typedName, &QLineEdit::textChanged, this, &ActionDialog::updateConfirm);
    }
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_confirm = buttons->addButton(tr("Confirm and run"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmAction"));
    connect(m_confirm, &QPushButton::clicked, this, &ActionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    replan();
    if (m_revisions)
        loadRevisions();
}

void ActionDialog::showCostImpact()
{
    if (!m_costImpact || std::isnan(m_replicaHourUsd))
        return;
    const Config& config = m_session->config();
    double budget = std::numeric_limits<double>::quiet_NaN();
    QString verticalName;
    for (const Vertical& v : config.verticals)
        if (v.namespaceName == m_deployment.namespaceName && v.monthlyBudgetUsd) {
            budget = *v.monthlyBudgetUsd;
            verticalName = v.name;
        }
    const costs::CostImpact c = costs::impactOfReplicas(m_replicaHourUsd, m_deployment.desired, m_replicas->value(), config.costs.arsPerUsd, budget);
    const QLocale locale;
    auto usd = [&](double v) -> QString { return (v >= 0 ? QStringLiteral("+") : QString()) + tr("US$ %1").arg(locale.toString(v, 'f', 2)); };
    QStringList parts;
    parts << tr("%1 replica(s): %2 an hour, %3 a day", nullptr, std::abs(c.extraReplicas))
                 .arg((c.extraReplicas >= 0 ? QStringLiteral("+") : QString()) + QString::number(c.extraReplicas), usd(c.perHour), usd(c.perDay));
    if (!std::isnan(c.perDayArs))
        parts << tr("ARS %1 a day at %2 ARS/USD").arg(locale.toString(c.perDayArs, 'f', 0), locale.toString(config.costs.arsPerUsd, 'f', 0));
    if (!std::isnan(c.dayShareOfDailyBudget))
        parts << tr("%1 % of %2's daily budget").arg(locale.toString(c.dayShareOfDailyBudget * 100, 'f', 0), verticalName);
    // On top of an ordinary day at budget, would the extra replicas reach the spend limit?
    const bool overLimit = !std::isnan(c.dayShareOfDailyBudget) && 1 + c.dayShareOfDailyBudget >= config.costs.budgetCap;
    if (overLimit)
        parts << tr("a whole day at this size takes %1 past its %2 % spend limit").arg(verticalName, locale.toString(config.costs.budgetCap * 100, 'f', 0));
    m_costImpact->setText(parts.join(QStringLiteral(" · ")));
    m_costImpact->setToolTip(tr("One replica: US$ %1 an hour, from %2").arg(locale.toString(m_replicaHourUsd, 'f', 4), m_replicaCostHow));
    m_costImpact->setStyleSheet(overLimit ? QStringLiteral("color: #f0c05a;") : QString());
}

void ActionDialog::setRestore(const kube::RecordedHpa& values)
{
    m_restore = values;
    replan();
}

QString ActionDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ActionDialog::loadRevisions()
{
    m_status->setText(tr("Reading the revision history…"));
    whenReady(m_session->kubectl(m_deployment.namespaceName).getReplicaSets(m_deployment.selector), this, [this](const kube::Result& r) {
        QString error;
        const auto revisions = r.ok() ? kube::parseRevisions(r.stdoutText.toUtf8(), m_deployment.uid, &error) : std::nullopt;
        if (!revisions) {
            m_status->setText(tr("Cannot read the revisions: %1").arg(r.ok() ? error : r.message));
            return;
        }
        m_status->clear();
        m_revisionList = *revisions;
        m_revisions->setRowCount(static_cast<int>(m_revisionList.size()));
        for (int row = 0; row < static_cast<int>(m_revisionList.size()); ++row) {
            const kube::Revision& rev = m_revisionList[static_cast<size_t>(row)];
            const bool current = rev.number == m_deployment.revision;
            m_revisions->setItem(row, 0, new QTableWidgetItem(current ? tr("%1 (running)").arg(rev.number) : QString::number(rev.number)));
            m_revisions->setItem(row, 1, new QTableWidgetItem(rev.image));
            m_revisions->setItem(row, 2, new QTableWidgetItem(rev.changeCause.isEmpty() ? tr("<none>") : rev.changeCause));
            m_revisions->setItem(row, 3, new QTableWidgetItem(QLocale().toString(rev.created.toLocalTime(), QStringLiteral("dd/MM HH:mm"))));
        }
        // The newest revision before the running one is the usual choice.
        for (int row = 0; row < static_cast<int>(m_revisionList.size()); ++row)
            if (m_revisionList[static_cast<size_t>(row)].number != m_deployment.revision) {
                m_revisions->selectRow(row);
                break;
            }
        replan();
    });
}

void ActionDialog::replan()
{
    switch (m_kind) {
    case kube::Plan::Kind::Scale:
    case kube::Plan::Kind::RaiseHpa:
        m_plan = kube::planScale(m_deployment, m_replicas->value(), m_cap);
        break;
    case kube::Plan::Kind::Rollback: {
        const int row = m_revisions->currentRow();
        const int revision = row >= 0 && row < static_cast<int>(m_revisionList.size()) ? m_revisionList[static_cast<size_t>(row)].number : 0;
        m_plan = kube::planRollback(m_deployment, revision);
        if (revision == 0)
            m_plan.problem = tr("choose a revision");
        break;
    }
    case kube::Plan::Kind::Restart:
        m_plan = kube::planRestart(m_deployment);
        break;
    case kube::Plan::Kind::RestoreHpa:
        m_plan = kube::planRestoreHpa(m_deployment, m_restore.minReplicas, m_restore.maxReplicas);
        if (m_restore.minReplicas == 0)
            m_plan.problem = tr("no recorded values to go back to");
        break;
    }
    QString summary;
    if (m_plan.kind == kube::Plan::Kind::RaiseHpa)
        summary = tr("An autoscaler (%1, %2–%3 replicas) manages this deployment and would undo a plain scale within seconds: "
                     "its minimum is raised to %4 instead (maximum %5). The old values go into the audit log.")
                      .arg(m_plan.hpa->name)
                      .arg(m_plan.hpa->minReplicas)
                      .arg(m_plan.hpa->maxReplicas)
                      .arg(m_plan.newHpaMin)
                      .arg(m_plan.newHpaMax);
    else if (m_plan.kind == kube::Plan::Kind::Scale)
        summary = tr("%1 → %2 replicas (cap %3). --current-replicas makes it fail if someone else scaled first.")
                      .arg(m_plan.currentReplicas)
                      .arg(m_plan.targetReplicas)
                      .arg(m_cap);
    else if (m_plan.kind == kube::Plan::Kind::RestoreHpa)
        summary = tr("Undo of an emergency scale: the autoscaler goes back to %1–%2 replicas (now %3–%4) and decides the count again.")
                      .arg(m_plan.newHpaMin)
                      .arg(m_plan.newHpaMax)
                      .arg(m_plan.hpa ? m_plan.hpa->minReplicas : 0)
                      .arg(m_plan.hpa ? m_plan.hpa->maxReplicas : 0);
    else if (m_plan.kind == kube::Plan::Kind::Rollback)
        summary = tr("Back to revision %1; then the rollout is followed until done, failed or timed out.").arg(m_plan.toRevision);
    else
        summary = tr("Every pod is replaced, a few at a time; then the rollout is followed until done, failed or timed out.");
    if (!m_plan.problem.isEmpty())
        summary = tr("<span style=\"color:#d29922\">Cannot run: %1</span>").arg(m_plan.problem.toHtmlEscaped());
    m_summary->setText(summary);
    m_preview->setPlainText(m_plan.commandLines(m_session->kubectl(m_deployment.namespaceName)).join(u'\n'));
    updateConfirm();
}

void ActionDialog::updateConfirm()
{
    const bool named = !m_typedName || m_typedName->text().trimmed() == m_deployment.name;
    m_confirm->setEnabled(!m_running && m_plan.problem.isEmpty() && !m_reason->text().trimmed().isEmpty() && named);
}

void ActionDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    m_running = true;
    updateConfirm();
    m_status->setText(tr("Writing the audit entry, running, then verifying…"));
    const kube::Executor executor(m_session->kubectl(m_deployment.namespaceName), m_session->cache(), m_session->environment().name,
                                  m_session->userName());
    whenReady(executor.execute(m_plan, m_reason->text()), this, [this](const kube::Outcome& outcome) {
        m_running = false;
        m_status->setText(outcome.ok ? tr("<span style=\"color:#3fb950\">Done: %1</span> (audit entry %2)")
                                           .arg(outcome.message.toHtmlEscaped())
                                           .arg(outcome.auditId)
                                     : tr("<span style=\"color:#f85149\">Failed: %1</span>%2")
                                           .arg(outcome.message.toHtmlEscaped(),
                                                outcome.auditId ? tr(" (audit entry %1)").arg(outcome.auditId) : QString()));
        m_confirm->setEnabled(false);
        emit executed(outcome.ok);
    });
}

} // namespace atalaya

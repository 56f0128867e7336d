// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "actions/deployments.h"
#include "ui/page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace atalaya {

class Session;

/// The vertical's deployments as kubectl reads them (desired, ready, updated, available,
/// revision, image, age, autoscaler, rollout state), with the emergency actions: scale, roll back,
/// restart. What is offered follows the user's role and what `kubectl auth can-i` says.
class DeploymentsPage : public Page
{
    Q_OBJECT
public:
    DeploymentsPage(Session* session, QWidget* parent = nullptr);

    QString pageName() const override { return QStringLiteral("deployments"); }
    void setRange(const TimeRange&) override { }
    void refresh() override;
    void setVertical(const QString& verticalId);
    /// Opens an action's dialog for the selected deployment (the first one when none is).
    void openAction(int kind);
    /// Opens @p kind on @p deployment as soon as the deployments are read (after setVertical + refresh).
    void openActionWhenLoaded(int kind, const QString& deployment);
    const std::vector<kube::DeploymentInfo>& deployments() const { return m_deployments; }

signals:
    /// An action ran from this page (the audit log and the charts' markers change).
    void actionExecuted();

private:
    void showDeployments(const std::vector<kube::DeploymentInfo>& deployments);
    void updateButtons();

    Session* m_session;
    QString m_verticalId;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_scale = nullptr;
    QPushButton* m_rollback = nullptr;
    QPushButton* m_restart = nullptr;
    std::vector<kube::DeploymentInfo> m_deployments;
    bool m_mayAct = false; ///< scale: patch deployments/scale
    bool m_mayPatch = false; ///< rollback, restart: patch deployments
    QString m_whyNot;
    QString m_whyNotPatch;
    quint64 m_generation = 0;
    int m_pendingKind = -1; ///< openActionWhenLoaded()
    QString m_pendingDeployment;
};

} // namespace atalaya

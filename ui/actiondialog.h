// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

#include <vector>

#include <QDialog>

#include "actions/actions.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace atalaya {

class Session;

/// Plan → preview → confirm → execute → verify for one action on one deployment. The preview is
/// the exact kubectl command line; confirming needs a reason, and in production the deployment's
/// name typed. The audit entry is written before the command runs (kube::Executor).
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(Session* session, kube::Plan::Kind kind, kube::DeploymentInfo deployment, int cap, QWidget* parent = nullptr);
    /// The undo of an earlier RaiseHpa: back to the values its audit entry recorded.
    void setRestore(const kube::RecordedHpa& values);

    /// For tests and screenshots: the preview as shown.
    QString previewText() const;

signals:
    /// The action ran (successfully or not): the page refreshes.
    void executed(bool ok);

private:
    void replan();
    void updateConfirm();
    void confirm();
    void loadRevisions();

    Session* m_session;
    kube::Plan::Kind m_kind;
    kube::DeploymentInfo m_deployment;
    int m_cap;
    kube::Plan m_plan;
    kube::RecordedHpa m_restore;
    void showCostImpact();

    QSpinBox* m_replicas = nullptr;
    QLabel* m_costImpact = nullptr;
    double m_replicaHourUsd = std::numeric_limits<double>::quiet_NaN(); ///< what one replica costs, once known
    QString m_replicaCostHow;
    QTableWidget* m_revisions = nullptr;
    std::vector<kube::Revision> m_revisionList;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_typedName = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_confirm = nullptr;
    bool m_running = false;
};

} // namespace atalaya

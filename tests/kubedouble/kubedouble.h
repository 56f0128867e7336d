// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace atalaya::test {

/// Starts tests/kubedouble/kube-double.py on a free loopback port with the deployments (and
/// ConfigMaps, under the key "configmaps") in @p stateJson, and writes a kubeconfig with three
/// contexts: "operator" (the current one), "viewer" and "manager".
class KubeDouble
{
public:
    /// Empty when it started; otherwise what went wrong.
    QString start(const QByteArray& stateJson, const QStringList& extraArgs = {})
    {
        QFile state(m_dir.filePath(QStringLiteral("state.json")));
        if (!state.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(state.fileName());
        state.write(stateJson);
        state.close();
        m_process.setProgram(QStringLiteral(KUBE_DOUBLE));
        m_process.setArguments(QStringList { QStringLiteral("--state"), state.fileName(), QStringLiteral("--tls-dir"),
                                             m_dir.filePath(QStringLiteral("tls")), QStringLiteral("--ready-delay"), QStringLiteral("1"),
                                             QStringLiteral("--token"), QStringLiteral("operator-token=operator"), QStringLiteral("--token"),
                                             QStringLiteral("viewer-token=viewer"), QStringLiteral("--token"),
                                             QStringLiteral("manager-token=manager") }
                               + extraArgs);
        m_process.start();
        if (!m_process.waitForStarted())
            return m_process.errorString();
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < 20000)
            QTest::qWait(20);
        const QString url = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!url.startsWith(QStringLiteral("https://127.0.0.1:")))
            return QStringLiteral("the double did not start: %1 %2").arg(url, QString::fromUtf8(m_process.readAllStandardError()));
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QFile kc(m_kubeconfig);
        if (!kc.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the kubeconfig");
        kc.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: double\n  cluster:\n    server: %1\n"
                                "    certificate-authority: %2\nusers:\n- name: ana\n  user:\n    token: operator-token\n"
                                "- name: vera\n  user:\n    token: viewer-token\n- name: mara\n  user:\n    token: manager-token\ncontexts:\n"
                                "- name: operator\n  context:\n    cluster: double\n    user: ana\n- name: viewer\n  context:\n"
                                "    cluster: double\n    user: vera\n- name: manager\n  context:\n    cluster: double\n    user: mara\n"
                                "current-context: operator\n")
                     .arg(url, m_dir.filePath(QStringLiteral("tls/ca.crt")))
                     .toUtf8());
        return {};
    }
    ~KubeDouble()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    const QString& kubeconfig() const { return m_kubeconfig; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_kubeconfig;
};

} // namespace atalaya::test

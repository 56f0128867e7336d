// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>

#include <QFuture>
#include <QString>
#include <QStringList>

namespace atalaya::kube {

/// Where kubectl points: the user's own kubeconfig and context. Atalaya stores no credentials;
/// it only names the file and the context, and kubectl does the rest.
struct Target
{
    QString kubectl = QStringLiteral("kubectl"); ///< program; resolved on PATH when not absolute
    QString kubeconfig; ///< empty: kubectl's default ($KUBECONFIG, ~/.kube/config)
    QString context; ///< empty: the kubeconfig's current context
    QString namespaceName;
    std::chrono::seconds requestTimeout { 10 }; ///< kubectl --request-timeout (per HTTP request)
};

/// Why a kubectl run failed, from its exit status and the last meaningful line of stderr.
enum class ErrorKind
{
    None,
    InvalidArgument, ///< refused before kubectl ran: a name or value that is not allowed
    NotInstalled, ///< the program could not be started
    Timeout, ///< the run took longer than its deadline and was killed
    Forbidden, ///< "Error from server (Forbidden)": RBAC says no
    NotFound,
    Conflict, ///< changed meanwhile: read again and retry
    Invalid, ///< the server rejected the object
    Unauthorized, ///< credentials expired or wrong
    PreconditionFailed, ///< --current-replicas did not match: someone else scaled it
    ConnectionRefused,
    Unreachable, ///< DNS, TLS, network timeouts: "Unable to connect to the server"
    UnknownContext,
    RolloutFailed, ///< "exceeded its progress deadline"
    Other,
};

struct Result
{
    ErrorKind error = ErrorKind::None;
    int exitCode = -1;
    QString stdoutText;
    QString stderrText;
    QString message; ///< one sentence for people: what failed and why (empty on success)
    QStringList arguments; ///< what was run (argument list, never a shell line)
    qint64 elapsedMs = 0;

    bool ok() const { return error == ErrorKind::None; }
};

/// A Kubernetes object name as the API accepts it for deployments, namespaces, HPAs, config maps:
/// an RFC 1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters,
/// starting and ending with a letter or digit). Anything else — "; rm -rf", "--all", "../x" — is
/// refused before kubectl runs.
bool isValidName(const QString& name);
/// A context name from a kubeconfig: printable, no leading '-', no whitespace or shell syntax.
bool isValidContext(const QString& context);

/// Reads kubectl's stderr the way its own StandardErrorMessage writes it: the last line that is not
/// a klog line ("E0822 12:00:00.000 …"), matched on "Error from server (Reason)" and the transport
/// messages.
ErrorKind classifyError(const QString& stderrText, QString* lastLine = nullptr);

/// The command line for people (preview, audit): arguments quoted where needed. Only for showing;
/// the runner never hands a line to a shell.
QString displayCommand(const QString& program, const QStringList& arguments);

/// Runs kubectl with an argument list (QProcess, never a shell), on the thread pool, with the
/// target's global flags first (--kubeconfig, --context, -n, --request-timeout), a deadline for the
/// whole run, stdout and stderr kept apart, and errors mapped to causes.
class Runner
{
public:
    explicit Runner(Target target);
    const Target& target() const { return m_target; }

    /// The full argument list for @p args (global flags first), or nullopt with @p why when a
    /// value is not allowed.
    std::optional<QStringList> arguments(const QStringList& args, QString* why = nullptr) const;
    /// Runs @p args; @p names are the object names in them, checked with isValidName() first.
    QFuture<Result> run(const QStringList& args, const QStringList& names, std::chrono::milliseconds deadline) const;
    /// The same, blocking: for work that is already off the GUI thread (an action's steps).
    Result runNow(const QStringList& args, const QStringList& names, std::chrono::milliseconds deadline) const;
    /// The arguments (after the global flags) of the commands below, for previews; empty when a
    /// value is not allowed.
    static QStringList scaleArgs(const QString& deployment, int replicas, std::optional<int> currentReplicas);
    static QStringList patchHpaArgs(const QString& hpa, int minReplicas, std::optional<int> maxReplicas);
    static QStringList undoArgs(const QString& deployment, std::optional<int> toRevision);
    static QStringList restartArgs(const QString& deployment);
    static QStringList statusArgs(const QString& deployment, std::chrono::seconds timeout);
    /// `get configmap NAME -o json`.
    static QStringList getConfigMapArgs(const QString& name);
    /// `patch configmap NAME --type=merge -p JSON`, the JSON as one argument, as given. Also empty
    /// when @p mergePatchJson is not a JSON object or longer than kMaxPatchBytes.
    static QStringList patchConfigMapArgs(const QString& name, const QByteArray& mergePatchJson);
    /// Linux takes at most 128 KiB (MAX_ARG_STRLEN, with its terminating NUL) in one argument: a
    /// longer patch could not even be started. The API server's own limit for a ConfigMap is 1 MiB.
    static constexpr qsizetype kMaxPatchBytes = 128 * 1024 - 1;

    // The commands the console uses. Each validates its names.
    QFuture<Result> getDeployments() const;
    QFuture<Result> getReplicaSets(const QString& selector) const;
    QFuture<Result> getHpas() const;
    QFuture<Result> scale(const QString& deployment, int replicas, std::optional<int> currentReplicas) const;
    QFuture<Result> patchHpaReplicas(const QString& hpa, int minReplicas, std::optional<int> maxReplicas) const;
    QFuture<Result> rolloutUndo(const QString& deployment, std::optional<int> toRevision) const;
    QFuture<Result> rolloutRestart(const QString& deployment) const;
    QFuture<Result> rolloutStatus(const QString& deployment, std::chrono::seconds timeout) const;
    /// A ConfigMap as JSON (stdout), with its resourceVersion for a later patch.
    QFuture<Result> getConfigMap(const QString& name) const;
    /// A JSON merge patch (RFC 7386) of a ConfigMap. With "metadata": {"resourceVersion": RV} in
    /// it, the server refuses (ErrorKind::Conflict) when the ConfigMap changed since RV was read.
    QFuture<Result> patchConfigMap(const QString& name, const QByteArray& mergePatchJson) const;
    /// `kubectl auth can-i VERB RESOURCE [--subresource=SUB]`: ok() with stdout "yes", or error.
    QFuture<Result> canI(const QString& verb, const QString& resource, const QString& subresource = {}) const;

private:
    Target m_target;
};

} // namespace atalaya::kube

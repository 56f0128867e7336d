// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/kubectl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QRegularExpression>
#include <QtConcurrent>

#include "util/priority.h"
#include "util/threadguard.h"
#include "util/workpool.h"

namespace atalaya::kube {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atalaya::kube::Runner", text);
}

bool isLower(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

/// label selector: key=value[,key=value], keys may carry a DNS prefix ("app.kubernetes.io/name").
bool isValidSelector(const QString& selector)
{
    static const QRegularExpression re(QStringLiteral(
        "^([A-Za-z0-9]([A-Za-z0-9._/-]{0,251}[A-Za-z0-9])?=[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)"
        "(,[A-Za-z0-9]([A-Za-z0-9._/-]{0,251}[A-Za-z0-9])?=[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)*$"));
    return re.match(selector).hasMatch();
}

bool isKlogLine(const QString& line)
{
    // klog: a severity letter, MMDD, a time: "E0822 12:34:56.789012   1234 memcache.go:265] ..."
    static const QRegularExpression re(QStringLiteral("^[IWEF]\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d+"));
    return re.match(line).hasMatch();
}

QString describe(ErrorKind kind, const QString& line)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::InvalidArgument:
        return line;
    case ErrorKind::NotInstalled:
        return tr("kubectl could not be started (%1): install it or set its path in the configuration").arg(line);
    case ErrorKind::Timeout:
        return tr("kubectl did not finish in time and was stopped (%1)").arg(line);
    case ErrorKind::Forbidden:
        return tr("not allowed by the cluster (RBAC): %1").arg(line);
    case ErrorKind::NotFound:
        return tr("not found: %1").arg(line);
    case ErrorKind::Conflict:
        return tr("changed meanwhile, read it again and retry: %1").arg(line);
    case ErrorKind::Invalid:
        return tr("rejected by the API server: %1").arg(line);
    case ErrorKind::Unauthorized:
        return tr("the cluster refused the credentials of this kube context (log in again): %1").arg(line);
    case ErrorKind::PreconditionFailed:
        return tr("someone else changed the replica count first: %1").arg(line);
    case ErrorKind::ConnectionRefused:
        return tr("the API server refused the connection: %1").arg(line);
    case ErrorKind::Unreachable:
        return tr("the API server cannot be reached: %1").arg(line);
    case ErrorKind::UnknownContext:
        return tr("the kube context is not in the kubeconfig: %1").arg(line);
    case ErrorKind::RolloutFailed:
        return tr("the rollout failed: %1").arg(line);
    case ErrorKind::Other:
        break;
    }
    return tr("kubectl failed: %1").arg(line);
}

/// A request refused before kubectl runs.
Result refusal(const QString& message)
{
    Result r;
    r.error = ErrorKind::InvalidArgument;
    r.message = message;
    return r;
}

QFuture<Result> refused(const QString& message)
{
    return QtFuture::makeReadyFuture(refusal(message));
}

} // namespace

bool isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > 253 || !isLower(name.front()) || !isLower(name.back()))
        return false;
    for (QChar c : name)
        if (!isLower(c) && c != u'-' && c != u'.')
            return false;
    return !name.contains(QStringLiteral(".."));
}

bool isValidContext(const QString& context)
{
    if (context.isEmpty() || context.size() > 253 || context.front() == u'-')
        return false;
    for (QChar c : context)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'@' || c == u':' || c == u'/'))
            return false;
    return true;
}

ErrorKind classifyError(const QString& stderrText, QString* lastLine)
{
    QString line;
    QStringList causes;
    const QStringList lines = stderrText.split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString l = it->trimmed();
        if (l.isEmpty() || isKlogLine(l))
            continue;
        // An error with several causes is a heading and one "* cause" line each: the heading says
        // what failed, the causes go after it.
        if (l.startsWith(QStringLiteral("* "))) {
            causes.prepend(l.mid(2));
            continue;
        }
        line = causes.isEmpty() ? l : l + u' ' + causes.join(QStringLiteral("; "));
        break;
    }
    if (line.isEmpty())
        line = causes.join(QStringLiteral("; "));
    if (lastLine)
        *lastLine = line;
    if (line.startsWith(QStringLiteral("Error from server (Forbidden)")))
        return ErrorKind::Forbidden;
    // kubectl scale of a missing deployment finds nothing to scale rather than reporting the 404.
    if (line.startsWith(QStringLiteral("Error from server (NotFound)")) || line.contains(QStringLiteral("no objects passed to scale"))
        || line.contains(QStringLiteral("unable to find specified revision")))
        return ErrorKind::NotFound;
    if (line.startsWith(QStringLiteral("Error from server (Conflict)")))
        return ErrorKind::Conflict;
    // kubectl writes a 422 its own way: "The request is invalid: …" without details, else
    // "The ConfigMap \"flags\" is invalid: data[x]: …" (its checkErr, not "Error from server").
    static const QRegularExpression invalid(QStringLiteral("^The [A-Za-z0-9.]+ \"[^\"]*\" is invalid"));
    if (line.startsWith(QStringLiteral("Error from server (Invalid)")) || line.startsWith(QStringLiteral("The request is invalid"))
        || invalid.match(line).hasMatch())
        return ErrorKind::Invalid;
    if (line.contains(QStringLiteral("(Unauthorized)")))
        return ErrorKind::Unauthorized;
    if (line.contains(QStringLiteral("Expected replicas to be")))
        return ErrorKind::PreconditionFailed;
    if (line.contains(QStringLiteral("was refused - did you specify the right host or port")))
        return ErrorKind::ConnectionRefused;
    if (line.startsWith(QStringLiteral("Unable to connect to the server")))
        return ErrorKind::Unreachable;
    if (line.contains(QStringLiteral("context \"")) && line.contains(QStringLiteral("does not exist")))
        return ErrorKind::UnknownContext;
    if (line.contains(QStringLiteral("exceeded its progress deadline")))
        return ErrorKind::RolloutFailed;
    if (line.contains(QStringLiteral("timed out waiting for the condition")))
        return ErrorKind::Timeout;
    return ErrorKind::Other;
}

QString displayCommand(const QString& program, const QStringList& arguments)
{
    QStringList parts { program };
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,@%+-]+$"));
    for (const QString& a : arguments) {
        if (plain.match(a).hasMatch())
            parts << a;
        else
            parts << QStringLiteral("'") + QString(a).replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QStringLiteral("'");
    }
    return parts.join(u' ');
}

Runner::Runner(Target target)
    : m_target(std::move(target))
{
}

std::optional<QStringList> Runner::arguments(const QStringList& args, QString* why) const
{
    auto refuse = [&](const QString& message) -> std::optional<QStringList> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    if (!isValidName(m_target.namespaceName))
        return refuse(tr("namespace \"%1\" is not a valid Kubernetes name").arg(m_target.namespaceName));
    if (!m_target.context.isEmpty() && !isValidContext(m_target.context))
        return refuse(tr("kube context \"%1\" is not a valid context name").arg(m_target.context));
    if (m_target.kubeconfig.startsWith(u'-'))
        return refuse(tr("kubeconfig path \"%1\" is not allowed").arg(m_target.kubeconfig));
    QStringList out;
    if (!m_target.kubeconfig.isEmpty())
        out << QStringLiteral("--kubeconfig=") + m_target.kubeconfig;
    if (!m_target.context.isEmpty())
        out << QStringLiteral("--context=") + m_target.context;
    out << QStringLiteral("--namespace=") + m_target.namespaceName
        << QStringLiteral("--request-timeout=%1s").arg(m_target.requestTimeout.count());
    return out + args;
}

QFuture<Result> Runner::run(const QStringList& args, const QStringList& names, std::chrono::milliseconds deadline) const
{
    // runNow() checks the names and values first: a refused request never starts a process.
    return QtConcurrent::run(workPool(), [this_ = *this, args, names, deadline] { return this_.runNow(args, names, deadline); });
}

Result Runner::runNow(const QStringList& args, const QStringList& names, std::chrono::milliseconds deadline) const
{
    QString why;
    for (const QString& name : names)
        if (!isValidName(name))
            why = tr("\"%1\" is not a valid Kubernetes name: nothing was run").arg(name);
    std::optional<QStringList> full;
    if (why.isEmpty())
        full = arguments(args, &why);
    if (!full)
        return refusal(why);
    return [program = m_target.kubectl, arguments = *full, deadline] {
        assertNotGuiThread("kube::Runner::run");
        Result r;
        r.arguments = arguments;
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.setProgram(program);
        p.setArguments(arguments);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.setChildProcessModifier([] { lowerThisProcessPriority(); }); // a Go program on every core otherwise
        p.start(QIODevice::ReadOnly);
        if (!p.waitForStarted(10000)) {
            r.error = ErrorKind::NotInstalled;
            r.message = describe(r.error, QStringLiteral("%1: %2").arg(program, p.errorString()));
            return r;
        }
        const bool finished = p.waitForFinished(static_cast<int>(deadline.count()));
        if (!finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.elapsedMs = timer.elapsed();
        r.stdoutText = QString::fromUtf8(p.readAllStandardOutput());
        r.stderrText = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (!finished) {
            r.error = ErrorKind::Timeout;
            r.message = describe(r.error, tr("after %1 ms").arg(deadline.count()));
        } else if (r.exitCode != 0) {
            QString line;
            r.error = classifyError(r.stderrText, &line);
            r.message = describe(r.error, line.isEmpty() ? tr("exit code %1").arg(r.exitCode) : line);
        }
        return r;
    }();
}

namespace {
constexpr std::chrono::seconds kShort { 30 };
}

QStringList Runner::scaleArgs(const QString& deployment, int replicas, std::optional<int> currentReplicas)
{
    QStringList args { QStringLiteral("scale"), QStringLiteral("deployment/") + deployment, QStringLiteral("--replicas=%1").arg(replicas) };
    if (currentReplicas)
        args << QStringLiteral("--current-replicas=%1").arg(*currentReplicas);
    return args;
}

QStringList Runner::patchHpaArgs(const QString& hpa, int minReplicas, std::optional<int> maxReplicas)
{
    // Built from integers only: no user text reaches the patch.
    const QString patch = maxReplicas ? QStringLiteral("{\"spec\":{\"minReplicas\":%1,\"maxReplicas\":%2}}").arg(minReplicas).arg(*maxReplicas)
                                      : QStringLiteral("{\"spec\":{\"minReplicas\":%1}}").arg(minReplicas);
    return { QStringLiteral("patch"), QStringLiteral("horizontalpodautoscalers.v2.autoscaling"), hpa, QStringLiteral("--type=merge"),
             QStringLiteral("--patch=") + patch };
}

QStringList Runner::undoArgs(const QString& deployment, std::optional<int> toRevision)
{
    QStringList args { QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("deployment/") + deployment };
    if (toRevision)
        args << QStringLiteral("--to-revision=%1").arg(*toRevision);
    return args;
}

QStringList Runner::restartArgs(const QString& deployment)
{
    return { QStringLiteral("rollout"), QStringLiteral("restart"), QStringLiteral("deployment/") + deployment };
}

QStringList Runner::statusArgs(const QString& deployment, std::chrono::seconds timeout)
{
    return { QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/") + deployment,
             QStringLiteral("--timeout=%1s").arg(timeout.count()) };
}

QStringList Runner::getConfigMapArgs(const QString& name)
{
    if (!isValidName(name))
        return {};
    return { QStringLiteral("get"), QStringLiteral("configmap"), name, QStringLiteral("-o"), QStringLiteral("json") };
}

namespace {
bool isJsonObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}
} // namespace

QStringList Runner::patchConfigMapArgs(const QString& name, const QByteArray& mergePatchJson)
{
    // An object, so the argument after -p starts with '{' (or blanks) and can never read as a flag.
    if (!isValidName(name) || mergePatchJson.size() > kMaxPatchBytes || !isJsonObject(mergePatchJson))
        return {};
    return { QStringLiteral("patch"), QStringLiteral("configmap"), name, QStringLiteral("--type=merge"), QStringLiteral("-p"),
             QString::fromUtf8(mergePatchJson) };
}

QFuture<Result> Runner::getDeployments() const
{
    return run({ QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-o"), QStringLiteral("json") }, {}, kShort);
}

QFuture<Result> Runner::getReplicaSets(const QString& selector) const
{
    if (!isValidSelector(selector))
        return refused(tr("\"%1\" is not a valid label selector: nothing was run").arg(selector));
    return run({ QStringLiteral("get"), QStringLiteral("replicasets"), QStringLiteral("--selector=") + selector, QStringLiteral("-o"),
                 QStringLiteral("json") },
               {}, kShort);
}

QFuture<Result> Runner::getHpas() const
{
    return run({ QStringLiteral("get"), QStringLiteral("horizontalpodautoscalers.v2.autoscaling"), QStringLiteral("-o"), QStringLiteral("json") },
               {}, kShort);
}

QFuture<Result> Runner::scale(const QString& deployment, int replicas, std::optional<int> currentReplicas) const
{
    if (replicas < 0 || replicas > 10000 || (currentReplicas && *currentReplicas < 0))
        return refused(tr("%1 replicas is not a replica count: nothing was run").arg(replicas));
    return run(scaleArgs(deployment, replicas, currentReplicas), { deployment }, kShort);
}

QFuture<Result> Runner::patchHpaReplicas(const QString& hpa, int minReplicas, std::optional<int> maxReplicas) const
{
    if (minReplicas < 1 || minReplicas > 10000 || (maxReplicas && *maxReplicas < minReplicas))
        return refused(tr("minReplicas %1 / maxReplicas %2 is not a valid range: nothing was run")
                           .arg(minReplicas)
                           .arg(maxReplicas ? QString::number(*maxReplicas) : QStringLiteral("-")));
    return run(patchHpaArgs(hpa, minReplicas, maxReplicas), { hpa }, kShort);
}

QFuture<Result> Runner::rolloutUndo(const QString& deployment, std::optional<int> toRevision) const
{
    if (toRevision && *toRevision < 1)
        return refused(tr("revision %1 does not exist: nothing was run").arg(*toRevision));
    return run(undoArgs(deployment, toRevision), { deployment }, kShort);
}

QFuture<Result> Runner::rolloutRestart(const QString& deployment) const
{
    return run(restartArgs(deployment), { deployment }, kShort);
}

QFuture<Result> Runner::rolloutStatus(const QString& deployment, std::chrono::seconds timeout) const
{
    return run(statusArgs(deployment, timeout), { deployment }, timeout + kShort);
}

QFuture<Result> Runner::getConfigMap(const QString& name) const
{
    return run(getConfigMapArgs(name), { name }, kShort);
}

QFuture<Result> Runner::patchConfigMap(const QString& name, const QByteArray& mergePatchJson) const
{
    if (mergePatchJson.size() > kMaxPatchBytes)
        return refused(tr("the patch is %1 bytes, more than kubectl can take in one argument (%2): nothing was run")
                           .arg(mergePatchJson.size())
                           .arg(kMaxPatchBytes));
    if (!isJsonObject(mergePatchJson))
        return refused(tr("the patch is not a JSON object: nothing was run"));
    return run(patchConfigMapArgs(name, mergePatchJson), { name }, kShort);
}

QFuture<Result> Runner::canI(const QString& verb, const QString& resource, const QString& subresource) const
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9.-]{0,62}$"));
    for (const QString& w : { verb, resource, subresource })
        if (!w.isEmpty() && !word.match(w).hasMatch())
            return refused(tr("\"%1\" is not a verb or resource name: nothing was run").arg(w));
    QStringList args { QStringLiteral("auth"), QStringLiteral("can-i"), verb, resource };
    if (!subresource.isEmpty())
        args << QStringLiteral("--subresource=") + subresource;
    // "no" is an answer, not a failure of kubectl: exit 1 with "no[ - reason]" on stdout.
    return run(args, {}, kShort).then([](Result r) {
        if (r.exitCode == 1 && r.stdoutText.trimmed().startsWith(QStringLiteral("no"))) {
            r.error = ErrorKind::Forbidden;
            r.message = tr("not allowed: %1").arg(r.stdoutText.trimmed());
        }
        return r;
    });
}

} // namespace atalaya::kube

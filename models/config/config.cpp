// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/config.h"

#include <cmath>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include "domain/querytiming.h"
#include "actions/kubectl.h"
#include "util/threadguard.h"

using json = nlohmann::json;

namespace atalaya {
namespace {

/// Messages of this file are translated in the "Config" context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Config)
};

/// Thrown while reading one file; caught per file so that the problem names the file.
struct KeyError
{
    QString key;
    QString message;
};

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString child(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromUtf8(key) : path + u'.' + QString::fromUtf8(key);
}

QString index(const QString& path, size_t i)
{
    return path + u'[' + QString::number(i) + u']';
}

const char* typeName(const json& j)
{
    return j.type_name();
}

void checkKeys(const json& obj, const QString& path, std::initializer_list<const char*> allowed)
{
    if (!obj.is_object())
        throw KeyError { path, Text::tr("expected an object, found %1").arg(QString::fromUtf8(typeName(obj))) };
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = false;
        for (const char* a : allowed)
            known = known || it.key() == a;
        if (!known) {
            QStringList names;
            for (const char* a : allowed)
                names << QString::fromUtf8(a);
            throw KeyError { child(path, it.key().c_str()),
                             Text::tr("unknown key (known keys here: %1)").arg(names.join(QStringLiteral(", "))) };
        }
    }
}

QString getString(const json& obj, const char* key, const QString& path, const QString& fallback = {})
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return fallback;
    if (!it->is_string())
        throw KeyError { child(path, key), Text::tr("expected a string, found %1").arg(QString::fromUtf8(typeName(*it))) };
    return qs(it->get<std::string>());
}

/// One of a key's named values, the first being its value when the key is absent; any other name
/// is a KeyError with the message @p refusal gives for it.
template<typename E, typename Refusal>
E getChoice(const json& obj, const char* key, const QString& path, std::initializer_list<std::pair<const char16_t*, E>> choices,
            Refusal refusal)
{
    const QString name = getString(obj, key, path, QString::fromUtf16(choices.begin()->first));
    for (const auto& [choice, value] : choices)
        if (name == QStringView(choice))
            return value;
    throw KeyError { child(path, key), refusal(name) };
}

double getNumber(const json& obj, const char* key, const QString& path, double fallback)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return fallback;
    if (!it->is_number())
        throw KeyError { child(path, key), Text::tr("expected a number, found %1").arg(QString::fromUtf8(typeName(*it))) };
    return it->get<double>();
}

std::optional<double> getOptionalNumber(const json& obj, const char* key, const QString& path)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return std::nullopt;
    return getNumber(obj, key, path, 0);
}

bool getBool(const json& obj, const char* key, const QString& path, bool fallback)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return fallback;
    if (!it->is_boolean())
        throw KeyError { child(path, key), Text::tr("expected true or false, found %1").arg(QString::fromUtf8(typeName(*it))) };
    return it->get<bool>();
}

std::chrono::milliseconds getDuration(const json& obj, const char* key, const QString& path,
                                      std::chrono::milliseconds fallback)
{
    const QString text = getString(obj, key, path);
    if (text.isEmpty())
        return fallback;
    const auto d = parsePromDuration(text);
    if (!d || d->count() <= 0)
        throw KeyError { child(path, key), Text::tr("\"%1\" is not a duration (examples: 15s, 5m, 1h30m)").arg(text) };
    return *d;
}

/// Ids end up in PromQL label matchers, Kubernetes names and SQL: keep them to a safe alphabet.
QString getId(const json& obj, const char* key, const QString& path)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?$"));
    const QString id = getString(obj, key, path);
    if (id.isEmpty())
        throw KeyError { child(path, key), Text::tr("is required") };
    if (!re.match(id).hasMatch())
        throw KeyError { child(path, key),
                         Text::tr("\"%1\" is not a valid id (lowercase letters, digits, '-' and '_', at most 63)").arg(id) };
    return id;
}

SourceConfig parseSource(const json& j, const QString& path)
{
    checkKeys(j, path, { "url", "pathPrefix", "auth", "headers", "timeout", "scrapeInterval", "compression", "maxConcurrentQueries" });
    SourceConfig s;
    const QString url = getString(j, "url", path);
    s.url = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty() || !s.url.isValid() || (s.url.scheme() != u"http" && s.url.scheme() != u"https")
        || s.url.host().isEmpty())
        throw KeyError { child(path, "url"), Text::tr("\"%1\" is not an http:// or https:// URL").arg(url) };
    if (!s.url.userInfo().isEmpty())
        throw KeyError { child(path, "url"),
                         Text::tr("credentials must not be written in the URL; use \"auth\" with \"secretEnv\"") };
    s.pathPrefix = getString(j, "pathPrefix", path);
    if (!s.pathPrefix.isEmpty() && !s.pathPrefix.startsWith(u'/'))
        throw KeyError { child(path, "pathPrefix"), Text::tr("must start with '/'") };
    if (auto a = j.find("auth"); a != j.end()) {
        const QString ap = child(path, "auth");
        checkKeys(*a, ap, { "kind", "username", "secretEnv" });
        s.auth = getChoice<AuthKind>(*a, "kind", ap, { { u"none", AuthKind::None }, { u"basic", AuthKind::Basic }, { u"bearer", AuthKind::Bearer } },
                                     [](const QString& name) { return Text::tr("\"%1\" is not one of none, basic, bearer").arg(name); });
        s.username = getString(*a, "username", ap);
        s.secretEnv = getString(*a, "secretEnv", ap);
        static const QRegularExpression envRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (s.auth != AuthKind::None && !envRe.match(s.secretEnv).hasMatch())
            throw KeyError { child(ap, "secretEnv"),
                             Text::tr("must name the environment variable that holds the secret (secrets are never "
                                "stored in this file)") };
        if (s.auth == AuthKind::Basic && s.username.isEmpty())
            throw KeyError { child(ap, "username"), Text::tr("is required for basic auth") };
    }
    if (auto h = j.find("headers"); h != j.end()) {
        const QString hp = child(path, "headers");
        if (!h->is_object())
            throw KeyError { hp, Text::tr("expected an object of header names to values") };
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9-]+$"));
        for (auto it = h->begin(); it != h->end(); ++it) {
            const QString name = qs(it.key());
            if (!nameRe.match(name).hasMatch() || name.compare(u"Authorization", Qt::CaseInsensitive) == 0)
                throw KeyError { child(hp, it.key().c_str()), Text::tr("not an allowed header name") };
            if (!it->is_string())
                throw KeyError { child(hp, it.key().c_str()), Text::tr("expected a string") };
            const QString value = qs(it->get<std::string>());
            if (value.contains(u'\n') || value.contains(u'\r'))
                throw KeyError { child(hp, it.key().c_str()), Text::tr("header values must be one line") };
            s.headers.emplace_back(name.toLatin1(), value.toUtf8());
        }
    }
    s.timeout = getDuration(j, "timeout", path, s.timeout);
    s.scrapeInterval = std::chrono::duration_cast<std::chrono::seconds>(
        getDuration(j, "scrapeInterval", path, s.scrapeInterval));
    if (s.scrapeInterval.count() < 1)
        throw KeyError { child(path, "scrapeInterval"), Text::tr("must be at least 1s") };
    s.compression = getChoice<Compression>(j, "compression", path,
                                           { { u"auto", Compression::Auto }, { u"gzip", Compression::Gzip }, { u"none", Compression::None } },
                                           [](const QString& name) { return Text::tr("\"%1\" is not one of auto, gzip, none").arg(name); });
    if (auto m = j.find("maxConcurrentQueries"); m != j.end() && !(m->is_string() && m->get<std::string>() == "auto")) {
        const double n = m->is_number() ? m->get<double>() : 0;
        if (n < 1 || n > SourceConfig::kMaxConcurrentQueries || std::floor(n) != n)
            throw KeyError { child(path, "maxConcurrentQueries"),
                             Text::tr("expected \"auto\" or a whole number from 1 to %1").arg(SourceConfig::kMaxConcurrentQueries) };
        s.maxConcurrentQueries = static_cast<int>(n);
    }
    return s;
}

DatabaseConfig parseDatabase(const json& j, const QString& path)
{
    checkKeys(j, path, { "host", "port", "database", "user", "sslmode", "sslrootcert", "passwordEnv", "connectTimeout", "statementTimeout" });
    DatabaseConfig d;
    // The values end up in a libpq connection string: a safe alphabet, no spaces or quotes.
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.:-]{1,253}$"));
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]{0,62}$"));
    d.host = getString(j, "host", path);
    if (!hostRe.match(d.host).hasMatch())
        throw KeyError { child(path, "host"), Text::tr("\"%1\" is not a host name or address").arg(d.host) };
    const double port = getNumber(j, "port", path, d.port);
    if (port < 1 || port > 65535 || std::floor(port) != port)
        throw KeyError { child(path, "port"), Text::tr("expected a port from 1 to 65535") };
    d.port = static_cast<int>(port);
    d.database = getString(j, "database", path);
    d.user = getString(j, "user", path);
    for (const auto& [key, value] : { std::pair { "database", d.database }, { "user", d.user } })
        if (!nameRe.match(value).hasMatch())
            throw KeyError { child(path, key), Text::tr("\"%1\" is not a PostgreSQL name (letters, digits, '_', '-')").arg(value) };
    d.sslmode = getString(j, "sslmode", path, d.sslmode);
    static const QStringList modes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
                                     QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    if (!modes.contains(d.sslmode))
        throw KeyError { child(path, "sslmode"), Text::tr("must be one of %1").arg(modes.join(QStringLiteral(", "))) };
    d.sslrootcert = getString(j, "sslrootcert", path);
    if (!d.sslrootcert.isEmpty() && (!QDir::isAbsolutePath(d.sslrootcert) || d.sslrootcert.contains(u' ') || d.sslrootcert.contains(u'\'')))
        throw KeyError { child(path, "sslrootcert"), Text::tr("expected an absolute file name without spaces or quotes") };
    d.passwordEnv = getString(j, "passwordEnv", path);
    static const QRegularExpression envRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!d.passwordEnv.isEmpty() && !envRe.match(d.passwordEnv).hasMatch())
        throw KeyError { child(path, "passwordEnv"),
                         Text::tr("must name the environment variable that holds the password (passwords are never stored in this file)") };
    d.connectTimeout = std::chrono::duration_cast<std::chrono::seconds>(getDuration(j, "connectTimeout", path, d.connectTimeout));
    d.statementTimeout = getDuration(j, "statementTimeout", path, d.statementTimeout);
    if (d.host.isEmpty() || d.database.isEmpty() || d.user.isEmpty())
        throw KeyError { path, Text::tr("host, database and user are required") };
    return d;
}

void parseQueries(const json& j, const QString& path, QueryTemplates& into)
{
    if (!j.is_object())
        throw KeyError { path, Text::tr("expected an object of query names to PromQL") };
    const QStringList known = QueryTemplates::knownNames();
    const QStringList placeholders = QueryTemplates::knownPlaceholders();
    static const QRegularExpression phRe(QStringLiteral("\\{([a-zA-Z]+)\\}"));
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString name = qs(it.key());
        const QString key = child(path, it.key().c_str());
        if (!known.contains(name))
            throw KeyError { key, Text::tr("unknown query (known: %1)").arg(known.join(QStringLiteral(", "))) };
        if (!it->is_string() || it->get<std::string>().empty())
            throw KeyError { key, Text::tr("expected a PromQL string") };
        const QString text = qs(it->get<std::string>());
        for (auto m = phRe.globalMatch(text); m.hasNext();) {
            const QString ph = m.next().captured(1);
            if (!placeholders.contains(ph))
                throw KeyError { key, Text::tr("unknown placeholder {%1} (known: %2)").arg(ph, placeholders.join(u", ")) };
        }
        into.templates[name] = text;
    }
}

Vertical parseVertical(const json& j, const QString& path)
{
    checkKeys(j, path,
              { "id", "name", "namespace", "deployment", "peakHours", "scalingPattern", "costPerBookingUsd",
                "monthlyBudgetUsd", "maxReplicas", "healthData" });
    Vertical v;
    v.id = getId(j, "id", path);
    v.name = getString(j, "name", path, v.id);
    v.namespaceName = getString(j, "namespace", path, v.id);
    v.deployment = getString(j, "deployment", path, QStringLiteral("api"));
    if (auto p = j.find("peakHours"); p != j.end()) {
        const QString pp = child(path, "peakHours");
        if (!p->is_array())
            throw KeyError { pp, Text::tr("expected a list of [from, to] hours") };
        for (size_t i = 0; i < p->size(); ++i) {
            const json& w = (*p)[i];
            if (!w.is_array() || w.size() != 2 || !w[0].is_number_integer() || !w[1].is_number_integer()
                || w[0].get<int>() < 0 || w[1].get<int>() > 24 || w[0].get<int>() >= w[1].get<int>())
                throw KeyError { index(pp, i), Text::tr("expected [from, to] with 0 <= from < to <= 24") };
            v.peakHours.emplace_back(w[0].get<int>(), w[1].get<int>());
        }
    }
    v.scalingPattern = getString(j, "scalingPattern", path);
    v.costPerBookingUsd = getOptionalNumber(j, "costPerBookingUsd", path);
    v.monthlyBudgetUsd = getOptionalNumber(j, "monthlyBudgetUsd", path);
    const double maxReplicas = getNumber(j, "maxReplicas", path, 20);
    if (maxReplicas < 1 || maxReplicas > 1000 || std::floor(maxReplicas) != maxReplicas)
        throw KeyError { child(path, "maxReplicas"), Text::tr("expected a whole number from 1 to 1000") };
    v.maxReplicas = static_cast<int>(maxReplicas);
    v.healthData = getBool(j, "healthData", path, false);
    return v;
}

Region parseRegion(const json& j, const QString& path)
{
    checkKeys(j, path, { "id", "name", "role", "lat", "lon", "p95TargetMs", "targetSource", "share", "label", "area" });
    Region r;
    r.id = getId(j, "id", path);
    r.name = getString(j, "name", path, r.id);
    r.role = getString(j, "role", path);
    r.latitude = getNumber(j, "lat", path, 0);
    r.longitude = getNumber(j, "lon", path, 0);
    if (r.latitude < -90 || r.latitude > 90)
        throw KeyError { child(path, "lat"), Text::tr("latitude must be between -90 and 90") };
    if (r.longitude < -180 || r.longitude > 180)
        throw KeyError { child(path, "lon"), Text::tr("longitude must be between -180 and 180") };
    r.p95TargetMs = getNumber(j, "p95TargetMs", path, 0);
    if (r.p95TargetMs <= 0)
        throw KeyError { child(path, "p95TargetMs"), Text::tr("must be a positive number of milliseconds") };
    r.targetSource = getString(j, "targetSource", path);
    r.share = getNumber(j, "share", path, 0);
    if (r.share < 0 || r.share > 1)
        throw KeyError { child(path, "share"), Text::tr("must be between 0 and 1") };
    r.label = getString(j, "label", path, r.id);
    r.area = getString(j, "area", path);
    static const QRegularExpression areaRe(QStringLiteral("^[A-Z]{2}(\\.[A-Z0-9]{1,3})?$"));
    if (!r.area.isEmpty() && !areaRe.match(r.area).hasMatch())
        throw KeyError { child(path, "area"), Text::tr("\"%1\" is not a map area id such as \"AR\" or \"AR.X\"").arg(r.area) };
    return r;
}

Environment parseEnvironment(const json& j, const QString& path, const QueryTemplates& globalQueries)
{
    checkKeys(j, path, { "name", "displayName", "production", "sources", "queries", "kubernetes", "role", "flags" });
    Environment e;
    e.name = getId(j, "name", path);
    e.displayName = getString(j, "displayName", path, e.name);
    e.production = getBool(j, "production", path, false);
    e.queries = globalQueries;
    if (auto s = j.find("sources"); s != j.end()) {
        const QString sp = child(path, "sources");
        checkKeys(*s, sp, { "prometheus", "simulator", "bookings", "costs" });
        if (auto p = s->find("costs"); p != s->end())
            e.costs = parseSource(*p, child(sp, "costs"));
        if (auto p = s->find("bookings"); p != s->end())
            e.bookings = parseDatabase(*p, child(sp, "bookings"));
        if (auto p = s->find("prometheus"); p != s->end())
            e.prometheus = parseSource(*p, child(sp, "prometheus"));
        if (auto p = s->find("simulator"); p != s->end())
            e.simulator = parseSource(*p, child(sp, "simulator"));
    }
    if (auto k = j.find("kubernetes"); k != j.end()) {
        const QString kp = child(path, "kubernetes");
        checkKeys(*k, kp, { "kubectl", "kubeconfig", "context" });
        e.kubernetes.kubectl = getString(*k, "kubectl", kp, e.kubernetes.kubectl);
        e.kubernetes.kubeconfig = getString(*k, "kubeconfig", kp);
        e.kubernetes.context = getString(*k, "context", kp);
        if (!e.kubernetes.context.isEmpty() && !kube::isValidContext(e.kubernetes.context))
            throw KeyError { child(kp, "context"), Text::tr("\"%1\" is not a kube context name").arg(e.kubernetes.context) };
        for (const QString& file : { e.kubernetes.kubectl, e.kubernetes.kubeconfig })
            if (file.startsWith(u'-'))
                throw KeyError { kp, Text::tr("\"%1\" is not a file name").arg(file) };
    }
    if (auto f = j.find("flags"); f != j.end()) {
        const QString fp = child(path, "flags");
        checkKeys(*f, fp, { "configMap", "file" });
        if (f->contains("configMap") == f->contains("file"))
            throw KeyError { fp, Text::tr("give either \"configMap\" or \"file\"") };
        if (auto c = f->find("configMap"); c != f->end()) {
            const QString cp = child(fp, "configMap");
            checkKeys(*c, cp, { "namespace", "name", "key" });
            e.flags.kind = FlagStoreConfig::Kind::ConfigMap;
            e.flags.namespaceName = getString(*c, "namespace", cp, e.flags.namespaceName);
            e.flags.name = getString(*c, "name", cp, e.flags.name);
            e.flags.key = getString(*c, "key", cp, e.flags.key);
            for (const char* k : { "namespace", "name" })
                if (!kube::isValidName(k == std::string_view("name") ? e.flags.name : e.flags.namespaceName))
                    throw KeyError { child(cp, k), Text::tr("is not a Kubernetes object name") };
            static const QRegularExpression keyRe(QStringLiteral("^[-._a-zA-Z0-9]{1,253}$"));
            if (!keyRe.match(e.flags.key).hasMatch())
                throw KeyError { child(cp, "key"), Text::tr("is not a ConfigMap key (letters, digits, '-', '_', '.')") };
        } else {
            e.flags.kind = FlagStoreConfig::Kind::File;
            e.flags.file = getString(*f, "file", fp);
            if (e.flags.file.isEmpty() || !QDir::isAbsolutePath(e.flags.file))
                throw KeyError { child(fp, "file"), Text::tr("expected an absolute file name") };
        }
    }
    e.role = getChoice<Role>(j, "role", path, { { u"viewer", Role::Viewer }, { u"operator", Role::Operator }, { u"manager", Role::Manager } },
                             [](const QString&) { return Text::tr("must be viewer, operator or manager"); });
    if (!e.prometheus.isConfigured())
        throw KeyError { child(path, "sources.prometheus.url"), Text::tr("every environment needs a Prometheus URL") };
    if (auto q = j.find("queries"); q != j.end())
        parseQueries(*q, child(path, "queries"), e.queries);
    return e;
}

/// Arrays of objects are merged element by element, matched on this key.
const char* mergeKeyFor(const json& array)
{
    for (const json& e : array) {
        if (!e.is_object())
            return nullptr;
        if (e.contains("id"))
            return "id";
        if (e.contains("name"))
            return "name";
    }
    return nullptr;
}

void merge(json& base, const json& overlay)
{
    if (base.is_object() && overlay.is_object()) {
        for (auto it = overlay.begin(); it != overlay.end(); ++it) {
            if (base.contains(it.key()))
                merge(base[it.key()], *it);
            else
                base[it.key()] = *it;
        }
        return;
    }
    if (base.is_array() && overlay.is_array()) {
        const char* key = mergeKeyFor(base);
        if (key && mergeKeyFor(overlay) == std::string_view(key)) {
            for (const json& e : overlay) {
                bool merged = false;
                for (json& b : base) {
                    if (b.contains(key) && e.contains(key) && b[key] == e[key]) {
                        merge(b, e);
                        merged = true;
                        break;
                    }
                }
                if (!merged)
                    base.push_back(e);
            }
            return;
        }
    }
    base = overlay;
}

DegradationConfig parseDegradation(const json& j)
{
    const QString path = QStringLiteral("degradation");
    checkKeys(j, path, { "maintenanceMessage", "levels", "triggers" });
    DegradationConfig d;
    d.maintenanceMessage = getString(j, "maintenanceMessage", path, d.maintenanceMessage);
    static const QRegularExpression featureRe(QStringLiteral("^[a-z0-9][a-z0-9_]{0,62}$"));
    auto strings = [](const json& obj, const char* key, const QString& p) {
        QStringList out;
        if (auto it = obj.find(key); it != obj.end()) {
            if (!it->is_array())
                throw KeyError { child(p, key), Text::tr("expected a list of names") };
            for (size_t i = 0; i < it->size(); ++i) {
                if (!(*it)[i].is_string())
                    throw KeyError { index(child(p, key), i), Text::tr("expected a name") };
                out << qs((*it)[i].get<std::string>());
            }
        }
        return out;
    };
    const auto levels = j.find("levels");
    if (levels == j.end() || !levels->is_array() || levels->size() != 3)
        throw KeyError { child(path, "levels"), Text::tr("expected the three levels 1, 2 and 3") };
    QStringList seen;
    for (size_t i = 0; i < levels->size(); ++i) {
        const json& l = (*levels)[i];
        const QString lp = index(child(path, "levels"), i);
        checkKeys(l, lp, { "level", "disables", "keeps", "communication", "maintenance" });
        DegradationLevel level;
        level.level = static_cast<int>(getNumber(l, "level", lp, 0));
        if (level.level != static_cast<int>(i) + 1)
            throw KeyError { child(lp, "level"), Text::tr("expected %1 (levels 1, 2, 3 in order)").arg(i + 1) };
        level.disables = strings(l, "disables", lp);
        for (const QString& f : level.disables) {
            if (!featureRe.match(f).hasMatch())
                throw KeyError { child(lp, "disables"),
                                 Text::tr("\"%1\" is not a feature name (lowercase letters, digits and '_')").arg(f) };
            if (seen.contains(f))
                throw KeyError { child(lp, "disables"), Text::tr("\"%1\" is switched off by an earlier level already").arg(f) };
            seen << f;
        }
        level.keeps = strings(l, "keeps", lp);
        level.communication = getString(l, "communication", lp);
        level.maintenance = getBool(l, "maintenance", lp, level.level == 3);
        d.levels.push_back(level);
    }
    if (auto t = j.find("triggers"); t != j.end()) {
        const QString tp = child(path, "triggers");
        checkKeys(*t, tp, { "latencyFactor", "errorFactor", "abandonmentIncrease", "abandonmentWindow", "abandonmentMinCheckouts",
                            "latencyMinRequests", "errorMinFailures", "holdFor", "maxAge", "baseline" });
        TriggerConfig& c = d.triggers;
        c.latencyFactor = getNumber(*t, "latencyFactor", tp, c.latencyFactor);
        c.errorFactor = getNumber(*t, "errorFactor", tp, c.errorFactor);
        c.abandonmentIncrease = getNumber(*t, "abandonmentIncrease", tp, c.abandonmentIncrease);
        for (auto [key, value] : { std::pair { "latencyFactor", c.latencyFactor }, { "errorFactor", c.errorFactor } })
            if (value <= 1 || value > 1000)
                throw KeyError { child(tp, key), Text::tr("must be above 1") };
        if (c.abandonmentIncrease <= 0 || c.abandonmentIncrease > 10)
            throw KeyError { child(tp, "abandonmentIncrease"), Text::tr("must be a fraction above 0, e.g. 0.2 for +20%") };
        c.abandonmentWindow = std::chrono::duration_cast<std::chrono::seconds>(getDuration(*t, "abandonmentWindow", tp, c.abandonmentWindow));
        c.abandonmentMinCheckouts = getNumber(*t, "abandonmentMinCheckouts", tp, c.abandonmentMinCheckouts);
        if (c.abandonmentMinCheckouts < 0)
            throw KeyError { child(tp, "abandonmentMinCheckouts"), Text::tr("must not be negative") };
        c.latencyMinRequests = getNumber(*t, "latencyMinRequests", tp, c.latencyMinRequests);
        if (c.latencyMinRequests < 0)
            throw KeyError { child(tp, "latencyMinRequests"), Text::tr("must not be negative") };
        c.errorMinFailures = getNumber(*t, "errorMinFailures", tp, c.errorMinFailures);
        if (c.errorMinFailures < 0)
            throw KeyError { child(tp, "errorMinFailures"), Text::tr("must not be negative") };
        c.holdFor = std::chrono::duration_cast<std::chrono::seconds>(getDuration(*t, "holdFor", tp, c.holdFor));
        c.maxAge = std::chrono::duration_cast<std::chrono::seconds>(getDuration(*t, "maxAge", tp, c.maxAge));
        c.baseline = getChoice<TriggerConfig::Baseline>(*t, "baseline", tp,
                                                        { { u"sameHourLastWeek", TriggerConfig::Baseline::SameHourLastWeek },
                                                          { u"medianOfSevenDays", TriggerConfig::Baseline::MedianOfSevenDays } },
                                                        [](const QString&) { return Text::tr("must be sameHourLastWeek or medianOfSevenDays"); });
    }
    return d;
}

CostConfig parseCosts(const json& j)
{
    const QString path = QStringLiteral("costs");
    checkKeys(j, path, { "arsPerUsd", "arsPerUsdAsOf", "budgetAlert", "budgetCap", "anomalyFactor", "trendDays", "wasteIdleShare",
                         "revenueShareTargets", "operatingYear", "commissionRate", "commissionSource", "resolution" });
    CostConfig c;
    c.arsPerUsd = getNumber(j, "arsPerUsd", path, c.arsPerUsd);
    if (c.arsPerUsd < 0 || c.arsPerUsd > 1e7)
        throw KeyError { child(path, "arsPerUsd"), Text::tr("must be the pesos one US dollar buys, e.g. 1450 (0: not shown)") };
    c.arsPerUsdAsOf = getString(j, "arsPerUsdAsOf", path);
    c.budgetAlert = getNumber(j, "budgetAlert", path, c.budgetAlert);
    c.budgetCap = getNumber(j, "budgetCap", path, c.budgetCap);
    if (c.budgetAlert <= 0 || c.budgetCap < c.budgetAlert || c.budgetCap > 100)
        throw KeyError { child(path, "budgetCap"), Text::tr("expected 0 < budgetAlert <= budgetCap, e.g. 1.2 and 1.5") };
    c.anomalyFactor = getNumber(j, "anomalyFactor", path, c.anomalyFactor);
    if (c.anomalyFactor <= 1 || c.anomalyFactor > 100)
        throw KeyError { child(path, "anomalyFactor"), Text::tr("must be above 1, e.g. 1.5 for 150% of the trend") };
    c.trendDays = static_cast<int>(getNumber(j, "trendDays", path, c.trendDays));
    if (c.trendDays < 3 || c.trendDays > 90)
        throw KeyError { child(path, "trendDays"), Text::tr("must be between 3 and 90 days") };
    c.wasteIdleShare = getNumber(j, "wasteIdleShare", path, c.wasteIdleShare);
    c.commissionRate = getNumber(j, "commissionRate", path, c.commissionRate);
    for (auto [key, value] : { std::pair { "wasteIdleShare", c.wasteIdleShare }, { "commissionRate", c.commissionRate } })
        if (value <= 0 || value > 1)
            throw KeyError { child(path, key), Text::tr("must be a fraction above 0 and at most 1") };
    c.commissionSource = getString(j, "commissionSource", path);
    if (auto t = j.find("revenueShareTargets"); t != j.end()) {
        if (!t->is_array() || t->empty())
            throw KeyError { child(path, "revenueShareTargets"), Text::tr("expected a list of fractions, one per year") };
        c.revenueShareTargets.clear();
        for (size_t i = 0; i < t->size(); ++i) {
            if (!(*t)[i].is_number() || (*t)[i].get<double>() <= 0 || (*t)[i].get<double>() > 1)
                throw KeyError { index(child(path, "revenueShareTargets"), i), Text::tr("expected a fraction, e.g. 0.25") };
            c.revenueShareTargets.push_back((*t)[i].get<double>());
        }
    }
    c.operatingYear = static_cast<int>(getNumber(j, "operatingYear", path, c.operatingYear));
    if (c.operatingYear < 1 || c.operatingYear > 100)
        throw KeyError { child(path, "operatingYear"), Text::tr("must be 1 or more") };
    c.resolution = getString(j, "resolution", path, c.resolution);
    static const QRegularExpression resolutionRe(QStringLiteral("^[1-9][0-9]{0,3}[smh]$"));
    if (!resolutionRe.match(c.resolution).hasMatch())
        throw KeyError { child(path, "resolution"), Text::tr("\"%1\" is not a duration such as 1m or 5m").arg(c.resolution) };
    return c;
}

Config parseConfig(const json& j)
{
    checkKeys(j, {},
              { "version", "defaultEnvironment", "timeZone", "refreshInterval", "defaultRange", "sla",
                "environments", "verticals", "regions", "queries", "cache", "degradation", "costs" });
    Config c;
    if (getNumber(j, "version", {}, 1) != 1)
        throw KeyError { QStringLiteral("version"), Text::tr("this console reads configuration version 1") };
    c.timeZone = getString(j, "timeZone", {}, c.timeZone);
    if (!QTimeZone(c.timeZone.toUtf8()).isValid())
        throw KeyError { QStringLiteral("timeZone"), Text::tr("\"%1\" is not a known IANA time zone").arg(c.timeZone) };
    c.refreshInterval = std::chrono::duration_cast<std::chrono::seconds>(
        getDuration(j, "refreshInterval", {}, c.refreshInterval));
    c.defaultRange = std::chrono::duration_cast<std::chrono::seconds>(getDuration(j, "defaultRange", {}, c.defaultRange));
    if (auto s = j.find("sla"); s != j.end()) {
        checkKeys(*s, QStringLiteral("sla"), { "p95Ms", "source", "availability", "availabilitySource" });
        c.sla.p95Ms = getNumber(*s, "p95Ms", QStringLiteral("sla"), c.sla.p95Ms);
        c.sla.source = getString(*s, "source", QStringLiteral("sla"));
        c.sla.availability = getNumber(*s, "availability", QStringLiteral("sla"), c.sla.availability);
        c.sla.availabilitySource = getString(*s, "availabilitySource", QStringLiteral("sla"));
        if (c.sla.availability <= 0 || c.sla.availability >= 1)
            throw KeyError { QStringLiteral("sla.availability"), Text::tr("must be a fraction, e.g. 0.999") };
    }
    if (auto s = j.find("cache"); s != j.end()) {
        checkKeys(*s, QStringLiteral("cache"), { "path", "retentionDays" });
        c.cachePath = getString(*s, "path", QStringLiteral("cache"));
        c.cacheRetentionDays = getNumber(*s, "retentionDays", QStringLiteral("cache"), c.cacheRetentionDays);
        if (c.cacheRetentionDays < 1 || c.cacheRetentionDays > 3650)
            throw KeyError { QStringLiteral("cache.retentionDays"), Text::tr("must be between 1 and 3650 days") };
    }
    if (auto d = j.find("degradation"); d != j.end())
        c.degradation = parseDegradation(*d);
    if (auto d = j.find("costs"); d != j.end())
        c.costs = parseCosts(*d);
    QueryTemplates globalQueries;
    if (auto q = j.find("queries"); q != j.end())
        parseQueries(*q, QStringLiteral("queries"), globalQueries);
    for (const QString& name : QueryTemplates::knownNames())
        if (!globalQueries.templates.count(name))
            throw KeyError { QStringLiteral("queries.") + name, Text::tr("is required") };

    std::set<QString> seen;
    auto parseList = [&](const char* key, auto parseOne, auto& out) {
        seen.clear();
        auto it = j.find(key);
        if (it == j.end() || !it->is_array() || it->empty())
            throw KeyError { QString::fromUtf8(key), Text::tr("expected a non-empty list") };
        for (size_t i = 0; i < it->size(); ++i) {
            const QString p = index(QString::fromUtf8(key), i);
            auto item = parseOne((*it)[i], p);
            const QString id = [&] {
                if constexpr (std::is_same_v<decltype(item), Environment>)
                    return item.name;
                else
                    return item.id;
            }();
            if (!seen.insert(id).second)
                throw KeyError { p, Text::tr("\"%1\" appears twice").arg(id) };
            out.push_back(std::move(item));
        }
    };
    parseList("verticals", parseVertical, c.verticals);
    parseList("regions", parseRegion, c.regions);
    parseList("environments",
              [&](const json& e, const QString& p) { return parseEnvironment(e, p, globalQueries); },
              c.environments);
    c.defaultEnvironment = getString(j, "defaultEnvironment", {}, c.environments.front().name);
    if (!c.environment(c.defaultEnvironment))
        throw KeyError { QStringLiteral("defaultEnvironment"),
                         Text::tr("no environment is named \"%1\"").arg(c.defaultEnvironment) };
    return c;
}

json parseJsonText(const QByteArray& text, const QString& file, std::vector<ConfigProblem>& problems, bool& ok)
{
    ok = false;
    json j = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (j.is_discarded()) {
        // nlohmann's non-throwing mode does not say where; parse again to get the position.
        QString where;
        try {
            const json ignored = json::parse(text.constData(), text.constData() + text.size());
            Q_UNUSED(ignored);
        } catch (const json::parse_error& e) {
            const qsizetype byte = static_cast<qsizetype>(e.byte);
            const qsizetype upto = std::min<qsizetype>(byte, text.size());
            const qsizetype line = text.left(upto).count('\n') + 1;
            where = Text::tr("line %1: %2").arg(line).arg(QString::fromUtf8(e.what()));
        }
        problems.push_back({ file, {}, Text::tr("not valid JSON (%1)").arg(where) });
        return {};
    }
    if (!j.is_object()) {
        problems.push_back({ file, {}, Text::tr("the top level must be a JSON object") });
        return {};
    }
    ok = true;
    return j;
}

json embeddedDefaults()
{
    QFile f(QStringLiteral(":/atalaya/default-config.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("embedded default configuration missing");
    return json::parse(f.readAll().toStdString());
}

ConfigLoadResult finish(const json& defaults, const json* user, const QString& userFile)
{
    ConfigLoadResult r;
    r.filesRead << QStringLiteral(":/atalaya/default-config.json");
    if (user) {
        json merged = defaults;
        merge(merged, *user);
        try {
            r.config = parseConfig(merged);
            r.filesRead << userFile;
            return r;
        } catch (const KeyError& e) {
            r.problems.push_back({ userFile, e.key, e.message });
            r.usedDefaultsOnly = true;
        }
    }
    try {
        r.config = parseConfig(defaults);
    } catch (const KeyError& e) {
        // The shipped defaults are checked by a unit test; this only guards a broken build.
        r.problems.push_back({ r.filesRead.front(), e.key, e.message });
    }
    return r;
}

} // namespace

QString QueryTemplates::render(const QString& name, const std::map<QString, QString>& values) const
{
    auto it = templates.find(name);
    if (it == templates.end())
        return {};
    QString out = it->second;
    for (const auto& [key, value] : values)
        out.replace(u'{' + key + u'}', escapeLabelValue(value));
    // No region chosen: every region (and series without the label).
    if (!values.count(QStringLiteral("regionRegex")))
        out.replace(QStringLiteral("{regionRegex}"), QStringLiteral(".*"));
    return out;
}

QStringList QueryTemplates::knownNames()
{
    QStringList names;
    for (const char* n : { "latencyBuckets", "requestsByCode", "overviewLatencyQuantile", "overviewRequestRate",
                           "overviewErrorRatio", "overviewAvailability", "overviewReplicasReady",
                           "overviewReplicasDesired", "overviewHpaMin", "overviewHpaMax", "overviewBookingsPerHour",
                           "overviewPaymentSuccess", "replicasDesired", "replicasReady", "hpaMinReplicas",
                           "hpaMaxReplicas", "cpuUtilisation", "memoryUtilisation", "bookingsPerHour", "paymentSuccess",
                           "gatewayLatency", "slowestRoutes", "requestRateLastWeek", "requestTrend", "overviewAbandonment",
                           "overviewCheckoutsStarted", "costCpu", "costRam", "costPv", "costNodes", "costReplica", "costBookings", "regionLatency", "regionRequestRate", "regionErrorRatio" })
        names << QString::fromLatin1(n);
    return names;
}

QStringList QueryTemplates::knownPlaceholders()
{
    return { QStringLiteral("vertical"), QStringLiteral("region"), QStringLiteral("regionRegex"), QStringLiteral("window"),
             QStringLiteral("quantile"), QStringLiteral("namespace"), QStringLiteral("deployment") };
}

QString ConfigProblem::toDisplayString() const
{
    if (key.isEmpty())
        return Text::tr("%1: %2").arg(file, message);
    return Text::tr("%1: key \"%2\": %3").arg(file, key, message);
}

QString FlagStoreConfig::displayName() const
{
    if (kind == Kind::File)
        return QDir::toNativeSeparators(file);
    return Text::tr("ConfigMap %1/%2 (%3)").arg(namespaceName, name, key);
}

QStringList DegradationConfig::features() const
{
    QStringList out;
    for (const DegradationLevel& l : levels)
        out << l.disables;
    return out;
}

QStringList DegradationConfig::featuresOff(int level) const
{
    QStringList out;
    for (const DegradationLevel& l : levels)
        if (l.level <= level)
            out << l.disables;
    return out;
}

const DegradationLevel* DegradationConfig::find(int level) const
{
    for (const DegradationLevel& l : levels)
        if (l.level == level)
            return &l;
    return nullptr;
}

const Environment* Config::environment(const QString& name) const
{
    for (const auto& e : environments)
        if (e.name == name)
            return &e;
    return nullptr;
}

const Vertical* Config::vertical(const QString& id) const
{
    for (const auto& v : verticals)
        if (v.id == id)
            return &v;
    return nullptr;
}

const Region* Config::region(const QString& id) const
{
    for (const auto& r : regions)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString ConfigLoader::defaultUserConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/atalaya/config.json");
}

ConfigLoadResult ConfigLoader::loadFromText(const QByteArray& userJson, const QString& fileName)
{
    const json defaults = embeddedDefaults();
    std::vector<ConfigProblem> problems;
    bool ok = false;
    const json user = parseJsonText(userJson, fileName, problems, ok);
    ConfigLoadResult r = finish(defaults, ok ? &user : nullptr, fileName);
    if (!ok)
        r.usedDefaultsOnly = true;
    r.problems.insert(r.problems.begin(), problems.begin(), problems.end());
    return r;
}

ConfigLoadResult ConfigLoader::load(const std::optional<QString>& explicitPath)
{
    assertNotGuiThread("reading the configuration file");
    QString path = explicitPath.value_or(QString());
    if (path.isEmpty()) {
        path = defaultUserConfigPath();
        if (!QFileInfo::exists(path))
            return finish(embeddedDefaults(), nullptr, {});
    }
    path = QFileInfo(path).absoluteFilePath();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ConfigLoadResult r = finish(embeddedDefaults(), nullptr, {});
        r.usedDefaultsOnly = true;
        r.problems.insert(r.problems.begin(), { path, {}, Text::tr("cannot be read: %1").arg(f.errorString()) });
        return r;
    }
    return loadFromText(f.readAll(), path);
}

} // namespace atalaya

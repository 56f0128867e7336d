// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overrides.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "catalog.h"

namespace atalaya::sim {

namespace {

using nlohmann::json;

/// Reads one control entry; throws std::invalid_argument with a message for the client.
class EntryReader
{
public:
    EntryReader(const std::string& key, const json& entry)
        : m_key(key)
        , m_entry(entry)
    {
        if (!entry.is_object())
            fail("must be an object");
    }

    [[noreturn]] void fail(const std::string& what) const { throw std::invalid_argument(m_key + ": " + what); }

    /// Index of a label value in a catalog table, -1 when the key is absent and optional.
    template <typename Lookup> int index(const char* name, Lookup lookup, bool required) const
    {
        const auto it = m_entry.find(name);
        if (it == m_entry.end() || it->is_null()) {
            if (required)
                fail(std::string("needs \"") + name + "\"");
            return -1;
        }
        if (!it->is_string())
            fail(std::string("\"") + name + "\" must be a string");
        const int i = lookup(it->get<std::string>());
        if (i < 0)
            fail(std::string("unknown ") + name + " \"" + it->get<std::string>() + "\"");
        return i;
    }

    /// A number in [lo, hi], or nullopt for null / absent (= release).
    std::optional<double> number(const char* name, double lo, double hi) const
    {
        const auto it = m_entry.find(name);
        if (it == m_entry.end() || it->is_null() || (it->is_string() && it->get<std::string>() == "auto"))
            return std::nullopt;
        if (!it->is_number())
            fail(std::string("\"") + name + "\" must be a number, null or \"auto\"");
        const double v = it->get<double>();
        if (!std::isfinite(v) || v < lo || v > hi)
            fail(std::string("\"") + name + "\" must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        return v;
    }

    void only(std::initializer_list<const char*> keys) const
    {
        for (auto it = m_entry.begin(); it != m_entry.end(); ++it) {
            bool known = false;
            for (const char* k : keys)
                known = known || it.key() == k;
            if (!known)
                fail("unknown key \"" + it.key() + "\"");
        }
    }

private:
    std::string m_key;
    const json& m_entry;
};

Change parseEntry(const std::string& key, const json& entry, double at)
{
    Change c;
    c.at = at;
    auto setValue = [&c](std::optional<double> v) {
        c.release = !v.has_value();
        c.value = v.value_or(0);
    };
    if (key == "reset" || key == "down") {
        if (!entry.is_boolean())
            throw std::invalid_argument(key + ": must be true or false");
        if (key == "reset") {
            if (!entry.get<bool>())
                throw std::invalid_argument("reset: only true makes sense");
            c.kind = ChangeKind::Reset;
        } else {
            c.kind = ChangeKind::ScrapeDown;
            c.value = entry.get<bool>() ? 1 : 0;
        }
        return c;
    }
    const EntryReader r(key, entry);
    if (key == "trafficFactor") {
        r.only({ "vertical", "factor" });
        c.kind = ChangeKind::TrafficFactor;
        c.vertical = r.index("vertical", Catalog::vertical, false);
        setValue(r.number("factor", 0, 50));
    } else if (key == "latencyFactor") {
        r.only({ "vertical", "region", "factor" });
        c.kind = ChangeKind::LatencyFactor;
        c.vertical = r.index("vertical", Catalog::vertical, false);
        c.region = r.index("region", Catalog::region, false);
        setValue(r.number("factor", 0.01, 100));
    } else if (key == "errorRatio") {
        r.only({ "vertical", "region", "ratio" });
        c.kind = ChangeKind::ErrorRatio;
        c.vertical = r.index("vertical", Catalog::vertical, false);
        c.region = r.index("region", Catalog::region, false);
        setValue(r.number("ratio", 0, 1));
    } else if (key == "replicas") {
        r.only({ "vertical", "deployment", "value" });
        c.kind = ChangeKind::Replicas;
        c.vertical = r.index("vertical", Catalog::vertical, true);
        const auto d = entry.find("deployment");
        if (d != entry.end() && !(d->is_string() && d->get<std::string>() == "api"))
            r.fail("the simulator has one deployment per vertical, \"api\"");
        const auto v = r.number("value", 0, Overrides::kMaxReplicas);
        if (v && *v != std::floor(*v))
            r.fail("\"value\" must be a whole number");
        setValue(v);
    } else if (key == "paymentFailureRatio") {
        r.only({ "provider", "ratio" });
        c.kind = ChangeKind::PaymentFailureRatio;
        c.provider = r.index("provider", Catalog::provider, false);
        setValue(r.number("ratio", 0, 1));
    } else if (key == "gatewayLatencyFactor") {
        r.only({ "provider", "factor" });
        c.kind = ChangeKind::GatewayLatencyFactor;
        c.provider = r.index("provider", Catalog::provider, false);
        setValue(r.number("factor", 0.01, 100));
    } else {
        throw std::invalid_argument("unknown control \"" + key
            + "\" (known: trafficFactor, latencyFactor, errorRatio, replicas, "
              "paymentFailureRatio, gatewayLatencyFactor, down, reset)");
    }
    return c;
}

bool matches(int wanted, int asked)
{
    return wanted < 0 || wanted == asked;
}

const char* kindName(ChangeKind k)
{
    switch (k) {
    case ChangeKind::TrafficFactor:
        return "trafficFactor";
    case ChangeKind::LatencyFactor:
        return "latencyFactor";
    case ChangeKind::ErrorRatio:
        return "errorRatio";
    case ChangeKind::Replicas:
        return "replicas";
    case ChangeKind::PaymentFailureRatio:
        return "paymentFailureRatio";
    case ChangeKind::GatewayLatencyFactor:
        return "gatewayLatencyFactor";
    case ChangeKind::ScrapeDown:
        return "down";
    case ChangeKind::Reset:
        return "reset";
    }
    return "?";
}

} // namespace

bool Overrides::apply(std::string_view body, double at, std::string* error)
{
    const json doc = json::parse(body.begin(), body.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || doc.empty()) {
        if (error)
            *error = "the body must be a non-empty JSON object";
        return false;
    }
    if (!m_changes.empty() && at < m_changes.back().at) {
        if (error)
            *error = "changes must be recorded in time order";
        return false;
    }
    std::vector<Change> parsed;
    try {
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (it.value().is_array()) {
                for (const json& entry : it.value())
                    parsed.push_back(parseEntry(it.key(), entry, at));
            } else {
                parsed.push_back(parseEntry(it.key(), it.value(), at));
            }
        }
    } catch (const std::invalid_argument& e) {
        if (error)
            *error = e.what();
        return false;
    }
    // A reset in the same body clears what came before it, not what it sits next to.
    std::stable_partition(parsed.begin(), parsed.end(), [](const Change& c) { return c.kind == ChangeKind::Reset; });
    m_changes.insert(m_changes.end(), parsed.begin(), parsed.end());
    m_journal.emplace_back(at, doc.dump());
    return true;
}

bool Overrides::replay(std::string_view journal, std::string* error)
{
    const json doc = json::parse(journal.begin(), journal.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_array()) {
        if (error)
            *error = "the journal must be a JSON array";
        return false;
    }
    Overrides replayed;
    for (const json& entry : doc) {
        if (!entry.is_object() || !entry.contains("at") || !entry["at"].is_number() || !entry.contains("body")) {
            if (error)
                *error = "journal entries need \"at\" and \"body\"";
            return false;
        }
        if (!replayed.apply(entry["body"].dump(), entry["at"].get<double>(), error))
            return false;
    }
    *this = std::move(replayed);
    return true;
}

std::string Overrides::journal() const
{
    json doc = json::array();
    for (const auto& [at, body] : m_journal)
        doc.push_back({ { "at", at }, { "body", json::parse(body) } });
    return doc.dump();
}

std::string Overrides::describe(double t) const
{
    // The latest change per kind and selection, without the ones that undo themselves.
    std::vector<const Change*> latest;
    for (const Change& c : m_changes) {
        if (c.at > t)
            break;
        if (c.kind == ChangeKind::Reset) {
            latest.clear();
            continue;
        }
        std::erase_if(latest, [&c](const Change* o) {
            return o->kind == c.kind && o->vertical == c.vertical && o->region == c.region && o->provider == c.provider;
        });
        if (!c.release && !(c.kind == ChangeKind::ScrapeDown && c.value == 0))
            latest.push_back(&c);
    }
    json active = json::array();
    for (const Change* change : latest) {
        const Change& c = *change;
        json item = { { "kind", kindName(c.kind) }, { "since", c.at } };
        if (c.vertical >= 0)
            item["vertical"] = Catalog::verticals()[static_cast<size_t>(c.vertical)].id;
        if (c.region >= 0)
            item["region"] = Catalog::regions()[static_cast<size_t>(c.region)].id;
        if (c.provider >= 0)
            item["provider"] = Catalog::providers()[static_cast<size_t>(c.provider)].id;
        item["value"] = c.value;
        active.push_back(item);
    }
    return json { { "active", active } }.dump();
}

double Overrides::nextChangeAfter(double t) const
{
    for (const Change& c : m_changes)
        if (c.at > t)
            return c.at;
    return std::numeric_limits<double>::infinity();
}

double Overrides::lastChangeAt() const
{
    return m_changes.empty() ? -std::numeric_limits<double>::infinity() : m_changes.back().at;
}

const Change* Overrides::find(ChangeKind kind, int vertical, int region, int provider, double t) const
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
        if (it->at > t)
            continue;
        if (it->kind == ChangeKind::Reset)
            return nullptr;
        if (it->kind == kind && matches(it->vertical, vertical) && matches(it->region, region)
            && matches(it->provider, provider))
            return it->release ? nullptr : &*it;
    }
    return nullptr;
}

double Overrides::trafficFactor(int vertical, double t) const
{
    const Change* c = find(ChangeKind::TrafficFactor, vertical, -1, -1, t);
    return c ? c->value : 1.0;
}

double Overrides::latencyFactor(int vertical, int region, double t) const
{
    const Change* c = find(ChangeKind::LatencyFactor, vertical, region, -1, t);
    return c ? c->value : 1.0;
}

std::optional<double> Overrides::errorRatio(int vertical, int region, double t) const
{
    const Change* c = find(ChangeKind::ErrorRatio, vertical, region, -1, t);
    return c ? std::optional<double>(c->value) : std::nullopt;
}

std::optional<int> Overrides::replicas(int vertical, double t) const
{
    const Change* c = find(ChangeKind::Replicas, vertical, -1, -1, t);
    return c ? std::optional<int>(static_cast<int>(c->value)) : std::nullopt;
}

std::optional<double> Overrides::paymentFailureRatio(int provider, double t) const
{
    const Change* c = find(ChangeKind::PaymentFailureRatio, -1, -1, provider, t);
    return c ? std::optional<double>(c->value) : std::nullopt;
}

double Overrides::gatewayLatencyFactor(int provider, double t) const
{
    const Change* c = find(ChangeKind::GatewayLatencyFactor, -1, -1, provider, t);
    return c ? c->value : 1.0;
}

bool Overrides::scrapeDown(double t) const
{
    const Change* c = find(ChangeKind::ScrapeDown, -1, -1, -1, t);
    return c && c->value != 0;
}

} // namespace atalaya::sim

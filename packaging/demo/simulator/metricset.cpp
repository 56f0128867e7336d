// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricset.h"

#include <charconv>
#include <cmath>

namespace sim {

namespace {

std::string fmt(double v)
{
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buf[64];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, ptr) : std::string("NaN");
}

std::string label(const char* name, const std::string& value)
{
    return std::string(name) + "=\"" + value + "\"";
}

} // namespace

MetricSet::MetricSet(Model& model, double historyStart)
    : m_model(model)
    , m_start(std::floor(historyStart / 60.0) * 60.0)
    , m_minute(static_cast<long long>(m_start / 60.0))
{
    const auto& V = verticals();
    const auto& R = regions();
    const auto& P = routes();
    const auto& B = latencyBuckets();

    // http_request_duration_seconds{vertical,region,route}
    const size_t hist = family("http_request_duration_seconds", "histogram");
    for (int v = 0; v < int(V.size()); ++v)
        for (int r = 0; r < int(R.size()); ++r)
            for (int p = 0; p < int(P.size()); ++p) {
                const std::string base = label("vertical", V[v].id) + "," + label("region", R[r].id) + ","
                    + label("route", P[p].route);
                for (double le : B)
                    add(hist, "http_request_duration_seconds_bucket", base + "," + label("le", fmt(le)), Kind::Counter,
                        true, [this, v, r, p, le](double t) {
                            double mu, sigma;
                            m_model.latency(v, r, p, t, mu, sigma);
                            return m_model.seriesRps(v, r, p, t) * lognormalCdf(le, mu, sigma);
                        });
                add(hist, "http_request_duration_seconds_bucket", base + "," + label("le", "+Inf"), Kind::Counter, true,
                    [this, v, r, p](double t) { return m_model.seriesRps(v, r, p, t); });
                add(hist, "http_request_duration_seconds_sum", base, Kind::Counter, false, [this, v, r, p](double t) {
                    double mu, sigma;
                    m_model.latency(v, r, p, t, mu, sigma);
                    return m_model.seriesRps(v, r, p, t) * std::exp(mu + sigma * sigma / 2);
                });
                add(hist, "http_request_duration_seconds_count", base, Kind::Counter, true,
                    [this, v, r, p](double t) { return m_model.seriesRps(v, r, p, t); });
            }

    // http_requests_total{vertical,region,route,code}
    const size_t req = family("http_requests", "counter");
    for (int v = 0; v < int(V.size()); ++v)
        for (int r = 0; r < int(R.size()); ++r)
            for (int p = 0; p < int(P.size()); ++p)
                for (int c = 0; c < 3; ++c) {
                    const std::string labels = label("vertical", V[v].id) + "," + label("region", R[r].id) + ","
                        + label("route", P[p].route) + "," + label("code", kCodes[c]);
                    add(req, "http_requests_total", labels, Kind::Counter, true, [this, v, r, p, c](double t) {
                        const double e = m_model.errorRatio(v, r, t);
                        const double share = c == 0 ? 1 - 0.01 - e : c == 1 ? 0.01 : e;
                        return m_model.seriesRps(v, r, p, t) * share;
                    });
                }

    const size_t bookings = family("bookings", "counter");
    for (int v = 0; v < int(V.size()); ++v)
        for (int r = 0; r < int(R.size()); ++r)
            add(bookings, "bookings_total", label("vertical", V[v].id) + "," + label("city", R[r].id), Kind::Counter,
                true, [this, v, r](double t) { return m_model.bookingsPerSecond(v, r, t); });

    const size_t attempts = family("payment_attempts", "counter");
    const size_t failures = family("payment_failures", "counter");
    for (int pr = 0; pr < 3; ++pr)
        for (int v = 0; v < int(V.size()); ++v) {
            const std::string labels = label("provider", kProviders[pr]) + "," + label("vertical", V[v].id);
            add(attempts, "payment_attempts_total", labels, Kind::Counter, true,
                [this, pr, v](double t) { return m_model.paymentsPerSecond(pr, v, t); });
            add(failures, "payment_failures_total", labels, Kind::Counter, true, [this, pr, v](double t) {
                return m_model.paymentsPerSecond(pr, v, t) * m_model.paymentFailureRatio(pr);
            });
        }

    const size_t gateway = family("payment_gateway_duration_seconds", "histogram");
    for (int pr = 0; pr < 3; ++pr) {
        const std::string base = label("provider", kProviders[pr]);
        auto total = [this, pr](double t) {
            double n = 0;
            for (int v = 0; v < int(verticals().size()); ++v)
                n += m_model.paymentsPerSecond(pr, v, t);
            return n;
        };
        for (double le : gatewayBuckets())
            add(gateway, "payment_gateway_duration_seconds_bucket", base + "," + label("le", fmt(le)), Kind::Counter,
                true, [this, pr, le, total](double t) {
                    return total(t) * lognormalCdf(le, std::log(m_model.gatewayMedianSeconds(pr)), 0.35);
                });
        add(gateway, "payment_gateway_duration_seconds_bucket", base + "," + label("le", "+Inf"), Kind::Counter, true,
            total);
        add(gateway, "payment_gateway_duration_seconds_sum", base, Kind::Counter, false, [this, pr, total](double t) {
            return total(t) * m_model.gatewayMedianSeconds(pr) * std::exp(0.35 * 0.35 / 2);
        });
        add(gateway, "payment_gateway_duration_seconds_count", base, Kind::Counter, true, total);
    }

    // kube-state-metrics v2 for each vertical's "api" deployment and its HPA.
    auto gauge = [&](const char* name, std::function<double(int, double)> fn) {
        const size_t f = family(name, "gauge");
        for (int v = 0; v < int(V.size()); ++v) {
            const bool hpa = std::string_view(name).find("horizontalpodautoscaler") != std::string_view::npos;
            const std::string labels = label("namespace", V[v].id) + ","
                + (hpa ? label("horizontalpodautoscaler", "api") : label("deployment", "api"));
            add(f, name, labels, Kind::Gauge, false, [fn, v](double t) { return fn(v, t); });
        }
    };
    Model& m = m_model;
    gauge("kube_deployment_spec_replicas", [&m](int v, double t) { return m.desiredReplicas(v, t); });
    gauge("kube_deployment_status_replicas", [&m](int v, double t) { return m.desiredReplicas(v, t); });
    gauge("kube_deployment_status_replicas_ready", [&m](int v, double t) { return m.readyReplicas(v, t); });
    gauge("kube_deployment_status_replicas_available", [&m](int v, double t) { return m.readyReplicas(v, t); });
    gauge("kube_deployment_status_replicas_unavailable",
          [&m](int v, double t) { return m.desiredReplicas(v, t) - m.readyReplicas(v, t); });
    gauge("kube_deployment_status_replicas_updated", [&m](int v, double t) { return m.desiredReplicas(v, t); });
    gauge("kube_deployment_metadata_generation", [](int, double) { return 7.0; });
    gauge("kube_deployment_status_observed_generation", [](int, double) { return 7.0; });
    gauge("kube_horizontalpodautoscaler_spec_min_replicas", [](int, double) { return 2.0; });
    gauge("kube_horizontalpodautoscaler_spec_max_replicas", [](int, double) { return 20.0; });
    gauge("kube_horizontalpodautoscaler_status_current_replicas", [&m](int v, double t) { return m.readyReplicas(v, t); });
    gauge("kube_horizontalpodautoscaler_status_desired_replicas", [&m](int v, double t) { return m.desiredReplicas(v, t); });
    {
        const size_t f = family("kube_horizontalpodautoscaler_info", "gauge");
        for (const auto& vs : V)
            add(f, "kube_horizontalpodautoscaler_info",
                label("namespace", vs.id) + "," + label("horizontalpodautoscaler", "api") + ","
                    + label("scaletargetref_api_version", "apps/v1") + "," + label("scaletargetref_kind", "Deployment")
                    + "," + label("scaletargetref_name", "api"),
                Kind::Gauge, false, [](double) { return 1.0; });
    }
    // The simulator's own resource figures (named as such: they are not cAdvisor metrics).
    {
        const size_t cpu = family("atalaya_sim_cpu_utilisation_ratio", "gauge");
        const size_t mem = family("atalaya_sim_memory_utilisation_ratio", "gauge");
        for (int v = 0; v < int(V.size()); ++v) {
            const std::string labels = label("namespace", V[v].id) + "," + label("deployment", "api");
            add(cpu, "atalaya_sim_cpu_utilisation_ratio", labels, Kind::Gauge, false,
                [this, v](double t) { return m_model.cpuUtilisation(v, t); });
            add(mem, "atalaya_sim_memory_utilisation_ratio", labels, Kind::Gauge, false,
                [this, v](double t) { return 0.42 + 0.25 * std::min(1.0, m_model.cpuUtilisation(v, t)); });
        }
    }
    m_cum.assign(m_series.size(), 0.0);
}

size_t MetricSet::family(const std::string& name, const std::string& type)
{
    m_families.push_back({ name, type, {} });
    return m_families.size() - 1;
}

void MetricSet::add(size_t fam, std::string name, std::string labels, Kind kind, bool integer,
                    std::function<double(double)> fn)
{
    m_families[fam].series.push_back(m_series.size());
    m_series.push_back({ std::move(name), std::move(labels), kind, integer, std::move(fn) });
}

size_t MetricSet::writeBackfill(std::FILE* out, double end, double step, const std::string& upLabels)
{
    size_t samples = 0;
    const long long first = static_cast<long long>(m_start / 60.0);
    const long long last = static_cast<long long>(std::floor(end / 60.0));
    const long long every = std::max<long long>(1, static_cast<long long>(step / 60.0));
    std::string line;
    char num[64];
    for (const Family& f : m_families) {
        std::fprintf(out, "# TYPE %s %s\n", f.name.c_str(), f.type.c_str());
        for (size_t i : f.series) {
            const SeriesDef& s = m_series[i];
            const std::string prefix = s.name + "{" + s.labels + "} ";
            double cum = 0;
            for (long long minute = first; minute <= last; ++minute) {
                const double t = minute * 60.0;
                double value;
                if (s.kind == Kind::Counter) {
                    value = s.integer ? std::llround(cum) : cum;
                    cum += s.fn(t) * 60.0;
                } else {
                    value = s.fn(t);
                }
                if ((minute - first) % every != 0)
                    continue;
                line.assign(prefix);
                auto r = std::to_chars(num, num + sizeof num, value);
                line.append(num, r.ptr);
                line.push_back(' ');
                r = std::to_chars(num, num + sizeof num, minute * 60);
                line.append(num, r.ptr);
                line.push_back('\n');
                std::fwrite(line.data(), 1, line.size(), out);
                ++samples;
            }
        }
    }
    // up: Prometheus writes it for live scrapes; the history says the target was up.
    std::fprintf(out, "# TYPE up gauge\n");
    for (long long minute = first; minute <= last; minute += every) {
        std::fprintf(out, "up{%s} 1 %lld\n", upLabels.c_str(), minute * 60);
        ++samples;
    }
    std::fprintf(out, "# EOF\n");
    return samples;
}

void MetricSet::advanceTo(long long minute)
{
    while (m_minute < minute) {
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it->first <= m_minute) {
                it->second(m_model.overrides);
                it = m_pending.erase(it);
            } else {
                ++it;
            }
        }
        const double t = m_minute * 60.0;
        for (size_t i = 0; i < m_series.size(); ++i)
            if (m_series[i].kind == Kind::Counter)
                m_cum[i] += m_series[i].fn(t) * 60.0;
        ++m_minute;
    }
}

void MetricSet::schedule(std::function<void(Overrides&)> change)
{
    m_pending.emplace_back(m_minute + 1, std::move(change));
}

std::string MetricSet::exposition(double now)
{
    const long long minute = static_cast<long long>(std::floor(now / 60.0));
    advanceTo(minute);
    const double frac = now - minute * 60.0;
    std::string out;
    out.reserve(m_series.size() * 120);
    for (const Family& f : m_families) {
        const std::string typeName = f.type == "counter" ? f.name + "_total" : f.name;
        out += "# TYPE " + typeName + " " + f.type + "\n";
        for (size_t i : f.series) {
            const SeriesDef& s = m_series[i];
            double value;
            if (s.kind == Kind::Counter) {
                value = m_cum[i] + s.fn(minute * 60.0) * frac;
                if (s.integer)
                    value = std::llround(value);
            } else {
                value = s.fn(now);
            }
            out += s.name + "{" + s.labels + "} " + fmt(value) + "\n";
        }
    }
    return out;
}

double MetricSet::valueAt(const std::string& name, const std::string& labels, double t)
{
    for (const SeriesDef& s : m_series) {
        if (s.name != name || s.labels != labels)
            continue;
        if (s.kind == Kind::Gauge)
            return s.fn(t);
        const long long minute = static_cast<long long>(std::floor(t / 60.0));
        double cum = 0;
        for (long long m = static_cast<long long>(m_start / 60.0); m < minute; ++m)
            cum += s.fn(m * 60.0) * 60.0;
        const double v = cum + s.fn(minute * 60.0) * (t - minute * 60.0);
        return s.integer ? std::llround(v) : v;
    }
    return std::nan("");
}

} // namespace sim

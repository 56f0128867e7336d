// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

namespace atalaya::sim {

namespace {

template <typename Table> int indexOf(const Table& table, std::string_view id)
{
    for (size_t i = 0; i < table.size(); ++i)
        if (table[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

const std::array<VerticalSpec, kVerticals>& Catalog::verticals()
{
    // Traffic shares 35/20/20/10/6/5/4 %; peak hours from PLATFORM-FACTS.md (the others have none).
    static const std::array<VerticalSpec, kVerticals> table = { {
        { "barbershop", 0.35, { { 9, 13 }, { 17, 20 } }, true, true },
        { "psychology", 0.20, { { 14, 19 } }, false, false },
        { "fitness", 0.20, { { 6, 9 }, { 18, 21 } }, false, false },
        { "beauty", 0.10, {}, true, true },
        { "wellness", 0.06, {}, false, true },
        { "dentist", 0.05, {}, false, false },
        { "veterinary", 0.04, {}, false, false },
    } };
    return table;
}

const std::array<RegionSpec, kRegions>& Catalog::regions()
{
    // Quiet p95 under each playbook target (50/80/100/120 ms). Mendoza, the edge city farthest
    // from the data centre behind the thinnest link, goes over its 120 ms when the platform is
    // busy: the evening peaks, and weekend mornings.
    static const std::array<RegionSpec, kRegions> table = { {
        { "buenos_aires", 0.60, 27.0, 0.00, 0.03 },
        { "cordoba", 0.20, 54.0, 0.02, 0.04 },
        { "rosario", 0.10, 64.0, 0.02, 0.05 },
        { "mendoza", 0.10, 100.0, 0.04, 0.05 },
    } };
    return table;
}

const std::array<RouteSpec, kRoutes>& Catalog::routes()
{
    // Payments are created here and confirmed by the gateway asynchronously (webhooks), so the
    // gateway's second or two does not show in the API's latency.
    static const std::array<RouteSpec, kRoutes> table = { {
        { "/api/availability", 0.55, 0.85 },
        { "/api/bookings", 0.30, 1.10 },
        { "/api/payments", 0.15, 1.50 },
    } };
    return table;
}

const std::array<std::string_view, kCodes>& Catalog::codes()
{
    static const std::array<std::string_view, kCodes> table = { "200", "404", "500", "503" };
    return table;
}

const std::array<ProviderSpec, kProviders>& Catalog::providers()
{
    static const std::array<ProviderSpec, kProviders> table = { {
        { "mercadopago", 0.62, 0.8, 0.015 },
        { "stripe", 0.23, 1.2, 0.020 },
        { "bank", 0.15, 2.0, 0.040 },
    } };
    return table;
}

const std::array<double, kLatencyBuckets>& Catalog::latencyBuckets()
{
    static const std::array<double, kLatencyBuckets> table = { 0.025, 0.05, 0.08, 0.1, 0.12, 0.2, 0.3, 0.5, 1.0 };
    return table;
}

const std::array<double, kGatewayBuckets>& Catalog::gatewayBuckets()
{
    static const std::array<double, kGatewayBuckets> table = { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0 };
    return table;
}

int Catalog::vertical(std::string_view id)
{
    return indexOf(verticals(), id);
}

int Catalog::region(std::string_view id)
{
    return indexOf(regions(), id);
}

int Catalog::provider(std::string_view id)
{
    return indexOf(providers(), id);
}

} // namespace atalaya::sim

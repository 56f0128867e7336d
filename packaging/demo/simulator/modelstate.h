// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include "catalog.h"

namespace atalaya::sim {

template <typename T, int A, int B> using Grid = std::array<std::array<T, B>, A>;

/// Everything the simulator's series derive from, at one instant: rates per second, latency
/// distributions and the Kubernetes gauges. SimulatorModel::evaluate() fills it.
struct ModelState
{
    /// Requests per second by vertical, region and route (all codes).
    std::array<Grid<double, kRegions, kRoutes>, kVerticals> rps {};
    /// Latency is lognormal: ln(seconds) has mean mu and deviation latencySigma.
    std::array<Grid<double, kRegions, kRoutes>, kVerticals> latencyMu {};
    double latencySigma = 0;
    /// Share of each response code (CodeIndex) by vertical and region; they sum to 1.
    std::array<Grid<double, kRegions, kCodes>, kVerticals> codeShare {};
    /// Bookings per second by vertical and city.
    Grid<double, kVerticals, kRegions> bookings {};
    /// Booking flows (checkouts) started per second by vertical and city; the ones that did not
    /// end in a booking were abandoned.
    Grid<double, kVerticals, kRegions> checkoutsStarted {};
    /// Payment attempts and failures per second by provider and vertical.
    Grid<double, kProviders, kVerticals> payments {};
    Grid<double, kProviders, kVerticals> paymentFailures {};
    std::array<double, kProviders> gatewayMu {};
    double gatewaySigma = 0;

    // Deployment "api" and its HPA, by vertical (kube-state-metrics v2).
    std::array<int, kVerticals> specReplicas {};
    std::array<int, kVerticals> readyReplicas {};
    std::array<int, kVerticals> updatedReplicas {};
    std::array<int, kVerticals> hpaDesired {};
    std::array<int, kVerticals> hpaCurrent {}; ///< pods of the target at the HPA's last sync
    std::array<int, kVerticals> hpaMin {};
    std::array<int, kVerticals> hpaMax {};
    std::array<int, kVerticals> generation {};
    std::array<int, kVerticals> observedGeneration {};
    /// CPU (of requests) and memory (of limits) utilisation of the deployment, 0..1.
    std::array<double, kVerticals> cpu {};
    std::array<double, kVerticals> memory {};
};

} // namespace atalaya::sim

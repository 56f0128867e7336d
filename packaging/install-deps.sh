#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atalaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs everything Atalaya's build, tests and local demo stack need on Debian 12.
# Idempotent; run as root (the run-*.sh scripts call it through sudo when needed).
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh: run me as root (sudo $0)" >&2
    exit 1
fi

packages=(
    # build
    cmake ninja-build ccache g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    nlohmann-json3-dev libspdlog-dev libsqlite3-dev libvalijson-dev libcurl4-gnutls-dev
    # the map's outlines, converted at build time: DCW-GMT (LGPL-3.0-or-later) read with libnetcdf
    gmt-dcw libnetcdf-dev
    # tests and the demo stack: real servers on loopback (postgresql: the booking database, 15 on Debian 12)
    prometheus prometheus-alertmanager postgresql postgresql-client
    # offscreen rendering, screenshots, fonts (without a font, text draws as boxes)
    fonts-dejavu-core xvfb xauth
    ca-certificates curl procps
    # the Kubernetes API double that the real kubectl drives in tests and the demo (TLS: openssl)
    python3 openssl
)

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Some machines carry a newer kubectl from another package, which conflicts with Debian's
# kubernetes-client (1.20): install ours only when there is none.
if ! command -v kubectl >/dev/null 2>&1; then
    missing+=(kubernetes-client)
fi

# The flagd evaluator test runs OpenFeature's own flagd-core (an npm package) with node. Some
# machines carry node with its own npm from another package: Debian's only when there is none.
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps.sh: everything is installed" >&2
    exit 0
fi

echo "install-deps.sh: installing ${missing[*]}" >&2
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"

# Debian starts the packaged Prometheus/Alertmanager/PostgreSQL services where systemd runs;
# Atalaya's demo and tests start their own on free loopback ports, so the system ones are not needed.

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atalaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the dependencies, builds Atalaya with its tests and runs the whole suite: unit tests,
# integration tests against a real Prometheus started on loopback by the suite, GUI tests
# offscreen. Benchmarks (label "bench") run separately: ctest --preset dev -L bench -V
set -euo pipefail
source "$(dirname "$0")/common.sh"

atalaya_install_deps
atalaya_build dev
cd "$ATALAYA_ROOT"
ctest --preset dev -LE bench "$@"

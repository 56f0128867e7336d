#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atalaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the dependencies, builds Atalaya, starts the local demo stack (a real Prometheus
# scraping the platform simulator, with seven days of history, and the booking database) and
# opens the console on it.
# The stack stops when the console closes. Extra arguments go to the console.
set -euo pipefail
source "$(dirname "$0")/common.sh"

atalaya_install_deps
atalaya_build dev

export ATALAYA_SIMULATOR="$ATALAYA_ROOT/build/dev/packaging/demo/atalaya-simulator"
stack="$ATALAYA_ROOT/packaging/demo/stack"
trap '"$stack" stop >/dev/null 2>&1 || true' EXIT
config=$("$stack" start | tail -n 1)
# The booking database's password for the console (sources.bookings.passwordEnv), when the stack
# made one: the state directory is the config file's.
db_env="$(dirname "$config")/db.env"
if [ -f "$db_env" ]; then
    set -a
    # shellcheck disable=SC1090 # written by the stack: ATALAYA_DB_PASSWORD=...
    . "$db_env"
    set +a
fi

app="$ATALAYA_ROOT/build/dev/app/atalaya"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display: running the console under xvfb-run (use --screenshot FILE to see it)." >&2
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --config "$config" "$@"
else
    "$app" --config "$config" "$@"
fi

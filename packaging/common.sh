# SPDX-FileCopyrightText: 2026 Atalaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run-demo.sh and run-tests.sh: install the dependencies and build one preset.

ATALAYA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

atalaya_install_deps() {
    if [ "$(id -u)" -eq 0 ]; then
        "$ATALAYA_ROOT/packaging/install-deps.sh"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$ATALAYA_ROOT/packaging/install-deps.sh"
    else
        echo "Run packaging/install-deps.sh as root first (no sudo here)." >&2
        return 1
    fi
}

# atalaya_build <preset>: configure (once) and build with Ninja, ccache when present.
atalaya_build() {
    local preset=$1
    cd "$ATALAYA_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset" -j "$(nproc)"
}

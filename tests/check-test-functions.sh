#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atalaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-test-functions.sh TEST-BINARY SOURCE.cpp
# Fails when a test function declared under "private slots:" in SOURCE is not one the binary
# runs. moc can silently drop the slots that follow some raw string literals, and a test that
# never runs cannot fail.
set -euo pipefail
binary=$1
source=$2
declared=$(awk '/private slots:/{on=1; next} on && /^(private|public|protected):|^};/{on=0} on' "$source" \
    | grep -oE '^\s+void [A-Za-z0-9_]+\(\)$' | grep -oE '[A-Za-z0-9_]+\(' | tr -d '(' \
    | grep -vE '_data$|^(init|cleanup|initTestCase|cleanupTestCase)$' | sort -u || true)
known=$(QT_QPA_PLATFORM=offscreen "$binary" -functions | sed 's/()$//' | sort -u)
missing=$(comm -23 <(printf '%s\n' "$declared") <(printf '%s\n' "$known") | grep -v '^$' || true)
if [ -n "$missing" ]; then
    echo "$(basename "$binary"): declared in $source but not run (moc dropped them):" >&2
    printf '  %s\n' $missing >&2
    exit 1
fi
echo "$(basename "$binary"): all $(printf '%s\n' "$declared" | grep -c .) test functions are run"

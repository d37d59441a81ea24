#!/usr/bin/env bash
# Smoke test of a built bundle, offscreen, with no network: version, demo workspace, headless PDF, desktop start.
set -euo pipefail
EXE=${1:?path to the bundled executable}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen WORKSTATION_HOME="$WORK/home"
"$EXE" --version
"$EXE" --db "$WORK/demo.db" demo
"$EXE" --db "$WORK/demo.db" report --from 2026-01-01 --to 2026-12-31 --lang kk --out "$WORK/summary.pdf"
test -s "$WORK/summary.pdf"
head -c 5 "$WORK/summary.pdf" | grep -q '%PDF-'
# The desktop itself: it must start, show its window and quit on its own.
"$EXE" --db "$WORK/demo.db" --smoke-quit-after 3
echo "smoke test passed"

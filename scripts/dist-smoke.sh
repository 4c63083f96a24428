#!/usr/bin/env bash
# Smoke test of the frozen build (dist/kiosk): it validates a profile, renders every screen offscreen,
# runs `kiosk demo` (a complete citizen session with the embedded backend; its exit code counts), checks that
# `kiosk page` orients a sample page by the bundled orientation model, and
# runs the kiosk on the simulated profile until SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk=${1:-dist/kiosk/kiosk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KIOSK_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen

"$kiosk" config check simulated
"$kiosk" screenshots --out "$work/shots" --lang vi >/dev/null
count=$(ls "$work/shots"/*.png | wc -l)
[[ $count -ge 10 ]] || { echo "dist-smoke: only $count screenshots" >&2; exit 1; }

"$kiosk" demo --out "$work/demo" >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; echo "dist-smoke: demo failed" >&2; exit 1; }
[[ -s "$work/demo/receipt.png" ]] || { echo "dist-smoke: the demo printed no receipt" >&2; exit 1; }

# The page-orientation model is bundled and found: a sample document's page is oriented by it (kiosk page).
"$kiosk" samples --out "$work/samples" --documents 2 --id-cards 0 --qr 0 >/dev/null
"$kiosk" page "$work/samples/documents/"*.jpg >"$work/page.log"
grep -q '"oriented_by": "model"' "$work/page.log" || { cat "$work/page.log" >&2; echo "dist-smoke: no page oriented by the bundled model" >&2; exit 1; }

"$kiosk" run --windowed >"$work/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
    grep -q "embedded backend at" "$work/run.log" && break
    sleep 0.5
done
sleep 2
kill -TERM "$pid"
wait "$pid" || true
grep -q "embedded backend at" "$work/run.log" || { cat "$work/run.log" >&2; echo "dist-smoke: backend did not start" >&2; exit 1; }
grep -q "kiosk stopped" "$work/run.log" || { cat "$work/run.log" >&2; echo "dist-smoke: no clean stop" >&2; exit 1; }
# The embedded backend runs in a child process of the kiosk program (--embedded-server-child): it must be gone.
grep -q "embedded backend stopped (child process" "$work/run.log" || { cat "$work/run.log" >&2; echo "dist-smoke: the backend's child did not stop" >&2; exit 1; }
if grep -q "Traceback" "$work/run.log"; then cat "$work/run.log" >&2; exit 1; fi
echo "dist-smoke: OK ($count screens, demo session passed, pages oriented by the bundled model, embedded backend started and stopped)"

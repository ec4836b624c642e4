#!/usr/bin/env bash
# The Reports tab in headless Chromium (tools/reports-tab/tab.mjs): the real host in Production on a database seeded
# with a month of demo requests (seed-reports), signed in with tokens minted against a local OpenID metadata endpoint,
# one screenshot per chart into docs/screenshots/reports-tab/. Installs what it needs on a fresh machine (Debian's
# chromium, the npm packages of tools/reports-tab) and checks that the Teams JavaScript client the host serves is
# the npm package's own file. Ports 5310 (host) and 5311 (metadata). Bounded by TAB_TIMEOUT seconds (240).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
started=$(date +%s)
deadline=$((started + ${TAB_TIMEOUT:-240}))
left() { echo $((deadline - $(date +%s))); }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== Chromium (Debian package; browsers are never downloaded by Playwright)"
bash .ci/chromium.sh

echo "== npm packages of tools/reports-tab, and the Teams JavaScript client the host serves"
timeout "$(left)" bash tools/reports-tab/vendor.sh --check

echo "== Build the host"
timeout "$(left)" dotnet build src/Switchboard.Host -nologo -v q > /dev/null

data=$(mktemp -d -t switchboard-tab.XXXXXX)
trap 'rm -rf "$data"' EXIT
echo "== Seed November 2026 for the demo company (twice: the second run must save nothing)"
export Switchboard__Storage__DataFolder="$data"
host="$root/src/Switchboard.Host/bin/Debug/net10.0/Switchboard.Host.dll"
timeout "$(left)" dotnet "$host" seed-reports --month 2026-11 2>/dev/null
again=$(timeout "$(left)" dotnet "$host" seed-reports --month 2026-11 2>/dev/null)
echo "$again"
grep -q ": 0 request(s) saved" <<< "$again" || { echo "seed-reports is not idempotent: $again" >&2; exit 1; }
unset Switchboard__Storage__DataFolder

echo "== The tab in headless Chromium"
rm -f docs/screenshots/reports-tab/*.png
(cd tools/reports-tab && HOST_DLL="$host" DATA_FOLDER="$data" SCREENSHOTS="$root/docs/screenshots/reports-tab" \
  HOST_PORT=5310 OIDC_PORT=5311 timeout "$(left)" node tab.mjs)
echo "reports tab step took $(( $(date +%s) - started )) s in all"

#!/usr/bin/env bash
# End-to-end in a Teams-like client nobody on the team wrote: Switchboard against the Microsoft 365 Agents
# Playground, driven through its UI in headless Chromium (tools/playground/e2e.mjs). Installs what it needs on a
# fresh machine (Debian's chromium, the npm packages of tools/playground), builds the host once, starts the host
# and the Playground with tools/playground/play.sh, runs the suite, and stops both. Screenshots of a passing run
# replace those in docs/screenshots/. Bounded: the whole script gives up after E2E_TIMEOUT seconds (330).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
started=$(date +%s)
deadline=$((started + ${E2E_TIMEOUT:-330}))
left() { echo $((deadline - $(date +%s))); }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== Chromium (Debian package; browsers are never downloaded by Playwright)"
bash .ci/chromium.sh

echo "== npm packages of tools/playground (exact versions from package-lock.json)"
(cd tools/playground && timeout "$(left)" npm ci --no-audit --no-fund)

echo "== Build the host once"
timeout "$(left)" dotnet build src/Switchboard.Host -nologo -v q

work=$(mktemp -d -t switchboard-e2e.XXXXXX)
set -m # play.sh in its own process group, so it and everything it started stop together
# The host's clock starts on a Tuesday at 10:00 in Paris: the demo company's people work office hours, so at any real hour the
# suite meets the same people at work (after 17:00 the contract expert would be off-hours and someone else proposed).
PLAYGROUND_WORK="$work" PLAYGROUND_READY_FILE="$work/ready" SWITCHBOARD_NO_BUILD=1 SWITCHBOARD_CLOCK_START="2026-12-01T10:00:00+01:00" \
  bash tools/playground/play.sh >"$work/play.out" 2>&1 &
play=$!
set +m
stop() {
  if kill -0 "$play" 2>/dev/null; then
    kill -TERM -- "-$play"
    wait "$play" || echo "play.sh ended with status $? after being stopped" >&2
  fi
  echo "logs of this run: $work"
}
trap stop EXIT

echo "== Start Switchboard and the Playground"
until [ -s "$work/ready" ]; do
  if ! kill -0 "$play" 2>/dev/null; then echo "play.sh exited before both were ready:" >&2; cat "$work/play.out" >&2; exit 1; fi
  if [ "$(left)" -le 0 ]; then echo "host and Playground not ready in time:" >&2; cat "$work/play.out" >&2; exit 1; fi
  sleep 0.2 # polls play.sh's ready file; play.sh itself waits for /readyz and the Playground's ping
done
url=$(cat "$work/ready")
echo "ready at $url after $(( $(date +%s) - started )) s"

echo "== Flows through the Playground UI (headless Chromium), then the record through the host's own commands"
status=0
(cd tools/playground && PLAYGROUND_URL="$url" PLAYGROUND_WORK="$work" SCREENSHOTS="$work/screenshots" \
  timeout "$(left)" node e2e.mjs) || status=$?
if [ "$status" -eq 0 ]; then
  # Only a run that passed replaces the README's screenshots; a failed one leaves its own in the run's folder.
  rm -f docs/screenshots/*.png
  cp "$work"/screenshots/*.png docs/screenshots/
else
  [ "$status" -ne 124 ] || echo "e2e stopped: the whole step went over E2E_TIMEOUT (${E2E_TIMEOUT:-330} s)" >&2
  echo "e2e failed (status $status); last lines of the host log ($work/host.log):" >&2
  tail -n 60 "$work/host.log" >&2
  echo "the Playground's logs ($work/playground.log, $work/devTools/m365agentsplayground.log):" >&2
  tail -n 30 "$work/playground.log" "$work/devTools/m365agentsplayground.log" >&2 || true
fi
echo "e2e took $(( $(date +%s) - started )) s in all"
exit "$status"

#!/usr/bin/env bash
# Starts Switchboard (Development, embedded defaults) and the Microsoft 365 Agents Playground with a mock tenant of
# the demo company, waits for both, and prints the URL to open. Ctrl-C stops both.
#
# Environment: PLAYGROUND_PORT (56150), SWITCHBOARD_DATA (a fresh folder per run, so a play starts from an empty
# database), SWITCHBOARD_NO_BUILD=1 to reuse the last build (the e2e suite builds once), SWITCHBOARD_CLOCK_START (an
# instant with its offset: the host's clock starts there, so the demo company is at work whatever the real time; the
# e2e suite sets it). The host runs from its Debug build (src/Switchboard.Host/bin/Debug/net10.0).
set -euo pipefail
# Job control gives each background job its own process group, so stop() ends the host, and the Playground with its
# children, and nothing else.
set -m
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PLAYGROUND_PORT:-56150}"
work="${PLAYGROUND_WORK:-$(mktemp -d -t switchboard-play.XXXXXX)}"
data="${SWITCHBOARD_DATA:-$work/data}"
mkdir -p "$work" "$data"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[ -d "$here/node_modules/@microsoft/m365agentsplayground" ] || (cd "$here" && npm ci --no-audit --no-fund)

pids=()
stop() {
  # Stop only what this script started, each by its own process group; one that already exited is said so.
  local pid
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill -TERM -- "-$pid"; else echo "process group $pid had already exited" >&2; fi
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 20); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 -- "-$pid" 2>/dev/null; then echo "process group $pid ignored TERM; killing it" >&2; kill -KILL -- "-$pid"; fi
  done
}
trap stop EXIT
trap 'exit 130' INT TERM

if [ "${SWITCHBOARD_NO_BUILD:-0}" != 1 ]; then
  echo "Building the host" >&2
  (cd "$root" && dotnet build src/Switchboard.Host -nologo -v q >&2)
fi
# The built host, started directly: `dotnet run` would spend seconds evaluating the project before each start. The
# host reads its appsettings from beside the assembly (its content root), so it runs the same from any folder.
host=(dotnet "$root/src/Switchboard.Host/bin/Debug/net10.0/Switchboard.Host.dll")

echo "Writing the demo company and the Playground's mock tenant into $work" >&2
"${host[@]}" demo-tenant --out "$work/demo-tenant.json" >&2
node "$here/gen-tenant.mjs" "$work/demo-tenant.json" "$work"

echo "Starting Switchboard (log: $work/host.log)" >&2
# The Playground's connector is both the serviceUrl of what it sends and where the bot must create chats and post
# to people who never wrote to it; the database lives in this run's folder so every play starts clean.
(cd "$root" && exec env \
  Switchboard__Bot__DefaultServiceUrl="http://127.0.0.1:$port/_connector" \
  Switchboard__Storage__DataFolder="$data" \
  Switchboard__Development__ClockStart="${SWITCHBOARD_CLOCK_START:-}" \
  "${host[@]}" --environment Development >"$work/host.log" 2>&1) &
pids+=($!)

echo "Starting the Playground on port $port (log: $work/playground.log)" >&2
(cd "$work" && exec env TEAMSAPPTESTER_BROWSER=none \
  "$here/node_modules/.bin/agentsplayground" -e http://127.0.0.1:3978/api/messages -c msteams -p "$port" \
  --disable-telemetry >"$work/playground.log" 2>&1) &
pids+=($!)

wait_for() { # url, name, log
  for _ in $(seq 1 720); do # 180 s, polled every quarter second
    if curl -fs -o /dev/null "$1"; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "$2 exited; its log ($3):" >&2; tail -n 40 "$3" >&2; exit 1; }
    done
    sleep 0.25
  done
  echo "$2 did not answer $1 within 180 s; its log ($3):" >&2; tail -n 40 "$3" >&2; exit 1
}
wait_for http://127.0.0.1:3978/readyz Switchboard "$work/host.log"
wait_for "http://127.0.0.1:$port/_debug/ping" Playground "$work/playground.log"

echo "PLAYGROUND_URL=http://127.0.0.1:$port"
echo "Open http://127.0.0.1:$port and write to Switchboard as Sanjay Reddy. Logs: $work. Ctrl-C stops both." >&2
if [ -n "${PLAYGROUND_READY_FILE:-}" ]; then echo "http://127.0.0.1:$port" >"$PLAYGROUND_READY_FILE"; fi
wait -n "${pids[@]}"

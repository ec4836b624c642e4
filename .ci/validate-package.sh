#!/usr/bin/env bash
# Builds the Teams app package with the host's `package` command and validates it offline against the
# official schemas (tools/manifest-validator), then proves the validator still rejects broken input.
# Idempotent; on a fresh machine it installs the validator's npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

validator=tools/manifest-validator
fixtures=$validator/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Teams package: validator dependencies (npm ci, exact versions from package-lock.json)"
(cd "$validator" && npm ci --no-audit --no-fund --loglevel=error)

# unzip is on this machine kind; installed only where it is missing.
if ! command -v unzip > /dev/null; then
  apt-get update -qq && apt-get install -y -qq unzip > /dev/null
fi

echo "== Teams package: build with sample parameters"
zip=$work/switchboard.zip
dotnet run --project src/Switchboard.Host -- package \
  --app-id 6f1c2a9e-3b7d-4e21-9a55-0c8d4b2e7f13 \
  --bot-id 2d9e4c70-8a1b-4f36-b2c5-71e0d3a9f846 \
  --host switchboard-ci.example.com \
  --version 1.2.3 \
  --out "$zip"

echo "== Teams package: validate the zip"
node "$validator/validate.js" "$zip"

# Each negative check swaps one file of the good package for a fixture. The validator must fail, and
# fail for the expected reason: a rejection for some other cause would prove nothing.
unzip -q "$zip" -d "$work/good"

expect_rejection() {
  local name=$1 file=$2 fixture=$3 expected=$4
  local case_dir=$work/$name output status
  cp -r "$work/good" "$case_dir"
  cp "$fixture" "$case_dir/$file"
  set +e
  output=$(node "$validator/validate.js" "$case_dir" 2>&1)
  status=$?
  set -e
  if [[ $status -eq 0 ]]; then
    echo "FAIL: the validator accepted $fixture as $file" >&2
    exit 1
  fi
  if ! grep -qF -- "$expected" <<< "$output"; then
    echo "FAIL: the validator rejected $fixture, but not with '$expected':" >&2
    echo "$output" >&2
    exit 1
  fi
  echo "ok: $fixture rejected ($expected)"
}

echo "== Teams package: the validator rejects broken input"
expect_rejection broken-manifest manifest.json "$fixtures/broken-manifest.json" "manifest.json: schema: /bots/0/botId"
expect_rejection wrong-size-icon color.png "$fixtures/color-96x96.png" "colour icon is 96x96"
expect_rejection grey-outline outline.png "$fixtures/outline-not-white.png" "outline icon must be white on transparent"

echo "Teams package: valid, and broken input is rejected"

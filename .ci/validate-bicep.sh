#!/usr/bin/env bash
# Compiles and lints the Azure templates in deploy/ with the Bicep CLI, offline, and proves the checks
# bite: a broken template and a linter violation must both be refused. Idempotent; on a fresh machine
# `dotnet restore` downloads the CLI from NuGet (package Azure.Bicep.CommandLine.linux-x64).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bicep_version=0.49.2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Bicep: CLI $bicep_version from NuGet"
dotnet restore tools/Bicep/Bicep.proj --verbosity quiet
packages=${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')}
bicep=${packages%/}/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep
if [[ ! -f $bicep ]]; then
  echo "FAIL: the Bicep CLI is not at $bicep after restore" >&2
  exit 1
fi
# NuGet does not keep Unix permissions; the executable bit may be missing after extraction.
[[ -x $bicep ]] || chmod +x "$bicep"
"$bicep" --version

# Runs a Bicep command and fails on any diagnostic, warnings included: a warning such as an unknown
# resource type means a template part went unchecked.
run_clean() {
  local output
  if ! output=$("$bicep" "$@" 2>&1); then
    echo "$output" >&2
    echo "FAIL: bicep $*" >&2
    exit 1
  fi
  if grep -E ' : (Warning|Error) ' <<< "$output" >&2; then
    echo "FAIL: bicep $* reported diagnostics" >&2
    exit 1
  fi
  echo "ok: bicep $*"
}

# The parameters files read secrets from the environment when compiled; CI has none, so it gives
# obvious stand-ins (the compiled output is thrown away with $work).
export SWITCHBOARD_BOT_APP_ID=00000000-0000-4000-8000-00000000c1c1
export SWITCHBOARD_BOT_APP_PASSWORD=ci-stand-in-not-a-secret
export SWITCHBOARD_POSTGRES_ADMIN_PASSWORD=ci-stand-in-not-a-secret
export SWITCHBOARD_RECORD_PSEUDONYM_KEY=Y2ktc3RhbmQtaW4tbm90LWEtc2VjcmV0LWtleS0zMmJ5dGVz

echo "== Bicep: build and lint deploy/"
run_clean build deploy/main.bicep --outfile "$work/main.json"
run_clean build-params deploy/dev.bicepparam --outfile "$work/dev.parameters.json"
run_clean build-params deploy/prod.bicepparam --outfile "$work/prod.parameters.json"
run_clean lint deploy/main.bicep
run_clean lint deploy/dev.bicepparam
run_clean lint deploy/prod.bicepparam

# The negative checks must fail for the expected reason; failing for another would prove nothing.
expect_failure() {
  local expected=$1
  shift
  local output status
  set +e
  output=$("$bicep" "$@" 2>&1)
  status=$?
  set -e
  if [[ $status -eq 0 ]]; then
    echo "FAIL: bicep $* accepted a template that must fail" >&2
    exit 1
  fi
  if ! grep -qF -- "$expected" <<< "$output"; then
    echo "FAIL: bicep $* failed, but not with '$expected':" >&2
    echo "$output" >&2
    exit 1
  fi
  echo "ok: bicep $* refused it ($expected)"
}

echo "== Bicep: broken templates are refused"
expect_failure "BCP057" build tools/Bicep/fixtures/compile-error.bicep --outfile "$work/broken.json"
# Linted beside a copy of the deploy configuration, which is what turns these rules into errors.
mkdir "$work/lint"
cp deploy/bicepconfig.json tools/Bicep/fixtures/lint-violation.bicep "$work/lint/"
expect_failure "Error secure-parameter-default" lint "$work/lint/lint-violation.bicep"
expect_failure "Error no-unused-params" lint "$work/lint/lint-violation.bicep"
expect_failure "Error outputs-should-not-contain-secrets" lint "$work/lint/lint-violation.bicep"

echo "Bicep: templates valid, and broken ones are refused"

#!/usr/bin/env bash
# Copies the Teams JavaScript client (npm @microsoft/teams-js, the exact version of package-lock.json) into the host,
# which serves it as /tab/assets/teams.js: the tab loads no script from the internet. With --check it only verifies
# that the host's copy is byte for byte the registry's (CI runs that); without, it rewrites the copy after an upgrade.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
source=node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js
license=node_modules/@microsoft/teams-js/LICENSE
target=../../src/Switchboard.Host/Tab/Assets
version=$(node -p "require('./node_modules/@microsoft/teams-js/package.json').version")
if [ "${1:-}" = "--check" ]; then
  cmp "$source" "$target/MicrosoftTeams.min.js" || { echo "the host's MicrosoftTeams.min.js is not @microsoft/teams-js $version's: run tools/reports-tab/vendor.sh" >&2; exit 1; }
  cmp "$license" "$target/MicrosoftTeams.LICENSE.txt" || { echo "the host's MicrosoftTeams.LICENSE.txt is not @microsoft/teams-js $version's" >&2; exit 1; }
  echo "teams-js: the host serves @microsoft/teams-js $version as published"
else
  cp "$source" "$target/MicrosoftTeams.min.js"
  cp "$license" "$target/MicrosoftTeams.LICENSE.txt"
  echo "teams-js: copied @microsoft/teams-js $version into $target"
fi

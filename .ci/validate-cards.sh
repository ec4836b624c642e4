#!/usr/bin/env bash
# Validates every golden Adaptive Card (tests/Switchboard.Cards.Tests/Golden: each card builder with representative
# and hostile data, in English and French) with Microsoft's renderer library for Adaptive Cards 1.5, then proves the
# validator still rejects a broken card. The golden files are kept equal to the builders' output by the card tests,
# so this needs no .NET build. Idempotent; installs the validator's exact npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

validator=tools/card-validator
golden=tests/Switchboard.Cards.Tests/Golden

echo "== Cards: validator dependencies (npm ci, exact versions from package-lock.json)"
(cd "$validator" && npm ci --no-audit --no-fund --loglevel=error)

echo "== Cards: validate every golden card"
node "$validator/validate.js" "$golden"

# The negative check: a validator that accepts everything would pass the step above. It must reject the fixture,
# and for the reasons the fixture was written to show; a rejection for some other cause would prove nothing.
echo "== Cards: the validator rejects a broken card"
fixture=$validator/fixtures/broken-card.json
set +e
output=$(node "$validator/validate.js" "$fixture" 2>&1)
status=$?
set -e
if [[ $status -eq 0 ]]; then
  echo "FAIL: the validator accepted $fixture" >&2
  exit 1
fi
for expected in \
  'Invalid value "Huge" for property "size"' \
  'RequiredInputsShouldHaveLabel' \
  'DuplicateId' \
  'unknown action type "Action.Popover"' \
  '"Carousel" needs Adaptive Cards 1.6' \
  'Action.Execute without an Action.Submit fallback' \
  'differs from its verb'; do
  if ! grep -qF -- "$expected" <<< "$output"; then
    echo "FAIL: the validator rejected $fixture, but did not report '$expected':" >&2
    echo "$output" >&2
    exit 1
  fi
done
echo "ok: $fixture rejected"

echo "Cards: every golden card is valid, and a broken card is rejected"

#!/usr/bin/env bash
# Installs Debian's chromium when it is missing (the browser every headless check drives through playwright-core;
# Playwright never downloads one here) and prints its version. Safe to run again. Sourced or run by the .ci steps.
set -euo pipefail

if [[ ! -x /usr/bin/chromium ]]; then
  echo "== Chromium: installing Debian's package"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium
fi
/usr/bin/chromium --version

#!/usr/bin/env bash
# Runs before `npm test`: the browser tests drive Debian's Chromium (/usr/bin/chromium).
# On a fresh Debian machine, as root, install it; otherwise say exactly what is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (one time)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium: install it with 'sudo apt-get install chromium'." >&2
exit 1

#!/usr/bin/env bash
# `npm run setup`: everything a fresh machine needs before `npm test`.
#  - Java 17 (the Apex gates run apex-ls and PMD on the JVM), from apt when it is missing;
#  - a C++ toolchain (make, g++, python3) when missing: better-sqlite3, the gateway's database,
#    builds from source with node-gyp (prebuilt binaries cannot be downloaded here);
#  - Chromium (Debian's chromium package, /usr/bin/chromium) when missing: the gateway's portal
#    test and the local org's end-to-end test drive a real browser through playwright-core, which
#    downloads no browser of its own (point SECURESEND_CHROMIUM at another Chromium to use that
#    instead);
#  - the npm dependencies, exactly as locked (npm ci).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

java_is_usable() {
  command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -qE 'version "(1[1-9]|[2-9][0-9])'
}

apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: apt-get is not available: install $* yourself and re-run." >&2
    exit 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

if ! { command -v make && command -v g++ && command -v python3; } >/dev/null 2>&1; then
  echo "setup: installing a C++ toolchain (build-essential, python3) for better-sqlite3"
  apt_install build-essential python3
fi

if ! java_is_usable; then
  echo "setup: installing Java 17 (openjdk-17-jre-headless) with apt-get"
  apt_install openjdk-17-jre-headless
fi
java -version 2>&1 | head -1

if [ -n "${SECURESEND_CHROMIUM:-}" ] && [ -x "${SECURESEND_CHROMIUM}" ]; then
  echo "setup: using the Chromium at SECURESEND_CHROMIUM (${SECURESEND_CHROMIUM})"
elif [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Chromium (Debian's chromium) with apt-get: the browser tests drive a real browser"
  apt_install chromium
fi

npm ci --no-audit --no-fund

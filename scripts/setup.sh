#!/usr/bin/env bash
# `npm run setup`: everything a fresh machine needs before `npm test`.
#  - Java 17 (the Apex gates run apex-ls and PMD on the JVM), from apt when it is missing;
#  - the npm dependencies, exactly as locked (npm ci).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

java_is_usable() {
  command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -qE 'version "(1[1-9]|[2-9][0-9])'
}

if ! java_is_usable; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing Java 17 (openjdk-17-jre-headless) with apt-get"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless
  else
    echo "setup: Java 11+ is required (17 tested) and apt-get is not available: install a JDK/JRE 17 and re-run." >&2
    exit 1
  fi
fi
java -version 2>&1 | head -1

npm ci --no-audit --no-fund

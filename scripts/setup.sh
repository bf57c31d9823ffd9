#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine (Python 3.11, root, package registries only).
#
#   scripts/setup.sh          the library and the `kg` command, pinned by uv.lock, into .venv
#   scripts/setup.sh --test   the same plus what the tests drive: the Debian packages in
#                             scripts/apt-packages.txt (Chromium, roqet, ...) and the npm
#                             packages pinned by package-lock.json (SPARQL clients)
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.9
if ! command -v uv >/dev/null 2>&1 || [ "$(uv --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi

if [ "${1:-}" != "--test" ]; then
  uv sync --frozen --quiet
  exit 0
fi

uv sync --frozen --quiet --extra test

if [ -s scripts/apt-packages.txt ]; then
  missing=()
  while read -r pkg; do
    [ -z "$pkg" ] || [ "${pkg#\#}" != "$pkg" ] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < scripts/apt-packages.txt
  if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ -f package-lock.json ]; then
  npm ci --silent --no-audit --no-fund
fi

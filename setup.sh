#!/bin/sh
# Quick start, step 1: install what is missing (Debian 12, as root), fetch
# mujs 1.3.6's source and llhttp 9.2 (both from Debian's trixie suite), build muk, and run examples/main.js.
#   ./setup.sh            install + build + run the example
#   ./setup.sh --no-run   install + build only (test.sh uses this)
set -eu
cd "$(dirname "$0")"

PKGS="gcc libc6-dev pkg-config meson ninja-build python3 dpkg-dev patch libuv1-dev libnanomsg-dev libzstd-dev libssl-dev zlib1g-dev libbrotli-dev libdeflate-dev libpcre2-dev libc-ares-dev zstd brotli gzip valgrind wrk"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

tools/fetch-mujs.sh
tools/fetch-llhttp.sh

if [ ! -f build/build.ninja ]; then
  meson setup build --buildtype=release -Db_ndebug=false >/dev/null
fi
ninja -C build >/dev/null

if [ "${1:-}" != "--no-run" ]; then
  build/bridge/muk examples/main.js
fi

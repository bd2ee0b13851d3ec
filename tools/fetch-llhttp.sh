#!/bin/sh
# Fetch llhttp 9.2 (Node's HTTP/1.1 parser) from Debian's trixie suite:
# the binary package libllhttp-dev (a header and a position-independent
# static library, built by Debian from the node-undici source package),
# unpacked under third_party/llhttp (not committed). Nothing is installed
# into the system. Debian 12 has no llhttp package, and trixie's source
# package is not on every mirror, so the binary package is the route; the
# static library leaves no run-time dependency behind.
# Usage: tools/fetch-llhttp.sh [DESTDIR]   (default: third_party/llhttp)
# A tree whose stamp (.muk-version) names the wanted version is left alone.
set -eu
VERSION=${LLHTTP_VERSION:-9.2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST=${1:-$ROOT/third_party/llhttp}
die() { echo "fetch-llhttp: $*" >&2; exit 1; }

if [ -f "$DEST/include/llhttp.h" ] && [ -f "$DEST/lib/libllhttp.a" ] &&
   [ -f "$DEST/.muk-version" ] && [ "$(cut -d' ' -f1 "$DEST/.muk-version")" = "$VERSION" ]; then
  exit 0
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
. "$ROOT/tools/trixie-apt.sh"
trixie_apt "$TMP" deb || exit 1
mkdir -p "$TMP/work"
cd "$TMP/work"
# shellcheck disable=SC2086
apt-get $APT download -qq libllhttp-dev >/dev/null 2>&1 || die "apt could not download libllhttp-dev from trixie"
DEB=$(ls libllhttp-dev_*.deb | head -n1)
GOT=$(dpkg-deb -f "$DEB" Version)
case $GOT in "$VERSION".*) ;; *) die "got libllhttp-dev $GOT, wanted $VERSION.x" ;; esac
dpkg-deb -x "$DEB" x
LIB=$(find x -name libllhttp.a | head -n1)
[ -n "$LIB" ] && [ -f x/usr/include/llhttp.h ] || die "$DEB has no libllhttp.a or llhttp.h"
mkdir -p src/include src/lib
cp x/usr/include/llhttp.h src/include/
cp "$LIB" src/lib/
cp "$(find x -name copyright | head -n1)" src/copyright
rm -rf "$DEST"
mkdir -p "$(dirname "$DEST")"
mv src "$DEST"
echo "$VERSION $GOT" > "$DEST/.muk-version"
echo "fetch-llhttp: llhttp $GOT in $DEST"

#!/bin/sh
# Fetch mujs's source from Debian's trixie suite with apt, using a temporary
# apt configuration whose archive address is read from this machine's own
# sources, unpack it under third_party/mujs (not committed), and apply our
# own patches from tools/mujs-patches/ (each explains itself at its top), in
# the order tools/mujs-patches/series lists them (docs/engine.md).
# Usage: tools/fetch-mujs.sh [DESTDIR]   (default: third_party/mujs)
# A tree whose stamp (.muk-version: the version, and a hash of the series'
# names and of the patches' contents in that order) matches is left alone.
set -eu
VERSION=${MUJS_VERSION:-1.3.6}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST=${1:-$ROOT/third_party/mujs}
PATCHES="$ROOT/tools/mujs-patches"
SERIES="$PATCHES/series"
die() { echo "fetch-mujs: $*" >&2; exit 1; }

# The series: one patch file name (in tools/mujs-patches/) per line, applied
# from top to bottom; '#' starts a comment, blank lines are skipped. It must
# name every *.patch file there, each once, and only files that exist.
[ -f "$SERIES" ] || die "$SERIES is missing"
LIST=$(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$SERIES" | grep -v '^$' || true)
! printf '%s\n' "$LIST" | grep -q '[[:space:]]' || die "series: one file name per line (a line has spaces in it)"
set -f
for p in $LIST; do
  case $p in */*) die "series: '$p': name a file in tools/mujs-patches/, without a directory" ;; esac
  [ -f "$PATCHES/$p" ] || die "series names $p, but tools/mujs-patches/$p does not exist"
  [ "$(printf '%s\n' "$LIST" | grep -cxF "$p")" = 1 ] || die "series names $p more than once"
done
set +f
for f in "$PATCHES"/*.patch; do
  [ -f "$f" ] || continue
  name=${f##*/}
  printf '%s\n' "$LIST" | grep -qxF "$name" || die "tools/mujs-patches/$name is not in the series: add it to $SERIES (where it applies) or delete it"
done
COUNT=$(printf '%s\n' "$LIST" | grep -c . || true)
STAMP="$VERSION series $( { printf '%s\n' "$LIST"; set -f; for p in $LIST; do cat "$PATCHES/$p"; done; } | sha256sum | cut -c1-16)"
if [ -f "$DEST/mujs.h" ] && [ -f "$DEST/.muk-version" ] && [ "$(cat "$DEST/.muk-version")" = "$STAMP" ]; then
  exit 0
fi

# The archive the machine already uses (deb822 or one-line format).
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
. "$ROOT/tools/trixie-apt.sh"
trixie_apt "$TMP" deb-src || exit 1
mkdir -p "$TMP/work"
cd "$TMP/work"
# shellcheck disable=SC2086
apt-get $APT source --download-only -qq "mujs=$VERSION-*" >/dev/null 2>&1 || apt-get $APT source --download-only -qq mujs >/dev/null
DSC=$(ls mujs_*.dsc | head -n1)
dpkg-source --no-check -x "$DSC" src >/dev/null
# Upstream's 1.3.6 tarball still says 1.3.5 in mujs.h; the package version is authoritative.
GOT=$(sed -n '1s/^mujs (\([0-9.]*\)-.*/\1/p' src/debian/changelog)
[ "$GOT" = "$VERSION" ] || echo "fetch-mujs: warning: got mujs $GOT, wanted $VERSION" >&2
set -f
for p in $LIST; do
  patch -s -p1 -d src < "$PATCHES/$p" || die "tools/mujs-patches/$p does not apply (on the series before it)"
done
set +f
rm -rf "$DEST"
mkdir -p "$(dirname "$DEST")"
mv src "$DEST"
echo "$STAMP" > "$DEST/.muk-version"
echo "fetch-mujs: mujs $GOT in $DEST ($COUNT patches from the series)"

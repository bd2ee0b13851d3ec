#!/bin/sh
# setup-extras.sh — the optional runtimes of the bench rows (run.py --bun,
# --deno, --nginx): Debian's nginx-light (the C reference of the http rows:
# one process, `return 200`), and bun and deno from npm into DIR (default
# ~/.cache/muk-bench). Benchmark tooling only: the test suite needs none of
# them. Prints the run.py options.
set -e
DIR=${1:-$HOME/.cache/muk-bench}
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  $SUDO apt-get install -y nginx-light
fi
if [ ! -x "$DIR/bun/node_modules/.bin/bun" ]; then
  mkdir -p "$DIR/bun"
  (cd "$DIR/bun" && npm install --no-save --no-audit --no-fund bun)
fi
if [ ! -x "$DIR/deno/node_modules/.bin/deno" ]; then
  mkdir -p "$DIR/deno"
  (cd "$DIR/deno" && npm install --no-save --no-audit --no-fund deno)
fi
echo "python3 tools/bench/run.py --bun $DIR/bun/node_modules/.bin/bun --deno $DIR/deno/node_modules/.bin/deno --nginx /usr/sbin/nginx"

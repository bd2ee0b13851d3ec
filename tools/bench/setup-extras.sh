#!/bin/sh
# setup-extras.sh — the optional runtimes of the http rows (run.py --bun,
# --nginx): Debian's nginx-light (the C reference: one process, `return
# 200`) and bun from npm into DIR (default ~/.cache/muk-bench). Benchmark
# tooling only: the test suite needs neither. Prints the run.py options.
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
echo "python3 tools/bench/run.py --only http --bun $DIR/bun/node_modules/.bin/bun --nginx /usr/sbin/nginx"

#!/bin/sh
# Quick start, step 2: run the whole test suite — once on the release build,
# once under AddressSanitizer + UndefinedBehaviorSanitizer — and print the
# combined summary.
set -eu
cd "$(dirname "$0")"
./setup.sh --no-run

if [ ! -f build-asan/build.ninja ]; then
  meson setup build-asan --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
fi
ninja -C build-asan >/dev/null

# ASan: leaks are errors, UBSan: any report is fatal.
# A small quarantine, and freed memory handed back to the OS at once: the
# RSS-bound tests (buffer-gc, fs-stream-rss) measure the program's memory,
# not what ASan holds back for use-after-free detection.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0:quarantine_size_mb=1:allocator_release_to_os_interval_ms=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"

status=0
echo "== release build =="
meson test -C build --print-errorlogs --num-processes 2 || status=1
echo "== ASan+UBSan build =="
# The randomized socket and stream tests let each phase settle for a few
# tens of ms, enough for a release build; ASan runs 2-5x slower, so they
# settle longer there (node prints the same with either setting).
NET_FUZZ_SETTLE=120 FS_FUZZ_SETTLE=80 \
meson test -C build-asan --print-errorlogs --num-processes 2 --timeout-multiplier 3 || status=1

python3 tests/summary.py build/meson-logs/testlog.json build-asan/meson-logs/testlog.json
exit $status

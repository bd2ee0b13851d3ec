#!/usr/bin/env python3
"""Self-test of tools/test262/run.py on the hand-written test262-format
files in tests/tools/test262 (the real suite is not committed).

    test262_runner_test.py RUN_PY MUK

Checks the selection (features tag, directories, --filter, --es5id), the
modes (onlyStrict, noStrict, raw, both), negative tests, includes, the
timeout, the per-directory summary and the failure list, and the error for
a path that is not a test262 checkout.
"""
import os
import subprocess
import sys

RUN, MUK = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.join(HERE, "test262")
failed = 0


def run(*extra):
    p = subprocess.run([sys.executable, RUN, SUITE, "--muk", MUK, "--timeout", "3"] + list(extra),
                       capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def check(what, cond, detail=""):
    global failed
    if not cond:
        failed += 1
        print("FAIL:", what, detail)
    else:
        print("ok:", what)


rc, out, err = run("--list-failures")
lines = out.splitlines()
check("exit status 0", rc == 0, err)
check("summary per directory", "built-ins/demo" in lines[0] and " 4 / 6 " in lines[0], out)
check("summary language", "language/demo" in lines[1] and " 3 / 5 " in lines[1], out)
check("total", lines[2].startswith("TOTAL") and " 7 / 11 " in lines[2], out)
fails = sorted(l.split(":")[0][5:] for l in lines if l.startswith("FAIL "))
check("failures listed", fails == ["built-ins/demo/both-modes.js", "built-ins/demo/fail.js",
                                   "language/demo/negative-wrong.js", "language/demo/timeout.js"], repr(fails))
check("strict run of a test without flags", "both-modes.js: strict:" in out, out)
check("wrong negative type named", "expected TypeError, got threw ReferenceError" in out, out)
check("timeout", "timeout.js: sloppy: timeout" in out, out)
check("features-tagged and intl402 tests skipped", "features.js" not in out and "outside" not in out, out)

rc, out, err = run("--filter", "negative-")
check("--filter", out.splitlines()[-1].startswith("TOTAL") and " 2 / 3 " in out, out)
rc, out, err = run("--es5id")
check("--es5id", " 1 / 1 " in out.splitlines()[-1], out)
rc, out, err = run("--dirs", "intl402")
check("--dirs", " 0 / 1 " in out.splitlines()[-1], out)

p = subprocess.run([sys.executable, RUN, HERE, "--muk", MUK], capture_output=True, text=True)
check("not a checkout: exit 2 and a message", p.returncode == 2 and "not a test262 checkout" in p.stderr, p.stderr)
p = subprocess.run([sys.executable, RUN, SUITE, "--muk", "/nonexistent/muk"], capture_output=True, text=True)
check("missing engine: exit 2 and a message", p.returncode == 2 and "no such executable" in p.stderr, p.stderr)

sys.exit(1 if failed else 0)

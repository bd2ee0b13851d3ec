#!/usr/bin/env python3
"""Run test262's ES5-era tests (those with no `features:` tag) against muk.

    tools/test262/run.py /tmp/test262 [--muk build/bridge/muk] [--filter SUB]
                         [--list-failures] [-j 2] [--timeout 10]
                         [--features TypedArray,ArrayBuffer,DataView]

The argument is a test262 checkout (its harness/ and test/ directories). A
test runs as global code: muk runs its main file as a module, so the runner
writes a small driver that passes the harness (assert.js, sta.js, the test's
`includes:`) and the test to an indirect eval, which ES5 defines as global
code, and prints how it ended. `--engine node` runs the same driver under
node (a check of the runner itself); `--engine mujs` runs a stand-alone
mujs binary (Debian's `mujs` package) on the plain script, since that
binary runs files as global scripts.

Flags honoured: onlyStrict, noStrict, raw (no harness, no strict run) and
async (doneprintHandle.js; the test passes when it prints
Test262:AsyncTestComplete). A test without onlyStrict/noStrict/raw runs
twice, sloppy and strict, and passes when both runs pass. `negative:` tests
pass when they throw the named error (phase parse and runtime alike: an
indirect eval reports both as a thrown error). Module tests are skipped.

Prints the pass rate per directory (two levels below test/) and a total.
Exit status 0 whatever the rate; 2 on bad arguments.
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

CONTROL_RE = re.compile("[\x00-\x1f\x85\u2028\u2029]")
ES5ID_RE = re.compile(r"^\s*es5id:", re.M)
META_RE = re.compile(r"/\*---(.*?)---\*/", re.S)
# The error names the driver can tell apart (built-in ones by instanceof, on
# the constructors as they were before the test ran).
DRIVER = r"""var __t262 = {
  src: %(src)s,
  async: %(async)s,
  out: typeof console === 'object' ? function (s) { console.log(s); } : print,
  ctors: { SyntaxError: SyntaxError, ReferenceError: ReferenceError,
           TypeError: TypeError, RangeError: RangeError, URIError: URIError,
           EvalError: EvalError }
};
if (__t262.async) (0, eval)('this').print = __t262.out;
try {
  (0, eval)(__t262.src);
  __t262.out('test262-runner: completed');
} catch (e) {
  var __n = '';
  for (var __k in __t262.ctors) if (e instanceof __t262.ctors[__k]) { __n = __k; break; }
  if (!__n) { try { __n = String(e).split(':')[0]; } catch (e2) { __n = '?'; } }
  var __m = '';
  try { __m = String(e && e.message !== undefined ? e.message : e); } catch (e3) {}
  __t262.out('test262-runner: threw ' + __n + ': ' + __m.split('\n')[0]);
}
"""


def parse_meta(text):
    """The few keys of the YAML front matter the runner needs."""
    m = META_RE.search(text)
    meta = {"features": [], "flags": [], "includes": [], "negative": None}
    if not m:
        return meta
    body = m.group(1)
    for key in ("features", "flags", "includes"):
        km = re.search(r"^\s*%s:\s*\[(.*?)\]" % key, body, re.M | re.S)
        if km:
            meta[key] = [x.strip() for x in km.group(1).split(",") if x.strip()]
            continue
        km = re.search(r"^\s*%s:\s*\n((?:\s+-\s*\S+\s*\n)+)" % key, body, re.M)
        if km:
            meta[key] = re.findall(r"-\s*(\S+)", km.group(1))
    nm = re.search(r"^\s*negative:\s*\n((?:[ \t]+\S.*\n?)+)", body, re.M)
    if nm:
        neg = dict(re.findall(r"^\s*(phase|type):\s*(\S+)", nm.group(1), re.M))
        meta["negative"] = neg
    return meta


class Harness:
    def __init__(self, root):
        self.dir = os.path.join(root, "harness")
        self.cache = {}

    def get(self, name):
        if name not in self.cache:
            with open(os.path.join(self.dir, name), encoding="utf-8") as f:
                self.cache[name] = f.read()
        return self.cache[name]


# test262's own directories for what is not ECMA-262 conformance: the
# harness's self-tests, ECMA-402 (Intl) and proposals not yet merged.
DEFAULT_DIRS = ("built-ins", "language", "annexB")


def collect(root, filt, dirs):
    tests = []
    base = os.path.join(root, "test")
    for d, subdirs, files in os.walk(base):
        if d == base:
            subdirs[:] = [x for x in subdirs if x in dirs]
        subdirs.sort()
        for fn in sorted(files):
            if not fn.endswith(".js") or "_FIXTURE" in fn:
                continue
            path = os.path.join(d, fn)
            rel = os.path.relpath(path, base)
            if filt and filt not in rel:
                continue
            tests.append(rel)
    return tests


def judge(meta, rc, stdout, stderr, timed_out, engine):
    """(passed, reason) for one run."""
    if timed_out:
        return False, "timeout"
    neg = meta["negative"]
    if engine == "mujs":
        threw = None
        if rc != 0:
            m = re.search(r"(\w+Error|Test262Error)", stderr)
            threw = m.group(1) if m else "?"
            msg = stderr.strip().splitlines()[-1:] or ["exit %d" % rc]
            reason = "threw " + threw + ": " + msg[0]
        else:
            reason = "completed"
    else:
        lines = [l for l in stdout.splitlines() if l.startswith("test262-runner: ")]
        if not lines:
            return False, "no result (exit %d): %s" % (rc, (stderr.strip().splitlines() or [""])[-1][:200])
        reason = lines[-1][len("test262-runner: "):]
        threw = reason[6:].split(":")[0] if reason.startswith("threw ") else None
    if neg:
        if threw == neg.get("type"):
            return True, reason
        return False, "expected %s, got %s" % (neg.get("type"), reason)
    if threw is not None:
        return False, reason
    if "async" in meta["flags"]:
        if "Test262:AsyncTestComplete" not in stdout:
            return False, "async: " + (stdout.strip().splitlines() or ["no $DONE"])[-1]
    if engine != "mujs" and rc != 0:
        return False, "exit %d: %s" % (rc, (stderr.strip().splitlines() or [""])[-1][:200])
    return True, reason


def run_one(args, harness, rel, tmpdir):
    path = os.path.join(args.test262, "test", rel)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    meta = parse_meta(text)
    flags = meta["flags"]
    if "raw" in flags:
        modes = ["raw"]
    elif "onlyStrict" in flags:
        modes = ["strict"]
    elif "noStrict" in flags:
        modes = ["sloppy"]
    else:
        modes = ["sloppy", "strict"]
    pre = ""
    if "raw" not in flags:
        incs = ["assert.js", "sta.js"]
        if "async" in flags:
            incs.append("doneprintHandle.js")
        incs += [i for i in meta["includes"] if i not in incs]
        pre = "".join(harness.get(i) + "\n" for i in incs)
    for mode in modes:
        src = ('"use strict";\n' if mode == "strict" else "") + pre + text
        if args.engine == "mujs":
            body = src
        else:
            body = DRIVER % {"src": json.dumps(src), "async": "true" if "async" in flags else "false"}
        out = tempfile.NamedTemporaryFile("w", suffix=".js", dir=tmpdir, delete=False, encoding="utf-8")
        out.write(body)
        out.close()
        cmd = [args.muk, out.name]
        timed_out = False
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=args.timeout, stdin=subprocess.DEVNULL)
            rc, so, se = p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            rc, so, se, timed_out = -1, "", "", True
        finally:
            os.unlink(out.name)
        ok, reason = judge(meta, rc, so, se, timed_out, args.engine)
        if not ok:
            return False, mode + ": " + reason
    return True, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("test262", help="path of a test262 checkout (with harness/ and test/)")
    ap.add_argument("--muk", default="build/bridge/muk", help="the engine binary (default build/bridge/muk)")
    ap.add_argument("--engine", choices=["muk", "node", "mujs"], default=None,
                    help="how to drive the binary (default: from its name)")
    ap.add_argument("--filter", default="", help="run only tests whose path under test/ contains this")
    ap.add_argument("--list-failures", action="store_true", help="print each failing test and why")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel processes (default 2)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run (default 10)")
    ap.add_argument("--dirs", default="", help="comma-separated directories under test/ (default %s)" % ",".join(DEFAULT_DIRS))
    ap.add_argument("--es5id", action="store_true",
                    help="only tests that carry an es5id (written for ES5; without it, ES2015 tests "
                         "that have no features tag, such as Map or arrow functions, are in the set)")
    ap.add_argument("--features", default="",
                    help="comma-separated features: also run the tests whose features: tag names "
                         "only these (e.g. TypedArray,ArrayBuffer,DataView)")
    ap.add_argument("--depth", type=int, default=2, help="directory levels in the summary (default 2)")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.test262, "harness")) or not os.path.isdir(os.path.join(args.test262, "test")):
        ap.error("%s is not a test262 checkout (no harness/ or test/ directory)" % args.test262)
    if not (os.path.isfile(args.muk) and os.access(args.muk, os.X_OK)):
        import shutil
        found = shutil.which(args.muk)
        if not found:
            ap.error("%s: no such executable" % args.muk)
        args.muk = found
    if args.engine is None:
        b = os.path.basename(args.muk)
        args.engine = "node" if b.startswith("node") else "mujs" if b.startswith("mujs") else "muk"

    harness = Harness(args.test262)
    selected = []
    dirs = args.dirs.split(",") if args.dirs else DEFAULT_DIRS
    for rel in collect(args.test262, args.filter, dirs):
        with open(os.path.join(args.test262, "test", rel), encoding="utf-8") as f:
            text = f.read()
        meta = parse_meta(text)
        allowed = set(args.features.split(",")) if args.features else set()
        if any(f not in allowed for f in meta["features"]) or "module" in meta["flags"] or "CanBlockIsTrue" in meta["flags"]:
            continue
        if args.es5id and not ES5ID_RE.search(text):
            continue
        selected.append(rel)
    if not selected:
        print("no tests selected")
        return 0

    results = {}
    with tempfile.TemporaryDirectory(prefix="test262-") as tmpdir:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
            futs = {ex.submit(run_one, args, harness, rel, tmpdir): rel for rel in selected}
            for fut in concurrent.futures.as_completed(futs):
                rel = futs[fut]
                try:
                    results[rel] = fut.result()
                except Exception as e:  # a runner problem is a failure with its reason
                    results[rel] = (False, "runner: %r" % e)

    by_dir = {}
    for rel, (ok, _) in results.items():
        key = "/".join(rel.split("/")[:args.depth])
        p, n = by_dir.get(key, (0, 0))
        by_dir[key] = (p + ok, n + 1)
    for key in sorted(by_dir):
        p, n = by_dir[key]
        print("%-50s %6d / %-6d %6.1f %%" % (key, p, n, 100.0 * p / n))
    tp = sum(p for p, _ in by_dir.values())
    tn = sum(n for _, n in by_dir.values())
    print("%-50s %6d / %-6d %6.1f %%" % ("TOTAL", tp, tn, 100.0 * tp / tn))
    if args.list_failures:
        for rel in sorted(results):
            ok, why = results[rel]
            if not ok:
                print("FAIL %s: %s" % (rel, CONTROL_RE.sub(lambda m: "\\u%04x" % ord(m.group()), why)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Run one JS test under muk and compare with its recorded expectations.

usage: run_js.py MUK TEST.js [--expect BASE] [extra muk args...]
Expectations beside the test (recorded from node 20 where node has the behaviour):
  TEST.out     expected stdout, exactly
  TEST.status  expected exit status (default 0)
  TEST.stderr  lines that must each appear (as substrings) in stderr
  TEST.args    extra arguments passed to the script (one line, split on spaces)
"""
import os
import subprocess
import sys


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, 'rb') as f:
        return f.read()


def main():
    muk, test = os.path.abspath(sys.argv[1]), sys.argv[2]
    extra = sys.argv[3:]
    base = test[:-3]
    if extra[:1] == ['--expect']:
        base, extra = extra[1], extra[2:]
    want_out = read(base + '.out')
    if want_out is None:
        print('no expected output %s.out' % base)
        return 1
    want_status = int((read(base + '.status', b'0').decode().strip() or '0'))
    want_err = read(base + '.stderr')
    args = (read(base + '.args', b'').decode().split())
    env = dict(os.environ)
    env.setdefault('MUK_TEST', '1')
    p = subprocess.run([muk] + extra + [os.path.basename(test)] + args,
                       cwd=os.path.dirname(os.path.abspath(test)),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120, env=env)
    ok = True
    if p.stdout != want_out:
        ok = False
        sys.stdout.write('--- stdout differs\n')
        import difflib
        for line in difflib.unified_diff(want_out.decode('utf-8', 'replace').splitlines(),
                                         p.stdout.decode('utf-8', 'replace').splitlines(),
                                         'expected', 'muk', lineterm='', n=2):
            sys.stdout.write(line + '\n')
    if p.returncode != want_status:
        ok = False
        sys.stdout.write('--- exit status %d, expected %d\n' % (p.returncode, want_status))
    if want_err is not None:
        err = p.stderr.decode('utf-8', 'replace')
        for line in want_err.decode().splitlines():
            if line and line not in err:
                ok = False
                sys.stdout.write('--- stderr lacks: %r\n' % line)
    if not ok:
        sys.stdout.write('--- stderr was:\n' + p.stderr.decode('utf-8', 'replace')[-4000:] + '\n')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())

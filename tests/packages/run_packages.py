#!/usr/bin/env python3
"""Popular ES5-era npm packages, used as their READMEs show, under muk.

usage: run_packages.py MUK WORKDIR [--node] [--record]
Installs the packages pinned in tests/packages/package.json and
package-lock.json into WORKDIR with `npm ci` (at test time, never committed;
again only when the lock file changes), copies cases/*.js there (so
`require` finds WORKDIR/node_modules) and runs each case with MUK, in UTC.
A case passes when its stdout equals cases/NAME.out, recorded from node 20
(`--record` rewrites them with MUK as node). Ends with `N passed, N failed`.
With --node, MUK is node (to check the recordings).
"""
import difflib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')


def install(workdir):
    lock = os.path.join(HERE, 'package-lock.json')
    stamp = os.path.join(workdir, 'node_modules', '.muk-lock')
    want = open(lock, 'rb').read()
    if os.path.exists(stamp) and open(stamp, 'rb').read() == want:
        return
    os.makedirs(workdir, exist_ok=True)
    for f in ('package.json', 'package-lock.json'):
        shutil.copy(os.path.join(HERE, f), os.path.join(workdir, f))
    r = subprocess.run(['npm', 'ci', '--no-audit', '--no-fund', '--prefix', workdir],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=900)
    if r.returncode != 0:
        sys.stdout.write(r.stdout.decode('utf-8', 'replace'))
        print('SKIP: npm ci failed (is the npm registry reachable?)')
        sys.exit(77)
    with open(stamp, 'wb') as f:
        f.write(want)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    record = '--record' in sys.argv
    muk, workdir = os.path.abspath(args[0]), os.path.abspath(args[1])
    install(workdir)
    cases_dir = os.path.join(workdir, 'cases')
    shutil.rmtree(cases_dir, ignore_errors=True)
    shutil.copytree(CASES, cases_dir, ignore=shutil.ignore_patterns('*.out'))
    env = dict(os.environ, TZ='UTC', NO_COLOR='1')
    env.pop('FORCE_COLOR', None)
    names = sorted(n[:-3] for n in os.listdir(CASES) if n.endswith('.js'))
    passed, failed = [], []
    for name in names:
        try:
            p = subprocess.run([muk, os.path.join('cases', name + '.js')], cwd=workdir, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
            out, err, rc = p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace'), p.returncode
        except subprocess.TimeoutExpired:
            out, err, rc = '', 'timed out after 120 s', -1
        expected_path = os.path.join(CASES, name + '.out')
        if record:
            with open(expected_path, 'w') as f:
                f.write(out)
        want = open(expected_path).read() if os.path.exists(expected_path) else None
        if want is not None and out == want and rc == 0:
            passed.append(name)
            print('ok   %s' % name)
            continue
        failed.append(name)
        print('FAIL %s (exit %s)' % (name, rc))
        if want is None:
            print('  no recording %s' % expected_path)
        else:
            for line in list(difflib.unified_diff(want.splitlines(), out.splitlines(), 'node', 'muk', lineterm=''))[:30]:
                print('  ' + line)
        for line in err.splitlines()[:15]:
            print('  stderr: ' + line)
    print('%d passed, %d failed' % (len(passed), len(failed)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

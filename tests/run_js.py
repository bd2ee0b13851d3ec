#!/usr/bin/env python3
"""Run one JS test under muk and compare with its recorded expectations.

usage: run_js.py MUK TEST.js [--expect BASE] [extra muk args...]
       run_js.py --digest FILE|-      print the NAME.out.sha256 form of an output

Layout: tests/js/AREA/NAME.js, one folder per area of node's API or of the
engine (fs, net, stream, events, buffer, util, inspect, engine, ...; see
tests/meson.build). tests/js/lib holds code the tests share (the randomized
tests' number source and seeds: require('../lib/rng')), tests/js/fixtures
files they read. A test runs with its own folder as the working directory,
under meson as js/AREA/NAME.

Expectations beside the test (recorded from node 20 where node has the behaviour):
  NAME.out         expected stdout, exactly
  NAME.out.sha256  instead of NAME.out for long recordings (the randomized
                   tests; anything over ~20 KB): the digest of what node printed.
                   Line 1: "<sha256 hex of stdout> <line count>"; line 2:
                   "blocks N h1 h2 ...", the first 16 hex digits of the sha256
                   of each N-line block, to place a difference without the
                   recording. Written by
                     node NAME.js $(cat NAME.args) | run_js.py --digest - > NAME.out.sha256
                   On a mismatch the test fails; if `node` is on PATH it reruns
                   the test under node (same arguments and folder) and prints a
                   diff of node's output against muk's, else muk's lines in the
                   first block that differs. node only helps to read a failure:
                   the digest is the expectation.
  NAME.status      expected exit status (default 0)
  NAME.stderr      lines that must each appear (as substrings) in stderr; an
                   empty NAME.stderr means stderr must be empty (no warnings)
  NAME.args        extra arguments passed to the script (one line, split on spaces)
  NAME.env         KEY=VALUE lines added to the environment of the run (TZ=...
                   for the Date tests; record with the same environment)
  NAME.flags       runtime flags for muk, before the script (one line, split on
                   spaces), e.g. --allow-fs-read=...; node takes the same ones
                   where it has them. In .flags and .args, {tmp} is a fresh
                   temporary directory, removed after the run: record with
                     node $(sed "s#{tmp}#$T#g" NAME.flags) NAME.js $(sed "s#{tmp}#$T#g" NAME.args)
"""
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, 'rb') as f:
        return f.read()


def lines_of(data):
    """The output's lines, each with its '\\n' (the last may lack one)."""
    out, i = [], 0
    while i < len(data):
        j = data.find(b'\n', i)
        if j < 0:
            out.append(data[i:])
            break
        out.append(data[i:j + 1])
        i = j + 1
    return out


def block_digests(lines, n):
    return [hashlib.sha256(b''.join(lines[i:i + n])).hexdigest()[:16]
            for i in range(0, len(lines), n)]


def digest_form(data):
    lines = lines_of(data)
    n = max(1, -(-len(lines) // 128))
    return '%s %d\nblocks %d %s\n' % (hashlib.sha256(data).hexdigest(), len(lines), n,
                                       ' '.join(block_digests(lines, n)))


def parse_digest(text):
    rows = text.decode().split('\n')
    hexd, count = rows[0].split()
    n, blocks = 0, []
    if len(rows) > 1 and rows[1].startswith('blocks '):
        f = rows[1].split()
        n, blocks = int(f[1]), f[2:]
    return hexd, int(count), n, blocks


def text(line, width=300):
    t = line.decode('utf-8', 'replace').rstrip('\n')
    return t if len(t) <= width else t[:width] + ' ...(%d more characters)' % (len(t) - width)


def show(lines, start, count, out):
    for k in range(start, min(start + count, len(lines))):
        out.write('%6d| %s\n' % (k + 1, text(lines[k])))


def diagnose_digest(want, got, test, args, cwd, env, out):
    """muk's output does not hash to the recorded digest: say where it differs."""
    hexd, count, n, blocks = want
    lines = lines_of(got)
    out.write('--- stdout differs from the recorded digest: muk printed %d lines (sha256 %s), '
              'the recording has %d lines (sha256 %s)\n'
              % (len(lines), hashlib.sha256(got).hexdigest()[:16], count, hexd[:16]))
    first_block = None
    if n:
        mine = block_digests(lines, n)
        for k in range(max(len(mine), len(blocks))):
            if k >= len(mine) or k >= len(blocks) or mine[k] != blocks[k]:
                first_block = k
                break
        if first_block is not None:
            out.write('--- first difference within lines %d-%d\n' % (first_block * n + 1, (first_block + 1) * n))
    node = shutil.which('node')
    if node:
        try:
            p = subprocess.run([node, os.path.basename(test)] + args, cwd=cwd, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
            ver = subprocess.run([node, '--version'], stdout=subprocess.PIPE).stdout.decode().strip()
        except (OSError, subprocess.SubprocessError) as e:
            out.write('--- (node %s failed: %s)\n' % (node, e))
        else:
            theirs = lines_of(p.stdout)
            same = hashlib.sha256(p.stdout).hexdigest() == hexd
            out.write('--- node %s (%s) printed %d lines, %s\n'
                      % (ver, node, len(theirs), 'as recorded' if same else 'NOT as recorded either'))
            if p.stdout == got:
                out.write('--- node printed what muk printed: the recorded digest is not what this node '
                          'prints (out of date, or recorded from muk on purpose)\n')
                return
            if not same:
                out.write('--- (so the diff below is node against muk, not the expectation against muk)\n')
            i = 0
            while i < len(lines) and i < len(theirs) and lines[i] == theirs[i]:
                i += 1
            out.write('--- first difference at line %d' % (i + 1))
            if i < len(lines) and i < len(theirs):
                a, b = theirs[i], lines[i]
                c = 0
                while c < len(a) and c < len(b) and a[c] == b[c]:
                    c += 1
                out.write(', byte %d of the line:\n    node: %r\n    muk:  %r\n' % (c + 1, a[max(0, c - 40):c + 40], b[max(0, c - 40):c + 40]))
            else:
                out.write(' (%s output ends there)\n' % ('muk\'s' if i >= len(lines) else 'node\'s'))
            lo = max(0, i - 3)
            diff = difflib.unified_diff([text(l) for l in theirs[lo:i + 200]], [text(l) for l in lines[lo:i + 200]],
                                        'node', 'muk', lineterm='', n=3)
            out.write('--- node vs muk from line %d (first 40 lines of the diff):\n' % (lo + 1))
            for k, line in enumerate(diff):
                if k == 40:
                    out.write('...\n')
                    break
                out.write(line + '\n')
            return
    else:
        out.write('--- node is not on PATH: muk\'s own lines follow\n')
    if first_block is not None:
        end = min(first_block * n + n, len(lines))
        if end > first_block * n:
            out.write('--- muk printed, lines %d-%d:\n' % (first_block * n + 1, end))
            show(lines, first_block * n, n, out)
        else:
            out.write('--- muk printed nothing there\n')
    else:
        out.write('--- muk printed, first lines:\n')
        show(lines, 0, 40, out)


def main():
    if sys.argv[1:2] == ['--digest']:
        src = sys.argv[2]
        data = sys.stdin.buffer.read() if src == '-' else read(src)
        sys.stdout.write(digest_form(data))
        return 0
    muk, test = os.path.abspath(sys.argv[1]), sys.argv[2]
    extra = sys.argv[3:]
    base = test[:-3]
    if extra[:1] == ['--expect']:
        base, extra = extra[1], extra[2:]
    want_out = read(base + '.out')
    want_digest = None
    if want_out is None:
        d = read(base + '.out.sha256')
        if d is None:
            print('no expected output %s.out or %s.out.sha256' % (base, base))
            return 1
        want_digest = parse_digest(d)
    want_status = int((read(base + '.status', b'0').decode().strip() or '0'))
    want_err = read(base + '.stderr')
    args = (read(base + '.args', b'').decode().split())
    flags = (read(base + '.flags', b'').decode().split())
    tmp = None
    if any('{tmp}' in a for a in args + flags):
        tmp = tempfile.mkdtemp(prefix='muk-js-')
        args = [a.replace('{tmp}', tmp) for a in args]
        flags = [a.replace('{tmp}', tmp) for a in flags]
    env = dict(os.environ)
    env.setdefault('MUK_TEST', '1')
    # NAME.env: KEY=VALUE lines set for the run (TZ for the Date tests)
    for line in read(base + '.env', b'').decode().splitlines():
        if '=' in line:
            k, v = line.split('=', 1)
            env[k.strip()] = v.strip()
    cwd = os.path.dirname(os.path.abspath(test))
    try:
        p = subprocess.run([muk] + extra + flags + [os.path.basename(test)] + args, cwd=cwd,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=120, env=env)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    ok = True
    if want_digest is not None:
        if (hashlib.sha256(p.stdout).hexdigest(), len(lines_of(p.stdout))) != want_digest[:2]:
            ok = False
            node_env = dict(env)
            node_env.pop('MUK_TEST', None)
            diagnose_digest(want_digest, p.stdout, test, args, cwd, node_env, sys.stdout)
    elif p.stdout != want_out:
        ok = False
        sys.stdout.write('--- stdout differs\n')
        for line in difflib.unified_diff(want_out.decode('utf-8', 'replace').splitlines(),
                                         p.stdout.decode('utf-8', 'replace').splitlines(),
                                         'expected', 'muk', lineterm='', n=2):
            sys.stdout.write(line + '\n')
    if p.returncode != want_status:
        ok = False
        sys.stdout.write('--- exit status %d, expected %d\n' % (p.returncode, want_status))
    if want_err is not None:
        err = p.stderr.decode('utf-8', 'replace')
        if not want_err.strip() and err:
            ok = False
            sys.stdout.write('--- stderr should be empty\n')
        for line in want_err.decode().splitlines():
            if line and line not in err:
                ok = False
                sys.stdout.write('--- stderr lacks: %r\n' % line)
    if not ok:
        sys.stdout.write('--- stderr was:\n' + p.stderr.decode('utf-8', 'replace')[-4000:] + '\n')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""`meson install` into a scratch prefix, then build examples/embed.c against
the installed header and library through pkg-config — shared and static —
and run it: what a C program embedding muk does."""
import os
import shutil
import subprocess
import sys
import tempfile

build_dir, source_root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
cc = os.environ.get('CC', 'cc')
expected = open(os.path.join(source_root, 'tests/kernel/embed.expected'), 'rb').read()
failures = 0


def check(name, cond, detail=''):
    global failures
    print(('ok   ' if cond else 'FAIL ') + name + ('' if cond else ': ' + str(detail)[-3000:]))
    failures += 0 if cond else 1


with tempfile.TemporaryDirectory() as d:
    dest = os.path.join(d, 'root')
    r = subprocess.run(['meson', 'install', '-C', build_dir, '--destdir', dest, '--no-rebuild'],
                       capture_output=True, text=True)
    check('meson install succeeds', r.returncode == 0, r.stdout + r.stderr)
    pcs = [os.path.join(root, f) for root, _, files in os.walk(dest) for f in files if f == 'muk.pc']
    check('muk.pc is installed', len(pcs) == 1, pcs)
    headers = [os.path.join(root, f) for root, _, files in os.walk(dest) for f in files if f == 'muk.h']
    check('muk.h is installed', len(headers) == 1, headers)
    for tool in ('muk', 'muk-serviced', 'muk-call'):
        found = [root for root, _, files in os.walk(dest) for f in files if f == tool]
        check(tool + ' is installed', len(found) == 1, found)
    if pcs:
        pcdir = os.path.dirname(pcs[0])
        env = dict(os.environ, PKG_CONFIG_PATH=pcdir, PKG_CONFIG_SYSROOT_DIR=dest)
        libdir = os.path.dirname(pcdir)
        for kind, flags in (('shared', ['--cflags', '--libs']), ('static', ['--static', '--cflags', '--libs'])):
            pc = subprocess.run(['pkg-config'] + flags + ['muk'], capture_output=True, text=True, env=env)
            check('pkg-config %s flags' % kind, pc.returncode == 0, pc.stderr)
            exe = os.path.join(d, 'embed-' + kind)
            args = [cc, os.path.join(source_root, 'examples/embed.c'), '-o', exe] + pc.stdout.split()
            if kind == 'static':
                args = [a.replace('-lmuk', os.path.join(libdir, 'libmuk.a')) for a in args]
            r = subprocess.run(args, capture_output=True, text=True)
            check('embed.c builds against the installed %s library' % kind, r.returncode == 0, r.stderr)
            if r.returncode == 0:
                run_env = dict(os.environ, LD_LIBRARY_PATH=libdir)
                r = subprocess.run([exe], capture_output=True, env=run_env, timeout=60)
                check('the %s-linked program runs and prints the expected output' % kind,
                      r.returncode == 0 and r.stdout == expected, r.stdout + r.stderr)

print('all checks passed' if not failures else '%d checks failed' % failures)
sys.exit(1 if failures else 0)

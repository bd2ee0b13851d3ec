#!/usr/bin/env python3
"""-Dservices: an unknown service name is a configure error that lists the
services of this tree; a subset configures. (Configures only, no build.)

usage: services_option_test.py SOURCE_ROOT
"""
import shutil
import subprocess
import sys
import tempfile

ROOT = sys.argv[1]
failures = 0


def check(name, cond, detail=''):
    global failures
    print(('ok   ' if cond else 'FAIL ') + name)
    if not cond:
        failures += 1
        print('     ' + detail[-3000:])


def setup(option):
    d = tempfile.mkdtemp(prefix='muk-services-')
    try:
        r = subprocess.run(['meson', 'setup', d, ROOT, option], capture_output=True, text=True,
                           timeout=300)
        return r.returncode, r.stdout + r.stderr
    finally:
        shutil.rmtree(d, ignore_errors=True)


rc, out = setup('-Dservices=sys,nosuch')
check('an unknown service is a configure error naming it and the known ones',
      rc != 0 and "-Dservices: unknown service 'nosuch'" in out and 'this tree has: ' in out
      and 'sys' in out, out)
rc, out = setup('-Dservices=sys,fs')
check('a subset of services configures', rc == 0, out)
sys.exit(1 if failures else 0)

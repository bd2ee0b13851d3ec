#!/usr/bin/env python3
"""Run a program and compare its stdout with an expected file; exit 0 only
when the program exits 0 and the output matches exactly."""
import subprocess
import sys

prog, expected = sys.argv[1], sys.argv[2]
res = subprocess.run([prog], stdout=subprocess.PIPE, timeout=60)
want = open(expected, 'rb').read()
if res.returncode != 0:
    sys.stderr.write('%s exited %d\n' % (prog, res.returncode))
    sys.exit(1)
if res.stdout != want:
    sys.stderr.write('output differs\n--- expected\n%s--- got\n%s' %
                     (want.decode(errors='replace'),
                      res.stdout.decode(errors='replace')))
    sys.exit(1)

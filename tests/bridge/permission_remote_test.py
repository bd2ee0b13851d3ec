#!/usr/bin/env python3
"""Capabilities are decided at the service: a muk-serviced started with
--allow-fs-read=DIR serves fs to a muk whose own flags allow every read
(--allow-fs-read=*), and a read outside DIR is still denied, by the remote
service, with Node's ERR_ACCESS_DENIED shape in the sync, callback and
promise forms; process.permission.has('fs.read', ...) answers from the
remote policy. muk-serviced refuses a bad --allow-* value."""
import os
import subprocess
import sys
import tempfile
import time

MUK, SERVICED = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'permission-remote-script.js')
failures = 0


def check(name, cond, detail=''):
    global failures
    print(('ok   ' if cond else 'FAIL ') + name + ('' if cond else ': ' + repr(detail)))
    if not cond:
        failures += 1


DENIED = 'ERR_ACCESS_DENIED Access to this API has been restricted FileSystemRead OUTSIDE'
with tempfile.TemporaryDirectory() as d:
    allowed = os.path.join(d, 'allowed')
    os.mkdir(allowed)
    with open(os.path.join(allowed, 'in.txt'), 'w') as f:
        f.write('hello')
    outside = os.path.join(d, 'outside.txt')
    with open(outside, 'w') as f:
        f.write('secret')
    url = 'ipc://' + os.path.join(d, 'fs.ipc')
    srv = subprocess.Popen([SERVICED, '--service', 'fs', '--listen', url, '--quiet',
                            '--allow-fs-read=' + allowed],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.3)
    try:
        p = subprocess.run([MUK, '--allow-fs-read=*', '--service', 'fs=' + url, SCRIPT, allowed, outside],
                           capture_output=True, timeout=60)
        out = p.stdout.decode()
        check('exit 0', p.returncode == 0, p.stderr)
        check('a read inside DIR is served', 'inside hello\n' in out, out)
        check('sync read outside is denied by the remote service', 'sync ' + DENIED + '\n' in out, out)
        check('callback form too', 'callback ' + DENIED + '\n' in out, out)
        check('promise form too', 'promise ' + DENIED + '\n' in out, out)
        check('has() answers from the remote policy',
              'has inside true\n' in out and 'has outside false\n' in out, out)
    finally:
        srv.terminate()
        srv.wait(timeout=10)
    check('muk-serviced stops cleanly (no sanitizer report)', srv.returncode == 0, srv.stderr.read())

bad = subprocess.run([SERVICED, '--service', 'fs', '--listen', 'ipc:///tmp/muk-unused.ipc', '--allow-fs-read'],
                     capture_output=True, timeout=10)
check('muk-serviced refuses --allow-fs-read without a value', bad.returncode == 2 and
      b'--allow-fs-read: needs a value' in bad.stderr, bad.stderr)
bad = subprocess.run([MUK, '--allow-net=host:99999', '-e', '1'], capture_output=True, timeout=10)
check('muk refuses a bad --allow-net entry', bad.returncode == 9 and b'--allow-net=host:99999: wants HOST' in bad.stderr,
      bad.stderr)
print('failures: %d' % failures)
sys.exit(1 if failures else 0)

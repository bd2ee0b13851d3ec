#!/usr/bin/env python3
"""muk-serviced and muk-call from the command line: output, exit codes,
bad arguments, clean shutdown on SIGTERM.

    cli_test.py PATH/TO/muk-serviced PATH/TO/muk-call
"""
import os
import signal
import subprocess
import sys
import tempfile

serviced, call = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL:', what)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=60, **kw)


# usage errors: exit 2 with a message, never a crash
for args in ([], ['--service', 'sys'], ['--listen', 'ipc:///tmp/x'],
             ['--service', 'nosuch', '--listen', 'ipc:///tmp/x'],
             ['--service', 'sys', '--listen', 'foo://bar'],
             ['--service', 'sys=nosuchbackend', '--listen', 'ipc:///tmp/x'],
             ['--service', 'sys', '--listen', 'tcp://999.0.0.1:1'],
             ['--bogus'],
             ['--service', 'sys', '--listen', 'ipc:///tmp/x', '--max-handles', '0'],
             ['--service', 'sys', '--listen', 'ipc:///tmp/x', '--max-inflight', 'many'],
             ['--service', 'sys', '--listen', 'ipc:///tmp/x', '--max-bytes', '5T'],
             ['--service', 'sys', '--listen', 'ipc:///tmp/x', '--budget'],
             ['--service', 'sys', '--listen', 'ipc:///tmp/x', '--max-queue=-1']):
    p = run([serviced] + args)
    check(p.returncode == 2 and p.stderr.startswith('muk-serviced: '),
          'serviced %r -> %d %r' % (args, p.returncode, p.stderr))
p = run([serviced, '--help'])
check(p.returncode == 0 and 'usage' in p.stdout, 'serviced --help')
check('--max-handles' in p.stdout and '--budget' in p.stdout, 'serviced --help names the quotas')
p = run([call, '--help'])
check(p.returncode == 0 and 'usage' in p.stdout, 'muk-call --help')
for args in ([], ['ipc:///tmp/x', 'sys'], ['http://x', 'sys', 'noop'],
             ['--timeout', 'abc', 'ipc:///tmp/x', 'sys', 'noop']):
    p = run([call] + args)
    check(p.returncode == 2, 'muk-call %r -> %d' % (args, p.returncode))

tmp = tempfile.mkdtemp(prefix='muk-cli-')
url = 'ipc://' + os.path.join(tmp, 'sys.ipc')
srv = subprocess.Popen([serviced, '--service', 'sys', '--listen', url],
                       stderr=subprocess.PIPE, text=True)
try:
    p = run([call, url, 'sys', 'add', '2', '3', '40'])
    check(p.returncode == 0 and p.stdout == 'status OK\ni64 45\n', 'add: %r' % p.stdout)
    p = run([call, url, 'sys', 'echo', 'hi', '-7', '1.5'])
    check(p.returncode == 0 and p.stdout == 'status OK\nstr hi\ni64 -7\nstr 1.5\n',
          'echo: %r' % p.stdout)
    p = run([call, url, 'sys', 'fail', '-2'])
    check(p.returncode == 1 and p.stdout.startswith('status ENOENT'), 'fail: %r' % p.stdout)
    p = run([call, url, 'sys', 'nosuchop'])
    check(p.returncode == 2, 'bad op -> %d' % p.returncode)
    data = os.urandom(200000) + b'z' * 300000
    src, out = os.path.join(tmp, 'in.bin'), os.path.join(tmp, 'out.bin')
    open(src, 'wb').write(data)
    p = run([call, '--bytes', src, '--out', out, url, 'sys', 'echo'])
    check(p.returncode == 0 and 'payload %d' % len(data) in p.stdout, 'payload: %r' % p.stdout)
    check(os.path.exists(out) and open(out, 'rb').read() == data, 'payload bytes differ')
    p = run([call, '--timeout', '200', url, 'sys', 'sleep', '2000'])
    check(p.returncode == 1 and p.stdout.startswith('status ETIMEDOUT'), 'timeout: %r' % p.stdout)
finally:
    srv.send_signal(signal.SIGTERM)
    rc = srv.wait(timeout=30)
    err = srv.stderr.read()
check(rc == 0, 'serviced exit %d on SIGTERM' % rc)
check('shutting down' in err, 'serviced stderr: %r' % err)

# nobody listening: a clear error, in bounded time
p = run([call, 'ipc://' + os.path.join(tmp, 'nobody.ipc'), 'sys', 'noop'])
check(p.returncode == 1 and 'EPEERGONE' in p.stdout, 'no peer: %r' % p.stdout)

print('cli: %s' % ('ok' if not failures else '%d failures' % len(failures)))
sys.exit(1 if failures else 0)

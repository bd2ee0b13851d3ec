#!/usr/bin/env python3
"""A client is its wire v2 session (docs/wire.md, "Serving many clients"),
checked with real processes against a muk-serviced hosting fs:

- a raw client (wire_peer.py, 300 ms lease) that opens files and says goodbye (BYE), and
  one that opens files and vanishes (no BYE; --lease-ms 300): muk-serviced's
  descriptors (/proc/PID/fd) return to what they were before it;
- a `muk --service fs=URL` script uses an fd from fs.openSync in an async
  fs.read, and one from an async fs.open in fs.readSync (both sockets of a
  binding are one session); a second muk process cannot use the first's fd
  number (EBADF, handles are per client) and the first is unharmed;
- when that script exits leaving its files open, muk-serviced's descriptors
  return to their baseline (muk's exit sends BYE: the lease is 60 s there),
  also when the script made sync calls only (the BYE goes on the sync
  socket);
- SIGTERM with live sessions holding handles: exit status 0 (under ASan
  this is the shutdown order's use-after-free check).

    session_test.py PATH/TO/muk-serviced PATH/TO/muk

Nothing asserts on time: waits poll up to generous limits.
"""
import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wire_peer as wp  # noqa: E402

serviced, muk = sys.argv[1:3]
FS_OPEN, FS_CLOSE, FS_FSTAT = 0, 1, 8  # services/fs/fs.h FS_OPS
EBADF = -9
N = 5
failures = []
procs = []
atexit.register(lambda: [p.kill() for p in procs if p.poll() is None])


def check(cond, what, detail=''):
    print(('ok   ' if cond else 'FAIL ') + what)
    if not cond:
        failures.append(what)
        if detail:
            print('     ' + str(detail).replace('\n', '\n     '))


tmp = tempfile.mkdtemp(prefix='muk-sess-')
atexit.register(shutil.rmtree, tmp, True)
url = 'ipc://' + os.path.join(tmp, 'fs.ipc')
data = os.path.join(tmp, 'data.txt')
with open(data, 'w') as f:
    f.write('hello sessions\n')

env = dict(os.environ)
env.pop('MUK_KEY_FILE', None)


def start(url, *flags):
    p = subprocess.Popen([serviced, '--service', 'fs', '--listen', url, '--quiet'] +
                         list(flags), stderr=subprocess.PIPE, env=env)
    procs.append(p)
    return p


def up(url):
    """The server's fds once it answers a handshake (its probe gone)."""
    probe = wp.Client(url)
    assert probe.refused is None, probe.refused
    probe.sock.close()
    time.sleep(0.2)  # let nanomsg close the probe's connection
    return fds()


srv = start(url, '--lease-ms', '300')


def fds():
    return len(os.listdir('/proc/%d/fd' % srv.pid))


def settles_at(n, limit=30):
    """Poll until muk-serviced holds n descriptors (True), or give up."""
    end = time.time() + limit
    while time.time() < end:
        if fds() == n:
            return True
        time.sleep(0.05)
    return False


def raw_client_opens():
    """A raw client with N files open (the server's fds counted)."""
    c = wp.Client(url)
    assert c.refused is None, c.refused
    for i in range(N):
        r = c.call(b'fs', FS_OPEN, 10 + i, [data, 0, 0])
        assert r is not None and r[2] == 0, r
    return c


base = up(url)

# 1. goodbye: the handles go, the connection stays
c = raw_client_opens()
check(fds() >= base + N + 1, 'a raw client holds %d files in muk-serviced' % N)
with_conn = fds() - N
c.sock.send(c.seal(wp.BYE, b''))
f = c.sock.recv()
check(f is not None and f[5] == wp.BYE, 'BYE is answered with a BYE')
check(settles_at(with_conn), 'after BYE its files are closed (%d -> %d fds)' % (with_conn + N, fds()))
c.sock.close()
check(settles_at(base), 'its connection closed: back to the baseline of %d fds' % base)

# 2. vanishing: the lease (300 ms here) ends the session
c = raw_client_opens()
c.sock.close()
check(settles_at(base), 'a client that vanishes without BYE: its files are closed once '
      'the lease passes (%d fds)' % fds())

# 3. muk scripts, against a muk-serviced whose lease (60 s) will not pass
# here: only muk's BYE at exit can end their sessions
srv.send_signal(15)
srv.wait(timeout=60)
url = 'ipc://' + os.path.join(tmp, 'fs2.ipc')
srv = start(url)
base = up(url)
go = os.path.join(tmp, 'go')
script = os.path.join(tmp, 'hold.js')
with open(script, 'w') as f:
    f.write('''var fs = require('fs');
var p = process.argv[2], go = process.argv[3];
var fd = fs.openSync(p, 'r'), b = Buffer.alloc(5);
fs.read(fd, b, 0, 5, 0, function (err, n) {
  console.log('openSync then read: ' + (err ? err.code : n + ' ' + b.toString()));
  fs.open(p, 'r', function (err, fd2) {
    if (err) return console.log('open: ' + err.code);
    var c = Buffer.alloc(8);
    var n2 = fs.readSync(fd2, c, 0, 8, 6);
    console.log('open then readSync: ' + n2 + ' ' + c.toString());
    console.log('fds ' + fd + ' ' + fd2);
    var t = setInterval(function () {
      if (!fs.existsSync(go)) return;
      clearInterval(t);
      console.log('still mine: ' + fs.fstatSync(fd).size + ' ' + fs.fstatSync(fd2).size);
    }, 20);
  });
});
''')
menv = dict(env)
holder = subprocess.Popen([muk, '--service', 'fs=' + url, script, data, go],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=menv, text=True)
procs.append(holder)
lines = []
while len(lines) < 3:
    line = holder.stdout.readline()
    if not line:
        break
    lines.append(line.strip())
check(lines[:2] == ['openSync then read: 5 hello', 'open then readSync: 8 sessions'],
      'muk: an fd from openSync works in async read, one from async open in readSync',
      lines)
theirs = lines[2].split()[1:] if len(lines) == 3 else ['3']
other = subprocess.run(
    [muk, '--service', 'fs=' + url, '-e',
     'var fs = require("fs"); process.argv.slice(1).forEach(function (a) {'
     ' var fd = +a; try { fs.fstatSync(fd); console.log(fd + " usable") }'
     ' catch (e) { console.log(fd + " " + e.code) } try { fs.closeSync(fd) }'
     ' catch (e) { console.log(fd + " close " + e.code) } });'
     ' fs.fstat(+process.argv[1], function (e) { console.log("async " + (e && e.code)) });',
    ] + theirs, capture_output=True, text=True, timeout=60, env=menv)
want = []
for n in theirs:
    want += ['%s EBADF' % n, '%s close EBADF' % n]
check(other.stdout.split('\n')[:-1] == want + ['async EBADF'] and other.returncode == 0,
      'a second muk process gets EBADF for the first one\'s fds %s' % ' '.join(theirs),
      other.stdout + other.stderr)
open(go, 'w').close()
out, err = holder.communicate(timeout=60)
check(out.strip() == 'still mine: 15 15' and holder.returncode == 0,
      'the first muk still uses its fds, then exits leaving them open', out + err)
check(settles_at(base), 'after it exits muk-serviced is back to %d fds (%d)' % (base, fds()))

# 3b. a script whose binding only made sync calls (its async socket never
# handshook): its exit ends the session too (BYE on the sync socket)
r = subprocess.run([muk, '--service', 'fs=' + url, '-e',
                    "var fs = require('fs'); var fd = fs.openSync(%r, 'r');"
                    "console.log(typeof fd, fs.fstatSync(fd).size > 0);" % data],
                   capture_output=True, text=True, timeout=60, env=menv)
check(r.stdout.strip() == 'number true' and r.returncode == 0,
      'a script of sync calls only opens a file and exits', r.stdout + r.stderr)
check(settles_at(base), 'after it exits muk-serviced is back to %d fds (%d): the sync socket '
      'said goodbye' % (base, fds()))

# 4. SIGTERM with live sessions holding handles
c = raw_client_opens()
c2 = raw_client_opens()
srv.send_signal(15)
try:
    _, err = srv.communicate(timeout=60)
except subprocess.TimeoutExpired:
    srv.kill()
    _, err = srv.communicate()
check(srv.returncode == 0 and b'ERROR' not in err,
      'muk-serviced exits 0 on SIGTERM with live sessions holding handles',
      err.decode(errors='replace')[-3000:])
c.sock.close()
c2.sock.close()

print('Fail: %d' % len(failures) if failures else 'Ok')
sys.exit(1 if failures else 0)

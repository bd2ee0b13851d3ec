#!/usr/bin/env python3
"""The authenticated wire (docs/wire.md v2) between real processes:
key files, who may listen where, wrong/missing keys, tampered, replayed and
foreign frames, version-1 peers, sessions (one client per binding, goodbye,
lease, keepalive), and a muk-serviced that keeps answering throughout.

    auth_test.py PATH/TO/muk-serviced PATH/TO/muk-call PATH/TO/muk

Nothing asserts on time: waits poll up to generous limits.
"""
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wire_peer as wp  # noqa: E402
import atexit  # noqa: E402

procs = []  # killed at exit if a check threw before stopping them
atexit.register(lambda: [p.kill() for p in procs if p.poll() is None])

serviced, call, muk = sys.argv[1:4]
failures = []
SYS_ECHO, SYS_SLEEP, SYS_NOOP, SYS_ADD = 0, 1, 2, 3
EAUTH, EWIREVERSION = -5015, -5014


def check(cond, what):
    print(('ok   ' if cond else 'FAIL ') + what)
    if not cond:
        failures.append(what)


def run(args, env=None, timeout=60):
    e = dict(os.environ)
    e.pop('MUK_KEY_FILE', None)
    e.update(env or {})
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=e)


tmp = tempfile.mkdtemp(prefix='muk-auth-')


def keyfile(name, mode=0o600, data=None):
    p = os.path.join(tmp, name)
    with open(p, 'w') as f:
        f.write(data if data is not None else os.urandom(32).hex() + '\n')
    os.chmod(p, mode)
    return p


KEY = keyfile('key')
KEY2 = keyfile('key2')
LOOSE = keyfile('loose', 0o644)
SHORT = keyfile('short', 0o600, 'tooshort\n')
key_bytes = open(KEY, 'rb').read().rstrip(b'\n')


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    p = s.getsockname()[1]
    s.close()
    return p


class Server:
    def __init__(self, *args, service='sys', name='s'):
        self.url = 'ipc://' + os.path.join(tmp, name + '.ipc')
        self.log = open(os.path.join(tmp, name + '.log'), 'w+')
        e = dict(os.environ)
        e.pop('MUK_KEY_FILE', None)
        self.p = subprocess.Popen([serviced, '--service', service, '--listen', self.url] +
                                  list(args), stderr=self.log, env=e)
        procs.append(self.p)
        self.wait_for('serving')

    def stderr(self):
        self.log.flush()
        with open(self.log.name) as f:
            return f.read()

    def wait_for(self, text, limit=20):
        end = time.time() + limit
        while time.time() < end:
            if text in self.stderr():
                return True
            if self.p.poll() is not None:
                break
            time.sleep(0.05)
        return False

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        rc = self.p.wait(timeout=30)
        return rc, self.stderr()


# ---- key files and where muk-serviced may listen ---------------------------
p = run([serviced, '--service', 'sys', '--listen', 'ipc:///tmp/x', '--key-file', LOOSE])
check(p.returncode == 2 and 'chmod 600' in p.stderr and 'mode 0644' in p.stderr,
      'serviced refuses a key file readable by others: %r' % p.stderr)
p = run([call, '--key-file', LOOSE, 'ipc:///tmp/x', 'sys', 'noop'])
check(p.returncode == 2 and 'chmod 600' in p.stderr, 'muk-call refuses it too')
p = run([muk, '--service', 'sys=ipc:///tmp/x', '-e', '1'], env={'MUK_KEY_FILE': LOOSE})
check(p.returncode != 0 and 'chmod 600' in p.stderr, 'muk (MUK_KEY_FILE) refuses it too')
p = run([serviced, '--service', 'sys', '--listen', 'ipc:///tmp/x', '--key-file', SHORT])
check(p.returncode == 2 and 'openssl rand -hex 32' in p.stderr, 'a short key is refused with a recipe')
p = run([serviced, '--service', 'sys', '--listen', 'ipc:///tmp/x', '--encrypt'])
check(p.returncode == 2 and 'needs a key' in p.stderr, '--encrypt without a key')

for url in ('tcp://0.0.0.0:%d', 'tcp://*:%d', 'tcp://10.1.2.3:%d', 'ws://0.0.0.0:%d',
            'tcp://[::]:%d', 'tcp://eth0;0.0.0.0:%d'):
    u = url % free_port()
    p = run([serviced, '--service', 'sys', '--listen', u])
    check(p.returncode == 2 and 'without a key' in p.stderr and '--insecure' in p.stderr,
          'public listen refused without a key: %s' % u)
for args, what in (([], 'a key'), (['--insecure'], '--insecure')):
    u = 'tcp://0.0.0.0:%d' % free_port()
    e = dict(os.environ)
    e.pop('MUK_KEY_FILE', None)
    if not args:
        e['MUK_KEY_FILE'] = KEY
    s = subprocess.Popen([serviced, '--service', 'sys', '--listen', u, '--quiet'] + args,
                         stderr=subprocess.PIPE, text=True, env=e)
    time.sleep(0.3)
    alive = s.poll() is None
    s.send_signal(signal.SIGTERM)
    rc = s.wait(timeout=30)
    err = s.stderr.read()
    check(alive and rc == 0, 'public listen allowed with %s' % what)
    if args:
        check('WARNING' in err and '--insecure' in err, 'loud warning even with --quiet: %r' % err)
    else:
        check('WARNING' not in err, 'no warning with a key')
u = 'tcp://127.0.0.1:%d' % free_port()
s = subprocess.Popen([serviced, '--service', 'sys', '--listen', u, '--quiet'])
time.sleep(0.3)
p = run([call, u, 'sys', 'add', '1', '2'])
check(p.returncode == 0 and 'i64 3' in p.stdout, 'loopback tcp without a key serves')
s.send_signal(signal.SIGTERM)
s.wait(timeout=30)

# ---- who may call a keyed server --------------------------------------------
srv = Server('--key-file', KEY, name='keyed')
plain = Server(name='plain')
enc = Server('--key-file', KEY, '--encrypt', name='enc')


def mcall(url, *args, env=None, opts=()):
    return run([call] + list(opts) + [url, 'sys'] + list(args), env=env)


p = mcall(srv.url, 'add', '40', '2', opts=['--key-file', KEY])
check(p.returncode == 0 and 'i64 42' in p.stdout, 'right key: answered')
p = mcall(srv.url, 'add', '40', '2', env={'MUK_KEY_FILE': KEY})
check(p.returncode == 0 and 'i64 42' in p.stdout, 'right key from MUK_KEY_FILE: answered')
p = mcall(srv.url, 'noop', opts=['--key-file', KEY2])
check(p.returncode == 1 and 'status EAUTH' in p.stdout and 'key' in p.stdout,
      'wrong key: EAUTH with a reason: %r' % p.stdout)
p = mcall(srv.url, 'noop')
check(p.returncode == 1 and 'status EAUTH' in p.stdout and 'requires a shared key' in p.stdout,
      'no key: EAUTH, says a key is needed: %r' % p.stdout)
p = mcall(plain.url, 'noop', opts=['--key-file', KEY])
check(p.returncode == 1 and 'status EAUTH' in p.stdout and 'has none' in p.stdout,
      'keyed client, keyless server: EAUTH: %r' % p.stdout)
p = mcall(enc.url, 'add', '1', '1', opts=['--key-file', KEY])
check(p.returncode == 0 and 'i64 2' in p.stdout, '--encrypt server: keyed client answered')
p = mcall(srv.url, 'echo', 'secret', opts=['--key-file', KEY, '--encrypt'])
check(p.returncode == 0 and 'str secret' in p.stdout, 'client asks for encryption: answered')
p = mcall(srv.url, 'echo', 'x', env={'MUK_KEY_FILE': KEY, 'MUK_WIRE_ENCRYPT': '1'})
check(p.returncode == 0 and 'str x' in p.stdout, 'MUK_WIRE_ENCRYPT=1: answered')
r = wp.Client(enc.url, key_bytes)
check(r.refused is None and r.enc, 'the --encrypt server grants encryption unasked')
r.sock.close()
for s in (plain, enc):
    s.stop()

# ---- hostile frames, against a keyed server ---------------------------------
a = wp.Client(srv.url, key_bytes)
check(a.refused is None and a.lease == 60000, 'raw keyed handshake')
good = a.seal(wp.DATA, wp.message(b'sys', SYS_ADD, 7, (2, 3)))
a.sock.send(good)
r = a.reply(7)
check(r is not None and r[2] == 0 and r[3] == [5], 'raw keyed request answered: %r' % (r,))
a.sock.timeout(400)
a.sock.send(good)  # replayed
check(a.reply(7) is None, 'a replayed frame is not answered')
t = bytearray(a.seal(wp.DATA, wp.message(b'sys', SYS_ADD, 8, (2, 3))))
t[52] ^= 1  # the first argument's low byte: 2 -> 3 (still a valid message)
a.sock.send(bytes(t))
check(a.reply(8) is None, 'a tampered frame is not answered')
b = wp.Client(srv.url, key_bytes)
fb = bytearray(b.seal(wp.DATA, wp.message(b'sys', SYS_ADD, 9, (1, 1))))
fb[8:16] = struct.pack('<Q', a.conn)  # B's frame under A's connection
a.seq += 1
fb[16:24] = struct.pack('<Q', a.seq + 5)
a.sock.send(bytes(fb))
check(a.reply(9) is None, "another connection's frame is not answered")
unk = bytearray(a.seal(wp.DATA, wp.message(b'sys', SYS_NOOP, 10)))
unk[8:16] = struct.pack('<Q', 12345)
a.sock.send(bytes(unk))
f = a.sock.recv()
check(f is not None and f[5] == wp.REFUSE, 'a frame for an unknown session is refused')
nokey = wp.Client(srv.url, None)
check(nokey.refused is not None and nokey.refused[0] == EAUTH, 'keyless raw HELLO refused: %r' % (nokey.refused,))
bad = wp.Client(srv.url, b'k' * 40)
check(bad.refused is not None and bad.refused[0] == EAUTH, 'wrong-key raw HELLO refused')
# join with A's session token but no proof
j = wp.Client(srv.url, key_bytes, join=a.token, join_key=b'x' * 32)
check(j.refused is not None and j.refused[0] == EAUTH, 'a join without the join key is refused')
j = wp.Client(srv.url, key_bytes, join=a.token, join_key=a.join_key)
check(j.refused is None and j.token == a.token, 'a join with the join key is accepted')
r = a.call(b'sys', SYS_ADD, 11, (20, 22))
check(r is not None and r[3] == [42], 'A still answered after all that')
# a BATCH of requests, sealed once: each answered
a.sock.send(a.seal(wp.BATCH, wp.batch([wp.message(b'sys', SYS_ADD, rid, (rid, 1)) for rid in (31, 32, 33)])))
rs = [a.reply(rid) for rid in (31, 32, 33)]
check(all(r is not None and r[3] == [r[1] + 1] for r in rs), 'a batch of 3 requests: 3 answers (%r)' % (rs,))
# a tampered batch, and a malformed one sealed right: dropped whole
a.sock.timeout(500)
f = bytearray(a.seal(wp.BATCH, wp.batch([wp.message(b'sys', SYS_ADD, rid, (rid, 1)) for rid in (41, 42)])))
f[40] ^= 1
a.sock.send(bytes(f))
check(a.reply(41) is None and a.reply(42) is None, 'a tampered batch is not answered')
lying = wp.batch([wp.message(b'sys', SYS_ADD, rid, (rid, 1)) for rid in (51, 52)])
a.sock.send(a.seal(wp.BATCH, struct.pack('<H', 3) + lying[2:]))
check(a.reply(51) is None, 'a batch whose count lies is not answered')
a.sock.timeout(2000)
r = a.call(b'sys', SYS_ADD, 12, (20, 22))
check(r is not None and r[3] == [42], 'A still answered after the bad batches')
# a version-1 client
v1 = wp.Sock(srv.url)
req = b'MUKW\x01\x00' + struct.pack('<HIIQiI', 3, 0, SYS_NOOP, 77, 0, 0) + b'sys' + struct.pack('<Q', 0)
v1.send(req)
f = v1.recv()
check(f is not None and f[4] == 1 and struct.unpack_from('<i', f, 24)[0] == EWIREVERSION and
      b'version 4' in f and struct.unpack_from('<Q', f, 16)[0] == 77,
      'a v1 request gets a v1 reply: versions differ')
v1.close()
# a version-2 client: its HELLO gets a version-2 REFUSE naming both versions
v2 = wp.Sock(srv.url)
nonce = os.urandom(32)
v2.send(b'MUKW\x02\x01\x00\x00' + struct.pack('<QQ', 0, 0) + nonce + bytes(16))
f = v2.recv()
check(f is not None and f[4] == 2 and f[5] == wp.REFUSE and
      struct.unpack_from('<i', f, 24)[0] == EWIREVERSION and
      f[32:40] == nonce[:8] and b'version 4' in f and b'version 2' in f,
      'a v2 HELLO gets a v2 REFUSE: versions differ (%r)' % (f,))
v2.close()
# a version-3 client (no chunks): its HELLO gets a version-3 REFUSE
v3 = wp.Sock(srv.url)
nonce = os.urandom(32)
v3.send(b'MUKW\x03\x01\x00\x00' + struct.pack('<QQ', 0, 0) + nonce + bytes(16))
f = v3.recv()
check(f is not None and f[4] == 3 and f[5] == wp.REFUSE and
      struct.unpack_from('<i', f, 24)[0] == EWIREVERSION and
      f[32:40] == nonce[:8] and b'version 4' in f and b'version 3' in f,
      'a v3 HELLO gets a v3 REFUSE: versions differ (%r)' % (f,))
v3.close()
# the bye ends the session: A's connection is then unknown
a.sock.send(a.seal(wp.BYE, b''))
f = a.sock.recv()
check(f is not None and f[5] == wp.BYE and wp.tag(a.s2c, f[:-16]) == f[-16:],
      'BYE is answered with a BYE sealed on the connection')
check(srv.wait_for('ended (goodbye)'), 'BYE ends the session')
a.sock.send(a.seal(wp.DATA, wp.message(b'sys', SYS_NOOP, 12)))
f = a.sock.recv()
check(f is not None and f[5] == wp.REFUSE, 'after BYE the connection is refused')
for c in (a, b, nokey, bad, j):
    c.sock.close()
p = mcall(srv.url, 'add', '1', '2', opts=['--key-file', KEY])
check(p.returncode == 0 and 'i64 3' in p.stdout, 'well-formed client still answered')
rc, err = srv.stop()
dropped = [l for l in err.splitlines() if 'dropped in all' in l]
n = int(dropped[0].split()[1]) if dropped else -1
# replay, tamper, foreign, unknown, keyless HELLO, wrong-key HELLO, bad join,
# the v1 request, the frame after BYE; (muk-call's wrong/no key: 2 more)
check(rc == 0 and n >= 11, 'serviced exits 0 and counted the drops (%d): %s' % (n, dropped))
check('(last: ' in err, 'the drop log says why: %r' % err)

# ---- a v2 client and a peer that never answers the handshake (a v1 server) --
mute_url = 'ipc://' + os.path.join(tmp, 'mute.ipc')
mute = wp.Sock(mute_url, proto=wp.NN_REP, bind=True)
p = mcall(mute_url, 'noop', opts=['--timeout', '20000'])
check(p.returncode == 1 and 'EPEERGONE' in p.stdout and 'version 1' in p.stdout,
      'no handshake answer: the likely causes are named: %r' % p.stdout)
mute.close()

# ---- sessions ------------------------------------------------------------------
fs = Server('--key-file', KEY, '--lease-ms', '300', service='fs', name='fs')
js = os.path.join(tmp, 'sess.js')
with open(js, 'w') as f:
    f.write("""
var fs = require('fs');
var fd = fs.openSync(process.argv[2], 'r');
var b = Buffer.alloc(5);
fs.read(fd, b, 0, 5, 0, function (err, n) {
  console.log('async read of a sync fd:', err ? err.code : b.toString());
  // idle for several leases: keepalives keep the session (and the fd)
  setTimeout(function () {
    fs.read(fd, b, 0, 5, 0, function (err, n) {
      console.log('after idling:', err ? err.code : b.toString());
      fs.closeSync(fd);
    });
  }, 1500);
});
""")
data = os.path.join(tmp, 'data.txt')
open(data, 'w').write('hello world')
p = run([muk, '--service', 'fs=' + fs.url, js, data], env={'MUK_KEY_FILE': KEY})
check(p.returncode == 0 and p.stdout == 'async read of a sync fd: hello\nafter idling: hello\n',
      'one session for both sockets, kept alive while idle: %r %r' % (p.stdout, p.stderr[-300:]))
check(fs.wait_for('client 1 ended (goodbye)'), 'the script ended its session with a goodbye')
check('client 2' not in fs.stderr(), 'sync and async sockets were one client: %r' % fs.stderr())
idle = wp.Client(fs.url, key_bytes)
check(fs.wait_for('client 2 ended (idle past its lease)'), 'a silent client loses its session after the lease')
idle.sock.send(idle.seal(wp.DATA, wp.message(b'fs', 0, 1)))
f = idle.sock.recv()
check(f is not None and f[5] == wp.REFUSE, 'its frames are then refused')
idle.sock.close()
rc, err = fs.stop()
check(rc == 0, 'fs serviced exits 0')

# a restarted muk-serviced has forgotten the session: the client starts a
# new one by itself
marker = os.path.join(tmp, 'restarted')
js = os.path.join(tmp, 'restart.js')
with open(js, 'w') as f:
    f.write("""
var fs = require('fs');
console.log('first: ' + fs.readFileSync(process.argv[2], 'utf8').slice(0, 5));
var t = setInterval(function () {
  if (!fs.existsSync(process.argv[3])) return;  // false while the server is away
  clearInterval(t);
  fs.readFile(process.argv[2], 'utf8', function (err, s) {
    console.log('after restart: ' + (err ? err.code : s.slice(0, 5)));
  });
}, 50);
""")
fs = Server('--key-file', KEY, service='fs', name='fs-r')
e = dict(os.environ, MUK_KEY_FILE=KEY)
client = subprocess.Popen([muk, '--service', 'fs=' + fs.url, js, data, marker],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=e)
procs.append(client)
first = client.stdout.readline()
check(first == 'first: hello\n', 'before the restart: %r' % first)
fs.stop()
open(marker, 'w').close()
fs = Server('--key-file', KEY, service='fs', name='fs-r')
out, errs = client.communicate(timeout=60)
check(client.returncode == 0 and out == 'after restart: hello\n',
      'after the restart, a new session: %r %r' % (out, errs[-300:]))
rc, err = fs.stop()
check(rc == 0 and 'client 1 ended (goodbye)' in err, 'the new session ended with a goodbye: %r' % err)

print('auth: %s' % ('ok' if not failures else '%d failures' % len(failures)))
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""The wire's compression switch, per endpoint (docs/wire.md, "payload and
compression"), checked by counting the bytes that cross tcp://127.0.0.1:
a relay between `muk --service fs=tcp://...` and a muk-serviced counts
each direction.

- by default a 4 MiB compressible file written (request payload) and read
  back (reply payload) crosses in far fewer bytes than 4 MiB each way;
- MUK_WIRE_COMPRESS=0 on muk: the request's payload crosses raw (>= 4 MiB
  client->server), the reply still compressed;
- muk-serviced --no-compress: the reply crosses raw, the request still
  compressed;
- MUK_WIRE_COMPRESS=2: muk refuses to start with a message naming it;
- muk-call: its --bytes payload crosses compressed by default and raw with
  --no-compress or MUK_WIRE_COMPRESS=0.

    compress_test.py PATH/TO/muk-serviced PATH/TO/muk [PATH/TO/muk-call]
"""
import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

serviced, muk = sys.argv[1:3]
muk_call = sys.argv[3] if len(sys.argv) > 3 else None
MIB = 1 << 20
failures = []
procs = []
atexit.register(lambda: [p.kill() for p in procs if p.poll() is None])


def check(cond, what, detail=''):
    print(('ok   ' if cond else 'FAIL ') + what)
    if not cond:
        failures.append(what)
        if detail:
            print('     ' + str(detail).replace('\n', '\n     '))


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Relay:
    """Accepts on a port and pipes every connection to target, counting
    the bytes each way."""

    def __init__(self, target_port):
        self.up = self.down = 0
        self.lock = threading.Lock()
        self.ls = socket.socket()
        self.ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.ls.bind(('127.0.0.1', 0))
        self.ls.listen(16)
        self.port = self.ls.getsockname()[1]
        self.target = target_port
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                c, _ = self.ls.accept()
            except OSError:
                return
            s = socket.create_connection(('127.0.0.1', self.target))
            threading.Thread(target=self.pipe, args=(c, s, 'up'), daemon=True).start()
            threading.Thread(target=self.pipe, args=(s, c, 'down'), daemon=True).start()

    def pipe(self, a, b, way):
        try:
            while True:
                d = a.recv(1 << 16)
                if not d:
                    break
                with self.lock:
                    setattr(self, way, getattr(self, way) + len(d))
                b.sendall(d)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self):
        self.ls.close()


tmp = tempfile.mkdtemp(prefix='muk-compress-')
atexit.register(shutil.rmtree, tmp, True)
env = dict(os.environ)
for v in ('MUK_KEY_FILE', 'MUK_WIRE_ENCRYPT', 'MUK_WIRE_COMPRESS',
          'MUK_WIRE_ZSTD_LEVEL', 'MUK_WIRE_ZSTD_MIN'):
    env.pop(v, None)

SCRIPT = os.path.join(tmp, 'rw.js')
with open(SCRIPT, 'w') as f:
    f.write("""var fs = require('fs');
var line = 'GET /api/v1/items?id=12345 HTTP/1.1 200 4711 curl/7.88.1\\n';
var b = Buffer.alloc(4 * 1048576);
for (var i = 0; i < b.length; i += line.length) b.write(line, i, 'latin1');
var p = process.argv[2];
fs.writeFileSync(p, b);
var back = fs.readFileSync(p);
console.log(back.equals(b) ? 'same' : 'DIFFERENT ' + back.length);
""")


def serve(server_flags):
    port = free_port()
    srv = subprocess.Popen([serviced, '--service', 'fs', '--listen', 'tcp://127.0.0.1:%d' % port,
                            '--quiet'] + server_flags, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    procs.append(srv)
    deadline = time.monotonic() + 10
    while True:  # wait until it listens
        try:
            socket.create_connection(('127.0.0.1', port)).close()
            return srv, port, ''
        except OSError:
            if srv.poll() is not None or time.monotonic() > deadline:
                return None, None, 'muk-serviced did not listen: %s' % srv.stderr.read().decode()
            time.sleep(0.02)


def run(server_flags, client_env):
    srv, port, why = serve(server_flags)
    if not srv:
        return None, why
    relay = Relay(port)
    out = os.path.join(tmp, 'out.txt')
    p = subprocess.run([muk, '--service', 'fs=tcp://127.0.0.1:%d' % relay.port, SCRIPT, out],
                       env=dict(env, **client_env), capture_output=True, timeout=120)
    relay.close()
    srv.terminate()
    srv.wait(10)
    res = (relay.up, relay.down)
    if p.returncode != 0 or p.stdout.decode().strip() != 'same':
        return None, 'muk exited %d: %s %s' % (p.returncode, p.stdout.decode(), p.stderr.decode())
    return res, ''


r, why = run([], {})
check(r is not None and r[0] < MIB and r[1] < MIB,
      'default: request and reply payloads cross compressed', (r, why))

r, why = run([], {'MUK_WIRE_COMPRESS': '0'})
check(r is not None and r[0] >= 4 * MIB and r[1] < MIB,
      'MUK_WIRE_COMPRESS=0: the request crosses raw, the reply compressed', (r, why))

r, why = run(['--no-compress'], {})
check(r is not None and r[0] < MIB and r[1] >= 4 * MIB,
      'muk-serviced --no-compress: the reply crosses raw, the request compressed', (r, why))

r, why = run(['--no-compress'], {'MUK_WIRE_COMPRESS': '0'})
check(r is not None and r[0] >= 4 * MIB and r[1] >= 4 * MIB,
      'both off: both cross raw', (r, why))

p = subprocess.run([muk, '--service', 'fs=tcp://127.0.0.1:1', '-e', '1'],
                   env=dict(env, MUK_WIRE_COMPRESS='2'), capture_output=True, timeout=30)
err = p.stderr.decode()
check(p.returncode != 0 and 'MUK_WIRE_COMPRESS must be 0' in err,
      'MUK_WIRE_COMPRESS=2 is refused with a message naming it', (p.returncode, err))



def call(flags, client_env):
    """(bytes up, bytes down) for one muk-call writeFile of a 4 MiB
    compressible payload through the relay"""
    srv, port, why = serve([])
    if not srv:
        return None, why
    src = os.path.join(tmp, 'payload.txt')
    with open(src, 'wb') as f:
        f.write(b'GET /api/v1/items?id=12345 HTTP/1.1 200 4711 curl/7.88.1\n' * 75000)
    relay = Relay(port)
    p = subprocess.run([muk_call] + flags + ['--bytes', src, 'tcp://127.0.0.1:%d' % relay.port,
                                             'fs', 'writeFile', os.path.join(tmp, 'w.txt'), '577',
                                             '420'],
                       env=dict(env, **client_env), capture_output=True, timeout=60)
    relay.close()
    srv.terminate()
    srv.wait(10)
    if p.returncode != 0:
        return None, 'muk-call exited %d: %s %s' % (p.returncode, p.stdout.decode(), p.stderr.decode())
    with open(os.path.join(tmp, 'w.txt'), 'rb') as f, open(src, 'rb') as g:
        if f.read() != g.read():
            return None, 'the written file differs from the payload'
    return (relay.up, relay.down), ''


if muk_call:
    r, why = call([], {})
    check(r is not None and r[0] < MIB, 'muk-call: the payload crosses compressed', (r, why))
    r, why = call(['--no-compress'], {})
    check(r is not None and r[0] >= 4 * MIB, 'muk-call --no-compress: the payload crosses raw',
          (r, why))
    r, why = call([], {'MUK_WIRE_COMPRESS': '0'})
    check(r is not None and r[0] >= 4 * MIB, 'muk-call MUK_WIRE_COMPRESS=0: the payload crosses raw',
          (r, why))
    p = subprocess.run([muk_call, 'tcp://127.0.0.1:1', 'fs', 'stat', '/'],
                       env=dict(env, MUK_WIRE_COMPRESS='x'), capture_output=True, timeout=30)
    check(p.returncode == 2 and 'MUK_WIRE_COMPRESS must be 0' in p.stderr.decode(),
          'muk-call refuses MUK_WIRE_COMPRESS=x', (p.returncode, p.stderr.decode()))

if failures:
    print('%d failure(s)' % len(failures))
    sys.exit(1)
print('all ok')

#!/usr/bin/env python3
"""A hostile peer against muk-serviced: it speaks the handshake (with
the right key, a wrong one, none), then sends random, truncated, corrupted
and oversized frames and sealed batches of mangled messages, while a
well-formed client keeps calling. Passes when
every well-formed call is answered and muk-serviced exits 0 on SIGTERM
(under ASan: no crash, no leak). Short by default (a few seconds); set
MUK_WIRE_FUZZ_SECONDS=N for a long run.

    wire_fuzz.py PATH/TO/muk-serviced
"""
import os
import random
import signal
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wire_peer as wp  # noqa: E402

serviced = sys.argv[1]
seconds = float(os.environ.get('MUK_WIRE_FUZZ_SECONDS', '3'))
seed = int(os.environ.get('MUK_WIRE_FUZZ_SEED', '12345'))
rng = random.Random(seed)
tmp = tempfile.mkdtemp(prefix='muk-wfuzz-')
key_path = os.path.join(tmp, 'key')
with open(key_path, 'w') as f:
    f.write(os.urandom(32).hex())
os.chmod(key_path, 0o600)
key = open(key_path, 'rb').read()
SYS_ADD = 3


def start(args, name):
    url = 'ipc://' + os.path.join(tmp, name)
    log = open(os.path.join(tmp, name + '.log'), 'w+')
    p = subprocess.Popen([serviced, '--service', 'sys', '--listen', url] + args,
                         stderr=log)
    end = time.time() + 20
    while time.time() < end and not os.path.exists(url[6:]):
        time.sleep(0.02)
    return p, url, log


def mutate(frame):
    f = bytearray(frame)
    what = rng.randrange(6)
    if what == 0 and f:
        f = f[:rng.randrange(len(f))]  # truncated
    elif what == 1 and f:
        for _ in range(rng.randrange(1, 4)):
            f[rng.randrange(len(f))] ^= 1 << rng.randrange(8)
    elif what == 2:
        f += os.urandom(rng.randrange(1, 64))  # trailing bytes
    elif what == 3 and len(f) > 24:
        f[24:] = os.urandom(len(f) - 24)  # a plausible envelope, random body
    elif what == 4:
        f[5] = rng.randrange(10)  # another kind
    else:
        f[6] = rng.randrange(4)  # other protection bits
    return bytes(f)


def hostile(c, good_frames):
    what = rng.randrange(10)
    if what == 0:
        n = rng.choice([0, 1, 5, 23, 24, 25, 40, 100, 4096])
        c.sock.send(os.urandom(n), word=rng.randrange(1 << 31))
    elif what == 1:  # oversized: a few MiB of noise behind a DATA envelope
        c.sock.send(wp.env(wp.DATA, c.key and wp.TAG or 0, getattr(c, 'conn', 0), 1 << 40) +
                    os.urandom(rng.choice([1 << 20, 3 << 20])))
    elif what == 2:  # a HELLO with random flags / join / tag
        h = wp.env(wp.HELLO, rng.randrange(4)) + os.urandom(32) + bytes([rng.randrange(4)]) + \
            bytes(7) + struct.pack('<Q', rng.choice([0, rng.getrandbits(64)]))
        c.sock.send(h + os.urandom(rng.choice([0, 16, 17])))
    elif what == 3 and getattr(c, 'conn', 0):  # a sealed BATCH whose items are mutated
        items = [bytes(mutate(wp.message(b'sys', SYS_ADD, i, (i, i)))) for i in range(rng.randrange(2, 5))]
        body = wp.batch(items)
        if rng.randrange(2):
            body = mutate(body)
        c.sock.send(c.seal(wp.BATCH, body))
    elif good_frames:
        c.sock.send(mutate(rng.choice(good_frames)))
    else:
        c.sock.send(mutate(c.seal(wp.DATA, wp.message(b'sys', SYS_ADD, 1, (1, 2)))))


def drain(c):
    c.sock.timeout(1)
    while c.sock.recv() is not None:
        pass
    c.sock.timeout(2000)


failures = []
for args, ckey in ((['--key-file', key_path], key), ([], None)):
    p, url, log = start(args + ['--lease-ms', '2000'], 'k.ipc' if ckey else 'n.ipc')
    good = wp.Client(url, ckey)
    peers = [wp.Client(url, ckey), wp.Client(url, b'w' * 40 if ckey else None)]
    frames = []
    for c in peers:
        if c.refused is None:
            for i in range(5):
                frames.append(c.seal(wp.DATA, wp.message(b'sys', SYS_ADD, i, (i, i))))
    end = time.time() + seconds
    calls = sent = 0
    rid = 100
    while time.time() < end:
        for _ in range(50):
            hostile(rng.choice(peers), frames)
            sent += 1
        for c in peers:
            drain(c)
        rid += 1
        r = good.call(b'sys', SYS_ADD, rid, (rid, 1))
        calls += 1
        if r is None or r[2] != 0 or r[3] != [rid + 1]:
            failures.append('%s: well-formed call %d not answered: %r' % (url, rid, r))
            break
        if p.poll() is not None:
            failures.append('%s: muk-serviced died (%d)' % (url, p.returncode))
            break
    for c in peers + [good]:
        c.sock.close()
    p.send_signal(signal.SIGTERM)
    try:
        rc = p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = 'hung'
    log.seek(0)
    err = log.read()
    if rc != 0:
        failures.append('%s: muk-serviced exit %s: %s' % (url, rc, err[-2000:]))
    print('%s: %d hostile frames, %d well-formed calls answered, exit %s' %
          ('keyed' if ckey else 'keyless', sent, calls, rc))

for f in failures:
    print('FAIL', f)
print('wire-fuzz: %s' % ('ok' if not failures else '%d failures' % len(failures)))
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Payloads of any size between real processes (docs/wire.md, "Chunked
payloads"): a muk script with `--service fs=URL` against a muk-serviced
reads a 256 MiB file, copies 1 GiB with createReadStream -> createWriteStream,
runs 64 readFile calls of 4 MiB at once and 200 writes and reads of
mixed sizes (batched, alone, chunked). Everything must arrive whole
(hashes compared), no request may end at its deadline, nothing may be
dropped, and both processes' peak RSS must stay bounded: the client holds
the result and no extra copy of it, muk-serviced the file and no encoded
copy of it. A fresh muk-serviced per step, so each peak is that step's.

    chunk_test.py PATH/TO/muk-serviced PATH/TO/muk
"""
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

serviced, muk = sys.argv[1:3]
tmp = tempfile.mkdtemp(prefix='muk-chunks-')
MiB = 1 << 20
failures = []


def check(ok, what):
    print(('ok   ' if ok else 'FAIL ') + what)
    if not ok:
        failures.append(what)


def start(extra=()):
    url = 'ipc://' + os.path.join(tmp, 'fs.ipc')
    log = open(os.path.join(tmp, 'serviced.log'), 'w+')
    p = subprocess.Popen([serviced, '--service', 'fs', '--listen', url] + list(extra), stderr=log)
    for _ in range(300):
        if os.path.exists(url[6:]):
            break
        time.sleep(0.01)
    return p, url, log


def stop(p, log):
    """SIGTERM; its exit status, peak RSS (KiB) and log."""
    with open('/proc/%d/status' % p.pid) as f:
        hwm = int(re.search(r'VmHWM:\s+(\d+)', f.read()).group(1))
    p.send_signal(signal.SIGTERM)
    try:
        st = p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        st = 'hung after SIGTERM'
    log.seek(0)
    return st, hwm, log.read()


def run_muk(url, script, *args):
    """Its output, exit status and peak RSS (KiB)."""
    path = os.path.join(tmp, 'script.js')
    with open(path, 'w') as f:
        f.write(script)
    out = open(os.path.join(tmp, 'out.txt'), 'w+')
    p = subprocess.Popen([muk, '--service', 'fs=' + url, path] + list(args), stdout=out,
                         stderr=subprocess.STDOUT)
    _, status, ru = os.wait4(p.pid, 0)
    out.seek(0)
    return out.read(), os.waitstatus_to_exitcode(status), ru.ru_maxrss


def served_clean(st, text, what):
    m = re.search(r'(\d+) message\(s\) dropped in all', text)
    check(st == 0 and m is not None and m.group(1) == '0',
          '%s: muk-serviced exits 0 and dropped nothing (%r)' % (what, text[-300:]))


def step(what, script, args, client_max, server_max, expect):
    p, url, log = start()
    t0 = time.monotonic()
    try:
        out, rc, rss = run_muk(url, script, *args)
    finally:
        st, hwm, text = stop(p, log)
    print('     %s: %.1f s' % (what, time.monotonic() - t0))
    check(rc == 0 and out.strip() == expect, '%s: %r (want %r)' % (what, out.strip()[-300:], expect))
    check(rss <= client_max // 1024, '%s: muk peak RSS %d MiB <= %d MiB' % (what, rss >> 10, client_max >> 20))
    check(hwm <= server_max // 1024,
          '%s: muk-serviced peak RSS %d MiB <= %d MiB' % (what, hwm >> 10, server_max >> 20))
    served_clean(st, text, what)


try:
    # 256 MiB of incompressible bytes (a 1 MiB random block, repeated: each
    # 32 KiB chunk is compressed alone, so they travel raw)
    big = os.path.join(tmp, 'big.bin')
    block = os.urandom(MiB)
    h = hashlib.sha256()
    with open(big, 'wb') as f:
        for i in range(256):
            b = bytes([i]) + block[1:]
            f.write(b)
            h.update(b)
    step('readFile 256 MiB',
         "var fs = require('fs'), crypto = require('crypto');\n"
         "fs.readFile(process.argv[2], function (e, b) {\n"
         "  if (e) { console.log('error', e.code, e.message); return; }\n"
         "  console.log(b.length, crypto.createHash('sha256').update(b).digest('hex'));\n"
         "});\n", [big], 256 * MiB + 64 * MiB, 256 * MiB + 64 * MiB,
         '%d %s' % (256 * MiB, h.hexdigest()))

    # 64 x 4 MiB at once: 8 files of 4 MiB, each read 8 times
    files = []
    for i in range(8):
        path = os.path.join(tmp, 'f%d' % i)
        with open(path, 'wb') as f:
            f.write(bytes([i]) * 4096 + os.urandom(4 * MiB - 4096))
        files.append(path)
    sums = [hashlib.sha256(open(p, 'rb').read()).hexdigest()[:16] for p in files]
    step('64 x 4 MiB readFile at once',
         "var fs = require('fs'), crypto = require('crypto');\n"
         "var dir = process.argv[2], sums = process.argv[3].split(','), done = 0, bad = 0;\n"
         "for (var i = 0; i < 64; i++) (function (i) {\n"
         "  fs.readFile(dir + '/f' + (i % 8), function (e, b) {\n"
         "    if (e) { bad++; console.log('error', i, e.code, e.message); }\n"
         "    else if (crypto.createHash('sha256').update(b).digest('hex').slice(0, 16) !== sums[i % 8])"
         " { bad++; console.log('wrong bytes', i); }\n"
         "    if (++done === 64) console.log('done', done, 'bad', bad);\n"
         "  });\n"
         "})(i);\n", [tmp, ','.join(sums)], 128 * MiB, 320 * MiB, 'done 64 bad 0')

    # mixed sizes at once, both ways: requests and replies around the
    # batch's 4 KiB item bound (batched, alone, and chunked past 64 KiB)
    step('200 writeFile + readFile of 1 B .. 96 KiB at once',
         "var fs = require('fs'), dir = process.argv[2], n = 200, left = n, bad = 0;\n"
         "function size(i) { return i % 4 === 3 ? 60000 + i * 97 : 1 + (i * 37) % 9000; }\n"
         "function body(i) { return Buffer.alloc(size(i), 'muk ' + i + ' batch '); }\n"
         "for (var i = 0; i < n; i++) (function (i) {\n"
         "  fs.writeFile(dir + '/m' + i, body(i), function (e) {\n"
         "    if (e) { bad++; console.log('write', i, e.code); if (--left === 0) console.log('bad', bad); return; }\n"
         "    fs.readFile(dir + '/m' + i, function (e, b) {\n"
         "      if (e || !b.equals(body(i))) { bad++; console.log('read', i, e && e.code); }\n"
         "      if (--left === 0) console.log('bad', bad);\n"
         "    });\n"
         "  });\n"
         "})(i);\n", [tmp], 128 * MiB, 128 * MiB, 'bad 0')

    # 1 GiB through createReadStream -> createWriteStream (a sparse source:
    # the bytes are zeros, compressed on the wire)
    src = os.path.join(tmp, 'g1.bin')
    with open(src, 'wb') as f:
        f.truncate(1 << 30)
    dst = os.path.join(tmp, 'g1.copy')
    step('stream copy 1 GiB',
         "var fs = require('fs');\n"
         "var r = fs.createReadStream(process.argv[2], {highWaterMark: 1 << 20});\n"
         "var w = fs.createWriteStream(process.argv[3]);\n"
         "r.on('error', function (e) { console.log('read error', e.code, e.message); });\n"
         "w.on('error', function (e) { console.log('write error', e.code, e.message); });\n"
         "w.on('finish', function () { console.log('copied', fs.statSync(process.argv[3]).size); });\n"
         "r.pipe(w);\n", [src, dst], 96 * MiB, 96 * MiB, 'copied %d' % (1 << 30))
    os.unlink(dst)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

if failures:
    sys.exit('chunk_test: %d failure(s)' % len(failures))
print('chunk_test: ok')

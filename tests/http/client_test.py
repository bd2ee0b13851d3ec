#!/usr/bin/env python3
"""muk's http client against node's and muk's servers, in both directions
of the issue's "muk server <-> node client, node server <-> muk client":
node_client.js (keep-alive reuse, chunked, trailers, HEAD, 204, a 5 MiB
POST, Connection: close, parallel requests on maxSockets 4) run under muk
must print what it prints under node, against server.js run by node and
by muk. Then big_client.js moves 1 GiB up and 1 GiB down through muk's
client (HTTP_BIG_MIB=N for another size) against big_server.js, and the
client's peak RSS must stay at or below 64 MiB. Skipped (77) without node.

usage: client_test.py MUK [muk args...]
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wire_test import start  # noqa: E402

MIB = int(os.environ.get('HTTP_BIG_MIB', '1024'))
LIMIT_KB = 64 * 1024


def client(argv, script, *args):
    out = subprocess.run(argv + [os.path.join(HERE, script)] + [str(a) for a in args],
                         capture_output=True, timeout=600, cwd=HERE)
    return out.stdout.decode() + out.stderr.decode()


def main():
    node = shutil.which('node')
    if not node:
        print('node not on PATH: skipped')
        return 77
    muk = [os.path.abspath(sys.argv[1])] + sys.argv[2:]
    fails = 0
    want = None
    for server, cl in (([node], [node]), ([node], muk), (muk, muk)):
        p, port = start(server + [os.path.join(HERE, 'server.js')])
        try:
            got = client(cl, 'node_client.js', port)
        finally:
            p.kill()
            p.wait()
        label = '%s client, %s server' % ('muk' if cl is muk else 'node', 'muk' if server is muk else 'node')
        if want is None:
            want = got
            continue
        if got != want:
            import difflib
            print(label, 'differs from node/node:')
            print(''.join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), 'node', 'muk')))
            fails += 1
        else:
            print(label, 'same as node/node (%d lines)' % len(got.splitlines()))
    p, port = start([node, os.path.join(HERE, 'big_server.js')])
    try:
        out = client(muk, 'big_client.js', port, MIB)
    finally:
        p.kill()
        p.wait()
    print(out, end='')
    total = MIB << 20
    if 'upload 200 {"bytes":%d,"bad":-1}' % total not in out or 'download 200 %d -1' % total not in out:
        fails += 1
    kb = [int(l.split()[1]) for l in out.splitlines() if l.startswith('HWM_KB ')]
    print('client peak RSS %.1f MiB (limit %d MiB)' % (kb[0] / 1024.0 if kb else -1, LIMIT_KB // 1024))
    if not kb or kb[0] < 0 or kb[0] > LIMIT_KB:
        fails += 1
    print('FAIL' if fails else 'ok')
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())

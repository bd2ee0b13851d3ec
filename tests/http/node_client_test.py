#!/usr/bin/env python3
"""node 20's http client (node_client.js) against server.js under node and
under muk: what the client sees must be the same. Also curl, when it is
installed, for one request each way. Skipped (77) without node.

usage: node_client_test.py MUK [muk args...]
"""
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wire_test import start  # noqa: E402


def run_client(node, port):
    out = subprocess.run([node, os.path.join(HERE, 'node_client.js'), str(port)],
                         capture_output=True, timeout=120)
    text = out.stdout.decode()
    curl = shutil.which('curl')
    if curl:
        for args in (['-s', '-i'], ['-s', '-i', '--http1.0'], ['-s', '-i', '-d', 'form=1']):
            r = subprocess.run([curl] + args + ['http://127.0.0.1:%d/hello' % port],
                               capture_output=True, timeout=60)
            text += 'curl %s: %r\n' % (' '.join(args), re.sub(rb'Date: [^\r]*', b'Date: -', r.stdout))
    return text + out.stderr.decode()


def main():
    node = shutil.which('node')
    if not node:
        print('node not on PATH: skipped')
        return 77
    muk = [os.path.abspath(sys.argv[1])] + sys.argv[2:]
    outs = []
    for argv in ([node], muk):
        p, port = start(argv + [os.path.join(HERE, 'server.js')])
        try:
            outs.append(run_client(node, port))
        finally:
            p.kill()
            p.wait()
    print(outs[1])
    if outs[0] != outs[1]:
        import difflib
        print(''.join(difflib.unified_diff(outs[0].splitlines(True), outs[1].splitlines(True), 'node', 'muk')))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

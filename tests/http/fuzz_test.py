#!/usr/bin/env python3
"""Random and mutated requests against the http server (seeded): it must
not crash or hang, and it keeps answering a good request on a fresh
connection after every batch. Run under ASan+UBSan it also checks that
nothing leaks (the server exits through process.exit, /exit).

usage: fuzz_test.py MUK [muk args...]   (HTTP_FUZZ_SEED, HTTP_FUZZ_ROUNDS)
"""
import os
import random
import socket
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wire_test import CASES  # noqa: E402

GOOD = b'GET /hello HTTP/1.1\r\nHost: x\r\n\r\n'
TOKENS = [b'\r\n', b'\n', b'\r', b':', b' ', b'\t', b'\x00', b'\xff', b'chunked', b'Content-Length: ',
          b'Transfer-Encoding: ', b'0\r\n\r\n', b'HTTP/1.1', b'GET ', b'POST ', b'-1', b'99999999999999999999',
          b'Expect: 100-continue\r\n', b'Connection: close\r\n', b'Upgrade: x\r\nConnection: upgrade\r\n']


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randint(0, 5)
        pos = rng.randint(0, len(data)) if data else 0
        if op == 0 and data:
            data[min(pos, len(data) - 1)] = rng.randint(0, 255)
        elif op == 1:
            data[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and data:
            del data[pos:pos + rng.randint(1, 16)]
        elif op == 3:
            data[pos:pos] = bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 32)))
        elif op == 4:
            data = data[:pos]
        else:
            data += rng.choice(CASES)[1]
    return bytes(data)


def exchange(port, data, rng):
    s = socket.create_connection(('127.0.0.1', port))
    s.settimeout(30)
    try:
        # in pieces, to split the parser's input anywhere
        i = 0
        while i < len(data):
            n = rng.randint(1, max(1, len(data)))
            s.sendall(data[i:i + n])
            i += n
        if rng.random() < 0.7:
            s.shutdown(socket.SHUT_WR)
        else:
            s.close()  # gone without reading
            return b''
        out = b''
        while True:
            b = s.recv(65536)
            if not b:
                break
            out += b
        return out
    except OSError:  # reset, broken pipe, not connected
        return b'<reset>'
    finally:
        s.close()


def main():
    muk = [os.path.abspath(sys.argv[1])] + sys.argv[2:]
    seed = int(os.environ.get('HTTP_FUZZ_SEED', '17'))
    rounds = int(os.environ.get('HTTP_FUZZ_ROUNDS', '300'))
    rng = random.Random(seed)
    p = subprocess.Popen(muk + [os.path.join(HERE, 'server.js')], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=HERE)
    port = int(p.stdout.readline().split()[1])
    fails = 0
    try:
        for r in range(rounds):
            base = rng.choice(CASES)[1]
            if rng.random() < 0.2:
                base = base * rng.randint(2, 4)  # pipelined
            exchange(port, mutate(rng, base), rng)
            if r % 25 == 24:
                got = exchange(port, GOOD, random.Random(0))
                if not got.startswith(b'HTTP/1.1 200 OK') or not got.endswith(b'hello'):
                    print('round %d: the server stopped answering: %r' % (r, got[:200]))
                    fails += 1
                    break
        s = socket.create_connection(('127.0.0.1', port))
        s.sendall(b'GET /exit HTTP/1.1\r\nHost: x\r\n\r\n')
        out, err = p.communicate(timeout=60)
        s.close()
        if p.returncode != 0:
            print('server exited %d\n%s' % (p.returncode, err.decode(errors='replace')[-3000:]))
            fails += 1
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    print('seed %d, %d rounds: %s' % (seed, rounds, 'FAIL' if fails else 'ok'))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())

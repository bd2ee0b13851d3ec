#!/usr/bin/env python3
"""The http server's bytes on the wire, compared with node 20's.

usage: wire_test.py MUK [muk args...]

Starts tests/http/server.js under node and under muk, sends each raw
request below to both (one connection per case, the client's side shut
after sending), reads until the server closes, and compares the answers
byte for byte with the Date header's value masked. Without node on PATH
the test is skipped (exit 77): node is the specification here.
"""
import os
import re
import shutil
import socket
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, 'server.js')

H = b'Host: x\r\n'
BIG = b'X-Big: ' + b'a' * 17000 + b'\r\n'
CASES = [
    ('get', b'GET /hello HTTP/1.1\r\n' + H + b'\r\n'),
    ('http10', b'GET /hello HTTP/1.0\r\n\r\n'),
    ('http10-keepalive', b'GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'),
    ('head', b'HEAD /hello HTTP/1.1\r\n' + H + b'\r\n'),
    ('empty', b'GET /empty HTTP/1.1\r\n' + H + b'\r\n'),
    ('headers', b'GET /headers HTTP/1.1\r\n' + H + b'\r\n'),
    ('chunked', b'GET /chunked HTTP/1.1\r\n' + H + b'\r\n'),
    ('chunked-http10', b'GET /chunked HTTP/1.0\r\n\r\n'),
    ('trailers', b'GET /trailers HTTP/1.1\r\n' + H + b'\r\n'),
    ('204', b'GET /204 HTTP/1.1\r\n' + H + b'\r\n'),
    ('304', b'GET /304 HTTP/1.1\r\n' + H + b'\r\n'),
    ('flush', b'GET /flush HTTP/1.1\r\n' + H + b'\r\n'),
    ('close', b'GET /close HTTP/1.1\r\n' + H + b'\r\nGET /hello HTTP/1.1\r\n' + H + b'\r\n'),
    ('status', b'GET /status HTTP/1.1\r\n' + H + b'\r\n'),
    ('array', b'GET /array HTTP/1.1\r\n' + H + b'\r\n'),
    ('length', b'GET /length HTTP/1.1\r\n' + H + b'\r\n'),
    ('nodate', b'GET /nodate HTTP/1.1\r\n' + H + b'\r\n'),
    ('late', b'GET /late HTTP/1.1\r\n' + H + b'\r\n'),
    ('utf8', b'GET /utf8 HTTP/1.1\r\n' + H + b'\r\n'),
    ('request-close', b'GET /hello HTTP/1.1\r\n' + H + b'Connection: close\r\n\r\n'),
    ('pipelined', (b'GET /hello HTTP/1.1\r\n' + H + b'\r\n') * 3 +
     b'POST /echo?x=1 HTTP/1.1\r\n' + H + b'Content-Length: 3\r\n\r\nabc' +
     b'GET /chunked HTTP/1.1\r\n' + H + b'\r\n'),
    ('post', b'POST /echo HTTP/1.1\r\n' + H + b'Content-Length: 11\r\n\r\nhello world'),
    ('post-chunked', b'POST /echo HTTP/1.1\r\n' + H + b'Transfer-Encoding: chunked\r\n\r\n'
     b'5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trail: t\r\nX-Trail: u\r\n\r\n'),
    ('duplicates', b'GET /echo HTTP/1.1\r\nHost: a\r\nHost: b\r\nSet-Cookie: a\r\n'
     b'set-cookie: b\r\nCookie: c=1\r\nCookie: d=2\r\nX-Foo: 1\r\nx-foo: 2\r\n'
     b'Content-Type: t1\r\nContent-Type: t2\r\nAccept: a\r\nAccept: b\r\nEmpty:\r\n'
     b'Spaces:   v  \r\nLatin: \xe9\r\n\r\n'),
    ('continue', b'POST /echo HTTP/1.1\r\n' + H + b'Expect: 100-continue\r\n'
     b'Content-Length: 2\r\n\r\nok'),
    ('expect-other', b'POST /echo HTTP/1.1\r\n' + H + b'Expect: tea\r\nContent-Length: 2\r\n\r\nok'),
    ('cl-te', b'POST /echo HTTP/1.1\r\n' + H + b'Content-Length: 3\r\n'
     b'Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'),
    ('cl-cl', b'POST /echo HTTP/1.1\r\n' + H + b'Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd'),
    ('te-not-chunked-last', b'POST /echo HTTP/1.1\r\n' + H +
     b'Transfer-Encoding: chunked, identity\r\n\r\n3\r\nabc\r\n0\r\n\r\n'),
    ('bad-header-char', b'GET /hello HTTP/1.1\r\n' + H + b'X-A: a\x01b\r\n\r\n'),
    ('bad-header-name', b'GET /hello HTTP/1.1\r\n' + H + b'X A: b\r\n\r\n'),
    ('bad-method', b'GOT /hello HTTP/1.1\r\n' + H + b'\r\n'),
    ('bad-version', b'GET /hello HTTP/9.1\r\n' + H + b'\r\n'),
    ('bad-line', b'\x00\x01\x02garbage\r\n\r\n'),
    ('lf-only', b'GET /hello HTTP/1.1\n' + b'Host: x\n\n'),
    ('bad-chunk', b'POST /echo HTTP/1.1\r\n' + H + b'Transfer-Encoding: chunked\r\n\r\nzz\r\n'),
    ('header-overflow', b'GET /hello HTTP/1.1\r\n' + H + BIG + b'\r\n'),
    ('good-then-bad', b'GET /hello HTTP/1.1\r\n' + H + b'\r\nGOT / HTTP/1.1\r\n\r\n'),
    ('partial-eof', b'GET /hello HTTP/1.1\r\nHo'),
    ('space-before-colon', b'GET /hello HTTP/1.1\r\n' + H + b'X-A : b\r\n\r\n'),
    ('upgrade-unheard', b'GET /hello HTTP/1.1\r\n' + H + b'Upgrade: foo\r\nConnection: upgrade\r\n\r\n' +
     b'GET /hello HTTP/1.1\r\n' + H + b'\r\n'),
    ('connect-unheard', b'CONNECT x:1 HTTP/1.1\r\n' + H + b'\r\n'),
    ('obs-fold', b'GET /echo HTTP/1.1\r\n' + H + b'X-A: a\r\n  b\r\n\r\n'),
]


def start(argv):
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
    line = p.stdout.readline().decode()
    if not line.startswith('PORT '):
        p.kill()
        raise SystemExit('server did not start: %r %r' % (line, p.stderr.read()))
    return p, int(line.split()[1])


def exchange(port, data):
    s = socket.create_connection(('127.0.0.1', port))
    s.settimeout(20)
    s.sendall(data)
    s.shutdown(socket.SHUT_WR)
    out = []
    try:
        while True:
            b = s.recv(65536)
            if not b:
                break
            out.append(b)
    except ConnectionResetError:
        out.append(b'<reset>')
    s.close()
    return re.sub(rb'Date: [^\r]*', b'Date: <masked>', b''.join(out))


def main():
    node = shutil.which('node')
    if not node:
        print('node not on PATH: skipped')
        return 77
    muk = [os.path.abspath(sys.argv[1])] + sys.argv[2:]
    mode = os.environ.get('WIRE_MODE', '')
    servers = [start([node, SERVER] + ([mode] if mode else [])),
               start(muk + [SERVER] + ([mode] if mode else []))]
    fails = 0
    try:
        for name, data in CASES:
            want = exchange(servers[0][1], data)
            got = exchange(servers[1][1], data)
            if want != got:
                fails += 1
                print('FAIL %s\n  node: %r\n  muk:  %r' % (name, want[:600], got[:600]))
            else:
                print('ok %s' % name)
    finally:
        outs = []
        for p, _ in servers:
            p.kill()
            outs.append(p.communicate()[0])
    if outs[0] != outs[1]:
        fails += 1
        print('FAIL stdout\n  node: %r\n  muk:  %r' % (outs[0], outs[1]))
    print('%d of %d differ' % (fails, len(CASES)))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())

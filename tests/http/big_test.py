#!/usr/bin/env python3
"""A 1 GiB upload and a 1 GiB download through the http server with its
memory bounded: the server's peak RSS (VmHWM) must stay at or below
64 MiB, which holds only if the read window and the response's 'drain'
hold the bytes back.

usage: big_test.py MUK [muk args...]   (HTTP_BIG_MIB=N for another size)
"""
import json
import os
import socket
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = int(os.environ.get('HTTP_BIG_MIB', '1024'))
LIMIT_KB = 64 * 1024


def pattern(off, n):
    base = bytes(i % 251 for i in range(251 + 65536))
    return base[off % 251: off % 251 + n]


def hwm_kb(pid):
    with open('/proc/%d/status' % pid) as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
    return -1


def read_head(s):
    data = b''
    while b'\r\n\r\n' not in data:
        b = s.recv(65536)
        if not b:
            raise SystemExit('connection closed in the head: %r' % data)
        data += b
    head, rest = data.split(b'\r\n\r\n', 1)
    return head.decode('latin1'), rest


def main():
    muk = [os.path.abspath(sys.argv[1])] + sys.argv[2:]
    p = subprocess.Popen(muk + [os.path.join(HERE, 'big_server.js')], stdout=subprocess.PIPE, cwd=HERE)
    port = int(p.stdout.readline().split()[1])
    total = MIB << 20
    fails = 0
    try:
        # upload
        s = socket.create_connection(('127.0.0.1', port))
        s.sendall(b'POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n' % total)
        chunk = 65536
        block = pattern(0, 251 * 261)  # a multiple of 251 bytes
        sent = 0
        while sent < total:
            n = min(len(block), total - sent)
            s.sendall(block[:n])
            sent += n
        head, rest = read_head(s)
        while len(rest) < int(head.split('Content-Length: ')[1].split('\r')[0]):
            rest += s.recv(65536)
        r = json.loads(rest)
        print('upload', head.split('\r\n')[0], r)
        if r != {'bytes': total, 'bad': -1}:
            fails += 1
        # download
        s.sendall(b'GET /download?n=%d HTTP/1.1\r\nHost: x\r\n\r\n' % total)
        head, rest = read_head(s)
        got = len(rest)
        ok = rest == pattern(0, len(rest)) if rest else True
        while got < total:
            b = s.recv(1 << 20)
            if not b:
                break
            if got % (64 << 20) < len(b) and b[0] != got % 251:
                ok = False
            got += len(b)
        print('download', head.split('\r\n')[0], got, 'pattern ok' if ok else 'pattern BAD')
        if got != total or not ok:
            fails += 1
        s.close()
        kb = hwm_kb(p.pid)
        print('server peak RSS %.1f MiB (limit %d MiB)' % (kb / 1024.0, LIMIT_KB // 1024))
        if kb > LIMIT_KB or kb < 0:
            fails += 1
    finally:
        p.kill()
        p.wait()
    print('FAIL' if fails else 'ok')
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""A fast sender and a receiver whose JS thread falls behind (issue 4's
backpressure): the server script blocks its JS thread for 1.5 s as the
connection arrives while this process sends as fast as the socket takes
bytes for 2 s, then ends. The net service must stop reading once the
events it delivered pile up unhandled (services/net/net.h, NET_WINDOW),
so the sender is held back instead of muk's memory growing with its
speed: the server's peak RSS stays under a bound, and every byte sent
arrives.

    busy_receiver.py MUK SERVER_JS [-- MUK_ARGS...]
"""
import socket
import subprocess
import sys
import time

PEAK_LIMIT_MIB = 128  # ASan (shadow, allocator) measured 64-70; unbounded was GiBs


def main():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        i = argv.index('--')
        argv, extra = argv[:i], argv[i + 1:]
    muk, script = argv[:2]
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    srv = subprocess.Popen([muk] + extra + [script, str(port)], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, text=True)
    try:
        if srv.stdout.readline().strip() != 'listening':
            print('FAIL: the server did not start')
            return 1
        c = socket.create_connection(('127.0.0.1', port))
        c.setblocking(False)
        buf = b'x' * 65536
        sent = 0
        t0 = time.monotonic()
        while time.monotonic() - t0 < 2.0:
            try:
                sent += c.send(buf)
            except BlockingIOError:
                time.sleep(0.001)
        c.setblocking(True)
        c.shutdown(socket.SHUT_WR)
        out, _ = srv.communicate(timeout=120)
        c.close()
    finally:
        if srv.poll() is None:
            srv.kill()
            srv.wait()
    words = out.split()
    if len(words) < 4 or words[0] != 'received':
        print('FAIL: server printed %r (exit %s)' % (out, srv.returncode))
        return 1
    received, peak = int(words[1]), int(words[3]) / 1024.0
    print('sent %.1f MiB, received %.1f MiB, server peak RSS %.1f MiB'
          % (sent / 1048576.0, received / 1048576.0, peak))
    ok = True
    if received != sent:
        print('FAIL: %d bytes sent, %d received' % (sent, received))
        ok = False
    if peak > PEAK_LIMIT_MIB:
        print('FAIL: peak RSS %.1f MiB > %d MiB: reads went on while the JS thread was busy'
              % (peak, PEAK_LIMIT_MIB))
        ok = False
    if srv.returncode != 0:
        print('FAIL: server exit status %d' % srv.returncode)
        ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())

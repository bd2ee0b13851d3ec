#!/usr/bin/env python3
"""10,000 concurrent connections to one muk echo server on loopback, every
one echoing correctly (issue 4). The clients are another process
(tools/bench/echo_load --check): it opens all connections, holds them open,
then each sends 2 distinct 64-byte messages in turn and checks the echo.

    echo_10k.py MUK ECHO_LOAD SERVER_JS [N] [-- MUK_ARGS...]

The fd limit is raised to the hard limit (the server needs N sockets, the
client process N more). Exits 0 only if all N connections echoed."""
import os
import resource
import socket
import subprocess
import sys
import time


def main():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        i = argv.index('--')
        argv, extra = argv[:i], argv[i + 1:]
    muk, load, script = argv[:3]
    n = int(argv[3]) if len(argv) > 3 else 10000
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = n + 256
    if hard != resource.RLIM_INFINITY and hard < want:
        print('SKIP: hard fd limit %d < %d' % (hard, want))
        return 77
    resource.setrlimit(resource.RLIMIT_NOFILE, (want if hard == resource.RLIM_INFINITY else hard, hard))
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    srv = subprocess.Popen([muk] + extra + [script, str(port)], stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            if srv.poll() is not None:
                print('server exited %d' % srv.returncode)
                return 1
            try:
                socket.create_connection(('127.0.0.1', port), 0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    print('server did not listen')
                    return 1
                time.sleep(0.05)
        p = subprocess.run([load, str(port), '--check', '-c', str(n), '-r', '2'],
                           stdout=subprocess.PIPE, universal_newlines=True, timeout=240)
        out = p.stdout.strip()
        print(out)
        if p.returncode != 0 or out != 'ok %d bad 0' % n:
            print('FAIL: not every connection echoed correctly (exit %d)' % p.returncode)
            return 1
        if srv.poll() is not None:
            print('FAIL: server died (%d)' % srv.returncode)
            return 1
        return 0
    finally:
        if srv.poll() is None:
            srv.terminate()
            try:
                srv.wait(10)
            except subprocess.TimeoutExpired:
                srv.kill()
                srv.wait()


if __name__ == '__main__':
    sys.exit(main())

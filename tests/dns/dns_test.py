#!/usr/bin/env python3
"""Run one dns test script against tests/dns/dns_server.py and compare its
stdout with the recording node 20 made against the same server.

usage: dns_test.py MUK SCRIPT.js [--serviced SERVICED NAME[=BACKEND]] [muk args...]
       dns_test.py --record SCRIPT.js      (node SCRIPT.js ... > SCRIPT.out)

The script gets two arguments: the server's port on 127.0.0.1, and a UDP
port on 127.0.0.1 where nobody listens (a server that refuses). With
--serviced, the dns service runs in a muk-serviced on an ipc:// endpoint
(NAME=BACKEND picks its backend) and muk uses it remotely."""
import os
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def start_server():
    p = subprocess.Popen([sys.executable, os.path.join(HERE, 'dns_server.py')],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    line = p.stdout.readline()
    if not line.strip().isdigit():
        p.stdin.close()
        p.wait()
        sys.exit('dns_server.py did not start')
    return p, int(line)


def closed_udp_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    args = sys.argv[1:]
    record = args[0] == '--record'
    if record:
        cmd, script, extra = ['node'], os.path.abspath(args[1]), []
    else:
        cmd, script, extra = [os.path.abspath(args[0])], os.path.abspath(args[1]), args[2:]
    serviced = server = None
    tmp = tempfile.mkdtemp(prefix='muk-dns-')
    try:  # whatever fails, nothing started here outlives the test
        if extra[:1] == ['--serviced']:
            url = 'ipc://' + os.path.join(tmp, 'dns.ipc')
            serviced = subprocess.Popen([extra[1], '--service', extra[2], '--listen', url],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            end = time.time() + 60  # a backstop: the loop ends when it listens
            while not os.path.exists(url[len('ipc://'):]):
                if serviced.poll() is not None or time.time() > end:
                    sys.exit('muk-serviced did not start: ' + serviced.stderr.read().decode())
                time.sleep(0.02)
            extra = ['--service', 'dns=' + url] + extra[3:]
        server, port = start_server()
        r = subprocess.run(cmd + extra + [script, str(port), str(closed_udp_port())],
                           capture_output=True, cwd=HERE, timeout=60)
    finally:
        if server:
            server.stdin.close()
            server.wait()
        if serviced:
            if serviced.poll() is None:
                serviced.terminate()
            serviced.wait()
        for f in os.listdir(tmp):
            os.unlink(os.path.join(tmp, f))
        os.rmdir(tmp)
    expect_path = script[:-3] + '.out'
    if record:
        with open(expect_path, 'wb') as f:
            f.write(r.stdout)
        sys.stdout.buffer.write(r.stdout + r.stderr)
        return 0 if r.returncode == 0 else 1
    with open(expect_path, 'rb') as f:
        expect = f.read()
    if r.returncode != 0 or r.stdout != expect:
        print('exit status %d' % r.returncode)
        print('--- stderr\n' + r.stderr.decode(errors='replace'))
        import difflib
        sys.stdout.writelines(difflib.unified_diff(
            expect.decode(errors='replace').splitlines(True),
            r.stdout.decode(errors='replace').splitlines(True), 'node', 'muk'))
        return 1
    print('ok: %s' % os.path.basename(script))
    return 0


if __name__ == '__main__':
    sys.exit(main())

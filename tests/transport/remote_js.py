#!/usr/bin/env python3
"""Run one JS test with its net service in a real muk-serviced.

usage: remote_js.py SERVICED RUN_JS MUK TEST.js [ENDPOINTS]

Starts `muk-serviced --service net --listen ipc://TMP/net.ipc`, runs
run_js.py MUK TEST.js --service net=ipc://TMP/net.ipc (the test's output
is compared with node's recording as in the js suite), then stops the
server with SIGTERM and checks that it exits 0, dropped no message, and
that every client it served ended (no socket left behind in it). With
ENDPOINTS = N > 1, N of them, and net bound to all (net=URL1,URL2,...)."""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

serviced, run_js, muk, test = sys.argv[1:5]
n = int(sys.argv[5]) if len(sys.argv) > 5 else 1
tmp = tempfile.mkdtemp(prefix='muk-rnet-')
urls = ['ipc://' + os.path.join(tmp, 'net%d.ipc' % i) for i in range(n)]
log = open(os.path.join(tmp, 'serviced.log'), 'w+')
# net-many opens 2001 sockets: more than the default quota of handles
srvs = [subprocess.Popen([serviced, '--service', 'net', '--listen', url, '--max-handles', '4096'],
                         stderr=log) for url in urls]
src = []
try:
    for url in urls:
        for _ in range(200):  # the socket file appears once it listens
            if os.path.exists(url[6:]):
                break
            time.sleep(0.01)
    rc = subprocess.call([sys.executable, run_js, muk, test, '--service', 'net=' + ','.join(urls)])
finally:
    for srv in srvs:
        srv.send_signal(signal.SIGTERM)
        try:
            src.append(srv.wait(timeout=30))
        except subprocess.TimeoutExpired:
            srv.kill()
            src.append('hung after SIGTERM')
    log.seek(0)
    text = log.read()
    shutil.rmtree(tmp, ignore_errors=True)
bad = []
if src != [0] * n:
    bad.append('muk-serviced exit status %r' % (src,))
dropped = re.findall(r'(\d+) message\(s\) dropped in all', text)
if dropped != ['0'] * n:
    bad.append('muk-serviced dropped messages')
if 'ended (shutdown)' in text:
    bad.append('a client was still open when muk exited (ended at shutdown)')
if bad:
    sys.stdout.write('muk-serviced log:\n' + text)
    sys.exit('remote_js: ' + '; '.join(bad))
sys.exit(rc)

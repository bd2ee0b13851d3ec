#!/usr/bin/env python3
"""One service bound to two endpoints (docs/architecture.md, "Several
endpoints"), with real processes: two keyed muk-serviced hosting fs, and a
muk script (multi_client.js) keeping 8 requests in flight through
--service fs=URL1,URL2: appends of numbered lines (not idempotent) and
reads (idempotent; some through the sync path).

- both endpoints take load;
- kill -9 of one mid-load: no read fails (each read in flight there is
  retried on the other and succeeds), writes fail with EPEERGONE only, the
  load goes on; restarted on its port, it takes load again;
- SIGSTOP of one: the requests go to the other (fewest outstanding);
  SIGCONT: it takes load again;
- no write lost or doubled: every line reported ok is in the file exactly
  once, none twice, nothing that was not sent;
- muk.stats('fs'): endpoints (each with its url, requests, link), retries;
- net over two endpoints: new servers are balanced, each socket and server
  stays on the endpoint that made it; kill -9 of one fails only what lived
  there (EPEERGONE), the other's server still serves, a new one lands on
  the survivor;
- muk-call URL1,URL2 --stats prints each endpoint's metrics (exit 1 when
  one does not answer);
- a bad endpoint list is refused with a clear error; with no endpoint up a
  read fails with EPEERGONE (tried on both) and the script ends.

Where the machine allows it (root, `ip netns`, a veth pair) the two
muk-serviced run in a network namespace of their own, a host reached over
the veth, with `tc netem` adding 20 ms and 1% loss when the kernel has
netem; otherwise the same cases run over loopback. The mode is printed;
every mode asserts everything (MUK_MULTI_LOOPBACK=1 forces loopback).
MUK_MULTI_SOAK=N repeats the kill/restart
and stop/continue rounds N times.

    multi_endpoint_test.py PATH/TO/muk-serviced PATH/TO/muk PATH/TO/muk-call

Nothing asserts on time: waits poll for a condition up to generous limits.
"""
import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

serviced, muk, muk_call = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
failures = []
procs = []
atexit.register(lambda: [p.kill() for p in procs if p.poll() is None])


def check(cond, what, detail=''):
    print(('ok   ' if cond else 'FAIL ') + what)
    if not cond:
        failures.append(what)
        if detail:
            print('     ' + str(detail).replace('\n', '\n     '))


def run(*cmd):
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


# ---- where the endpoints live ------------------------------------------------
ns = 'mukmep%d' % os.getpid()
net = 10 + os.getpid() % 240
host_ip = '127.0.0.1'
prefix = []  # the command prefix that runs a process on the endpoints' host
mode = 'loopback'


def netns_setup():
    """The endpoints' host: a namespace behind a veth pair. The mode, or
    None with the reason why not."""
    if os.environ.get('MUK_MULTI_LOOPBACK') == '1':
        return None, 'MUK_MULTI_LOOPBACK=1'
    if os.geteuid() != 0 or not shutil.which('ip'):
        return None, 'not root or no ip(8)'
    if run('ip', 'netns', 'add', ns).returncode:
        return None, 'ip netns add failed'
    atexit.register(run, 'ip', 'netns', 'del', ns)
    vh, vn = 'vh%d' % os.getpid(), 'vn%d' % os.getpid()
    steps = [('ip', 'link', 'add', vh, 'type', 'veth', 'peer', 'name', vn),
             ('ip', 'link', 'set', vn, 'netns', ns),
             ('ip', 'addr', 'add', '10.213.%d.1/24' % net, 'dev', vh),
             ('ip', 'link', 'set', vh, 'up'),
             ('ip', 'netns', 'exec', ns, 'ip', 'addr', 'add', '10.213.%d.2/24' % net, 'dev', vn),
             ('ip', 'netns', 'exec', ns, 'ip', 'link', 'set', vn, 'up'),
             ('ip', 'netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up')]
    for s in steps:
        r = run(*s)
        if r.returncode:
            return None, '%s: %s' % (' '.join(s), r.stderr.strip())
    netem = ['tc', 'qdisc', 'add', 'dev', vh, 'root', 'netem', 'delay', '20ms', 'loss', '1%']
    r = run(*netem) if shutil.which('tc') else None
    if r is None or r.returncode:
        return 'netns (veth; no tc netem on this kernel: %s)' % (
            r.stderr.strip() if r else 'no tc'), None
    r = run('ip', 'netns', 'exec', ns, *netem[:4], vn, *netem[5:])
    return 'netns (veth, tc netem 20 ms + 1% loss each way)', None


m, why = netns_setup()
if m:
    mode, host_ip, prefix = m, '10.213.%d.2' % net, ['ip', 'netns', 'exec', ns]
else:
    mode = 'loopback (%s)' % why
print('mode: ' + mode)
# a lossy link may stall a TCP segment for a few hundred ms: a longer heartbeat
hb = 50 if host_ip == '127.0.0.1' else 250

tmp = tempfile.mkdtemp(prefix='muk-multi-')
atexit.register(shutil.rmtree, tmp, True)
key = os.path.join(tmp, 'key')
with open(key, 'w') as f:
    f.write(os.urandom(32).hex() + '\n')
os.chmod(key, 0o600)
data = os.path.join(tmp, 'lines.txt')
fixed = os.path.join(tmp, 'fixed.txt')
with open(fixed, 'w') as f:
    f.write('the same bytes on every read\n' * 40)
env = dict(os.environ, MUK_KEY_FILE=key)


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


urls = ['tcp://%s:%d' % (host_ip, free_port()) for _ in range(2)]


def start_serviced(url, service='fs'):
    p = subprocess.Popen(prefix + [serviced, '--service', service, '--listen', url, '--quiet',
                                   '--key-file', key], env=env)
    procs.append(p)
    return p


# ---- a bad list is refused ----------------------------------------------------
for bad, what in (('%s,' % urls[0], 'an empty URL'), (','.join([urls[0]] * 9), 'nine URLs'),
                  ('%s,nothing' % urls[0], 'a URL without a scheme')):
    r = subprocess.run([muk, '--service', 'fs=' + bad, '-e', '1'], env=env,
                       capture_output=True, text=True, timeout=60)
    check(r.returncode != 0 and 'cannot start service' in r.stderr,
          'refused: ' + what, (r.returncode, r.stderr))

# nobody behind either URL: a read fails (after both), a sync read too
dead = ['tcp://%s:%d?heartbeat=50' % (host_ip, free_port()) for _ in range(2)]
r = subprocess.run([muk, '--service', 'fs=' + ','.join(dead), '-e',
                    "var fs = require('fs'), muk = require('muk');"
                    "try { fs.statSync('/'); } catch (e) { console.log('sync ' + e.code); }"
                    "fs.stat('/', function (e) { var s = muk.stats('fs');"
                    " console.log('async ' + (e && e.code) + ' retries ' + s.retries + ' tried ' +"
                    " s.endpoints.map(function (x) { return x.requests > 0; })); });"],
                   env=env, capture_output=True, text=True, timeout=120)
check(r.stdout.split('\n')[:2] == ['sync EPEERGONE', 'async EPEERGONE retries 2 tried true,true'],
      'no endpoint up: reads fail with EPEERGONE after trying both', (r.stdout, r.stderr[-500:]))

# ---- the load ------------------------------------------------------------------
srv = [start_serviced(u) for u in urls]
opts = '?heartbeat=%d&deadline=10000' % hb
client = subprocess.Popen([muk, '--service', 'fs=' + ','.join(u + opts for u in urls),
                           os.path.join(here, 'multi_client.js'), data, fixed],
                          env=env, stdout=subprocess.PIPE, text=True)
procs.append(client)
lines = []
lock = threading.Lock()


def reader(stream):
    for line in stream:
        with lock:
            lines.append(line.rstrip('\n'))


rthread = threading.Thread(target=reader, args=(client.stdout,), daemon=True)
rthread.start()


def snapshot():
    with lock:
        return list(lines)


def wait_for(cond, what, limit=90):
    end = time.time() + limit
    while time.time() < end:
        if cond(snapshot()):
            return True
        time.sleep(0.02)
    check(False, 'waiting for ' + what, '\n'.join(snapshot()[-20:]))
    return False


def count(ls, prefix):
    return sum(1 for l in ls if l.startswith(prefix))


def stats():
    """muk.stats('fs') now (SIGUSR1)."""
    n = count(snapshot(), 'stats ')
    client.send_signal(signal.SIGUSR1)
    if not wait_for(lambda ls: count(ls, 'stats ') > n, 'the stats line'):
        return None
    return json.loads([l for l in snapshot() if l.startswith('stats ')][-1][6:])


def ep_requests(s):
    return [e['requests'] for e in s['endpoints']] if s else [0, 0]


def oks_after(mark, n, what):
    return wait_for(lambda ls: count(ls[mark:], 'ok w ') >= n and count(ls[mark:], 'ok r ') >= n,
                    '%d writes and %d reads %s' % (n, n, what))


oks_after(0, 40, 'at the start')
s = stats()
# The second endpoint's session may still be opening while the first takes
# the first requests: give the balancer up to 20 more rounds of 40.
for _ in range(20):
    if s is None or all(r > 10 for r in ep_requests(s)):
        break
    oks_after(len(snapshot()), 40, 'while the second endpoint joins')
    s = stats()
check(s is not None and len(s['endpoints']) == 2 and
      [e['remote']['url'] for e in s['endpoints']] == urls,
      'stats: two endpoints, each with its url', s and s.get('endpoints'))
check(all(r > 10 for r in ep_requests(s)), 'both endpoints take load', ep_requests(s))
check(s is not None and s['remote']['url'] == ','.join(urls),
      'stats: the binding\'s url is the list', s and s['remote'])

r = subprocess.run([muk_call, '--key-file', key, ','.join(urls), '--stats'],
                   capture_output=True, text=True, timeout=60)
heads = [l for l in r.stdout.split('\n') if l.startswith('# endpoint ')]
reqs = [l for l in r.stdout.split('\n') if l.startswith('muk_requests_total{service="fs"}')]
check(r.returncode == 0 and heads == ['# endpoint ' + u for u in urls] and len(reqs) == 2 and
      all(int(l.split()[-1]) > 10 for l in reqs), 'muk-call URL1,URL2 --stats: each endpoint\'s',
      (r.returncode, heads, reqs, r.stderr))

rounds = int(os.environ.get('MUK_MULTI_SOAK', '1'))
for rnd in range(rounds):
    victim = rnd % 2
    other = 1 - victim
    # kill -9 mid-load, the load goes on; restart: it takes load again
    downs = count(snapshot(), 'event disconnect fs ' + urls[victim])
    srv[victim].kill()
    srv[victim].wait()
    wait_for(lambda ls: count(ls, 'event disconnect fs ' + urls[victim]) > downs,
             "'disconnect' of the killed endpoint")
    mark = len(snapshot())
    oks_after(mark, 40, 'with one endpoint killed')
    if rnd == 0:
        r = subprocess.run([muk_call, '--key-file', key, ','.join(u + '?heartbeat=50' for u in urls),
                            '--stats'], capture_output=True, text=True, timeout=60)
        check(r.returncode == 1 and '# unavailable: EPEERGONE' in r.stdout and
              r.stdout.count('# endpoint ') == 2 and urls[victim] in r.stderr,
              'muk-call --stats with one endpoint killed: the other\'s, and exit 1',
              (r.returncode, r.stdout[-300:], r.stderr))
    ups = count(snapshot(), 'event connect fs ' + urls[victim])
    srv[victim] = start_serviced(urls[victim])
    wait_for(lambda ls: count(ls, 'event connect fs ' + urls[victim]) > ups,
             "'connect' of the restarted endpoint")
    before = ep_requests(stats())
    oks_after(len(snapshot()), 40, 'after the restart')
    after = ep_requests(stats())
    check(after[victim] - before[victim] >= 20,
          'the restarted endpoint takes load again (round %d)' % rnd, (before, after))

    # SIGSTOP: the requests go to the other; SIGCONT: load again
    srv[victim].send_signal(signal.SIGSTOP)
    wait_for(lambda ls: count(ls, 'event disconnect fs ' + urls[victim]) > downs + 1,
             "'disconnect' of the stopped endpoint")
    before = ep_requests(stats())
    oks_after(len(snapshot()), 40, 'with one endpoint stopped')
    after = ep_requests(stats())
    grew = [a - b for a, b in zip(after, before)]
    check(grew[other] >= 80 and grew[victim] * 4 < grew[other],
          'with one endpoint stopped the other takes the requests (round %d)' % rnd, grew)
    ups = count(snapshot(), 'event connect fs ' + urls[victim])
    srv[victim].send_signal(signal.SIGCONT)
    wait_for(lambda ls: count(ls, 'event connect fs ' + urls[victim]) > ups,
             "'connect' of the continued endpoint")
    before = ep_requests(stats())
    oks_after(len(snapshot()), 40, 'after SIGCONT')
    after = ep_requests(stats())
    check(after[victim] - before[victim] >= 20,
          'the continued endpoint takes load again (round %d)' % rnd, (before, after))

client.send_signal(signal.SIGUSR2)
try:
    client.wait(timeout=90)
except subprocess.TimeoutExpired:
    client.kill()
check(client.returncode == 0, 'the client exits 0', client.returncode)
rthread.join(60)
out = snapshot()

# ---- nothing lost, nothing doubled; reads never failed --------------------------
oks = set(int(l.split()[2]) for l in out if l.startswith('ok w '))
errs = [l.split() for l in out if l.startswith('err w ')]
rerrs = [l for l in out if l.startswith('err r ')]
with open(data) as f:
    written = [int(x) for x in f.read().split()]
check(len(written) == len(set(written)), 'no line written twice',
      sorted(x for x in set(written) if written.count(x) > 1))
check(oks <= set(written), 'every write reported ok is in the file', sorted(oks - set(written)))
sent = oks | set(int(e[2]) for e in errs)
check(set(written) <= sent, 'nothing in the file that was not sent', sorted(set(written) - sent))
check(set(e[3] for e in errs) <= {'EPEERGONE'}, 'writes fail with EPEERGONE only',
      set(e[3] for e in errs))
check(rerrs == [], 'no read failed (retried on the other endpoint)', rerrs[:10])
check(count(out, 'ok r ') >= 200, 'reads done', count(out, 'ok r '))

st = [l for l in out if l.startswith('stats ')]
if st:
    s = json.loads(st[-1][6:])
    check(s['retries'] >= 1, 'stats: retries (reads sent again elsewhere)', s['retries'])
    check(s['inFlight'] == 0 and all(e['inFlight'] == 0 for e in s['endpoints']),
          'stats: nothing in flight at the end', s)
    check(s['errorsByCode'] in ({}, {'EPEERGONE': len(errs)}), 'stats: the errors are the writes\'',
          (s['errorsByCode'], len(errs)))
    check(all(e['remote']['disconnects'] >= 2 * rounds and e['remote']['reconnects'] >= 1
              for e in s['endpoints'][:1 if rounds == 1 else 2]),
          'stats: the endpoint\'s disconnects and reconnects', [e['remote'] for e in s['endpoints']])
else:
    check(False, 'the client printed its stats at the end', out[-5:])

for p in srv:
    p.kill()

# ---- net: a handle lives on the endpoint that made it ------------------------------
nurls = ['tcp://%s:%d' % (host_ip, free_port()) for _ in range(2)]
nsrv = [start_serviced(u, 'net') for u in nurls]
ncl = subprocess.Popen([muk, '--service', 'net=' + ','.join(u + opts for u in nurls),
                        os.path.join(here, 'multi_net_client.js')],
                       env=env, stdout=subprocess.PIPE, text=True)
procs.append(ncl)
lines = []
rthread = threading.Thread(target=reader, args=(ncl.stdout,), daemon=True)
rthread.start()
if wait_for(lambda ls: count(ls, 'ready ') == 1, 'net: the two servers echo'):
    ready = [l for l in snapshot() if l.startswith('ready ')][0].split()
    check(ready[1:3] == ['s0:hi', 's1:hi'], 'net: an echo through each server', ready)
    reqs = json.loads(ready[3])
    check(len(reqs) == 2 and min(reqs) >= 2, 'net: new handles are balanced over both', reqs)
    nsrv[0].kill()
    nsrv[0].wait()
    wait_for(lambda ls: count(ls, 'gone server ') >= 1, 'net: the killed endpoint\'s server fails')
    ncl.send_signal(signal.SIGUSR1)
    wait_for(lambda ls: 'done' in ls, 'net: the survivors and a new server echo')
    out = snapshot()
    gone = [l.split() for l in out if l.startswith('gone ')]
    check(len([g for g in gone if g[1] == 'server']) == 1 and
          set(g[3] for g in gone) == {'EPEERGONE'},
          'net: one server (the killed endpoint\'s) and its sockets fail with EPEERGONE', gone)
    check(len([l for l in out if l.startswith('survivor ')]) == 1 and
          all(l.split()[2] == l.split()[1] + ':hi' for l in out if l.startswith('survivor ')),
          'net: the other endpoint\'s server still serves', out)
    check('after s2:hi' in out, 'net: a server made after the kill serves', out)
    dead = [l.split() for l in out if l.startswith('dead-handle ')]
    check(len(dead) == 1 and all(d[2] == 'EPEERGONE' for d in dead),
          'net: a request naming a lost handle fails with EPEERGONE (not sent elsewhere)', dead)
try:
    ncl.wait(timeout=60)
except subprocess.TimeoutExpired:
    ncl.kill()
check(ncl.returncode == 0, 'net: the client exits 0', ncl.returncode)
for p in nsrv:
    p.kill()

print('mode: ' + mode)
if failures:
    print('%d failure(s)' % len(failures))
    sys.exit(1)
print('all ok')

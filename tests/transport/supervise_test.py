#!/usr/bin/env python3
"""Supervision of a remote service (docs/wire.md, "Supervision"), with real
processes: a keyed muk-serviced hosting fs on tcp://, and a muk script
(supervise_client.js) appending numbered lines through it one request at a
time, bound with ?heartbeat=50&deadline=5000.

- kill -9 of muk-serviced mid-load: the script hears 'disconnect', requests
  fail with EPEERGONE while it is down; restarted on the same port, the
  script hears 'connect' and its requests succeed again (a new session);
- SIGSTOP: 'disconnect' and EPEERGONE; SIGCONT: 'connect', success again
  (the same session);
- no request goes out on the old session to the restarted server (async
  and sync calls: the binding pings first, and makes a new session when
  that is refused);
- no write is lost or doubled: every line the script was told succeeded is
  in the file exactly once, none is there twice, nothing else is there
  (a request that failed may or may not have run: EPEERGONE says so);
- muk.stats('fs') counts the reconnects, disconnects, errors by code, bytes;
- muk-call URL --stats prints Prometheus text whose families have HELP and
  TYPE lines and whose histogram is cumulative up to +Inf = _count;
- muk-serviced --supervise: kill -9 of its serving process starts another
  (the endpoint answers again), SIGTERM to the supervisor stops both, 0;
- several services in one muk-serviced (fs and sys): each answers, one it
  does not host is ENOSERVICE, --stats has each family once with a sample
  per service; the same service twice is refused (exit 2);
- error paths: a bad ?heartbeat=, muk-call --stats with extra arguments,
  --stats at an endpoint nobody serves.

    supervise_test.py PATH/TO/muk-serviced PATH/TO/muk PATH/TO/muk-call

Nothing asserts on time: waits poll for a condition up to generous limits.
"""
import atexit
import json
import os
import re
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


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


tmp = tempfile.mkdtemp(prefix='muk-sup-')
atexit.register(shutil.rmtree, tmp, True)
key = os.path.join(tmp, 'key')
with open(key, 'w') as f:
    f.write(os.urandom(32).hex() + '\n')
os.chmod(key, 0o600)
data = os.path.join(tmp, 'lines.txt')
url = 'tcp://127.0.0.1:%d' % free_port()
env = dict(os.environ, MUK_KEY_FILE=key)


def start_serviced():
    p = subprocess.Popen([serviced, '--service', 'fs', '--listen', url, '--quiet',
                          '--key-file', key], env=env)
    procs.append(p)
    return p


lines = []  # the client's stdout, as it comes
lock = threading.Lock()


def reader(stream):
    for line in stream:
        with lock:
            lines.append(line.rstrip('\n'))


def snapshot():
    with lock:
        return list(lines)


def wait_for(cond, what, limit=60):
    end = time.time() + limit
    while time.time() < end:
        if cond(snapshot()):
            return True
        time.sleep(0.02)
    check(False, 'waiting for ' + what, '\n'.join(snapshot()[-20:]))
    return False


def count(ls, prefix):
    return sum(1 for l in ls if l.startswith(prefix))


srv = start_serviced()
client = subprocess.Popen([muk, '--service', 'fs=%s?heartbeat=50&deadline=5000' % url,
                           os.path.join(here, 'supervise_client.js'), data],
                          env=env, stdout=subprocess.PIPE, text=True)
procs.append(client)
rthread = threading.Thread(target=reader, args=(client.stdout,), daemon=True)
rthread.start()

# 1. load, kill -9, restart: with async and sync writes mixed, then sync
# writes only, then async only (so the first request after the restart is
# once of each kind)
for mode in ('mixed', 'sync', 'async'):
    if mode != 'mixed':
        client.send_signal(signal.SIGUSR1)
        wait_for(lambda ls: 'mode ' + mode in ls, 'the client in %s mode' % mode)
    mark = len(snapshot())
    wait_for(lambda ls: count(ls[mark:], 'ok ') >= 20, '20 writes (%s)' % mode)
    downs = count(snapshot(), 'event disconnect')
    srv.kill()
    srv.wait()
    wait_for(lambda ls: count(ls, 'event disconnect') > downs,
             "'disconnect' after kill -9 (%s)" % mode)
    mark = len(snapshot())
    wait_for(lambda ls: count(ls[mark:], 'err ') >= 2,
             'requests failing while it is down (%s)' % mode)
    srv = start_serviced()
    wait_for(lambda ls: count(ls[mark:], 'event connect') >= 1,
             "'connect' after the restart (%s)" % mode)
    mark = len(snapshot())
    wait_for(lambda ls: count(ls[mark:], 'ok ') >= 20, '20 writes after the restart (%s)' % mode)
client.send_signal(signal.SIGUSR1)
wait_for(lambda ls: 'mode mixed' in ls, 'the client in mixed mode again')

# 2. SIGSTOP / SIGCONT
srv.send_signal(signal.SIGSTOP)
wait_for(lambda ls: count(ls, 'event disconnect') >= 4, "'disconnect' after SIGSTOP")
mark = len(snapshot())
wait_for(lambda ls: count(ls[mark:], 'err ') >= 1, 'a request failing while it is stopped')
srv.send_signal(signal.SIGCONT)
wait_for(lambda ls: count(ls[mark:], 'event connect') >= 1, "'connect' after SIGCONT")
mark = len(snapshot())
wait_for(lambda ls: count(ls[mark:], 'ok ') >= 20, '20 writes after SIGCONT')

client.send_signal(signal.SIGUSR2)
try:
    client.wait(timeout=60)
except subprocess.TimeoutExpired:
    client.kill()
check(client.returncode == 0, 'the client exits 0', client.returncode)
rthread.join(60)  # the lines it wrote before exiting
out = snapshot()

# 3. nothing lost, nothing doubled
oks = set(int(l.split()[1]) for l in out if l.startswith('ok '))
errs = [l.split() for l in out if l.startswith('err ')]
with open(data) as f:
    written = [int(x) for x in f.read().split()]
check(len(written) == len(set(written)), 'no line written twice',
      sorted(x for x in set(written) if written.count(x) > 1))
check(oks <= set(written), 'every write reported ok is in the file',
      sorted(oks - set(written)))
sent = oks | set(int(e[1]) for e in errs)
check(set(written) <= sent, 'nothing in the file that was not sent',
      sorted(set(written) - sent))
codes = set(e[2] for e in errs)
check(codes == {'EPEERGONE'}, 'failures while the peer is gone are EPEERGONE', codes)
check([e for e in errs if e[3] != 'gone'] == [],
      'no request was sent on a session the restarted server did not know', errs)

# 4. the script's stats
st = [l for l in out if l.startswith('stats ')]
check(len(st) == 1, 'the client printed its stats', out[-5:])
if st:
    s = json.loads(st[0][6:])
    r = s['remote'] or {}
    check(r.get('url') == url, 'stats: remote.url', r)
    check(r.get('connected') is True, 'stats: connected at the end', r)
    check(r.get('disconnects') == count(out, 'event disconnect') and r.get('disconnects') >= 4,
          'stats: disconnects = the disconnect events (>= 4)', r)
    check(r.get('connects') == count(out, 'event connect') and r.get('reconnects') >= 4 and
          r.get('reconnects') == r.get('connects') - 1, 'stats: connects, reconnects', r)
    check(r.get('bytesSent', 0) > 0 and r.get('bytesReceived', 0) > 0, 'stats: bytes', r)
    check(s['errorsByCode'] == {'EPEERGONE': len(errs)}, 'stats: errors by code', s)
    check(s['requests'] == len(oks) + len(errs) and s['inFlight'] == 0,
          'stats: requests, in flight', s)
    b = s['latency']['buckets']
    check(sum(x['count'] for x in b) == s['latency']['count'] == s['requests'],
          'stats: latency buckets add up to the count', s['latency'])

# 5. muk-call --stats: Prometheus text
r = subprocess.run([muk_call, url, '--stats'], env=env, capture_output=True, text=True,
                   timeout=60)
check(r.returncode == 0, 'muk-call URL --stats exits 0', r.stderr)
families, seen_samples, bad = {}, set(), []
samples = {}
for line in r.stdout.splitlines():
    m = re.match(r'# (HELP|TYPE) (\w+) (.+)$', line)
    if m:
        if m.group(2) in seen_samples:
            bad.append('HELP/TYPE after samples: ' + line)
        families.setdefault(m.group(2), {})[m.group(1)] = m.group(3)
        continue
    m = re.match(r'(\w+)(\{[^}]*\})? (\S+)$', line)
    if not m:
        bad.append('not a sample: ' + line)
        continue
    name = m.group(1)
    base = re.sub(r'_(bucket|sum|count)$', '', name) if name not in families else name
    if 'HELP' not in families.get(base, {}) or 'TYPE' not in families.get(base, {}):
        bad.append('no HELP/TYPE before ' + line)
    seen_samples.add(base)
    samples[name + (m.group(2) or '')] = float(m.group(3))
check(not bad and r.stdout.endswith('\n'), 'the text follows the exposition format', bad[:5])
buckets = [(k, v) for k, v in samples.items() if k.startswith('muk_request_duration_seconds_bucket')]
vals = [v for k, v in buckets]
check(len(buckets) >= 2 and vals == sorted(vals) and buckets[-1][0].endswith('le="+Inf"}') and
      vals[-1] == samples.get('muk_request_duration_seconds_count{service="fs"}'),
      'the histogram is cumulative, ends at +Inf = _count', buckets)
check(families.get('muk_request_duration_seconds', {}).get('TYPE') == 'histogram' and
      families.get('muk_requests_total', {}).get('TYPE') == 'counter', 'the TYPEs', families)
check(samples.get('muk_requests_total{service="fs"}', 0) >= 20,
      'muk_requests_total counts the writes since the restart', samples)
check(samples.get('muk_sessions_started_total', 0) >= 2,
      'sessions started: the script and muk-call', samples)

# 6. error paths
r = subprocess.run([muk_call, url, '--stats', 'extra'], env=env, capture_output=True,
                   text=True, timeout=60)
check(r.returncode == 2, 'muk-call --stats with an extra argument: usage, exit 2', r)
r = subprocess.run([muk, '--service', 'fs=%s?heartbeat=soon' % url, '-e', '1'], env=env,
                   capture_output=True, text=True, timeout=60)
check(r.returncode != 0 and 'heartbeat=MS' in r.stderr, 'a bad ?heartbeat= is refused', r)
r = subprocess.run([muk, '--service', 'fs=%s?color=red' % url, '-e', '1'], env=env,
                   capture_output=True, text=True, timeout=60)
check(r.returncode != 0 and 'heartbeat=MS' in r.stderr, 'an unknown URL option is refused', r)
srv.send_signal(signal.SIGTERM)
check(srv.wait(timeout=60) == 0, 'muk-serviced exits 0 on SIGTERM')
r = subprocess.run([muk_call, url + '?heartbeat=20', '--stats'], env=env,
                   capture_output=True, text=True, timeout=60)
check(r.returncode == 1 and 'EPEERGONE' in r.stderr, '--stats where nobody serves: EPEERGONE',
      r)

# 7. --supervise
sup = subprocess.Popen([serviced, '--supervise', '--service', 'fs', '--listen', url, '--quiet',
                        '--key-file', key], env=env, stderr=subprocess.PIPE, text=True)
procs.append(sup)


def started_pid():
    line = sup.stderr.readline()
    m = re.search(r'service process (\d+) started', line)
    return int(m.group(1)) if m else None


def answers():
    r = subprocess.run([muk_call, url, 'fs', 'stat', '/'], env=env, capture_output=True,
                       text=True, timeout=60)
    return r.returncode == 0


first = started_pid()
check(first is not None and answers(), '--supervise: the service answers')
if first:
    os.kill(first, signal.SIGKILL)
    died = sup.stderr.readline()
    check('died (signal 9)' in died, '--supervise: the death is logged', died)
    second = started_pid()
    check(second is not None and second != first and answers(),
          '--supervise: a new service process answers after kill -9', second)
    sup.send_signal(signal.SIGTERM)
    check(sup.wait(timeout=60) == 0, '--supervise: SIGTERM stops it, status 0')
    gone = False
    for _ in range(500):
        try:
            os.kill(second, 0)
        except ProcessLookupError:
            gone = True
            break
        time.sleep(0.02)
    check(gone, '--supervise: the serving process is gone too')

# 8. several services in one process
multi = subprocess.Popen([serviced, '--service', 'fs', '--service', 'sys', '--listen', url,
                          '--quiet', '--key-file', key], env=env)
procs.append(multi)


def call(*args):
    return subprocess.run([muk_call, url] + list(args), env=env, capture_output=True,
                          text=True, timeout=60)


r = call('sys', 'add', '40', '2')
check(r.returncode == 0 and 'i64 42' in r.stdout, 'two services: sys answers', r)
r = call('fs', 'stat', '/')
check(r.returncode == 0, 'two services: fs answers', r)
r = call('zlib', 'crc32', 'x')
check(r.returncode == 1 and 'ENOSERVICE' in r.stdout, 'a service it does not host: ENOSERVICE',
      r)
r = call('--stats')
helps = [l for l in r.stdout.splitlines() if l.startswith('# HELP muk_requests_total')]
check(r.returncode == 0 and len(helps) == 1 and
      'muk_requests_total{service="fs"} 1' in r.stdout and
      'muk_requests_total{service="sys"} 1' in r.stdout,
      'two services: one family, a sample for each', r.stdout[:400])
multi.send_signal(signal.SIGTERM)
check(multi.wait(timeout=60) == 0, 'two services: SIGTERM, status 0')
r = subprocess.run([serviced, '--service', 'fs', '--service', 'fs', '--listen', url],
                   env=env, capture_output=True, text=True, timeout=60)
check(r.returncode == 2 and 'given twice' in r.stderr, 'the same service twice: exit 2', r)

print('%d failure(s)' % len(failures))
sys.exit(1 if failures else 0)

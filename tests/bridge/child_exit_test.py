#!/usr/bin/env python3
"""child_process and the script's exit, with real processes: as in Node, muk
does not wait for an unref'd child nor for children still running when
process.exit() is called, and leaves them running (their pids are checked
alive after muk is gone); a referenced child keeps muk until it ends.
Sanitizer builds also check that closing the children's handles at exit
leaks nothing."""
import os
import signal
import subprocess
import sys

MUK = os.path.abspath(sys.argv[1])
failures = 0


def check(name, cond, detail=''):
    global failures
    if cond:
        print('ok   ' + name)
    else:
        failures += 1
        print('FAIL ' + name + ((': ' + repr(detail)) if detail != '' else ''))


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is not running: its parent (muk) is gone, init reaps it
    try:
        with open('/proc/%d/stat' % pid) as f:
            return f.read().split(') ')[1][0] != 'Z'
    except OSError:
        return False


def run_script(code):
    return subprocess.run([MUK, '-e', code], capture_output=True, timeout=120)


def pid_of(r):
    try:
        return int(r.stdout.decode().split()[0])
    except (ValueError, IndexError):
        return None


# An unref'd, detached child with ignored stdio: muk exits at once.
r = run_script("var c = require('child_process').spawn('sleep', ['60'], {stdio: 'ignore', detached: true});"
               "c.unref(); console.log(c.pid);")
pid = pid_of(r)
check("unref'd child: muk exits 0 without waiting", r.returncode == 0 and pid is not None, r.stdout + r.stderr)
check("unref'd child: still running after muk exited", pid is not None and alive(pid))
if pid:
    os.kill(pid, signal.SIGKILL)

# process.exit() with a piped child running and a read pending.
r = run_script("var c = require('child_process').spawn('sleep', ['60']);"
               "c.stdout.on('data', function () {});"
               "c.on('spawn', function () { console.log(c.pid); process.exit(3); });")
pid = pid_of(r)
check('process.exit with a running child: status 3, no sanitizer report', r.returncode == 3 and pid is not None
      and b'Sanitizer' not in r.stderr, r.stdout + r.stderr)
check('process.exit with a running child: the child keeps running', pid is not None and alive(pid))
if pid:
    os.kill(pid, signal.SIGKILL)

# A referenced child keeps muk alive until it ends, then 'close' comes.
r = run_script("var c = require('child_process').spawn('sh', ['-c', 'sleep 0.3; echo done']);"
               "c.stdout.on('data', function (d) { process.stdout.write(d); });"
               "c.on('close', function (code) { console.log('close', code); });")
check('a referenced child is waited for', r.returncode == 0 and r.stdout == b'done\nclose 0\n', r.stdout + r.stderr)

# Killed children leave nothing behind (the sanitizers check the handles).
r = run_script("var cp = require('child_process'); var n = 0;"
               "for (var i = 0; i < 8; i++) { var c = cp.spawn('sleep', ['60']);"
               " c.on('close', function (code, sig) { if (++n === 8) console.log('all', sig); }); c.kill('SIGKILL'); }")
check('8 killed children all close', r.returncode == 0 and r.stdout == b'all SIGKILL\n', r.stdout + r.stderr)

print('all checks passed' if not failures else '%d checks failed' % failures)
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Standard streams, signals, tty and readline with real pipes, files and a
pseudo-terminal, compared with node 20.

usage: stdio_test.py MUK            run every case, compare with expected.json
       stdio_test.py --record NODE  run every case under node, write expected.json

Each case runs one script of this folder with stdin a pipe (written in
steps, then closed, or kept open), a file, or a pty's slave; stdout a pipe
(read at once, late, or closed after the first line) or the pty. What is
compared: stdout (or its sha256 when long), stderr for the cases that
report there, and the exit status (negative: killed by that signal).
EPIPE cases compare the status and that stderr names EPIPE (node's stack
differs). A case that does not end in 20 s fails.
"""
import fcntl
import hashlib
import json
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 20


def set_winsize(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))


def wait_for(stream_fd, marker, buf, deadline):
    """Read stream_fd into buf (bytearray) until marker appears."""
    while marker not in buf:
        left = deadline - time.time()
        if left <= 0:
            raise TimeoutError('no %r in %r' % (marker, bytes(buf)))
        r, _, _ = select.select([stream_fd], [], [], left)
        if r:
            try:
                d = os.read(stream_fd, 65536)
            except OSError:
                d = b''
            if not d:
                raise TimeoutError('EOF before %r in %r' % (marker, bytes(buf)))
            buf += d


def drain(fd, buf, deadline, until_eof=True):
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], max(0, deadline - time.time()))
        if not r:
            break
        try:
            d = os.read(fd, 65536)
        except OSError:
            d = b''
        if not d:
            return
        buf += d
    if until_eof:
        raise TimeoutError('did not end')


def run_piped(exe, script, stdin_steps=(), keep_open=False, read_late=0.0, env=None, args=()):
    p = subprocess.Popen([exe, script] + list(args), cwd=HERE, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env)
    held = p.stdin
    p.stdin = None  # communicate() must not close a pipe kept open

    def feed():  # in a thread: a big input must not block reading stdout
        try:
            for step in stdin_steps:
                if isinstance(step, float):
                    time.sleep(step)
                else:
                    held.write(step)
                    held.flush()
            if not keep_open:
                held.close()
        except (BrokenPipeError, ValueError):
            pass
    feeder = threading.Thread(target=feed)
    feeder.start()
    if read_late:
        time.sleep(read_late)
    try:
        out, err = p.communicate(timeout=TIMEOUT)
        rc = p.wait(TIMEOUT)
    finally:
        if p.poll() is None:
            p.kill()
        feeder.join()
        held.close()
    return out, err, rc


def run_dialog(exe, script, steps):
    """stdin and stdout pipes; steps: ('wait', marker on stdout) | bytes to
    write. Input is sent when the script asked for it, not after a sleep."""
    p = subprocess.Popen([exe, script], cwd=HERE, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out = bytearray()
    deadline = time.time() + TIMEOUT
    try:
        for st in steps:
            if isinstance(st, tuple):
                wait_for(p.stdout.fileno(), st[1], out, deadline)
            else:
                p.stdin.write(st)
                p.stdin.flush()
        p.stdin.close()
        drain(p.stdout.fileno(), out, deadline)
        err = p.stderr.read()
        rc = p.wait(TIMEOUT)
    finally:
        if p.poll() is None:
            p.kill()
    return bytes(out), err, rc


def case_file_stdin(exe, script, data):
    with tempfile.TemporaryFile() as f:
        f.write(data)
        f.seek(0)
        r = subprocess.run([exe, script], cwd=HERE, stdin=f, capture_output=True, timeout=TIMEOUT)
    return r.stdout, r.stderr, r.returncode


def case_epipe(exe, script, linger=0):
    p = subprocess.Popen([exe, script], cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.readline()
    time.sleep(linger)  # > 0: the pipe fills and the writer waits for room
    p.stdout.close()
    err = p.stderr.read()
    rc = p.wait(TIMEOUT)
    if b'EPIPE' not in err:  # to read a failure: what it printed instead
        print('  %s stderr: %r' % (script, err[:2000]))
    return b'', b'EPIPE' in err, rc


def case_signal(exe, script, sig, args=(), stdin_data=None, marker=b'ready\n'):
    p = subprocess.Popen([exe, script] + list(args), cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.PIPE if stdin_data else None)
    if stdin_data:
        p.stdin.write(stdin_data)
        p.stdin.flush()  # and kept open: the script waits for more
    buf = bytearray()
    wait_for(p.stdout.fileno(), marker, buf, time.time() + TIMEOUT)
    p.send_signal(sig)
    if stdin_data:
        out, err = p.stdout.read(), p.stderr.read()
        p.wait(TIMEOUT)
        p.stdin.close()
    else:
        out, err = p.communicate(timeout=TIMEOUT)
    return bytes(buf) + out, err, p.returncode


def run_pty(exe, script, steps, env_extra):
    """stdin/stdout on a pty slave, stderr a pipe; steps: ('wait', marker on
    stderr) | ('keys', bytes) | ('size', cols, rows) | ('sleep', s)."""
    master, slave = pty.openpty()
    set_winsize(slave, 91, 33)
    env = dict(os.environ)
    for k in ('FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'COLORTERM', 'TMUX', 'CI', 'TERM_PROGRAM'):
        env.pop(k, None)
    env.update(env_extra)
    p = subprocess.Popen([exe, script], cwd=HERE, stdin=slave, stdout=slave, stderr=subprocess.PIPE,
                         env=env, start_new_session=True)
    os.close(slave)
    err = bytearray()
    screen = bytearray()
    deadline = time.time() + TIMEOUT
    try:
        for st in steps:
            if st[0] == 'wait':
                wait_for(p.stderr.fileno(), st[1], err, deadline)
            elif st[0] == 'keys':
                os.write(master, st[1])
                time.sleep(0.15)
            elif st[0] == 'size':
                set_winsize(master, st[1], st[2])
                os.kill(p.pid, signal.SIGWINCH)
            elif st[0] == 'sleep':
                time.sleep(st[1])
            drain(master, screen, time.time() + 0.05, until_eof=False)
        drain(p.stderr.fileno(), err, deadline)
        rc = p.wait(TIMEOUT)
    finally:
        if p.poll() is None:
            p.kill()
        os.close(master)
    return b'', bytes(err), rc


BIG = b''.join(b'%07d some text to copy through the pipe\n' % i for i in range(80000))  # ~3.6 MB


def cases(exe):
    yield 'stdin-data pipe', run_piped(exe, 'stdin-data.js', [b'first line\n', 0.1, b'second\nthird'])
    yield 'stdin-data file', case_file_stdin(exe, 'stdin-data.js', b'one\ntwo\nthree\n')
    yield 'stdin-data big', run_piped(exe, 'stdin-data.js', [BIG[:400000]])
    yield 'stdin-readable pipe', run_piped(exe, 'stdin-readable.js', [BIG[:1000000]])
    yield 'stdin-readable file', case_file_stdin(exe, 'stdin-readable.js', BIG[:100000])
    yield 'stdin-pause open pipe', run_piped(exe, 'stdin-pause.js', [b'hello world\n'], keep_open=True)
    yield 'stdin-unused open pipe', run_piped(exe, 'stdin-unused.js', [], keep_open=True)
    out, err, rc = run_piped(exe, 'copy.js', [BIG])
    yield 'copy', (hashlib.sha256(out).hexdigest(), len(out) == len(BIG), rc)
    out, err, rc = run_piped(exe, 'stdout-drain.js', [], read_late=0.5)
    yield 'stdout-drain', (len(out), err, rc)
    yield 'epipe-write', case_epipe(exe, 'epipe-write.js')
    yield 'epipe-write full pipe', case_epipe(exe, 'epipe-write.js', linger=0.5)
    yield 'epipe-console', case_epipe(exe, 'epipe-console.js')
    p = subprocess.Popen([exe, 'epipe-listener.js'], cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.readline()
    p.stdout.close()
    yield 'epipe-listener', (p.stderr.read(), p.wait(TIMEOUT))
    yield 'sigint-default', case_signal(exe, 'sigint-default.js', signal.SIGINT)
    yield 'sigterm-listener', case_signal(exe, 'sigterm-listener.js', signal.SIGTERM)
    yield 'tty', run_pty(exe, 'tty.js', [('wait', b'ready\n'), ('size', 100, 40), ('wait', b'ready2\n'),
                                         ('keys', b'q')], {'TERM': 'xterm-256color'})
    yield 'readline-tty', run_pty(exe, 'readline-tty.js', [
        ('wait', b'ready\n'),
        ('keys', b'hello'), ('keys', b'\x1b[D'), ('keys', b'\x1b[D'), ('keys', b'X'), ('keys', b'Y'), ('keys', b'\r'),
        ('keys', b'abc\x7fd\r'),
        ('keys', b'\x1b[A'), ('keys', b'\x1b[A'), ('keys', b'\x1b[B'), ('keys', b'!\r'),
        ('keys', b'junk\x15ok\r'),
        ('keys', b'\x04')], {'TERM': 'xterm'})
    grep = os.path.join('..', '..', 'examples', 'grep.js')
    yield 'example-grep stdin', run_piped(exe, grep, [b'alpha\nbeta\n', 0.1, b'gamma\nALPHA beta\n'], args=['-n', '-i', 'alpha'])
    yield 'example-grep files', run_piped(exe, grep, [], args=['-c', 'line', 'stdin-data.js', 'nosuch', 'tty.js'])
    yield 'example-grep invert', run_piped(exe, grep, [b'a\nb\nc\n'], args=['-v', 'b'])
    out, err, rc = run_piped(exe, grep, [], args=['('])
    yield 'example-grep bad pattern', (out, b'bad pattern' in err, rc)
    yield 'example-grep sigint', case_signal(exe, grep, signal.SIGINT, args=['x'], stdin_data=b'x1\ny\nx2\n',
                                             marker=b'x2\n')
    yield 'readline-question', run_dialog(exe, 'readline-question.js',
                                          [('wait', b'name? '), b'Ann\n', ('wait', b'age? '), b'42\n',
                                           ('wait', b'>> '), b'x\ny\n'])


def norm(v):
    if isinstance(v, bytes):
        return v.decode('utf-8', 'replace')
    if isinstance(v, tuple):
        return [norm(x) for x in v]
    return v


def main():
    path = os.path.join(HERE, 'expected.json')
    if sys.argv[1] == '--record':
        got = {name: norm(r) for name, r in cases(sys.argv[2])}
        with open(path, 'w') as f:
            json.dump(got, f, indent=1, sort_keys=True)
            f.write('\n')
        print('recorded', len(got), 'cases from', sys.argv[2])
        return 0
    with open(path) as f:
        want = json.load(f)
    fails = 0
    exe = os.path.abspath(sys.argv[1]) if os.sep in sys.argv[1] else sys.argv[1]  # (cases run in HERE)
    for name, r in cases(exe):
        try:
            got = norm(r)
        except Exception as e:  # noqa
            got = repr(e)
        if got == want.get(name):
            print('ok  ', name)
        else:
            fails += 1
            print('FAIL', name, '\n  want', json.dumps(want.get(name))[:2000], '\n  got ', json.dumps(got)[:2000])
    print('Fail:', fails)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())

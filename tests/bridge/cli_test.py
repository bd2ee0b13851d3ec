#!/usr/bin/env python3
"""The muk command line: -e, --version, --help, stdin, bad options, syntax
errors with file:line, uncaught exceptions, exit statuses."""
import os
import subprocess
import sys
import tempfile

MUK = os.path.abspath(sys.argv[1])
failures = 0


def run(args, stdin=None, cwd=None, env=None):
    return subprocess.run([MUK] + args, input=stdin, capture_output=True, timeout=60, cwd=cwd,
                          env=env)


def check(name, cond, detail=''):
    global failures
    if cond:
        print('ok   ' + name)
    else:
        failures += 1
        print('FAIL ' + name + ((': ' + repr(detail)) if detail != '' else ''))


r = run(['--version'])
check('--version prints v<semver>', r.returncode == 0 and r.stdout.decode().startswith('v0.'), r.stdout)
r = run(['--help'])
check('--help prints usage', r.returncode == 0 and b'Usage: muk' in r.stdout)
r = run(['-e', 'console.log(1 + 1, typeof require, __filename)'])
check('-e evaluates code', r.stdout == b'2 function [eval]\n', r.stdout + r.stderr)
r = run(['-e', 'console.log(process.argv.slice(1).join(","))', 'x', 'y'])
check('-e passes the remaining arguments', r.stdout == b'x,y\n', r.stdout + r.stderr)
r = subprocess.run(['muk-as-argv0', '-e', 'console.log(process.argv0, process.execPath === require("fs").realpathSync(process.execPath))'],
                   executable=MUK, capture_output=True, timeout=60)
check('process.argv0 is argv[0] as started; execPath the binary', r.stdout == b'muk-as-argv0 true\n', r.stdout + r.stderr)
r = run([], stdin=b'console.log("from stdin")')
check('reads the program from stdin', r.stdout == b'from stdin\n', r.stdout + r.stderr)
r = run(['--bogus'])
check('bad option exits 9 with a message', r.returncode == 9 and b'bad option' in r.stderr, r.stderr)
r = run(['-e'])
check('-e without code exits 9', r.returncode == 9 and b'requires an argument' in r.stderr, r.stderr)
r = run(['--service', 'nonsense'])
check('--service without = exits 9', r.returncode == 9 and b'NAME=' in r.stderr, r.stderr)
# malformed requests to the net service get an error status, never a crash;
# an ack (flow control, always answered 0) for an unknown socket is harmless
r = run(['-e', "var m = require('muk'), say = function (t) { return function (e) { console.log(t, e ? e.code : 'ok'); }; };"
               "m.call('net', 'ack', [99999, 10], say('ack-unknown'));"
               "m.call('net', 'ack', ['x'], say('ack-bad'));"
               "m.call('net', 'write', [99999], say('write-unknown'));"
               "m.call('net', 'listen', [1], say('listen-bad'));"
               "m.call('net', 'readstart', [], say('readstart-none'));"])
check('malformed net requests answer with a status', r.returncode == 0 and r.stdout.split(b'\n')[:5] ==
      [b'ack-unknown ok', b'ack-bad ok', b'write-unknown EBADF', b'listen-bad EINVAL', b'readstart-none EBADF'],
      r.stdout + r.stderr)
r = run(['--service', 'net=ipc:///tmp/none', '-e',
         "require('net').connect(1, '127.0.0.1').on('error', function (e) { console.log(e.code); });"])
check('net binds remotely; with no muk-serviced there a connect fails with EPEERGONE',
      r.returncode == 0 and r.stdout.strip() == b'EPEERGONE', r.stdout + r.stderr)
r = run(['--service', 'nosuch=ipc:///tmp/none', '-e', '1'])
check('--service with unknown service fails clearly, naming the services this build has',
      r.returncode == 9 and b"unknown service 'nosuch' (this build has:" in r.stderr and
      b' sys' in r.stderr, r.stderr)
# crypto's OpenSSL code is a module opened on first use: muk starts without
# it, and a missing module is a clear error, not a crash
r = run(['-e', "require('muk').call('crypto', 'free', [1], function (e, r) {"
               " console.log(e.code, r[0]); })"],
        env=dict(os.environ, MUK_CRYPTO_MODULE='/nonexistent/muk-crypto.so'))
check('a missing crypto module fails requests with ENOMODULE and the reason',
      r.returncode == 0 and r.stdout.startswith(b'ENOMODULE crypto module: /nonexistent/muk-crypto.so'),
      r.stdout + r.stderr)
# zlib's codecs come the same way (the kernel's one loader, kernel/service_module.c)
r = run(['-e', "require('muk').call('zlib', 'free', [1], function (e, r) {"
               " console.log(e.code, r[0]); })"],
        env=dict(os.environ, MUK_ZLIB_MODULE='/nonexistent/muk-zlib.so'))
check('a missing zlib module fails requests with ENOMODULE and the reason',
      r.returncode == 0 and r.stdout.startswith(b'ENOMODULE zlib module: /nonexistent/muk-zlib.so'),
      r.stdout + r.stderr)
r = run(['-e', "try { require('zlib').gzipSync('x'); } catch (e) { console.log(e.code); }"],
        env=dict(os.environ, MUK_ZLIB_MODULE='/nonexistent/muk-zlib.so'))
check('a sync zlib call without its module throws ENOMODULE', r.returncode == 0 and
      r.stdout == b'ENOMODULE\n', r.stdout + r.stderr)
# another service's module is refused (its symbol, ABI and op count are checked)
other = os.path.join(os.path.dirname(os.path.dirname(MUK)), 'services', 'crypto', 'muk-crypto.so')
r = run(['-e', "require('muk').call('zlib', 'free', [1], function (e, r) {"
               " console.log(e.code, r[0]); })"],
        env=dict(os.environ, MUK_ZLIB_MODULE=other))
check('a module of another service is refused with ENOMODULE',
      r.returncode == 0 and r.stdout == ('ENOMODULE zlib module: %s: not a zlib module of this build\n'
                                         % other).encode(), r.stdout + r.stderr)
# libm is bound on first use (bridge/libm_lazy.c): integer arithmetic and
# floor don't load it, a transcendental function does, and gets it right.
# (Sanitizer and -O0 builds link libm for their own calls: there only the
# results are checked; the release build of the suite checks the loading.)
env = dict(os.environ, LD_DEBUG='libs')
linked = b'libm.so' in subprocess.run([MUK, '-e', ''], capture_output=True, timeout=60, env=env).stderr
r = subprocess.run([MUK, '-e', 'var x = 7 % 3 + (2.5 | 0) + Math.floor(-2.5); console.log(x)'], capture_output=True, timeout=60, env=env)
check('no libm for integer % and |0', r.stdout == b'0\n' and (linked or b'libm.so' not in r.stderr), r.stdout + r.stderr[-300:])
r = subprocess.run([MUK, '-e', 'console.log(Math.sin(Math.PI / 2), Math.pow(2, 0.5) === Math.SQRT2)'], capture_output=True, timeout=60, env=env)
check('libm loaded by the first Math.sin', r.stdout == b'1 true\n' and b'libm.so' in r.stderr, r.stdout + r.stderr[-300:])
# Under an address-space limit the JS heap's reserved region and the big JS
# stack fall back to smaller reservations / plain malloc and a thread: the
# script still runs. (ASan builds reserve terabytes of shadow: not there.)
import resource
sanitized = b'libasan' in subprocess.run(['ldd', MUK], capture_output=True).stdout
if not sanitized:
    def small_as():
        resource.setrlimit(resource.RLIMIT_AS, (150 << 20, 150 << 20))
    r = subprocess.run([MUK, '-e', 'var a = []; for (var i = 0; i < 100000; i++) a.push({ i: i }); console.log(a.length)'],
                       capture_output=True, timeout=60, preexec_fn=small_as)
    check('runs under a 150 MiB address-space limit', r.returncode == 0 and r.stdout == b'100000\n', r.stdout + r.stderr)
# A reader that goes away: writes fail with EPIPE, as in Node, instead of
# SIGPIPE killing muk (`muk script.js | head -1`). 20000 lines overfill the
# pipe, so the writes after the close are certain to fail.
script = ('var fs = require("fs"); for (var i = 0; i < 20000; i++) console.log(i);'
          ' try { fs.writeSync(1, "x\\n"); } catch (e) { console.error("writeSync " + e.code); } console.error("done");')
p = subprocess.Popen([MUK, '-e', script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
p.stdout.read(1)
p.stdout.close()
err = p.stderr.read()
rc = p.wait(60)
check('a closed stdout pipe gives EPIPE, not SIGPIPE', rc == 0 and err == b'writeSync EPIPE\ndone\n', (rc, err))
env = dict(os.environ, MUK_NANOMSG_LIB='/nonexistent/libnanomsg.so')
r = subprocess.run([MUK, '--service', 'sys=ipc:///tmp/muk-none.ipc', '-e', '1'], capture_output=True, timeout=60, env=env)
check('remote service without libnanomsg fails clearly', r.returncode == 9 and b'remote transport unavailable: cannot load' in r.stderr, r.stderr)
env = dict(os.environ, MUK_NANOMSG_LIB='libc.so.6')
r = subprocess.run([MUK, '--service', 'sys=ipc:///tmp/muk-none.ipc', '-e', '1'], capture_output=True, timeout=60, env=env)
check('a library without nanomsg symbols fails clearly', r.returncode == 9 and b'has no nn_socket' in r.stderr, r.stderr)
env = dict(os.environ, MUK_NANOMSG_LIB='/nonexistent/libnanomsg.so')
r = subprocess.run([MUK, '-e', 'require("muk").call("sys", "echo", ["in-process"], function (e, r) { console.log(e, r); })'], capture_output=True, timeout=60, env=env)
check('in-process services never load libnanomsg', r.returncode == 0 and r.stdout == b"null [ 'in-process' ]\n", r.stdout + r.stderr)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'syntax.js')
    with open(p, 'w') as f:
        f.write('var ok = 1;\nvar broken = ;\n')
    r = run([p])
    check('syntax error exits 1', r.returncode == 1, r.returncode)
    check('syntax error names file:line', (p + ':2').encode() in r.stderr, r.stderr)
    check('syntax error is a SyntaxError', b'SyntaxError' in r.stderr, r.stderr)

    p = os.path.join(d, 'throw.js')
    with open(p, 'w') as f:
        f.write('function inner() { throw new TypeError("bad thing"); }\nfunction outer() { inner(); }\nouter();\n')
    r = run([p])
    check('uncaught exception exits 1', r.returncode == 1, r.returncode)
    check('uncaught exception prints name and message', b'TypeError: bad thing' in r.stderr, r.stderr)
    check('uncaught exception prints the stack', b'at inner (' + p.encode() + b':1)' in r.stderr, r.stderr)

    p = os.path.join(d, 'throwstr.js')
    with open(p, 'w') as f:
        f.write('throw "just a string";\n')
    r = run([p])
    check('throwing a non-error exits 1 and prints it', r.returncode == 1 and b'just a string' in r.stderr, r.stderr)

    # astral characters are surrogate pairs inside mujs; stderr gets UTF-8
    p = os.path.join(d, 'throwastral.js')
    with open(p, 'w', encoding='utf-8') as f:
        f.write('throw new Error("boom \U0001F600 " + String.fromCharCode(0xd83d, 0xde01));\n')
    r = run([p])
    check('an uncaught error prints astral characters as UTF-8',
          'Error: boom \U0001F600 \U0001F601'.encode() in r.stderr, r.stderr)
    p = os.path.join(d, 'throwastralstr.js')
    with open(p, 'w', encoding='utf-8') as f:
        f.write('throw "str \U0001F600";\n')
    r = run([p])
    check('a thrown string prints astral characters as UTF-8', 'str \U0001F600'.encode() in r.stderr, r.stderr)
    r = subprocess.run([MUK, '-e', "console.log(process.argv[1] === '\\ud83d\\ude00', process.env.ASTRAL === '\\ud83d\\ude00')",
                        '\U0001F600'.encode()], capture_output=True, timeout=60,
                       env=dict(os.environ, ASTRAL='\U0001F600'))
    check('argv and env with astral characters equal their escapes', r.stdout == b'true true\n', r.stdout + r.stderr)
    r = subprocess.run([MUK, '-e', "var d = require('fs').mkdtempSync(require('os').tmpdir() + '/\\ud83d\\ude00');"
                        " process.chdir(d); console.log(process.cwd() === d, process.env['K\\ud83d\\ude00']);"
                        " require('fs').rmdirSync(d)"],
                       capture_output=True, timeout=60, env=dict(os.environ, **{'K\U0001F600': 'v'}))
    check('chdir to an astral path; an astral env name', r.stdout == b'true v\n', r.stdout + r.stderr)

    p = os.path.join(d, 'shebang.js')
    with open(p, 'w') as f:
        f.write('#!/usr/bin/env muk\nconsole.log("shebang", __filename.length > 0)\n')
    r = run([p])
    check('shebang line is ignored', r.stdout == b'shebang true\n', r.stdout + r.stderr)

    r = run([os.path.join(d, 'missing.js')])
    check('missing script exits 1 with MODULE_NOT_FOUND', r.returncode == 1 and b'MODULE_NOT_FOUND' in r.stderr
          and b'missing.js' in r.stderr, r.stderr)

    p = os.path.join(d, 'noext')
    with open(p + '.js', 'w') as f:
        f.write('console.log("found by extension")\n')
    r = run([p])
    check('main script resolves .js like node', r.stdout == b'found by extension\n', r.stdout + r.stderr)

print('%d checks failed' % failures if failures else 'all checks passed')
sys.exit(1 if failures else 0)

// spawn's lookup and child setup, which the proc service does itself when it
// spawns with posix_spawn (services/proc/proc_vfork.c): PATH from the
// child's env (a non-executable match skipped, EACCES when it is the only
// one, an empty entry is the cwd), a script without #! run by sh, a bad
// cwd (ENOENT async, ENOTDIR thrown), signals at their defaults in the
// child, ignored stdio on /dev/null, a pipe on fd 3; spawnSync the same.
var cp = require('child_process'), fs = require('fs'), os = require('os'), path = require('path');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-paths-'));
fs.mkdirSync(path.join(dir, 'bin'));
fs.mkdirSync(path.join(dir, 'noexec'));
fs.writeFileSync(path.join(dir, 'bin', 'hello-tool'), '#!/bin/sh\necho tool $1\n', { mode: 493 });
fs.writeFileSync(path.join(dir, 'bin', 'no-shebang'), 'echo no shebang $1\n', { mode: 493 });
fs.writeFileSync(path.join(dir, 'noexec', 'hello-tool'), '#!/bin/sh\necho not me\n', { mode: 420 });
fs.writeFileSync(path.join(dir, 'noexec', 'only-here'), '#!/bin/sh\necho not me\n', { mode: 420 });
function show(name, file, args, opts, next) {
  var c, out = [];
  try { c = cp.spawn(file, args, opts); } catch (e) { console.log(name, 'throws', e.code, e.syscall, e.message); return next(); }
  if (c.stdout) c.stdout.on('data', function (d) { out.push(d); });
  c.on('error', function (e) { console.log(name, 'error', e.code, e.syscall, e.path, e.errno === -require('os').constants.errno[e.code]); });
  c.on('close', function (code, sig) { console.log(name, 'close', code, sig, JSON.stringify(Buffer.concat(out).toString())); next(); });
}
var B = path.join(dir, 'bin'), N = path.join(dir, 'noexec');
var steps = [
  function (n) { show('env PATH', 'hello-tool', ['a'], { env: { PATH: B } }, n); },
  function (n) { show('non-executable first', 'hello-tool', ['b'], { env: { PATH: N + ':' + B } }, n); },
  function (n) { show('only non-executable', 'only-here', [], { env: { PATH: N + ':' + B } }, n); },
  function (n) { show('not found', 'no-such-tool', [], { env: { PATH: B } }, n); },
  function (n) { show('empty PATH entry is cwd', 'hello-tool', ['c'], { env: { PATH: '/nonexistent:' }, cwd: B }, n); },
  function (n) { show('no shebang', 'no-shebang', ['d'], { env: { PATH: B } }, n); },
  function (n) { show('no shebang by path', path.join(B, 'no-shebang'), ['e'], {}, n); },
  function (n) { show('bad cwd', '/bin/echo', ['x'], { cwd: path.join(dir, 'missing') }, n); },
  function (n) { show('cwd is a file', '/bin/echo', ['x'], { cwd: path.join(B, 'hello-tool') }, n); },
  function (n) { show('relative with slash', './hello-tool', ['f'], { cwd: B }, n); },
  function (n) { show('sigpipe default', '/bin/sh', ['-c', 'kill -PIPE $$; echo survived'], {}, n); },
  function (n) { show('sigint default', '/bin/sh', ['-c', 'kill -INT $$; echo survived'], {}, n); },
  function (n) { show('ignored stdio', '/bin/sh', ['-c', 'readlink /proc/self/fd/0 /proc/self/fd/2; read x; echo read $?'], { stdio: ['ignore', 'pipe', 'ignore'] }, n); },
  function (n) {
    var c = cp.spawn('/bin/sh', ['-c', 'echo three >&3; echo four >&4'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'ignore'] }), got = [];
    c.stdio[3].on('data', function (d) { got.push(d); });
    c.on('close', function (code) { console.log('fd 3 pipe', code, JSON.stringify(Buffer.concat(got).toString())); n(); });
  },
  function (n) {
    var r = cp.spawnSync('hello-tool', ['sync'], { env: { PATH: B }, encoding: 'utf8' });
    console.log('spawnSync env PATH', r.status, JSON.stringify(r.stdout), r.error && r.error.code);
    r = cp.spawnSync('/bin/pwd', [], { cwd: B, encoding: 'utf8' });
    console.log('spawnSync cwd', r.status, r.stdout === B + '\n');
    r = cp.spawnSync('/bin/pwd', [], { cwd: path.join(dir, 'missing'), encoding: 'utf8' });
    console.log('spawnSync bad cwd', r.status, r.error && r.error.code, r.error && r.error.syscall);
    n();
  }
];
(function next(i) { if (i < steps.length) steps[i](function () { next(i + 1); }); else fs.rmSync(dir, { recursive: true }); })(0);

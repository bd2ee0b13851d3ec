// child_process's argument errors (Node's codes and messages) and errors
// from the system.
var cp = require('child_process');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

tryIt('spawn(1)', function () { cp.spawn(1); });
tryIt('spawn("")', function () { cp.spawn(''); });
tryIt('spawn args', function () { cp.spawn('echo', 'x'); });
tryIt('spawn options', function () { cp.spawn('echo', [], 5); });
tryIt('spawn cwd', function () { cp.spawn('echo', [], { cwd: 5 }); });
tryIt('spawn nul', function () { cp.spawn('echo', ['a\u0000b']); });
tryIt('spawn stdio', function () { cp.spawn('echo', [], { stdio: 'bogus' }); });
tryIt('spawn shell', function () { cp.spawn('echo', [], { shell: 5 }); });
tryIt('exec(1)', function () { cp.exec(1); });
tryIt('execSync(1)', function () { cp.execSync(1); });
tryIt('spawnSync(null)', function () { cp.spawnSync(null); });
tryIt('execFile cb', function () { cp.execFile('echo', [], {}, 5); });
tryIt('kill bogus', function () {
  var c = cp.spawn('sleep', ['10']);
  try { c.kill('SIGBOGUS'); } finally { c.kill('SIGKILL'); }
});

var c = cp.spawn('nosuch-muk-cmd', ['x', 'y']);
console.log('pid', c.pid, 'stdin', c.stdin !== null);
c.on('error', function (e) {
  console.log('error', e.message, e.code, e.errno === require('os').constants.errno.ENOENT * -1, e.syscall, e.path, JSON.stringify(e.spawnargs));
});
c.on('close', function (code, sig) {
  console.log('close', code, sig);
  var d = cp.spawn('echo', [], { cwd: '/nonexistent-dir-muk' });
  d.on('error', function (e) { console.log('cwd error', e.code, e.syscall); });
  d.on('close', function (code) { console.log('cwd close', code); });
});

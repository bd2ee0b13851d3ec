// Without --allow-child-process every child_process form throws Node's
// ERR_ACCESS_DENIED (the proc service decides: services/proc). Recorded
// from node 20 with child-denied.flags.
'use strict';
var cp = require('child_process');
function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'allowed');
  } catch (e) {
    console.log(label, e.code, e.permission, JSON.stringify(e.resource), e.message);
  }
}
tryIt('spawn', function () { cp.spawn('echo', ['x']); });
tryIt('exec', function () { cp.exec('echo x', function () {}); });
tryIt('execFile', function () { cp.execFile('echo', ['x'], function () {}); });
tryIt('spawnSync', function () { cp.spawnSync('echo', ['x']); });
tryIt('execSync', function () { cp.execSync('echo x'); });
tryIt('execFileSync', function () { cp.execFileSync('echo', ['x']); });
console.log('has child', process.permission.has('child'));

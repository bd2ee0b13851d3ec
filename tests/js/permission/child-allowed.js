// With --allow-child-process children run. Recorded from node 20 with
// child-allowed.flags.
'use strict';
var cp = require('child_process');
console.log('has child', process.permission.has('child'));
console.log(cp.execFileSync('echo', ['sync']).toString().trim());
cp.execFile('echo', ['async'], function (err, out) {
  console.log(err, out.trim());
});

// The child side of fork-grandchild.js (not a test by itself: no .out): a
// grandchild with stdio 'inherit' that outlives this process by a second.
var cp = require('child_process');
var g = cp.spawn('sleep', ['1'], { stdio: 'inherit', detached: true });
g.unref();
process.send({ spawned: typeof g.pid }, function () { process.exit(0); });

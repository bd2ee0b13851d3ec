// --allow-child-process and --allow-worker as process.permission.has sees
// them (child_process obeys --allow-child-process: child-denied.js; muk has
// no worker_threads module yet). Recorded from node 20 with child-worker.flags.
'use strict';
var P = process.permission;
console.log('child', P.has('child'), P.has('child', 'ls'));
console.log('worker', P.has('worker'), P.has('worker', 'x.js'));
console.log('fs.write', P.has('fs.write'));

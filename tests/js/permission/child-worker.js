// --allow-child-process and --allow-worker as process.permission.has sees
// them (muk has no child_process or worker_threads module yet: the flags
// are ready for them). Recorded from node 20 with child-worker.flags.
'use strict';
var P = process.permission;
console.log('child', P.has('child'), P.has('child', 'ls'));
console.log('worker', P.has('worker'), P.has('worker', 'x.js'));
console.log('fs.write', P.has('fs.write'));

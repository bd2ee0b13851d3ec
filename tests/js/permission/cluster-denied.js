// Without --allow-child-process cluster.fork throws Node's
// ERR_ACCESS_DENIED, as child_process.fork does (it forks through it), and
// the failed fork leaves no worker behind. Recorded from node 20 with
// cluster-denied.flags.
'use strict';
var cluster = require('cluster');
cluster.on('fork', function () { console.log('fork event'); });
try {
  cluster.fork();
  console.log('fork allowed');
} catch (e) {
  console.log('fork', e.code, e.permission, JSON.stringify(e.resource), e.message);
}
console.log('workers', Object.keys(cluster.workers).length);

// A worker started under the permission model (the primary's execArgv,
// without --allow-env in muk) is still a cluster worker: muk reads its id
// from the environment for itself. Recorded from node 20 with
// cluster-worker.flags.
'use strict';
var cluster = require('cluster');
if (cluster.isPrimary) {
  cluster.setupPrimary({ execArgv: ['--experimental-permission', '--allow-fs-read=*'], silent: true });
  var w = cluster.fork(), out = [];
  w.process.stdout.on('data', function (d) { out.push(d); });
  cluster.on('online', function (w) { console.log('online', w.id); });
  w.process.on('close', function (code) {
    console.log('exit', code);
    console.log(Buffer.concat(out).toString().trim());
  });
} else {
  console.log('worker', cluster.isWorker, cluster.isPrimary, cluster.worker.id);
  process.exit(0);
}

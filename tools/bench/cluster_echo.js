// cluster_echo.js — the TCP echo benchmark's server as a cluster: the
// primary forks argv[3] workers, each serving echo_server.js's echo on
// 127.0.0.1:argv[2] (muk: each worker's own SO_REUSEPORT socket; node:
// its primary accepts and hands connections round-robin), and prints
// "ready" once every worker listens, so the load starts against all of
// them. The same ES5 script runs under muk and node.
var cluster = require('cluster');
var net = require('net');
var port = Number(process.argv[2]) || 7000;
if (cluster.isPrimary) {
  var n = Number(process.argv[3]) || 1, listening = 0;
  cluster.on('listening', function () {
    if (++listening === n) console.log('ready');
  });
  for (var i = 0; i < n; i++) cluster.fork();
} else {
  net.createServer(function (s) {
    s.on('data', function (d) { s.write(d); });
    s.on('error', function () {});
  }).listen(port, '127.0.0.1');
}

// echo_server.js — the TCP echo benchmark's server: the same ES5 script
// runs under muk and node. argv[2] = port (127.0.0.1).
var net = require('net');
var port = Number(process.argv[2]) || 7000;
net.createServer(function (s) {
  s.on('data', function (d) { s.write(d); });
  s.on('error', function () {});
}).listen(port, '127.0.0.1');

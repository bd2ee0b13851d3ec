// http_client_get.js — the http client's round trips: N sequential GETs
// of "hello world" through a keep-alive Agent (one connection, each request
// sent after the last response ended) against http_server.js run by node
// (BENCH_NODE, default `node` on PATH), so under muk and under node only
// the client differs. Prints `RESULT http_client_get <req/s> req/s`.
// usage: http_client_get.js [N=20000]
'use strict';
var http = require('http');
var net = require('net');
var path = require('path');
var child = require('child_process');

var N = +process.argv[2] || 20000;
var probe = net.createServer();
probe.listen(0, '127.0.0.1', function () {
  var port = probe.address().port;
  probe.close(function () {
    var srv = child.spawn(process.env.BENCH_NODE || 'node', [path.join(__dirname, 'http_server.js'), String(port)],
      { stdio: 'ignore' });
    var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    function get(cb) {
      http.get({ host: '127.0.0.1', port: port, path: '/', agent: agent }, function (res) {
        res.resume();
        res.on('end', cb);
      }).on('error', function (e) { cb(e); });
    }
    (function wait(tries) { // until the server answers
      get(function (err) {
        if (err && tries < 100) return setTimeout(function () { wait(tries + 1); }, 50);
        if (err) {
          console.log('SKIP http_client_get no server: ' + err.message);
          srv.kill();
          return;
        }
        var n = 0, t0 = process.hrtime();
        (function one() {
          get(function () {
            if (++n < N) return one();
            var d = process.hrtime(t0);
            console.log('RESULT http_client_get ' + (N / (d[0] + d[1] / 1e9)).toFixed(0) + ' req/s');
            agent.destroy();
            srv.kill();
          });
        })();
      });
    })(0);
  });
});

// The client of client_test.py's big run: a 1 GiB upload (req.write until
// it returns false, then 'drain') and a 1 GiB download read with a pause
// of 100 ms every 64 MiB, against big_server.js; then prints its own peak
// RSS (VmHWM), which holds only if the socket's read window and the
// request's 'drain' hold the bytes back.
// usage: big_client.js PORT MIB
'use strict';
var http = require('http');
var fs = require('fs');

var port = Number(process.argv[2]);
var total = Number(process.argv[3]) * 1048576;
var agent = new http.Agent({ keepAlive: true });

var PATTERN = Buffer.alloc(65536 + 251);
for (var i = 0; i < PATTERN.length; i++) PATTERN[i] = i % 251;

function upload(cb) {
  var req = http.request({ host: '127.0.0.1', port: port, path: '/upload', method: 'POST', agent: agent,
    headers: { 'Content-Length': total } }, function (res) {
    var body = '';
    res.on('data', function (d) { body += d; });
    res.on('end', function () { console.log('upload', res.statusCode, body); cb(); });
  });
  req.on('error', function (e) { console.log('upload error', e.code, e.message); });
  var sent = 0;
  function more() {
    while (sent < total) {
      var len = Math.min(65536, total - sent), off = sent % 251;
      sent += len;
      if (!req.write(PATTERN.slice(off, off + len))) {
        req.once('drain', more);
        return;
      }
    }
    req.end();
  }
  more();
}

function download(cb) {
  http.get({ host: '127.0.0.1', port: port, path: '/download?n=' + total, agent: agent }, function (res) {
    var n = 0, bad = -1;
    res.on('data', function (d) {
      if (bad < 0 && (d[0] !== n % 251 || d[d.length - 1] !== (n + d.length - 1) % 251)) bad = n;
      var before = n;
      n += d.length;
      if ((n >> 26) !== (before >> 26)) {
        res.pause();
        setTimeout(function () { res.resume(); }, 100);
      }
    });
    res.on('end', function () { console.log('download', res.statusCode, n, bad); cb(); });
  }).on('error', function (e) { console.log('download error', e.code, e.message); });
}

upload(function () {
  download(function () {
    var m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    console.log('HWM_KB ' + (m ? m[1] : -1));
    agent.destroy();
  });
});

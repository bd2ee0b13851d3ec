// The server of big_test.py: /upload counts the body's bytes (and checks
// the pattern byte i % 251 at each position) and answers the count;
// It pauses 100 ms every 64 MiB; /download?n=N sends N such bytes in 64 KiB writes, waiting for 'drain'.
// Prints "PORT n" once listening.
'use strict';
var http = require('http');

var PATTERN = Buffer.alloc(65536 * 251 / 251 + 251);
for (var i = 0; i < PATTERN.length; i++) PATTERN[i] = i % 251;

http.createServer(function (req, res) {
  if (req.url === '/upload') {
    var n = 0, bad = -1;
    req.on('data', function (d) {
      // spot checks: the first and last byte of each chunk
      if (bad < 0 && (d[0] !== n % 251 || d[d.length - 1] !== (n + d.length - 1) % 251)) bad = n;
      var before = n;
      n += d.length;
      // a slow reader now and then: the read window must hold the rest
      if ((n >> 26) !== (before >> 26)) {
        req.pause();
        setTimeout(function () { req.resume(); }, 100);
      }
    });
    req.on('end', function () { res.end(JSON.stringify({ bytes: n, bad: bad })); });
    return;
  }
  var total = Number(req.url.split('=')[1]), sent = 0;
  res.setHeader('Content-Length', total);
  function more() {
    while (sent < total) {
      var len = Math.min(65536, total - sent);
      var off = sent % 251;
      sent += len;
      if (!res.write(PATTERN.slice(off, off + len))) {
        res.once('drain', more);
        return;
      }
    }
    res.end();
  }
  more();
}).listen(0, '127.0.0.1', function () {
  console.log('PORT ' + this.address().port);
});

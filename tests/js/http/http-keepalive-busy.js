// keepAliveTimeout counts from the end of the response even when the
// handler kept the JS thread busy for longer than the timeout: the next
// request on the connection is answered, not cut off (the service's timer
// must not start from the loop's stale cached time).
'use strict';
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  if (req.url === '/busy') {
    var until = Date.now() + 800;
    while (Date.now() < until) { /* a busy handler */ }
  }
  res.end('done ' + req.url);
});
server.keepAliveTimeout = 400;
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('GET /busy HTTP/1.1\r\nHost: h\r\n\r\n');
  });
  var got = '', sent = false;
  c.on('data', function (d) {
    got += d;
    if (!sent && /done \/busy$/.test(got)) {
      sent = true;
      c.write('GET /next HTTP/1.1\r\nHost: h\r\n\r\n');
    }
    if (/done \/next$/.test(got)) c.end();
  });
  c.on('close', function () {
    console.log(JSON.stringify(got.replace(/Date: [^\r]*/g, 'Date: -')));
    server.close();
  });
});

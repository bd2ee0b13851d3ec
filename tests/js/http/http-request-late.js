// http server: a request nobody read while its response was written, used
// afterwards. The server makes a request's Readable and splits its header
// fields only when the script first touches them (js/internal/
// http_incoming.js), so everything the script can see later must be what
// node shows: the stream's state after the response finished ('end' long
// emitted, nothing left to read), listeners added then, the fields and
// headers read late or replaced, and an Expect field in another case;
// and req.complete at the handler's first tick.
// (req.destroyed is not printed: muk's stays false, node's autoDestroy
// makes it true.)
'use strict';
var http = require('http');
var net = require('net');

var reqs = [];
var server = http.createServer(function (req, res) {
  reqs.push(req);
  var n = reqs.length;
  if (req.url === '/assign') req.rawHeaders = ['X-Own', '1'];
  // node parses the whole read before its ticks run: a request without a
  // body is complete by the handler's first tick
  process.nextTick(function () { console.log(n, 'tick', req.complete); });
  res.on('finish', function () {
    if (req.url === '/finish') {
      req.on('end', function () { console.log(n, 'end after finish'); });
    }
  });
  res.on('close', function () {
    if (req.url === '/close') {
      req.on('end', function () { console.log(n, 'end after res close'); });
    }
  });
  res.end('r' + n);
});

function late(req, n) {
  console.log(n, req.url, 'late', req.complete, req.readable, req.readableEnded,
    req.readableFlowing, req.readableLength, req.isPaused(), req.aborted);
  console.log(n, 'fields', JSON.stringify(req.rawHeaders), JSON.stringify(req.headers));
  req.on('end', function () { console.log(n, 'end (late listener)'); });
  req.on('readable', function () { console.log(n, 'readable (late listener)', req.read()); });
  req.on('data', function (d) { console.log(n, 'data (late listener)', d.length); });
  console.log(n, 'read', req.read());
  req.resume();
}

var raw = [
  'GET /plain HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\n\r\n',
  'GET /finish HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /close HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /assign HTTP/1.1\r\nHost: h\r\nX-B: 3\r\n\r\n',
  'GET /expect HTTP/1.1\r\nHost: h\r\nEXPECT: 100-continue\r\n\r\n'
];

server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  var answers = 0;
  c.on('data', function (d) {
    got += d;
    var m = got.match(/HTTP\/1\.1 200/g);
    if (m && m.length > answers) {
      answers = m.length;
      if (answers < raw.length) c.write(raw[answers]);
      else c.end();
    }
  });
  c.on('end', function () {
    console.log('client', JSON.stringify(got.replace(/Date: [^\r]*/g, 'Date: -')));
    setTimeout(function () {
      for (var i = 0; i < reqs.length; i++) late(reqs[i], i + 1);
      setTimeout(function () { server.close(); }, 50);
    }, 50);
  });
  c.write(raw[0]);
});

// An http server whose routes exercise the response's wire format; run by
// wire_test.py under node 20 and under muk, which compares the bytes each
// answers to the same raw requests. Prints "PORT n" once listening.
// argv[2] 'errors': a 'clientError' listener reports what it got on stdout.
'use strict';
var http = require('http');

var routes = {
  '/hello': function (req, res) { res.end('hello'); },
  '/empty': function (req, res) { res.end(); },
  '/headers': function (req, res) {
    res.setHeader('X-A', 'a');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.writeHead(201, { 'X-B': 'b', 'Content-Type': 'text/plain' });
    res.end('made');
  },
  '/chunked': function (req, res) {
    res.write('a');
    res.write(Buffer.from('bb'));
    res.end('ccc');
  },
  '/trailers': function (req, res) {
    res.writeHead(200, { 'Trailer': 'X-T' });
    res.write('x');
    res.addTrailers({ 'X-T': 'v' });
    res.end();
  },
  '/204': function (req, res) { res.writeHead(204); res.end('ignored'); },
  '/304': function (req, res) { res.statusCode = 304; res.end(); },
  '/flush': function (req, res) { res.flushHeaders(); res.end('x'); },
  '/close': function (req, res) { res.setHeader('Connection', 'close'); res.end('bye'); },
  '/status': function (req, res) { res.statusCode = 404; res.statusMessage = 'Nope'; res.end(); },
  '/array': function (req, res) { res.writeHead(200, ['X-A', '1', 'X-A', '2']); res.end('ok'); },
  '/length': function (req, res) { res.setHeader('Content-Length', 2); res.write('o'); res.end('k'); },
  '/nodate': function (req, res) { res.sendDate = false; res.removeHeader('x'); res.end('d'); },
  '/late': function (req, res) {
    res.end('first');
    try { res.setHeader('X', '1'); } catch (e) { console.log('late', e.code); }
  },
  '/exit': function (req, res) { // the fuzz test's end: exit with the leak checks
    res.end('bye', function () { process.exit(0); });
  },
  '/count': function (req, res) { // a big body's length and byte sum
    var n = 0, sum = 0;
    req.on('data', function (d) {
      n += d.length;
      for (var i = 0; i < d.length; i++) sum = (sum + d[i]) % 65521;
    });
    req.on('end', function () { res.end(n + ' ' + sum); });
  },
  '/utf8': function (req, res) { res.end('h\u00e9\u4e16'); },
  '/echo': function (req, res) {
    var chunks = [];
    req.on('data', function (d) { chunks.push(d); });
    req.on('end', function () {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({
        method: req.method, url: req.url, version: req.httpVersion,
        headers: req.headers, raw: req.rawHeaders, distinct: req.headersDistinct,
        body: Buffer.concat(chunks).toString('latin1'),
        trailers: req.trailers, rawTrailers: req.rawTrailers, complete: req.complete
      }));
    });
  }
};

var server = http.createServer(function (req, res) {
  var path = req.url.split('?')[0];
  (routes[path] || routes['/echo'])(req, res);
});
if (process.argv[2] === 'errors') {
  server.on('clientError', function (err, socket) {
    console.log('clientError', err.code, err.message, err.bytesParsed,
      err.rawPacket ? err.rawPacket.toString('latin1').length : -1);
    socket.end('HTTP/1.1 400 Mine\r\n\r\n');
  });
}
if (process.argv[3]) server.headersTimeout = Number(process.argv[3]);
server.listen(0, '127.0.0.1', function () {
  console.log('PORT ' + server.address().port);
});

// http server: the request's properties and the order of events, seen by a
// raw net client (the Date header masked). Covers keep-alive on one
// connection, a body read in chunks, checkContinue, checkExpectation, an
// upgrade, server.close and the close of requests and responses. The
// client's lines are printed at the end: how its reads interleave with the
// server's events is not fixed (with net inline the bytes arrive before
// 'finish').
'use strict';
var http = require('http');
var net = require('net');

function mask(s) { return s.replace(/Date: [^\r]*/g, 'Date: -'); }
var clientLog = [];

var server = http.createServer();
server.on('request', function (req, res) {
  console.log('request', req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor,
    JSON.stringify(req.headers), JSON.stringify(req.rawHeaders), req.complete, req.upgrade,
    req.socket === res.socket, typeof req.setTimeout);
  var body = [];
  req.on('data', function (d) { body.push(d.toString()); });
  req.on('end', function () {
    console.log('req end', JSON.stringify(body.join('')), req.complete, JSON.stringify(req.trailers));
    res.on('finish', function () { console.log('res finish', res.writableFinished, res.headersSent); });
    res.on('close', function () { console.log('res close'); });
    res.setHeader('X-Req', req.url);
    console.log('names', JSON.stringify(res.getHeaderNames()), res.hasHeader('x-req'), res.getHeader('X-REQ'));
    res.end('got ' + req.url);
    console.log('after end', res.writableEnded, res.finished);
  });
});
server.on('checkContinue', function (req, res) {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});
server.on('checkExpectation', function (req, res) {
  console.log('checkExpectation', req.headers.expect);
  res.writeHead(417, 'No Tea');
  res.end();
});
server.on('upgrade', function (req, socket, head) {
  console.log('upgrade', req.headers.upgrade, head.length);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', function (d) { socket.write('echo:' + d); });
  socket.on('end', function () { socket.end(); });
});

var steps = [
  'GET /a HTTP/1.1\r\nHost: h\r\nX-Dup: 1\r\nX-Dup: 2\r\n\r\n',
  'POST /b HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n',
  'POST /c HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n',
  'ok',
  'PUT /d HTTP/1.1\r\nHost: h\r\nExpect: tea\r\nContent-Length: 0\r\n\r\n',
  'GET /e HTTP/1.0\r\n\r\n'
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var c = net.connect(port, '127.0.0.1');
  var got = '';
  var i = 0;
  function next() {
    if (i < steps.length) c.write(steps[i++]);
  }
  c.on('connect', next);
  c.on('data', function (d) {
    got += d;
    // one step per complete answer (a 100 Continue counts as one)
    var parts = got.split(/(?=HTTP\/1\.1 )/);
    while (parts.length && /\r\n\r\n/.test(parts[0]) &&
           (/^HTTP\/1\.1 100/.test(parts[0]) || /got \/\w$|\r\n\r\n$/.test(parts[0]))) {
      clientLog.push('client got ' + JSON.stringify(mask(parts[0])));
      got = got.slice(parts[0].length);
      parts.shift();
      next();
    }
  });
  c.on('end', function () {
    if (got) clientLog.push('client rest ' + JSON.stringify(mask(got)));
    clientLog.push('client end');
    upgrade(port);
  });
});

function upgrade(port) {
  var c = net.connect(port, '127.0.0.1', function () {
    c.write('GET /u HTTP/1.1\r\nHost: h\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  });
  var got = '';
  c.on('data', function (d) {
    got += d;
    if (/\r\n\r\n$/.test(got)) c.write('ping');
    if (/echo:ping$/.test(got)) c.end();
  });
  c.on('end', function () {
    console.log('upgrade client', JSON.stringify(got));
    server.close(function () {
      console.log(clientLog.join('\n'));
      console.log('server closed');
    });
  });
}

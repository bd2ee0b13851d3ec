// The client against a raw server answering seeded, mutated responses
// (bytes flipped, cut short, CR/LF inserted, huge or negative lengths,
// chunk sizes, 1xx, upgrades, the connection reset or ended): whatever
// comes, every request ends in one 'close' after a 'response' or an
// 'error', nothing throws and the process exits (under ASan: no leak, no
// bad access). Then again through a keep-alive agent with one socket, the
// server answering each request on it (the parser's state carried from one
// mangled response to the next; a request that gets no end times out). Only that is printed: which error llhttp reports for a
// given mutation can differ between llhttp versions.
'use strict';
var http = require('http');
var net = require('net');
var R = require('../lib/rng');

var SEED = Number(process.argv[2]) || 7, N = Number(process.argv[3]) || 150;
R.seed(SEED);

var BASES = [
  'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n',
  'HTTP/1.1 404 Not Found\r\nX-A: 1\r\nX-A: 2\r\nSet-Cookie: a\r\n\r\nbody to eof',
  'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n',
  'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\nraw bytes',
  'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nx\r\n'
];
var JUNK = ['\r', '\n', '\r\n', ':', ' ', '\0', '\x7f', '\xff', '-1', '99999999999999999999', 'chunked', 'HTTP/1.1 ', ';ext=1'];

function mutate(s) {
  var k = R.ri(6), at = R.ri(s.length + 1);
  if (k === 0) return s.slice(0, at); // cut short
  if (k === 1) return s.slice(0, at) + R.pick(JUNK) + s.slice(at); // insert
  if (k === 2) return s.slice(0, at) + String.fromCharCode(R.ri(256)) + s.slice(at + 1); // flip
  if (k === 3) return s.slice(0, at) + s.slice(at + 1 + R.ri(8)); // delete
  if (k === 4) return s + s; // two of them
  return s;
}

var cases = [];
for (var i = 0; i < N; i++) {
  var s = R.pick(BASES), m = R.ri(3) + 1;
  while (m--) s = mutate(s);
  cases.push({ text: s, how: R.pick(['end', 'end', 'destroy', 'keep']) });
}

var srv = net.createServer(function (sock) {
  sock.on('error', function () {});
  sock.on('data', function () {
    var c = cases[current];
    sock.write(Buffer.from(c.text, 'latin1'));
    if (c.how === 'end') sock.end();
    else if (c.how === 'destroy') setTimeout(function () { sock.destroy(); }, 5);
    else if (!KA) setTimeout(function () { sock.end(); }, 30);
  });
});

var current = 0, bad = [], KA = null;
srv.listen(0, '127.0.0.1', function () {
  var port = srv.address().port;
  (function one() {
    if (current === N) {
      console.log(KA ? 'keep-alive' : 'agent: false', 'seed', SEED, N, 'requests,',
        bad.length ? 'BAD: ' + bad.join('; ') : 'every one closed once');
      if (KA) {
        KA.destroy();
        srv.close();
        return;
      }
      KA = new http.Agent({ keepAlive: true, maxSockets: 1 });
      current = 0;
      bad = [];
    }
    var closes = 0, outcome = 0, i = current;
    var req = http.get({ host: '127.0.0.1', port: port, path: '/', agent: KA || false }, function (res) {
      outcome++;
      res.on('data', function () {});
      res.on('error', function () {});
    });
    if (KA) req.setTimeout(300, function () { req.destroy(); });
    req.on('upgrade', function (res, sock) { outcome++; sock.destroy(); });
    req.on('error', function () { outcome++; });
    req.on('close', function () {
      closes++;
      setTimeout(function () {
        if (closes !== 1 || outcome < 1) bad.push(i + ': closes ' + closes + ' outcomes ' + outcome);
        current++;
        one();
      }, 10);
    });
  })();
});

// res.end(string) on a response the script did not otherwise touch, and
// end(string) after writeHead, take the bridge's C path
// (bridge/http_fast.c); anything that differs takes the JS path. Both must
// give node's bytes and fields: each case's raw response (Date masked) and
// the response's fields after end().
var http = require('http');
var net = require('net');

var cases = {
  '/plain': function (req, res) { res.end('hello world'); },
  '/empty': function (req, res) { res.end(''); },
  '/utf8': function (req, res) { res.end('h\u00e9llo \ud83d\ude00 \u0000 end'); },
  '/lone': function (req, res) { res.end('a\ud800b'); },
  '/404': function (req, res) { res.statusCode = 404; res.end('nope'); },
  '/999': function (req, res) { res.statusCode = 999; res.end('odd'); },
  '/msg': function (req, res) { res.statusMessage = 'Fine Thanks'; res.end('m'); },
  '/msgnum': function (req, res) { res.statusMessage = 7; res.end('m'); },
  '/204': function (req, res) { res.statusCode = 204; res.end('dropped'); },
  '/304': function (req, res) { res.statusCode = 304; res.end('dropped'); },
  '/own': function (req, res) { res.locals = {}; res.end('own field'); },
  '/nodate': function (req, res) { res.sendDate = false; res.end('no date'); },
  '/header': function (req, res) { res.setHeader('X-A', 'b'); res.end('with header'); },
  '/codes': function (req, res) {
    var old = http.STATUS_CODES[201];
    http.STATUS_CODES[201] = 'Made It';
    res.statusCode = 201;
    res.end('codes');
    http.STATUS_CODES[201] = old;
  },
  '/proto': function (req, res) {
    var P = http.ServerResponse.prototype, wh = P.writeHead;
    P.writeHead = function (code) { this.setHeader('X-Patched', String(code)); return wh.apply(this, arguments); };
    res.end('patched');
    P.writeHead = wh;
  },
  '/twice': function (req, res) {
    res.end('first');
    say('  second end returns res:', res.end() === res);
  },
  '/cb': function (req, res) { res.end('with cb', function () { endCallbacks++; }); },
  '/enc': function (req, res) { res.end('68656c6c6f', 'hex'); },
  '/bad': function (req, res) {
    try { res.end(42); } catch (e) { say('  ' + e.code); }
    res.end('after bad');
  },
  // writeHead made the head: end(string) sends it with the body
  '/wh-json': function (req, res) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Hello, World!' }));
  },
  '/wh-len': function (req, res) { res.writeHead(201, { 'Content-Length': 5 }); res.end('abcde'); },
  '/wh-empty': function (req, res) { res.writeHead(200, { 'X-E': '1' }); res.end(''); },
  '/wh-utf8': function (req, res) { res.writeHead(200, [['X-U', 'v']]); res.end('\u00e9\ud83d\ude00'); },
  '/wh-trailer': function (req, res) {
    res.writeHead(200, { 'Trailer': 'X-T' });
    res.addTrailers({ 'X-T': 'done' });
    res.end('with trailer');
  },
  '/wh-204': function (req, res) { res.writeHead(204, { 'X-N': '1' }); res.end('dropped'); },
  '/wh-write': function (req, res) { res.writeHead(200); res.write('a'); res.end('b'); },
  // writeHead(code, object) of ordinary fields also runs in C
  '/wh-many': function (req, res) {
    res.writeHead(200, { 'X-A': 'a', 'ETag': '"e"', 'X-N': 42, 'Vary': 'Accept', 'x-tab': 'a\tb' });
    res.end('many');
  },
  '/wh-date': function (req, res) { res.writeHead(200, { 'date': 'Thu, 01 Jan 1970 00:00:00 GMT' }); res.end('d'); },
  '/wh-digit': function (req, res) { res.writeHead(200, { 'X-A': 'a', '10': 'ten' }); res.end('digit'); },
  '/wh-inherited': function (req, res) {
    res.writeHead(200, Object.create({ 'X-Inherited': 'i' }, { 'X-Own': { value: 'o', enumerable: true },
      'X-Hidden': { value: 'h', enumerable: false } }));
    res.end('inherited');
  },
  '/wh-getter': function (req, res) {
    var h = { 'X-Before': 'b' }, gets = 0;
    Object.defineProperty(h, 'X-G', { enumerable: true, get: function () { gets++; return 'g'; } });
    res.writeHead(200, h);
    say('  getter calls:', gets);
    res.end('getter');
  },
  '/wh-badname': function (req, res) {
    try { res.writeHead(200, { 'Bad Name': 'x' }); } catch (e) { say('  ' + e.code); }
    res.end('bad name');
  },
  '/wh-badvalue': function (req, res) {
    try { res.writeHead(200, { 'X-B': 'a\nb' }); } catch (e) { say('  ' + e.code); }
    res.end('bad value');
  },
  '/wh-undef': function (req, res) {
    try { res.writeHead(200, { 'X-U': undefined }); } catch (e) { say('  ' + e.code); }
    res.end('undefined value');
  },
  '/wh-object': function (req, res) { res.writeHead(200, { 'X-O': { toString: function () { return 'obj'; } } }); res.end('o'); },
  '/wh-msg': function (req, res) { res.writeHead(200, 'Custom Reason', { 'X-M': 'm' }); res.end('reason'); },
  '/wh-close': function (req, res) { res.writeHead(200, { 'Connection': 'close' }); res.end('closing'); },
  '/last': function (req, res) { res.end('last'); }
};
var order = Object.keys(cases);
// the server's lines wait for the client's: the two sides' order is the
// threads' (and net=inline's), not node's
var lines = [], finishes = 0, endCallbacks = 0;
function say() { lines.push(Array.prototype.join.call(arguments, ' ')); }

var server = http.createServer(function (req, res) {
  var path = req.url;
  cases[path](req, res);
  say(path, req.method, 'headersSent', res.headersSent, 'finished', res.finished,
    'writableEnded', res.writableEnded, 'statusCode', res.statusCode,
    'statusMessage', JSON.stringify(res.statusMessage),
    'header', JSON.stringify(res._header && res._header.replace(/Date: [^\r]*\r\n/, 'Date: -\r\n')));
  // a listener added after end() (the C path is taken only without one)
  res.on('finish', function () { if (res.writableFinished) finishes++; });
});

function show(label, data) {
  lines.forEach(function (l) { console.log(l); });
  lines = [];
  console.log(label, JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, 'Date: -\r\n')));
}

// Where a chunked body starting at o ends (-1: not all there yet).
function chunkedEnd(s, o) {
  for (;;) {
    var eol = s.indexOf('\r\n', o);
    if (eol < 0) return -1;
    var n = parseInt(s.slice(o, eol), 16);
    if (n > 0) {
      o = eol + 2 + n + 2;
      if (o > s.length) return -1;
      continue;
    }
    if (s.slice(eol + 2, eol + 4) === '\r\n') return eol + 4;
    var t = s.indexOf('\r\n\r\n', eol + 2);
    return t < 0 ? -1 : t + 4;
  }
}

// Keep-alive connections, the cases one after another (a new connection
// after a response that closes); then a HEAD, an HTTP/1.0 request and
// servers with other keep-alive settings.
function runAll(port, done) {
  var sock, i = 0, got = '';
  function connect() {
    sock = net.connect(port, '127.0.0.1');
    sock.setEncoding('latin1');
    sock.on('data', onData);
    sock.on('close', onClose);
    next();
  }
  function onClose() {
    if (i === order.length) done();
    else connect();
  }
  function next() {
    if (i === order.length) { sock.end(); return; }
    sock.write('GET ' + order[i++] + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  }
  function onData(d) {
    got += d;
    var end = got.indexOf('\r\n\r\n');
    if (end < 0) return;
    var head = got.slice(0, end);
    var m = /Content-Length: (\d+)/i.exec(head);
    var stop = /Transfer-Encoding: chunked/i.test(head) ? chunkedEnd(got, end + 4) :
      end + 4 + (m ? +m[1] : 0);
    if (stop < 0 || got.length < stop) return;
    show('response', got.slice(0, stop));
    got = got.slice(stop);
    if (!/Connection: close/i.test(head)) next(); // else the close connects again
  }
  connect();
}

function raw(port, text, done) {
  var sock = net.connect(port, '127.0.0.1'), got = '';
  sock.setEncoding('latin1');
  sock.on('data', function (d) { got += d; });
  sock.on('close', function () { show('raw', got); done(); });
  sock.write(text);
  setTimeout(function () { sock.end(); }, 200);
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  runAll(port, function () {
    raw(port, 'HEAD /plain HTTP/1.1\r\nHost: x\r\n\r\n', function () {
      raw(port, 'GET /plain HTTP/1.0\r\n\r\n', function () {
        raw(port, 'GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {
          server.close(other);
        });
      });
    });
  });
});

// keepAliveTimeout 0 (no Keep-Alive field), 500 (timeout=0), 1500.7, and
// maxRequestsPerSocket (the JS path)
var settings = [[0, 0], [500, 0], [1500.7, 0], [5000, 2]];
function other() {
  if (settings.length === 0) {
    console.log('finish events:', finishes, 'end callbacks:', endCallbacks);
    return;
  }
  var s = settings.shift();
  var srv = http.createServer(function (req, res) { res.end('ka'); });
  srv.keepAliveTimeout = s[0];
  srv.maxRequestsPerSocket = s[1];
  srv.listen(0, '127.0.0.1', function () {
    console.log('keepAliveTimeout', s[0], 'maxRequestsPerSocket', s[1]);
    raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', function () {
      srv.close(other);
    });
  });
}

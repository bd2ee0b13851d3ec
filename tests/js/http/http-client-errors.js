// http's client against raw servers that misbehave: a refused connection,
// a server that closes before answering or in the middle of a body, one
// that answers garbage, one that resets, and responses without a length
// (read to EOF) or with Connection: close. Events and errors as node's.
'use strict';
var http = require('http');
var net = require('net');

function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }

// a raw server answering each connection with `answer(socket, request)`
function raw(answer, cb) {
  var srv = net.createServer(function (s) {
    var got = '';
    s.on('data', function (d) {
      got += d;
      if (got.indexOf('\r\n\r\n') !== -1 && !s.answered) { s.answered = true; answer(s, got); }
    });
    s.on('error', function () {});
  });
  srv.listen(0, '127.0.0.1', function () { cb(srv, srv.address().port); });
}

function get(name, port, done, opts) {
  var o = { host: '127.0.0.1', port: port, path: '/' + name, agent: false };
  if (opts) for (var k in opts) o[k] = opts[k];
  var req = http.request(o, function (res) {
    var n = 0;
    log(name, 'response', res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion, JSON.stringify(res.headers));
    res.on('data', function (d) { n += d.length; });
    res.on('aborted', function () { log(name, 'res aborted', res.complete); });
    res.on('error', function (e) { log(name, 'res error', e.code, e.message); });
    res.on('end', function () { log(name, 'end', n, res.complete); });
    res.on('close', function () { log(name, 'res close', n, res.complete); });
  });
  req.on('error', function (e) {
    log(name, 'error', e.code, e.errno === undefined ? '' : e.errno, e.message.replace(String(port), 'PORT'), e.syscall || '', e.address || '', e.port === port ? 'PORT' : e.port || '',
      e.bytesParsed === undefined ? '' : e.bytesParsed, e.reason === undefined ? '' : JSON.stringify(e.reason),
      e.rawPacket ? (e.rawPacket.length > 300 ? 'rawPacket ' + e.rawPacket.length : JSON.stringify(e.rawPacket.toString())) : '');
  });
  req.on('close', function () { log(name, 'close'); setTimeout(done, 20); });
  req.end();
  return req;
}

var cases = [
  function refused(next) {
    var s = net.createServer();
    s.listen(0, '127.0.0.1', function () {
      var port = s.address().port;
      s.close(function () { get('refused', port, next); });
    });
  },
  function closeBeforeAnswer(next) {
    raw(function (s) { s.end(); }, function (srv, port) {
      get('closed', port, function () { srv.close(); next(); });
    });
  },
  function destroyBeforeAnswer(next) {
    raw(function (s) { s.destroy(); }, function (srv, port) {
      get('destroyed', port, function () { srv.close(); next(); });
    });
  },
  function midBody(next) {
    raw(function (s) {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
      setTimeout(function () { s.destroy(); }, 50);
    }, function (srv, port) {
      get('midbody', port, function () { srv.close(); next(); });
    });
  },
  function midHead(next) {
    raw(function (s) { s.end('HTTP/1.1 200 OK\r\nX-A: 1\r\n'); }, function (srv, port) {
      get('midhead', port, function () { srv.close(); next(); });
    });
  },
  function garbage(next) {
    raw(function (s) { s.end('HTTP/1.1 2x0 OK\r\n\r\n'); }, function (srv, port) {
      get('garbage', port, function () { srv.close(); next(); });
    });
  },
  function badHeader(next) {
    raw(function (s) { s.end('HTTP/1.1 200 OK\r\nX A: 1\r\nContent-Length: 0\r\n\r\n'); }, function (srv, port) {
      get('badheader', port, function () { srv.close(); next(); });
    });
  },
  function badLength(next) {
    raw(function (s) { s.end('HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n'); }, function (srv, port) {
      get('badlength', port, function () { srv.close(); next(); });
    });
  },
  function bigHeader(next) {
    raw(function (s) {
      s.end('HTTP/1.1 200 OK\r\nX-Big: ' + new Array(20000).join('a') + '\r\n\r\n');
    }, function (srv, port) {
      get('bigheader', port, function () { srv.close(); next(); });
    });
  },
  function smallMaxHeader(next) {
    raw(function (s) { s.end('HTTP/1.1 200 OK\r\nX-Big: ' + new Array(200).join('a') + '\r\nContent-Length: 0\r\n\r\n'); },
      function (srv, port) {
        get('maxheadersize', port, function () { srv.close(); next(); }, { maxHeaderSize: 100 });
      });
  },
  function toEof(next) {
    raw(function (s) { s.end('HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\nall of this until the end'); }, function (srv, port) {
      get('eof', port, function () { srv.close(); next(); });
    });
  },
  function http10(next) {
    raw(function (s) { s.end('HTTP/1.0 203 Fine\r\n\r\nold'); }, function (srv, port) {
      get('http10', port, function () { srv.close(); next(); });
    });
  },
  function connectionClose(next) {
    raw(function (s) {
      s.write('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok');
    }, function (srv, port) {
      get('connclose', port, function () { srv.close(); next(); }, { agent: new http.Agent({ keepAlive: true }) });
    });
  },
  function dupHeaders(next) {
    raw(function (s) {
      s.end('HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-D: 1\r\nx-d: 2\r\n' +
        'Content-Type: a\r\nContent-Type: b\r\nContent-Length: 0\r\n\r\n');
    }, function (srv, port) {
      get('dup', port, function () { srv.close(); next(); });
    });
  }
];

(function run(i) {
  if (i < cases.length) cases[i](function () { run(i + 1); });
})(0);

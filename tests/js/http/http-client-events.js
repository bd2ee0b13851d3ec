// ClientRequest and its response against an http server: the order of
// 'socket', 'response', 'finish', 'end', 'close'; a chunked body with
// trailers; HEAD and 304 (no body); 1xx 'information' and Expect:
// 100-continue's 'continue'; 'upgrade' and 'connect'; 'timeout';
// destroy() and abort() before and after the response; the header API.
'use strict';
var http = require('http');
var net = require('net');

function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }

var srv = http.createServer(function (req, res) {
  var body = [];
  req.on('data', function (d) { body.push(d); });
  req.on('end', function () {
    var b = Buffer.concat(body).toString();
    if (req.url === '/info') {
      res.writeProcessing();
      res.writeHead(200, { 'X-Te': req.headers['transfer-encoding'] || '-' });
      res.end('after 102');
    } else if (req.url === '/304') {
      res.writeHead(304, { ETag: 'x' });
      res.end();
    } else if (req.url === '/slow') {
      setTimeout(function () { res.end('late'); }, 400);
    } else if (req.url === '/trailers') {
      res.writeHead(200, { Trailer: 'X-Sum' });
      res.write('part1 ');
      res.addTrailers({ 'X-Sum': String(b.length) });
      res.end('part2');
    } else {
      res.setHeader('X-Body', b + '|' + (req.headers['transfer-encoding'] || req.headers['content-length'] || '-') +
        '|' + (req.headers['x-multi'] || '') + '|' + req.method);
      res.end(req.method === 'HEAD' ? undefined : 'body of ' + req.url);
    }
  });
});
srv.on('checkContinue', function (req, res) {
  log('server checkContinue', req.headers.expect);
  res.writeContinue();
  srv.emit('request', req, res);
});
srv.on('upgrade', function (req, socket) {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', function (d) { socket.end('echo:' + d); });
});
srv.on('connect', function (req, socket) {
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', function (d) { socket.end('tunnel:' + d); });
});

var port;
function opts(path, extra) {
  var o = { host: '127.0.0.1', port: port, path: path, agent: false };
  if (extra) for (var k in extra) o[k] = extra[k];
  return o;
}

function watch(name, req, done) {
  req.on('socket', function () { log(name, 'socket'); });
  req.on('finish', function () { log(name, 'finish'); });
  req.on('error', function (e) { log(name, 'error', e.code, e.message); });
  req.on('abort', function () { log(name, 'abort'); });
  req.on('information', function (i) { log(name, 'information', i.statusCode, i.statusMessage, i.httpVersion, JSON.stringify(i.rawHeaders)); });
  req.on('continue', function () { log(name, 'continue'); });
  req.on('close', function () { log(name, 'close'); setTimeout(done, 30); });
  req.on('response', function (res) {
    var body = '';
    log(name, 'response', res.statusCode, res.headers['x-body'] || '', res.headers['x-te'] || '');
    res.setEncoding('utf8');
    res.on('data', function (d) { body += d; });
    res.on('end', function () { log(name, 'end', JSON.stringify(body), res.complete, JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers)); });
    res.on('close', function () { log(name, 'res close'); });
  });
}

var cases = [
  function basic(next) {
    var req = http.request(opts('/basic', { method: 'POST', headers: { 'X-Multi': ['a', 'b'] } }));
    watch('basic', req, next);
    log('basic', req.method, req.path, req.host, req.protocol, req.headersSent, req.reusedSocket, req.maxHeadersCount);
    req.end('hello');
    log('basic headersSent', req.headersSent);
  },
  function chunked(next) {
    var req = http.request(opts('/trailers', { method: 'PUT' }));
    watch('chunked', req, next);
    req.write('abc');
    req.write(Buffer.from('def'));
    req.end();
  },
  function contentLength(next) {
    var req = http.request(opts('/cl', { method: 'POST', headers: { 'Content-Length': 6 } }));
    watch('contentLength', req, next);
    req.write('abc');
    req.end('def');
  },
  function head(next) {
    watch('head', http.request(opts('/head', { method: 'HEAD' })).end(), next);
  },
  function notModified(next) {
    watch('304', http.get(opts('/304')), next);
  },
  function info(next) {
    var req = http.request(opts('/info', { method: 'POST' }));
    watch('info', req, next);
    req.end('x');
  },
  function expect(next) {
    var req = http.request(opts('/expect', { method: 'POST', headers: { Expect: '100-continue' } }));
    watch('expect', req, next);
    req.on('continue', function () { req.end('sent after continue'); });
    req.flushHeaders();
  },
  function upgrade(next) {
    var req = http.request(opts('/up', { headers: { Connection: 'Upgrade', Upgrade: 'echo' } }));
    watch('upgrade', req, function () {});
    req.on('upgrade', function (res, socket, head) {
      log('upgrade', res.statusCode, res.headers.upgrade, head.length, socket instanceof net.Socket);
      socket.on('data', function (d) { log('upgrade data', d); });
      socket.on('close', function () { log('upgrade socket close'); next(); });
      socket.write('ping');
    });
    req.end();
  },
  function connect(next) {
    var req = http.request(opts('example.org:443', { method: 'CONNECT' }));
    watch('connect', req, function () {});
    req.on('connect', function (res, socket, head) {
      log('connect', res.statusCode, res.statusMessage, head.length);
      socket.on('data', function (d) { log('connect data', d); });
      socket.on('close', function () { log('connect socket close'); next(); });
      socket.write('hi');
    });
    req.end();
  },
  function timeout(next) {
    var req = http.get(opts('/slow'));
    watch('timeout', req, next);
    req.setTimeout(100, function () { log('timeout fired'); req.destroy(); });
  },
  function destroyEarly(next) {
    var req = http.get(opts('/basic'));
    watch('destroyEarly', req, next);
    req.destroy();
  },
  function abortEarly(next) {
    var req = http.get(opts('/basic'));
    watch('abortEarly', req, next);
    req.abort();
    log('aborted', req.aborted, req.destroyed);
  },
  function destroyWithError(next) {
    var req = http.get(opts('/slow'));
    watch('destroyErr', req, next);
    req.on('socket', function () { setTimeout(function () { req.destroy(new Error('mine')); }, 50); });
  },
  function createConnection(next) {
    var made = 0;
    var req = http.get(opts('/cc', { agent: undefined, createConnection: function (o, cb) {
      made++;
      log('createConnection', o.host, o.port === port, typeof cb);
      return net.createConnection(o.port, o.host);
    } }));
    watch('createConnection', req, function () { log('made', made, req.agent === undefined); next(); });
  },
  function headerApi(next) {
    var req = http.request(opts('/h', { headers: { 'X-A': 1 } }));
    req.setHeader('X-B', ['1', '2']);
    log('headers', JSON.stringify(req.getHeaders()).replace(String(port), 'PORT'), req.getHeader('x-a'), req.hasHeader('X-B'), JSON.stringify(req.getHeaderNames()));
    req.removeHeader('x-a');
    log('removed', req.hasHeader('x-a'), JSON.stringify(req.getRawHeaderNames()));
    try { req.setHeader('bad name', 'x'); } catch (e) { log('bad name', e.code); }
    try { req.setHeader('X-C', 'a\nb'); } catch (e) { log('bad value', e.code); }
    watch('headerApi', req, next);
    req.end();
    try { req.setHeader('X-D', '1'); } catch (e) { log('after end', e.code, e.message); }
  }
];

srv.listen(0, '127.0.0.1', function () {
  port = srv.address().port;
  (function run(i) {
    if (i < cases.length) cases[i](function () { run(i + 1); });
    else srv.close();
  })(0);
});

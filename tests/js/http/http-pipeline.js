// HTTP/1.1 pipelining: requests sent in one write are handled as they come
// (a handler may end its response before an earlier one's), the answers
// leave in request order, requests with bodies among them get their own
// bodies, and a client that goes away mid-pipeline aborts what is pending.
'use strict';
var http = require('http');
var net = require('net');

var log = [], gots = [];
function show(s) { return JSON.stringify(String(s).replace(/Date: [^\r]*/g, 'Date: -')); }

// each case: the raw requests, what the handler does per url
var cases = [
  {
    name: 'out of order',
    send: 'GET /slow HTTP/1.1\r\nHost: h\r\n\r\nGET /fast HTTP/1.1\r\nHost: h\r\n\r\n' +
      'GET /mid HTTP/1.1\r\nHost: h\r\n\r\n',
    handle: function (req, res, done) {
      res.on('finish', function () { log.push('finish ' + req.url); });
      res.on('close', function () { log.push('res close ' + req.url); });
      if (req.url === '/slow') {
        // ends once the later ones ended
        done.slow = function () { res.end('slow'); log.push('ended /slow'); };
      } else {
        res.end(req.url.slice(1));
        log.push('ended ' + req.url);
        if (req.url === '/mid') done.slow();
      }
    }
  },
  {
    name: 'bodies',
    send: 'POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc' +
      'GET /b HTTP/1.1\r\nHost: h\r\n\r\n' +
      'POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nxy\r\n1\r\nz\r\n0\r\n\r\n' +
      'PUT /d HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nqq',
    handle: function (req, res, done) {
      var body = '';
      req.setEncoding('utf8');
      req.on('data', function (d) { body += d; });
      req.on('end', function () {
        done[req.url] = req.method + ' ' + req.url + ' body ' + JSON.stringify(body);
        res.setHeader('Content-Type', 'text/plain');
        res.end(req.url + ':' + body);
      });
    }
  },
  {
    name: 'handler writes in parts',
    send: 'GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n',
    handle: function (req, res, done) {
      res.write('part of ' + req.url + ';');
      if (req.url === '/1') {
        done.one = res;
      } else {
        res.write('more of /2;');
        res.end('end of /2');
        done.one.end('end of /1');
      }
    }
  },
  {
    name: '40 at once, every other one ended a turn later',
    send: (function () {
      var r = '';
      for (var i = 0; i < 40; i++) r += 'GET /' + i + ' HTTP/1.1\r\nHost: h\r\n\r\n';
      return r;
    })(),
    short: true,
    handle: function (req, res, done) {
      var n = Number(req.url.slice(1));
      res.on('finish', function () { done.finished = (done.finished || '') + n + ' '; });
      if (n % 2) res.end('<' + n + '>');
      else setImmediate(function () { res.end('<' + n + '>'); });
    }
  },
  {
    name: 'client goes mid-pipeline',
    // two requests and the start of a third, then the client goes while
    // the first two are unanswered
    send: 'GET /x HTTP/1.1\r\nHost: h\r\n\r\nGET /y HTTP/1.1\r\nHost: h\r\n\r\nGET /z HTTP/1.1\r\nHo',
    handle: function (req, res, done, client) {
      req.on('aborted', function () { log.push('aborted ' + req.url); });
      req.on('close', function () { log.push('req close ' + req.url); });
      res.on('close', function () { log.push('res close ' + req.url); });
      res.on('finish', function () { log.push('finish ' + req.url); });
      if (req.url === '/y') setImmediate(function () { client.destroy(); });
    }
  }
];

function run(i) {
  if (i === cases.length) return;
  var k = cases[i], done = {}, client;
  log.push('== ' + k.name, i);
  var server = http.createServer(function (req, res) {
    if (!k.short) log.push('request ' + req.method + ' ' + req.url);
    k.handle(req, res, done, client);
  });
  server.on('clientError', function (e, sock) {
    log.push('clientError ' + e.code);
    sock.destroy();
  });
  server.listen(0, '127.0.0.1', function () {
    var got = '';
    client = net.connect(server.address().port, '127.0.0.1', function () {
      client.write(k.send);
    });
    client.on('data', function (d) { got += d; });
    client.on('error', function (e) { log.push('client error ' + e.code); });
    client.on('close', function () {
      server.close(function () { // the server's side closed too
        ['/a', '/b', '/c', '/d'].forEach(function (u) { if (done[u]) log.push(done[u]); });
        gots[i] = k.short ? 'client got ' + (got.match(/<\d+>/g) || []).join('') + '\nfinished ' + done.finished
          : 'client got ' + show(got);
        run(i + 1);
      });
    });
    // the client ends its side once every answer is in (the last case
    // destroys it from the handler instead)
    var want = (k.send.match(/HTTP\/1\.1\r\n/g) || []).length;
    client.on('data', function () {
      if ((got.match(/HTTP\/1\.1 200/g) || []).length === want) client.end();
    });
  });
}
run(0);

// printed at exit: the server's side of a connection closes around the
// server's close callback
process.on('exit', function () {
  console.log(log.map(function (l) { return typeof l === 'number' ? gots[l] : l; }).join('\n'));
});

// node 20's http client against a server.js (run by node_client_test.py
// under node and under muk): keep-alive reuse, chunked and trailers, a
// large POST, HEAD, parallel requests. Prints what the client saw.
'use strict';
var http = require('http');
var crypto = require('crypto');
var port = Number(process.argv[2]);
var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function req(opts, body, cb) {
  opts.port = port;
  opts.host = '127.0.0.1';
  opts.agent = opts.agent === undefined ? agent : opts.agent;
  var r = http.request(opts, function (res) {
    var chunks = [];
    res.on('data', function (d) { chunks.push(d); });
    res.on('end', function () {
      var b = Buffer.concat(chunks);
      var h = Object.assign({}, res.headers);
      delete h.date;
      cb({ status: res.statusCode, message: res.statusMessage, headers: h, trailers: res.trailers,
        reused: r.reusedSocket, body: b.length > 4096 ? crypto.createHash('md5').update(b).digest('hex') + ' ' + b.length : b.toString() });
    });
  });
  r.on('error', function (e) { cb({ error: e.code }); });
  r.end(body);
}

var big = Buffer.alloc(5 << 20);
for (var i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
var steps = [
  function (cb) { req({ path: '/hello' }, null, cb); },
  function (cb) { req({ path: '/hello' }, null, cb); },
  function (cb) { req({ path: '/chunked' }, null, cb); },
  function (cb) { req({ path: '/trailers' }, null, cb); },
  function (cb) { req({ path: '/headers' }, null, cb); },
  function (cb) { req({ path: '/hello', method: 'HEAD' }, null, cb); },
  function (cb) { req({ path: '/204' }, null, cb); },
  function (cb) { req({ path: '/echo?q=1', method: 'POST', headers: { 'X-Mixed-Case': 'v', 'Cookie': ['a=1', 'b=2'] } }, 'small', cb); },
  function (cb) { req({ path: '/count', method: 'POST' }, big, cb); },
  function (cb) { req({ path: '/close' }, null, cb); },
  function (cb) { req({ path: '/hello' }, null, cb); },
  function (cb) { req({ path: '/utf8', agent: false }, null, cb); }
];

var n = 0;
function next() {
  if (n === steps.length) return parallel();
  var i = n++;
  steps[i](function (r) {
    if (r.body && r.body.charAt(0) === '{') { // /echo: the parts that do not depend on the port
      var j = JSON.parse(r.body);
      delete j.headers.host;
      j.raw = j.raw.filter(function (x, k, a) { return x !== 'Host' && a[k - 1] !== 'Host'; });
      delete j.distinct.host;
      r.body = j;
      delete r.headers['content-length'];
    }
    console.log(i, JSON.stringify(r));
    next();
  });
}

function parallel() {
  var pa = new http.Agent({ keepAlive: true, maxSockets: 4 });
  var left = 20, statuses = [];
  for (var k = 0; k < 20; k++) {
    req({ path: '/hello?' + k, agent: pa }, null, function (r) {
      statuses.push(r.status + ' ' + r.body);
      if (--left === 0) {
        console.log('parallel', statuses.sort().join(','));
        agent.destroy();
        pa.destroy();
      }
    });
  }
}
next();

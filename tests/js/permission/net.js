// --allow-net=127.0.0.1 (Deno's flag; Node 20 has none): the net service
// checks every listen and connect target (HOST:PORT) and the dns service
// every name it is asked to look up, and a denied one fails with
// ERR_ACCESS_DENIED (permission 'Net', resource 'HOST:PORT' or the name)
// on the socket's or server's 'error', a lookup's callback or promise.
// Node has no such flag, so this output is muk's own.
'use strict';
var net = require('net');
var dns = require('dns');
var assert = require('assert');

function expectDenied(what, e, resource) {
  assert.ok(e, what + ' was allowed');
  assert.strictEqual(e.code, 'ERR_ACCESS_DENIED', what + ': ' + e.message);
  assert.strictEqual(e.message, 'Access to this API has been restricted');
  assert.strictEqual(e.permission, 'Net', what);
  assert.strictEqual(e.resource, resource, what);
  console.log('denied', what);
}

var P = process.permission;
assert.strictEqual(P.has('net'), false);
assert.strictEqual(P.has('net', '127.0.0.1:80'), true);
assert.strictEqual(P.has('net', '10.0.0.1:80'), false);
console.log('has(net) agrees');

var steps = [
  function (next) {
    var server = net.createServer(function (sock) { sock.end('hello'); });
    server.listen(0, '127.0.0.1', function () {
      var port = server.address().port;
      var c = net.connect(port, '127.0.0.1');
      var got = '';
      c.setEncoding('utf8');
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        console.log('allowed listen and connect on 127.0.0.1:', got);
        var d = net.connect(port, '127.0.0.2');
        d.on('connect', function () { assert.fail('127.0.0.2 connected'); });
        d.on('error', function (e) {
          expectDenied('connect to 127.0.0.2', e, '127.0.0.2:' + port);
          server.close(next);
        });
      });
    });
  },
  function (next) {
    var s = net.createServer();
    s.on('error', function (e) { expectDenied('listen on 127.0.0.2', e, '127.0.0.2:0'); next(); });
    s.listen(0, '127.0.0.2', function () { assert.fail('listened'); });
  },
  function (next) {
    var s = net.createServer();
    s.on('error', function (e) { expectDenied('listen on ::1', e, '[::1]:0'); next(); });
    s.listen(0, '::1', function () { assert.fail('listened'); });
  },
  function (next) {
    dns.lookup('localhost', function (e) { expectDenied('dns.lookup of a name not listed', e, 'localhost'); next(); });
  },
  function (next) {
    dns.promises.lookup('localhost').then(function () { assert.fail('looked up'); },
      function (e) { expectDenied('dns.promises.lookup', e, 'localhost'); next(); });
  },
  function (next) {
    var c = net.connect(80, 'localhost');
    c.on('error', function (e) { expectDenied('connect to a name (its lookup)', e, 'localhost'); next(); });
  }
];
function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); }
run(0);

// --allow-net=127.0.0.1 (Deno's flag; Node 20 has none): dns.resolve*,
// reverse and Resolver queries are net access too; the dns service checks
// the name (or address) asked about, as for lookup, before any packet
// leaves. Node has no such flag, so this output is muk's own.
'use strict';
var dns = require('dns');
var assert = require('assert');

function expectDenied(what, e, resource) {
  assert.ok(e, what + ' was allowed');
  assert.strictEqual(e.code, 'ERR_ACCESS_DENIED', what + ': ' + e.message);
  assert.strictEqual(e.permission, 'Net', what);
  assert.strictEqual(e.resource, resource, what);
  console.log('denied', what);
}

var r = new dns.Resolver({ timeout: 100, tries: 1 });
r.setServers(['127.0.0.1:9']);
var steps = [
  function (next) { dns.resolve4('example.test', function (e) { expectDenied('resolve4', e, 'example.test'); next(); }); },
  function (next) { r.resolveMx('mail.example.test', function (e) { expectDenied('Resolver.resolveMx', e, 'mail.example.test'); next(); }); },
  function (next) { dns.reverse('192.0.2.1', function (e) { expectDenied('reverse', e, '192.0.2.1'); next(); }); },
  function (next) {
    dns.promises.resolveTxt('txt.example.test').then(function () { assert.fail('resolved'); },
      function (e) { expectDenied('promises.resolveTxt', e, 'txt.example.test'); next(); });
  },
  function (next) {
    // an allowed name reaches the server (nobody listens on port 9)
    r.resolve4('127.0.0.1', function (e) { console.log('allowed name queried:', e.code); next(); });
  }
];
(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);

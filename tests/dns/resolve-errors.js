// Errors of the callback API: bad arguments (thrown), and every failure a
// query can end in: NXDOMAIN, NODATA, SERVFAIL, REFUSED, a bad name, a
// timeout, a server that refuses (argv[3]: a port nobody listens on), and
// cancel().
'use strict';
var dns = require('dns');
var port = process.argv[2], closed = process.argv[3];

function thrown(label, f) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}

thrown('resolve4 number', function () { dns.resolve4(42, function () {}); });
thrown('resolve4 no callback', function () { dns.resolve4('a.example.test'); });
thrown('resolve bad rrtype', function () { dns.resolve('a.example.test', 'BOGUS', function () {}); });
thrown('resolve rrtype type', function () { dns.resolve('a.example.test', 5, function () {}); });
thrown('reverse not an ip', function () { dns.reverse('nope', function () {}); });
thrown('setServers string', function () { dns.setServers('127.0.0.1'); });
thrown('setServers number', function () { dns.setServers([1]); });
thrown('setServers bad ip', function () { dns.setServers(['not.an.ip']); });
thrown('setServers bad bracket', function () { dns.setServers(['[zz]:53']); });
thrown('Resolver timeout type', function () { new dns.Resolver({ timeout: 'x' }); });
thrown('Resolver timeout range', function () { new dns.Resolver({ timeout: -2 }); });
thrown('Resolver timeout fraction', function () { new dns.Resolver({ timeout: 1.5 }); });
thrown('Resolver tries', function () { new dns.Resolver({ tries: 0 }); });
thrown('setLocalAddress type', function () { new dns.Resolver().setLocalAddress(1); });
thrown('setLocalAddress ok', function () { new dns.Resolver().setLocalAddress('127.0.0.1', '::1'); });

var r = new dns.Resolver({ timeout: 200, tries: 1 });
r.setServers(['127.0.0.1:' + port]);
var refusing = new dns.Resolver({ timeout: 500, tries: 1 });
refusing.setServers(['127.0.0.1:' + closed]);

function show(label, err, res) {
  if (err) {
    console.log(label, err.code, err.syscall, err.hostname, err.message, 'errno' in err, err.errno);
  } else {
    console.log(label, 'ok', res);
  }
}

var steps = [
  function (done) { r.resolve4('nx.example.test', function (e, v) { show('nxdomain', e, v); done(); }); },
  function (done) { r.resolveMx('a.example.test', function (e, v) { show('nodata', e, v); done(); }); },
  function (done) { r.resolve4('fail.example.test', function (e, v) { show('servfail', e, v); done(); }); },
  function (done) { r.resolveTxt('refused.example.test', function (e, v) { show('refused', e, v); done(); }); },
  function (done) {
    r.resolve4(new Array(70).join('x') + '.example.test', function (e, v) { show('badname', e, v); done(); });
  },
  function (done) { r.resolve4('silent.example.test', function (e, v) { show('timeout', e, v); done(); }); },
  function (done) { refusing.resolve4('a.example.test', function (e, v) { show('refusing server', e, v); done(); }); },
  function (done) {
    var c = new dns.Resolver();
    c.setServers(['127.0.0.1:' + port]);
    var n = 0;
    c.resolve4('silent.example.test', function (e, v) { show('cancelled 1', e, v); if (++n === 2) done(); });
    c.resolveAny('silent.example.test', function (e, v) { show('cancelled 2', e, v); if (++n === 2) done(); });
    c.cancel();
  },
  function (done) { r.resolve4('a.example.test', function (e, v) { show('still works', e, v); done(); }); }
];
(function next(i) { if (i < steps.length) steps[i](function () { next(i + 1); }); })(0);

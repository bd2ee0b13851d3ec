// dns.promises: the default resolver's forms and dns.promises.Resolver
// (its own servers, resolve(host, rrtype), reverse, errors as rejections).
'use strict';
var dns = require('dns');
var dnsp = require('dns/promises');
var port = process.argv[2];

console.log('same object', dnsp === dns.promises, typeof dnsp.Resolver);
dnsp.setServers(['127.0.0.1:' + port]);
console.log('shared with dns', dns.getServers()[0] === '127.0.0.1:' + port);

var r = new dnsp.Resolver({ timeout: 2000, tries: 2 });
r.setServers(['[::1]:53', '127.0.0.1:' + port]);
r.setServers(['127.0.0.1:' + port]);

function show(label, p) {
  return p.then(function (v) { console.log(label, v); },
    function (e) { console.log(label, 'rejected', e.code, e.syscall, e.hostname, e.message); });
}

show('resolve4', dnsp.resolve4('a.example.test'))
  .then(function () { return show('resolve6 ttl', dnsp.resolve6('a.example.test', { ttl: true })); })
  .then(function () { return show('resolveMx', r.resolveMx('mail.example.test')); })
  .then(function () { return show('resolveTxt', r.resolveTxt('txt.example.test')); })
  .then(function () { return show('resolve SRV', r.resolve('_sip._tcp.example.test', 'SRV')); })
  .then(function () { return show('resolve default', r.resolve('a.example.test')); })
  .then(function () { return show('resolveSoa', dnsp.resolveSoa('example.test')); })
  .then(function () { return show('resolveCaa', r.resolveCaa('caa.example.test')); })
  .then(function () { return show('resolveNaptr', r.resolveNaptr('naptr.example.test')); })
  .then(function () { return show('reverse', r.reverse('192.0.2.1')); })
  .then(function () { return show('reverse bad', r.reverse('not-an-ip')); })
  .then(function () { return show('nx', r.resolve4('nx.example.test')); })
  .then(function () { return show('nodata', r.resolveCname('a.example.test')); })
  .then(function () {
    try { r.resolve('a.example.test', 'BOGUS'); } catch (e) { console.log('bad rrtype', e.code, e.message); }
    try { r.resolve('a.example.test', 42); } catch (e) { console.log('rrtype type', e.code, e.message); }
    try { r.resolve4(42); } catch (e) { console.log('name type', e.code, e.message); }
  });

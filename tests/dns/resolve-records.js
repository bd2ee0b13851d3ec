// Every record type through the callback API and the default resolver,
// against tests/dns/dns_server.py (port in argv[2]), one query at a time.
'use strict';
var dns = require('dns');
var port = process.argv[2];

dns.setServers(['127.0.0.1:' + port]);
console.log('servers', dns.getServers().length, dns.getServers()[0] === '127.0.0.1:' + port);

var steps = [
  ['resolve4', 'a.example.test'],
  ['resolve4', 'a.example.test', { ttl: true }],
  ['resolve6', 'a.example.test'],
  ['resolve6', 'a.example.test', { ttl: true }],
  ['resolve4', 'www.example.test'],
  ['resolveCname', 'www.example.test'],
  ['resolveMx', 'mail.example.test'],
  ['resolveTxt', 'txt.example.test'],
  ['resolveSrv', '_sip._tcp.example.test'],
  ['resolveNs', 'example.test'],
  ['resolveSoa', 'example.test'],
  ['resolveCaa', 'caa.example.test'],
  ['resolveNaptr', 'naptr.example.test'],
  ['resolvePtr', 'ptr.example.test'],
  ['resolveAny', 'any.example.test'],
  ['reverse', '192.0.2.1'],
  ['reverse', '2001:db8::1'],
  ['resolve', 'mail.example.test', 'MX'],
  ['resolve', 'a.example.test', 'AAAA'],
  ['resolve', 'a.example.test'],
  ['resolve4', 'b\u00fccher.example.test'],
  ['resolve4', 'n\u00f6pe.example.test'],
  ['resolveTxt', 'big.example.test']
];

function next(i) {
  if (i === steps.length) return;
  var s = steps[i], args = s.slice(1);
  args.push(function (err, res) {
    if (err) console.log(s[0], s[1], 'error', err.code);
    else console.log(s[0], s.slice(1).map(function (a) { return JSON.stringify(a); }).join(' '), res);
    next(i + 1);
  });
  var req = dns[s[0]].apply(dns, args);
  if (i === 0) console.log('request', typeof req, req.hostname);
  if (i === 0) console.log('method name', dns.resolve4.name, dns.reverse.name, new dns.Resolver().resolveMx.name);
}
next(0);

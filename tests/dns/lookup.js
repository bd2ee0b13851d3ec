// dns.lookup and lookupService with either backend (the cares one answers
// them with ares_getaddrinfo/ares_getnameinfo): names from the hosts file
// and IP literals only, so no query leaves the machine.
'use strict';
var dns = require('dns');

var steps = [
  function (next) { dns.lookup('localhost', 4, function (e, a, f) { console.log('localhost 4', e, a, f); next(); }); },
  function (next) {
    dns.lookup('localhost', { family: 4, all: true }, function (e, all) { console.log('all', e, all); next(); });
  },
  function (next) { dns.lookup('127.0.0.1', function (e, a, f) { console.log('literal', e, a, f); next(); }); },
  function (next) {
    dns.lookupService('127.0.0.1', 22, function (e, h, s) { console.log('service 22', e, h, s); next(); });
  },
  function (next) {
    dns.lookupService('127.0.0.1', 0, function (e, h, s) { console.log('service 0', e, h, s); next(); });
  },
  function (next) {
    dns.promises.lookup('localhost', { family: 4 }).then(function (r) { console.log('promise', r); next(); });
  },
  function (next) {
    try { dns.lookup('localhost', { family: 5 }, function () {}); } catch (e) { console.log('bad family', e.code); }
    try { dns.lookupService('nope', 80, function () {}); } catch (e) { console.log('bad address', e.code); }
    next();
  }
];
(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);

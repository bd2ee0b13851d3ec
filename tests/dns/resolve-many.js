// Many queries at once (more than the pool backend's workers), many
// resolvers with distinct servers (more than the cares backend keeps
// channels for), and exit with a query still in flight.
'use strict';
var dns = require('dns');
var port = process.argv[2];

dns.setServers(['127.0.0.1:' + port]);
var names = ['a.example.test', 'www.example.test', 'nx.example.test', 'fail.example.test'];
var results = [], left = 200;

for (var i = 0; i < 200; i++) {
  (function (i) {
    var name = names[i % names.length];
    dns.resolve4(name, function (err, addrs) {
      results[i] = name + ' ' + (err ? err.code : addrs.join(','));
      if (--left === 0) parallelDone();
    });
  })(i);
}

function parallelDone() {
  var counts = {};
  results.forEach(function (r) { counts[r] = (counts[r] || 0) + 1; });
  console.log('parallel', counts);
  resolvers(0);
}

// 12 resolvers, each with its own list (the same server under a different
// second entry), one query each, then each again
function resolvers(i) {
  if (i === 24) return exitWhileBusy();
  var r = new dns.Resolver({ tries: 1 });
  r.setServers(['127.0.0.1:' + port, '127.0.0.' + (2 + i % 12) + ':' + port]);
  r.resolveMx('mail.example.test', function (err, mx) {
    console.log('resolver', i % 12, err ? err.code : mx.length);
    resolvers(i + 1);
  });
}

function exitWhileBusy() {
  var r = new dns.Resolver();
  r.setServers(['127.0.0.1:' + port]);
  r.resolve4('silent.example.test', function () { console.log('never'); });
  dns.resolveTxt('txt.example.test', function (err, txt) {
    console.log('exit with a query in flight', err ? err.code : txt.length);
    process.exit(0);
  });
}

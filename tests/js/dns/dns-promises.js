// dns.promises.lookup: results as { address, family } (or arrays with all),
// rejections shaped as Node's, argument errors thrown synchronously.
var dns = require('dns');
var lookup = dns.promises.lookup;

function check(label, fn) {
  try {
    var p = fn();
    console.log(label, 'returned', p instanceof Promise);
    p.then(null, function () {});
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

check('hostname number', function () { return lookup(5); });
check('options string', function () { return lookup('x', 's'); });
check('options.family', function () { return lookup('x', { family: 3 }); });
check('family arg', function () { return lookup('x', 7); });
check('options.family IPv6', function () { return lookup('x', { family: 'IPv6' }); });
check('options.all', function () { return lookup('x', { all: 'yes' }); });

function show(label) {
  return function (v) { console.log(label, JSON.stringify(v)); };
}
function fail(label) {
  return function (e) {
    console.log(label, 'rejected', e instanceof Error, e.message, e.code, e.errno, e.syscall, e.hostname);
  };
}

var steps = [
  function () { return lookup('127.0.0.1').then(show('ipv4 literal')); },
  function () { return lookup('::1', { all: true }).then(show('ipv6 literal all')); },
  function () { return lookup('', 6).then(show('empty family 6')); },
  function () { return lookup('', { all: true }).then(show('empty all')); },
  function () { return lookup('localhost').then(show('localhost')); },
  function () { return lookup('localhost', { all: true, family: 4 }).then(show('localhost all 4')); },
  function () { return lookup('localhost', { family: 6, hints: dns.V4MAPPED }).then(show('v4mapped')); },
  function () { return lookup('nosuch.invalid').then(show('nosuch'), fail('nosuch')); },
  function () { return lookup('nosuch.invalid', { all: true }).then(show('nosuch all'), fail('nosuch all')); },
  function () { return dns.promises.getDefaultResultOrder(); }
];
var p = Promise.resolve();
steps.forEach(function (s) { p = p.then(s); });
p.then(function (order) { console.log('done', order); });

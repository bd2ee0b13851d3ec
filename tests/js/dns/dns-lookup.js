// dns.lookup: names through the dns service (getaddrinfo), IP literals and
// empty names without it, options (family, all, hints, order, verbatim),
// Node's errors and argument checks.
var dns = require('dns');

function show(label) {
  return function (err, address, family) {
    if (err) {
      console.log(label, 'error', err.message, err.code, err.errno, err.syscall, err.hostname,
        Object.keys(err).sort().join(','));
    } else if (Array.isArray(address)) {
      console.log(label, JSON.stringify(address), family);
    } else {
      console.log(label, address, family);
    }
  };
}

function check(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.BADFAMILY, dns.CANCELLED);
console.log('order', dns.getDefaultResultOrder(), typeof dns.promises.lookup);

// argument checks (synchronous throws)
check('hostname number', function () { dns.lookup(5, function () {}); });
check('hostname true', function () { dns.lookup(true, function () {}); });
check('family arg', function () { dns.lookup('x', 5, function () {}); });
check('options.family', function () { dns.lookup('x', { family: 5 }, function () {}); });
check('options.family str', function () { dns.lookup('x', { family: 'IPv5' }, function () {}); });
check('options.hints bad', function () { dns.lookup('x', { hints: 1234 }, function () {}); });
check('options.hints type', function () { dns.lookup('x', { hints: 'a' }, function () {}); });
check('options.all', function () { dns.lookup('x', { all: 1 }, function () {}); });
check('options.verbatim', function () { dns.lookup('x', { verbatim: 1 }, function () {}); });
check('options.order', function () { dns.lookup('x', { order: 'foo' }, function () {}); });
check('options string', function () { dns.lookup('x', 'str', function () {}); });
check('options bool', function () { dns.lookup('x', true, function () {}); });
check('no callback', function () { dns.lookup('x', {}); });
check('no callback 2', function () { dns.lookup('x'); });
check('no callback num', function () { dns.lookup('x', 4); });
check('setDefaultResultOrder', function () { dns.setDefaultResultOrder('x'); });

// IP literals and empty names answer on the next tick, before any lookup
var r = dns.lookup('1.2.3.4', show('ipv4 literal'));
console.log('literal returns', JSON.stringify(r));
dns.lookup('::1', { all: true }, show('ipv6 literal all'));
dns.lookup('1.2.3.4', { family: 6 }, show('literal ignores family'));
dns.lookup('fe80::1%lo', show('scoped literal'));
dns.lookup('', show('empty'));
dns.lookup(null, { family: 6 }, show('null family 6'));
dns.lookup(0, { all: true }, show('zero all'));
process.nextTick(function () { console.log('tick after literals'); });

// names go to the service, one at a time so the output order is fixed
var steps = [
  function (next) { dns.lookup('localhost', next('localhost')); },
  function (next) { dns.lookup('localhost', { all: true }, next('localhost all')); },
  function (next) { dns.lookup('localhost', 4, next('localhost 4')); },
  function (next) { dns.lookup('localhost', { family: 'IPv4', all: true }, next('localhost IPv4 all')); },
  function (next) { dns.lookup('localhost', null, next('null options')); },
  function (next) { dns.lookup('LOCALHOST', next('upper case')); },
  function (next) { dns.lookup('localhost', { order: 'ipv6first', all: true }, next('ipv6first')); },
  function (next) { dns.lookup('localhost', { verbatim: false, all: true }, next('verbatim false')); },
  function (next) { dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED }, next('v4mapped')); },
  function (next) { dns.lookup('localhost', { hints: dns.ADDRCONFIG | dns.V4MAPPED }, next('addrconfig')); },
  function (next) { dns.lookup('nosuch.invalid', next('nosuch')); },
  function (next) { dns.lookup('nosuch.invalid', { all: true }, next('nosuch all')); },
  function (next) { dns.lookup('a..b', next('empty label')); },
  function (next) {
    dns.setDefaultResultOrder('ipv4first');
    console.log('order now', dns.getDefaultResultOrder());
    dns.lookup('localhost', next('after setDefaultResultOrder'));
  }
];
var i = 0;
function run() {
  if (i === steps.length) return;
  steps[i++](function (label) {
    var cb = show(label);
    return function (err, a, f) {
      cb(err, a, f);
      run();
    };
  });
}
setTimeout(run, 1);

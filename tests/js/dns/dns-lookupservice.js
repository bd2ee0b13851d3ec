// dns.lookupService: getnameinfo through the dns service (callback and
// promise forms), its argument checks and errors. 127.0.0.1 is 'localhost'
// in /etc/hosts here and ::1 is not; 192.0.2.77 has no reverse name.
var dns = require('dns');

function check(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

check('no args', function () { dns.lookupService(); });
check('two args', function () { dns.lookupService('127.0.0.1', 22); });
check('address type', function () { dns.lookupService(1, 22, function () {}); });
check('address not IP', function () { dns.lookupService('localhost', 22, function () {}); });
check('port string', function () { dns.lookupService('127.0.0.1', 'a', function () {}); });
check('port range', function () { dns.lookupService('127.0.0.1', 70000, function () {}); });
check('port float', function () { dns.lookupService('127.0.0.1', 1.5, function () {}); });
check('callback', function () { dns.lookupService('127.0.0.1', 22, 5); });
check('promise one arg', function () { dns.promises.lookupService('127.0.0.1'); });
check('promise bad address', function () { dns.promises.lookupService('::x', 1); });

var steps = [
  function (next) { dns.lookupService('127.0.0.1', 22, next('127.0.0.1:22')); },
  function (next) { dns.lookupService('127.0.0.1', '80', next('127.0.0.1:"80"')); },
  function (next) { dns.lookupService('127.0.0.1', 0, next('127.0.0.1:0')); },
  function (next) { dns.lookupService('::1', 80, next('::1:80')); },
  function (next) { dns.lookupService('192.0.2.77', 12345, next('192.0.2.77')); },
  function (next) {
    dns.promises.lookupService('127.0.0.1', 443).then(function (r) {
      console.log('promise', JSON.stringify(r));
      return dns.promises.lookupService('::1', 1);
    }).then(null, function (e) {
      console.log('promise rejected', e.message, e.code, e.errno, e.syscall, e.hostname);
    }).then(next(null));
  }
];
var i = 0;
function run() {
  if (i < steps.length) steps[i++](function (label) {
    return function (err, host, service) {
      if (label === null) return run();
      if (err) console.log(label, 'error', err.message, err.code, err.errno, err.syscall, err.hostname);
      else console.log(label, host, service);
      run();
    };
  });
}
run();

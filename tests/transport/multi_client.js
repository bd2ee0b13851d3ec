// The client side of multi_endpoint_test.py: keeps IN_FLIGHT requests going
// through fs bound to several endpoints. Every other request appends a
// numbered line "i\n" to a file (writeFile with O_APPEND: not idempotent),
// the rest read (stat and readFile of a fixed file: idempotent; every
// fifth one with readFileSync, the binding's sync path). Prints every
// outcome ("ok w|r i" / "err w|r i CODE"), every link event ("event
// connect|disconnect SERVICE URL"), muk.stats('fs') as one JSON line
// ("stats {...}") on SIGUSR1, and stops on SIGUSR2 (the last stats line).
'use strict';
var muk = require('muk');
var fs = require('fs');
var path = process.argv[2], fixed = process.argv[3];
var want = fs.readFileSync(fixed, 'utf8'); // through the binding too
var O_APPEND_CREAT_WRONLY = 1024 | 64 | 1;
var IN_FLIGHT = 8;
var stop = false, i = 0, running = 0;

muk.on('connect', function (service, info) {
  console.log('event connect ' + service + ' ' + info.url);
});
muk.on('disconnect', function (service, info) {
  console.log('event disconnect ' + service + ' ' + info.url);
});
function stats() { console.log('stats ' + JSON.stringify(muk.stats('fs'))); }
process.on('SIGUSR1', stats);
process.on('SIGUSR2', function () { stop = true; });

function done(kind, n, e) {
  console.log(e ? 'err ' + kind + ' ' + n + ' ' + e.code : 'ok ' + kind + ' ' + n);
  running--;
  if (stop) {
    if (running === 0) stats();
    return;
  }
  setTimeout(next, 2);
}

function next() {
  var n = ++i;
  running++;
  if (n % 2) {
    muk.request('fs', 'writeFile', [path, O_APPEND_CREAT_WRONLY, 420], n + '\n').then(
      function () { done('w', n); }, function (e) { done('w', n, e); });
  } else if (n % 10 === 0) {
    var err = null;
    try {
      if (fs.readFileSync(fixed, 'utf8') !== want) err = { code: 'EWRONG' };
    } catch (e) { err = e; }
    done('r', n, err);
  } else {
    fs.stat(fixed, function (e, st) {
      if (e) return done('r', n, e);
      fs.readFile(fixed, 'utf8', function (e2, s) {
        done('r', n, e2 || (s === want && st.size === want.length ? null : { code: 'EWRONG' }));
      });
    });
  }
}
for (var k = 0; k < IN_FLIGHT; k++) next();

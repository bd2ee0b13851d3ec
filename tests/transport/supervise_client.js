// The client side of supervise_test.py: appends lines "i\n" to a file
// through a remote fs, one request each (writeFile with O_APPEND), one at a
// time (every third, all or none with fs.appendFileSync, the binding's
// sync socket: SIGUSR1 moves to the next mode),
// and prints every outcome ("ok i" / "err i CODE lost|gone") and every link
// event ("event connect|disconnect SERVICE URL") on stdout. On SIGUSR2 it
// stops and prints muk.stats('fs') as one JSON line ("stats {...}").
'use strict';
var muk = require('muk');
var fs = require('fs');
var path = process.argv[2];
var O_APPEND_CREAT_WRONLY = 1024 | 64 | 1;
var stop = false, i = 0;

muk.on('connect', function (service, info) {
  console.log('event connect ' + service + ' ' + info.url);
});
muk.on('disconnect', function (service, info) {
  console.log('event disconnect ' + service + ' ' + info.url + ' ' + info.reason);
});
process.on('SIGUSR2', function () { stop = true; });
// SIGUSR1 moves to the next mode: mixed (every third write through
// fs.appendFileSync), sync (all of them), async (none), mixed, ...
var modes = ['mixed', 'sync', 'async'], mode = 0;
process.on('SIGUSR1', function () {
  mode = (mode + 1) % modes.length;
  console.log('mode ' + modes[mode]);
});

// 'lost': the request went out on a session the server no longer knew
function why(e) {
  return /no longer knows/.test(e.message) ? 'lost' : 'gone';
}

function next() {
  if (stop) {
    console.log('stats ' + JSON.stringify(muk.stats('fs')));
    return;
  }
  var n = ++i;
  if (modes[mode] === 'sync' || (modes[mode] === 'mixed' && n % 3 === 0)) {
    try {
      fs.appendFileSync(path, n + '\n');
      console.log('ok ' + n);
    } catch (e) {
      console.log('err ' + n + ' ' + e.code + ' ' + why(e));
    }
    setTimeout(next, 5);
    return;
  }
  muk.request('fs', 'writeFile', [path, O_APPEND_CREAT_WRONLY, 420], n + '\n').then(function () {
    console.log('ok ' + n);
  }, function (e) {
    console.log('err ' + n + ' ' + e.code + ' ' + why(e));
  }).then(function () { setTimeout(next, 5); });
}
next();

// child_spawn — child processes spawned and reaped, as many in flight as
// asked (each 'close' starts the next): ops/s.
//   muk child_spawn.js spawn N INFLIGHT   spawn('/bin/true') with stdio
//                                         'ignore', until 'exit'
//   muk child_spawn.js exec N INFLIGHT    exec('echo hi') round trips (a
//                                         shell, piped output, callback)
var cp = require('child_process');
var mode = process.argv[2] || 'spawn';
var n = +(process.argv[3] || 2000);
var inflight = +(process.argv[4] || 16);
var started = 0, done = 0, t0;

function one() {
  started++;
  if (mode === 'exec') {
    cp.exec('echo hi', function (err, out) {
      if (err || out !== 'hi\n') throw err || new Error('bad output ' + out);
      finished();
    });
  } else {
    cp.spawn('/bin/true', [], { stdio: 'ignore' }).on('exit', function (code) {
      if (code !== 0) throw new Error('exit ' + code);
      finished();
    });
  }
}

function finished() {
  done++;
  if (started < n) one();
  else if (done === n) {
    var dt = process.hrtime(t0);
    console.log('RESULT child_' + mode + ' ' + (n / (dt[0] + dt[1] / 1e9)).toFixed(0) + ' ops/s');
  }
}

t0 = process.hrtime();
for (var i = 0; i < inflight && started < n; i++) one();

// Promise throughput. Two modes (first argument):
//   chain    p = p.then(f) N times in a loop, then wait for the last link;
//            every link is one resolve + one reaction job.
//   resolve  Promise.resolve(i).then(f) N times in a loop (N independent
//            resolve+then pairs), then wait until all N reactions ran.
// Time from the first `then` to the last reaction, inside the script.
// Prints `RESULT promise_<mode> <ops/s> ops/s`.
// usage: promise_chain.js [chain|resolve] [N=1000000]
'use strict';
var mode = process.argv[2] || 'chain';
var N = +process.argv[3] || 1000000;
var name = 'promise_' + mode;
if (typeof Promise !== 'function' || typeof Promise.resolve !== 'function') {
  console.log('SKIP ' + name + ' no global Promise');
} else {
  var report = function (t0) {
    var d = process.hrtime(t0);
    var s = d[0] + d[1] / 1e9;
    console.log('RESULT ' + name + ' ' + (N / s).toFixed(0) + ' ops/s');
  };
  var t0, i;
  if (mode === 'chain') {
    var inc = function (v) { return v + 1; };
    t0 = process.hrtime();
    var p = Promise.resolve(0);
    for (i = 0; i < N; i++) p = p.then(inc);
    p.then(function (v) {
      if (v !== N) { console.log('ERROR ' + name + ' got ' + v + ' expected ' + N); process.exitCode = 1; return; }
      report(t0);
    });
  } else if (mode === 'resolve') {
    var done = 0;
    var count = function () { if (++done === N) report(t0); };
    t0 = process.hrtime();
    for (i = 0; i < N; i++) Promise.resolve(i).then(count);
  } else {
    console.log('ERROR ' + name + ' unknown mode');
    process.exitCode = 2;
  }
}

// Memory: a chain of N links p = p.then(f) built in one loop (all N
// promises and reactions alive until the loop returns), then waited for.
// The row that matters is its peak RSS (mem_then_chain_rss, ru_maxrss via
// spawnstat); the RESULT line gives links/s so the row has a speed too.
// Prints `RESULT mem_then_chain <links/s> ops/s`.
// usage: mem_then_chain.js [N=1000000]
'use strict';
var N = +process.argv[2] || 1000000;
var inc = function (v) { return v + 1; };
var t0 = process.hrtime();
var p = Promise.resolve(0);
for (var i = 0; i < N; i++) p = p.then(inc);
p.then(function (v) {
  if (v !== N) { console.log('ERROR mem_then_chain got ' + v + ' expected ' + N); process.exitCode = 1; return; }
  var d = process.hrtime(t0);
  console.log('RESULT mem_then_chain ' + (N / (d[0] + d[1] / 1e9)).toFixed(0) + ' ops/s');
});

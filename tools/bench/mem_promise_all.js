// Memory: N pending promises (each with its resolve function kept in an
// array), one Promise.all over them, then all resolved in a second loop.
// The row that matters is its peak RSS (mem_promise_all_rss, ru_maxrss via
// spawnstat); the RESULT line gives promises/s so the row has a speed too.
// Prints `RESULT mem_promise_all <promises/s> ops/s`.
// usage: mem_promise_all.js [N=2000000]
'use strict';
var N = +process.argv[2] || 2000000;
var t0 = process.hrtime();
var resolvers = new Array(N);
var promises = new Array(N);
var keep = function (i) {
  return new Promise(function (resolve) { resolvers[i] = resolve; });
};
for (var i = 0; i < N; i++) promises[i] = keep(i);
Promise.all(promises).then(function (values) {
  if (values.length !== N || values[N - 1] !== N - 1) {
    console.log('ERROR mem_promise_all wrong result'); process.exitCode = 1; return;
  }
  var d = process.hrtime(t0);
  console.log('RESULT mem_promise_all ' + (N / (d[0] + d[1] / 1e9)).toFixed(0) + ' ops/s');
});
promises = null;
for (i = 0; i < N; i++) resolvers[i](i);
resolvers = null;

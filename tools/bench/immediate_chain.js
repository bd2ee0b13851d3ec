// setImmediate chain: each callback schedules the next, N links in a row.
// Prints `RESULT immediate_chain <ops/s> ops/s`.
// usage: immediate_chain.js [N=200000]
'use strict';
var N = +process.argv[2] || 200000;
if (typeof setImmediate !== 'function' || typeof process.hrtime !== 'function') {
  console.log('SKIP immediate_chain setImmediate/process.hrtime missing');
} else {
  var n = 0;
  var t0;
  var step = function () {
    if (++n < N) {
      setImmediate(step);
    } else {
      var d = process.hrtime(t0);
      var s = d[0] + d[1] / 1e9;
      console.log('RESULT immediate_chain ' + (N / s).toFixed(0) + ' ops/s');
    }
  };
  t0 = process.hrtime();
  setImmediate(step);
}

// setTimeout fan-out: N timers with pseudo-random delays in [0, 10] ms, all
// scheduled up front, all firing. Time from the first setTimeout to the last
// callback, measured inside the script. Prints `RESULT timers_fanout <ops/s> ops/s`.
// usage: timers_fanout.js [N=100000]   (ES5: runs unchanged under muk and node)
'use strict';
var N = +process.argv[2] || 100000;
if (typeof setTimeout !== 'function' || typeof process.hrtime !== 'function') {
  console.log('SKIP timers_fanout setTimeout/process.hrtime missing');
} else {
  var seed = 12345;
  var rand = function () { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  var fired = 0;
  var t0;
  var cb = function () {
    if (++fired === N) {
      var d = process.hrtime(t0);
      var s = d[0] + d[1] / 1e9;
      console.log('RESULT timers_fanout ' + (N / s).toFixed(0) + ' ops/s');
    }
  };
  t0 = process.hrtime();
  for (var i = 0; i < N; i++) setTimeout(cb, rand() % 11);
}

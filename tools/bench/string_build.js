// String building: n appends s += 'x' in a loop, then one read of the
// result (so a runtime that defers the copy pays for it inside the timing).
// Prints `RESULT string_build <appends/s> ops/s`.
// usage: string_build.js [n=1000000]
'use strict';
var n = +process.argv[2] || 1000000;
function build(count) {
  var s = '';
  for (var i = 0; i < count; i++) s += 'x';
  return s;
}
var t0 = process.hrtime();
var s = build(n);
var last = s.charCodeAt(n - 1);
var d = process.hrtime(t0);
if (s.length !== n || last !== 120) {
  console.log('SKIP string_build wrong result');
} else {
  console.log('RESULT string_build ' + (n / (d[0] + d[1] / 1e9)).toFixed(0) + ' ops/s');
}

// Array building: `rounds` arrays of n elements each made by push, then
// one pass reading them back. Prints `RESULT array_push <pushes/s> ops/s`.
// usage: array_push.js [n=1000000] [rounds=5]
'use strict';
var n = +process.argv[2] || 1000000;
var rounds = +process.argv[3] || 5;
function fill(count) {
  var a = [];
  for (var i = 0; i < count; i++) a.push(i);
  return a;
}
var t0 = process.hrtime();
var sum = 0;
for (var r = 0; r < rounds; r++) {
  var a = fill(n);
  sum += a[n - 1] + a.length;
}
var d = process.hrtime(t0);
if (sum !== rounds * (2 * n - 1)) {
  console.log('SKIP array_push wrong result');
} else {
  console.log('RESULT array_push ' + (n * rounds / (d[0] + d[1] / 1e9)).toFixed(0) + ' ops/s');
}

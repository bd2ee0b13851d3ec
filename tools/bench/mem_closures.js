// Memory: a linked list of N closures, each capturing its index and the
// closure before it, all alive at once; then walked once from the head.
// The row that matters is its peak RSS (mem_closures_rss, ru_maxrss via
// spawnstat); the RESULT line gives closures/s so the row has a speed too.
// Prints `RESULT mem_closures <closures/s> ops/s`.
// usage: mem_closures.js [N=2000000]
'use strict';
var N = +process.argv[2] || 2000000;
function link(i, next) {
  return function () { return next ? i + next() : i; };
}
function walk(f) {          // iterative: next() recursion would overflow
  var sum = 0;
  for (var n = 0; n < N; n++) { sum += f.i; f = f.next; }
  return sum;
}
var t0 = process.hrtime();
var head = null;
for (var i = 0; i < N; i++) {
  var f = link(i, head);
  f.i = i;
  f.next = head;
  head = f;
}
var sum = walk(head);
var d = process.hrtime(t0);
if (sum !== N * (N - 1) / 2) {
  console.log('ERROR mem_closures got ' + sum); process.exitCode = 1;
} else {
  console.log('RESULT mem_closures ' + (N / (d[0] + d[1] / 1e9)).toFixed(0) + ' ops/s');
}

// randomInt: results within [min, max) over many draws (both ends reached
// on small ranges), the sync and callback forms (more callbacks than one
// cache holds), the range checks and their errors.
'use strict';
var crypto = require('crypto');

function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { console.log(label, 'ok', typeof f()); } catch (e) { show(e); }
}

function check(min, max, n) {
  var lo = Infinity, hi = -Infinity, ints = true;
  for (var i = 0; i < n; i++) {
    var x = max === undefined ? crypto.randomInt(min) : crypto.randomInt(min, max);
    if (Math.floor(x) !== x) ints = false;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (max === undefined) { max = min; min = 0; }
  console.log('range', min, max, 'ints', ints, 'in range', lo >= min && hi < max,
    max - min <= 10 ? 'ends ' + (lo === min) + ' ' + (hi === max - 1) : '');
}
check(1, undefined, 100);
check(2, undefined, 200);
check(10, undefined, 2000);
check(-5, 5, 2000);
check(-10, -7, 500);
check(0, Math.pow(2, 48) - 1, 2000);
check(-9007199254740991, -9007199254740991 + 3, 500);
check(9007199254740991 - 10, 9007199254740991, 2000);

attempt('max only', function () { return crypto.randomInt(3); });
attempt('min type', function () { return crypto.randomInt('1', 10); });
attempt('max type', function () { return crypto.randomInt(1, '10'); });
attempt('max fraction', function () { return crypto.randomInt(1.5); });
attempt('max unsafe', function () { return crypto.randomInt(0, Math.pow(2, 53)); });
attempt('max <= min', function () { return crypto.randomInt(10, 10); });
attempt('max <= 0', function () { return crypto.randomInt(0); });
attempt('range too big', function () { return crypto.randomInt(Math.pow(2, 48)); });
attempt('range too big 2', function () { return crypto.randomInt(-1, Math.pow(2, 48) - 1); });
attempt('range max', function () { return crypto.randomInt(-1, Math.pow(2, 48) - 2); });
attempt('cb type', function () { return crypto.randomInt(1, 10, 'x'); });
attempt('no args', function () { return crypto.randomInt(); });

// Callback forms: 3000 requests (more than one 1024-draw cache).
var pending = 0, bad = 0, seen = {}, n = 0, order = [];
function done() {
  if (--pending === 0) {
    console.log('cb all answered', n, 'bad', bad, 'values seen', Object.keys(seen).length);
    console.log('cb first answers', order.slice(0, 3).join(' '));
  }
}
for (var i = 0; i < 3000; i++) {
  pending++;
  (function (i) {
    var cb = function (err, x) {
      n++;
      if (err || x < 0 || x >= 6 || Math.floor(x) !== x) bad++;
      seen[x] = true;
      if (order.length < 3) order.push(i);
      done();
    };
    if (i % 2) crypto.randomInt(6, cb); else crypto.randomInt(0, 6, cb);
  })(i);
}
console.log('sync part done');

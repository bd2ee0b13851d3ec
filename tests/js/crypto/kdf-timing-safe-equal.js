// timingSafeEqual: equal and unequal Buffers of several lengths (the
// difference at the first, a middle and the last byte), empty Buffers,
// views, and the errors for lengths and types.
'use strict';
var crypto = require('crypto');

function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { console.log(label, 'ok', f()); } catch (e) { show(e); }
}

[1, 16, 33, 1000].forEach(function (n) {
  var a = Buffer.alloc(n), i;
  for (i = 0; i < n; i++) a[i] = (i * 7 + 3) & 0xff;
  var b = Buffer.from(a);
  var line = [n, crypto.timingSafeEqual(a, b)];
  [0, n >> 1, n - 1].forEach(function (at) {
    var c = Buffer.from(a);
    c[at] ^= 1;
    line.push(crypto.timingSafeEqual(a, c));
  });
  console.log(line.join(' '));
});
console.log('empty', crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
var big = Buffer.alloc(64, 5);
console.log('views', crypto.timingSafeEqual(big.subarray(0, 10), big.subarray(20, 30)),
  crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('xabc').subarray(1)));

attempt('lengths', function () { return crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)); });
attempt('buf1', function () { return crypto.timingSafeEqual('ab', Buffer.alloc(2)); });
attempt('buf2', function () { return crypto.timingSafeEqual(Buffer.alloc(2), 'ab'); });
attempt('both', function () { return crypto.timingSafeEqual(1, 2); });

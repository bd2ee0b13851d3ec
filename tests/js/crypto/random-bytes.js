// randomBytes and its aliases: lengths, sync and callback forms (several
// in flight), distinct outputs, the size checks and their errors.
'use strict';
var crypto = require('crypto');

function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { var r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.length : r); } catch (e) { show(e); }
}

[0, 1, 16, 32, 1000, 65536].forEach(function (n) {
  var b = crypto.randomBytes(n);
  console.log('sync', n, Buffer.isBuffer(b), b.length);
});
console.log('aliases', crypto.pseudoRandomBytes === crypto.randomBytes, crypto.prng === crypto.randomBytes,
  crypto.rng === crypto.randomBytes);
console.log('alias lengths', crypto.pseudoRandomBytes(5).length, crypto.prng(6).length, crypto.rng(7).length);

// Two 32-byte draws differ; 64 KiB is not all zeros and every byte value
// turns up (chance of a miss: 256 * (255/256)^65536, about 1e-109).
console.log('differ', !crypto.randomBytes(32).equals(crypto.randomBytes(32)));
var big = crypto.randomBytes(65536), seen = {}, count = 0;
for (var i = 0; i < big.length; i++) if (!seen[big[i]]) { seen[big[i]] = true; count++; }
console.log('byte values seen', count);

attempt('size -1', function () { return crypto.randomBytes(-1); });
attempt('size 2**31', function () { return crypto.randomBytes(Math.pow(2, 31)); });
attempt('size NaN', function () { return crypto.randomBytes(NaN); });
attempt('size string', function () { return crypto.randomBytes('10'); });
attempt('size undefined', function () { return crypto.randomBytes(); });
attempt('size 1.5', function () { return crypto.randomBytes(1.5); });
attempt('cb type', function () { return crypto.randomBytes(10, 'x'); });
attempt('cb size', function () { return crypto.randomBytes(-5, function () {}); });

var out = [], pending = 0;
function done() { if (--pending === 0) out.forEach(function (l) { console.log(l); }); }
[0, 8, 64, 100000].forEach(function (n, i) {
  pending++;
  crypto.randomBytes(n, function (err, buf) {
    out[i] = 'cb ' + n + ' ' + err + ' ' + Buffer.isBuffer(buf) + ' ' + buf.length;
    done();
  });
});
console.log('sync part done');

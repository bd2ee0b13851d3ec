// crypto_random_bytes — crypto.randomBytes(SIZE) synchronously, N times
// in a loop (after a warm-up): calls/s.
//   muk crypto_random_bytes.js [N] [SIZE]
var crypto = require('crypto');
var n = +(process.argv[2] || 500000), size = +(process.argv[3] || 32);
if (typeof process.hrtime !== 'function' || typeof crypto.randomBytes !== 'function') {
  console.log('SKIP crypto_random_bytes no crypto.randomBytes / process.hrtime');
} else {
  var sink = 0, i;
  for (i = 0; i < 10000; i++) sink += crypto.randomBytes(size).length;
  var t0 = process.hrtime();
  for (i = 0; i < n; i++) sink += crypto.randomBytes(size).length;
  var d = process.hrtime(t0);
  if (sink !== (n + 10000) * size) throw new Error('bad lengths');
  console.log('RESULT crypto_random_bytes ' + Math.round(n / (d[0] + d[1] / 1e9)) + ' ops/s');
}

// crypto_hash_small — createHash('sha256').update(64 bytes).digest('hex')
// (or createHmac('sha256', key)...) in a loop: ops/s. The small, synchronous
// case Node makes cheap.
//   muk crypto_hash_small.js hash|hmac [N]
var crypto = require('crypto');
var mode = process.argv[2] || 'hash';
var n = +(process.argv[3] || 200000);
if (typeof process.hrtime !== 'function') {
  console.log('SKIP crypto_hash_small no process.hrtime');
} else {
  var data = Buffer.alloc(64, 'x');
  var key = Buffer.from('0123456789abcdef0123456789abcdef');
  var one = mode === 'hmac'
    ? function () { return crypto.createHmac('sha256', key).update(data).digest('hex'); }
    : function () { return crypto.createHash('sha256').update(data).digest('hex'); };
  var i, last;
  for (i = 0; i < 1000; i++) last = one();
  var t0 = process.hrtime();
  for (i = 0; i < n; i++) last = one();
  var dt = process.hrtime(t0);
  var s = dt[0] + dt[1] / 1e9;
  if (last.length !== 64) throw new Error('bad digest');
  console.log('RESULT crypto_hash_small_' + mode + ' ' + (n / s).toFixed(0) + ' ops/s');
}

// crypto_hash_stream — SHA-256 of MIB MiB through crypto.createHash, fed as
// a stream user would: update() with 64 KiB chunks sliced from a Buffer.
// Prints MiB/s (the C baseline: sha256_c, the same EVP loop without a
// runtime).
//   muk crypto_hash_stream.js [MIB]
var crypto = require('crypto');
var mib = +(process.argv[2] || 256);
if (typeof process.hrtime !== 'function') {
  console.log('SKIP crypto_hash_stream no process.hrtime');
} else {
  var CHUNK = 65536;
  var src = Buffer.alloc(1 << 20);
  for (var i = 0; i < src.length; i++) src[i] = (i * 31 + 7) & 0xff;
  var per = src.length / CHUNK;
  // warm-up: the digest, the module, the service
  crypto.createHash('sha256').update(src).digest('hex');
  var t0 = process.hrtime();
  var h = crypto.createHash('sha256');
  var n = mib * per;
  for (var k = 0; k < n; k++) {
    var off = (k % per) * CHUNK;
    h.update(src.slice(off, off + CHUNK));
  }
  var d = h.digest('hex');
  var dt = process.hrtime(t0);
  var s = dt[0] + dt[1] / 1e9;
  if (d.length !== 64) throw new Error('bad digest');
  console.log('RESULT crypto_hash_stream ' + (mib / s).toFixed(1) + ' MiB/s');
}

// crypto_sign_ed25519 — crypto.sign(null, msg, key) with one Ed25519 key
// (RFC 8032 test 1's, as a JWK) over a 64-byte message, N times in a row
// (the synchronous one-shot form): signatures per second.
//   muk crypto_sign_ed25519.js [N]
var crypto = require('crypto');
var n = +(process.argv[2] || 20000);
if (typeof process.hrtime !== 'function' || typeof crypto.sign !== 'function') {
  console.log('SKIP crypto_sign_ed25519 no process.hrtime / crypto.sign');
} else {
  var key = crypto.createPrivateKey({
    format: 'jwk',
    key: { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
           x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }
  });
  var msg = Buffer.alloc(64, 0x61);
  var i, sig;
  for (i = 0; i < 200; i++) sig = crypto.sign(null, msg, key); // warm up
  var t0 = process.hrtime();
  for (i = 0; i < n; i++) sig = crypto.sign(null, msg, key);
  var d = process.hrtime(t0);
  var s = d[0] + d[1] / 1e9;
  if (sig.length !== 64) throw new Error('bad signature');
  console.log('RESULT crypto_sign_ed25519 ' + (n / s).toFixed(0) + ' ops/s');
}

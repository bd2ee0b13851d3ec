// crypto_kdf_pbkdf2 — crypto.pbkdf2(password, salt, ITER, 32, 'sha256', cb)
// with INFLIGHT derivations in progress at once (each finished one starts
// the next), N in all after a warm-up: derivations/s.
//   muk crypto_kdf_pbkdf2.js [N] [ITER] [INFLIGHT]
var crypto = require('crypto');
var n = +(process.argv[2] || 256), iter = +(process.argv[3] || 100000), inflight = +(process.argv[4] || 64);
if (typeof process.hrtime !== 'function' || typeof crypto.pbkdf2 !== 'function') {
  console.log('SKIP crypto_kdf_pbkdf2 no crypto.pbkdf2 / process.hrtime');
} else {
  var run = function (total, done) {
    var started = 0, finished = 0;
    var start = function () {
      var i = started++;
      crypto.pbkdf2('password' + i, 'salt', iter, 32, 'sha256', function (err, key) {
        if (err) throw err;
        if (key.length !== 32) throw new Error('bad key');
        if (++finished === total) return done();
        if (started < total) start();
      });
    };
    for (var j = 0; j < inflight && j < total; j++) start();
  };
  run(Math.min(inflight, n), function () { // warm-up: threads and fetches
    var t0 = process.hrtime();
    run(n, function () {
      var d = process.hrtime(t0);
      console.log('RESULT crypto_kdf_pbkdf2 ' + (n / (d[0] + d[1] / 1e9)).toFixed(1) + ' ops/s');
    });
  });
}

// hash-final-token — hashes whose service-side context hashFinal released,
// collected later: their tokens must not free the handle number again, which
// a host serving several clients (muk-serviced) has given to a newer hash.
// Run over a remote crypto service by tests/bridge/remote_test.py.
var crypto = require('crypto');
var big = Buffer.alloc(70000, 7);
var want = crypto.createHash('sha256').update(big).update(big).digest('hex');
var bad = 0, n = 300, i = 0;
function step() {
  var h = crypto.createHash('sha256');
  h.update(big);
  setImmediate(function () {
    var filler = [];
    for (var j = 0; j < 5000; j++) filler.push({ j: j }); // collections run here
    setImmediate(function () {
      h.update(big);
      try { if (h.digest('hex') !== want) bad++; }
      catch (e) { if (bad++ === 0) console.log('first failure:', e.code || e.message); }
      if (++i < n) step();
      else console.log('hashes right:', n - bad, 'of', n);
    });
  });
}
step();

// random-pool — randomBytes(n) for small n comes from a pool of the
// service's random bytes fetched 4 KiB at a time (bridge/crypto_binding.c):
// every size across many refills has its length, no two draws are equal,
// and no draw is all zeros (pool bytes are wiped after they are handed out).
var crypto = require('crypto');
var seen = Object.create(null), dup = 0, zero = 0, badlen = 0, total = 0;
for (var round = 0; round < 40; round++) {
  for (var n = 1; n <= 256; n = n * 2 + 1) {
    var b = crypto.randomBytes(n);
    total++;
    if (b.length !== n) badlen++;
    if (n >= 8) {
      var h = b.toString('hex');
      if (seen[h]) dup++;
      seen[h] = true;
      if (b.equals(Buffer.alloc(n))) zero++;
    }
  }
}
console.log('draws', total, 'bad lengths', badlen, 'duplicates', dup, 'all-zero', zero);
console.log('bigger', crypto.randomBytes(257).length, crypto.randomBytes(5000).length, crypto.randomBytes(0).length);

// AES-256-GCM encryption through createCipheriv: MiB of data (default 256)
// in 64 KiB updates, then final and getAuthTag. Prints
// `RESULT crypto_cipher_gcm <MiB/s> MiB/s`.
// usage: crypto_cipher_gcm.js [MiB=256] [chunkKiB=64]
'use strict';
var crypto = require('crypto');
var MiB = +process.argv[2] || 256;
var chunk = (+process.argv[3] || 64) * 1024;
var key = Buffer.alloc(32, 7), iv = Buffer.alloc(12, 9);
var buf = Buffer.alloc(chunk);
for (var i = 0; i < chunk; i++) buf[i] = (i * 131 + 17) & 255;
var n = Math.floor(MiB * 1024 * 1024 / chunk);

function run(count) {
  var c = crypto.createCipheriv('aes-256-gcm', key, iv);
  var total = 0;
  for (var i = 0; i < count; i++) total += c.update(buf).length;
  total += c.final().length;
  if (c.getAuthTag().length !== 16 || total !== count * chunk) throw new Error('bad output');
}

run(16); // warm-up
var t0 = process.hrtime();
run(n);
var d = process.hrtime(t0);
var s = d[0] + d[1] / 1e9;
console.log('RESULT crypto_cipher_gcm ' + (n * chunk / 1048576 / s).toFixed(0) + ' MiB/s');

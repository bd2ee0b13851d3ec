// Buffer codecs: hex and base64 encode + decode of a MiB-sized buffer.
// Throughput = 4 x size (hex encode, hex decode, base64 encode, base64
// decode) over the total time. Prints `RESULT buffer_codec <MiB/s> MiB/s`.
// usage: buffer_codec.js [MiB=64]
'use strict';
var MiB = +process.argv[2] || 64;
if (typeof Buffer !== 'function' || typeof process.hrtime !== 'function') {
  console.log('SKIP buffer_codec Buffer/process.hrtime missing');
} else {
  var size = MiB * 1024 * 1024;
  var pattern = Buffer.alloc(4093);
  var x = 12345;
  for (var i = 0; i < pattern.length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    pattern[i] = x >> 16;
  }
  var buf = Buffer.alloc(size, pattern);
  var t0 = process.hrtime();
  var hex = buf.toString('hex');
  var fromHex = Buffer.from(hex, 'hex');
  hex = null;
  var b64 = buf.toString('base64');
  var fromB64 = Buffer.from(b64, 'base64');
  var d = process.hrtime(t0);
  var s = d[0] + d[1] / 1e9;
  if (!fromHex.equals(buf) || !fromB64.equals(buf)) {
    console.log('SKIP buffer_codec round trip mismatch');
  } else {
    console.log('RESULT buffer_codec ' + (4 * MiB / s).toFixed(0) + ' MiB/s');
  }
}

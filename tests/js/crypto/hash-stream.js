// Streaming: many updates crossing the facade's in-JS threshold equal the
// one-shot; copy() before and after it; the update buffer reused by the
// caller; Hash and Hmac as Transform streams (write/end/read, pipe from
// fs.createReadStream, 'data' with setEncoding).
'use strict';
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');
var os = require('os');

function pattern(n, seed) {
  var b = Buffer.alloc(n);
  var x = seed;
  for (var i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  return b;
}

var data = pattern(300000, 7);
['sha256', 'sha1', 'sha3-256', 'blake2b512'].forEach(function (alg) {
  var one = crypto.createHash(alg).update(data).digest('hex');
  [1000, 4096, 65535, 65536, 70000, 150000].forEach(function (size) {
    var h = crypto.createHash(alg);
    for (var off = 0; off < data.length; off += size) h.update(data.slice(off, off + size));
    console.log(alg, size, h.digest('hex') === one);
  });
  // mixed strings and buffers
  var h2 = crypto.createHash(alg).update('x').update(data).update('y', 'latin1').update('7a7a', 'hex');
  var cat = Buffer.concat([Buffer.from('x'), data, Buffer.from('y'), Buffer.from('zz')]);
  console.log(alg, 'mixed', h2.digest('hex') === crypto.createHash(alg).update(cat).digest('hex'));
  console.log(alg, one);
});

// a caller reusing its buffer after update
var reuse = Buffer.from('first');
var hr = crypto.createHash('sha256').update(reuse);
reuse.fill(0);
console.log('reuse', hr.digest('hex'));

// copy() small and large, with shake's outputLength
[10, 100000].forEach(function (n) {
  var part = pattern(n, 3);
  var h = crypto.createHash('sha256').update(part);
  var c = h.copy();
  h.update('tail');
  c.update('other');
  console.log('copy', n, h.digest('hex'), c.digest('hex'));
  console.log('copy-check', n, crypto.createHash('sha256').update(Buffer.concat([part, Buffer.from('other')])).digest('hex'));
  var s = crypto.createHash('shake256', { outputLength: 8 }).update(part);
  var s2 = s.copy({ outputLength: 20 });
  var s3 = s.copy();
  console.log('shake-copy', n, s.digest('hex'), s2.digest('hex'), s3.digest('hex'));
  var hm = crypto.createHmac('sha256', 'k');
  for (var i = 0; i < 5; i++) hm.update(part);
  console.log('hmac', n, hm.digest('hex'));
  try { h.copy(); } catch (e) { console.log(e.code, e.message); }
  try { h.update('x'); } catch (e) { console.log(e.code, e.message); }
});

// stream: write/end then read
var hs = crypto.createHash('sha256');
hs.write('hello ');
hs.write(Buffer.from('world'));
hs.end();
console.log('read', hs.read().toString('hex'));
console.log('again', hs.digest('hex'));
try { hs.digest(); } catch (e) { console.log(e.code, e.message); }
var hm0 = crypto.createHmac('sha1', 'k');
hm0.end('x');
console.log('hmac read', hm0.read().toString('hex'), JSON.stringify(hm0.digest('hex')));

// stream: 'data' with setEncoding, an Hmac
var hm = crypto.createHmac('sha1', 'key');
hm.setEncoding('hex');
hm.on('data', function (d) { console.log('hmac data', d); });
hm.on('finish', function () { console.log('hmac finish'); });
hm.end('payload');

// stream: pipe a file (larger than the threshold) through a hash
var file = path.join(os.tmpdir(), 'muk-hash-stream-' + process.pid);
fs.writeFileSync(file, data);
var expected = crypto.createHash('md5').update(data).digest('hex');
fs.createReadStream(file, { highWaterMark: 16384 }).pipe(crypto.createHash('md5')).setEncoding('hex')
  .on('data', function (d) {
    console.log('pipe', d === expected, d);
  })
  .on('end', function () {
    fs.unlinkSync(file);
    console.log('pipe end');
  });

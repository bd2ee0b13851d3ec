// Known answers: FIPS 180-4 / NIST CSVS examples for the SHA-1, SHA-2 and
// SHA-3 families (abc, empty, 448-bit, 896-bit, one million 'a'), SHAKE
// with outputLength, and the seven test cases of RFC 4231 (HMAC-SHA-224/
// 256/384/512, case 5 truncated to 128 bits).
'use strict';
var crypto = require('crypto');

var msgs = [
  ['abc', 'abc'],
  ['empty', ''],
  ['448', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'],
  ['896', 'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu']
];
var million = Buffer.alloc(1000000, 'a');
var algs = ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512'];
algs.forEach(function (alg) {
  msgs.forEach(function (m) {
    console.log(alg, m[0], crypto.createHash(alg).update(m[1]).digest('hex'));
  });
  console.log(alg, 'million-a', crypto.createHash(alg).update(million).digest('hex'));
});

// SHAKE: default lengths, and outputLength (including 0 and long)
['shake128', 'shake256'].forEach(function (alg) {
  [undefined, 0, 1, 16, 32, 64, 200].forEach(function (n) {
    var opts = n === undefined ? undefined : { outputLength: n };
    console.log(alg, n, crypto.createHash(alg, opts).update('').digest('hex'));
    console.log(alg, n, 'abc', crypto.createHash(alg, opts).update('abc').digest('hex'));
  });
});

// RFC 4231
function rep(b, n) { return Buffer.alloc(n, b); }
var cases = [
  [rep(0x0b, 20), Buffer.from('Hi There')],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')],
  [rep(0xaa, 20), rep(0xdd, 50)],
  [Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), rep(0xcd, 50)],
  [rep(0x0c, 20), Buffer.from('Test With Truncation')],
  [rep(0xaa, 131), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First')],
  [rep(0xaa, 131), Buffer.from('This is a test using a larger than block-size key and a larger ' +
    'than block-size data. The key needs to be hashed before being used by the HMAC algorithm.')]
];
['sha224', 'sha256', 'sha384', 'sha512'].forEach(function (alg) {
  cases.forEach(function (c, i) {
    var mac = crypto.createHmac(alg, c[0]).update(c[1]).digest();
    if (i === 4) mac = mac.slice(0, 16);
    console.log('rfc4231', i + 1, alg, mac.toString('hex'));
  });
});
// the same through string keys and the streaming context
console.log(crypto.createHmac('sha256', 'Jefe').update('what do ya want ').update('for nothing?').digest('hex'));
var big = crypto.createHmac('sha512', rep(0xaa, 131));
for (var i = 0; i < 40; i++) big.update(rep(i, 4096));
console.log('hmac-big', big.digest('base64'));

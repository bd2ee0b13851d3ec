// scrypt / scryptSync: RFC 7914's vectors (the N=1048576 one needs 1 GiB:
// with the default maxmem it must fail with OpenSSL's memory-limit error),
// the option aliases and defaults, the callback form, argument errors.
'use strict';
var crypto = require('crypto');

function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { var r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) { show(e); }
}

var rfc7914 = [
  ['', '', 16, 1, 1, '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906'],
  ['password', 'NaCl', 1024, 8, 16, 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'],
  ['pleaseletmein', 'SodiumChloride', 16384, 8, 1, '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' +
   'd5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887']
];
rfc7914.forEach(function (v, i) {
  var k = crypto.scryptSync(v[0], v[1], 64, { N: v[2], r: v[3], p: v[4] });
  console.log('rfc7914', i + 1, k.length, k.toString('hex') === v[5] ? 'match' : 'MISMATCH ' + k.toString('hex'));
});
attempt('rfc7914 4 (1 GiB)', function () {
  return crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 1048576, r: 8, p: 1 });
});

// Defaults (N=16384, r=8, p=1), aliases, 0 meaning the default, Buffers.
var d = crypto.scryptSync('pw', 'salt', 32);
console.log('defaults', d.toString('hex'));
console.log('explicit', crypto.scryptSync('pw', 'salt', 32, { N: 16384, r: 8, p: 1 }).equals(d));
console.log('aliases', crypto.scryptSync('pw', 'salt', 32, { cost: 16384, blockSize: 8, parallelization: 1 }).equals(d));
console.log('zeros', crypto.scryptSync('pw', 'salt', 32, { N: 0, r: 0, p: 0, maxmem: 0 }).equals(d));
console.log('buffers', crypto.scryptSync(Buffer.from('pw'), Buffer.from('salt'), 32).equals(d));
console.log(crypto.scryptSync('pw', 'salt', 10, { N: 32, r: 2, p: 3 }).toString('hex'));
console.log('keylen 0', crypto.scryptSync('pw', 'salt', 0, { N: 16 }).length);
console.log(crypto.scryptSync('pw', 'salt', 16, { N: 1024, maxmem: 2 * 1024 * 1024 }).toString('hex'));

// Errors.
attempt('N not 2^k', function () { return crypto.scryptSync('a', 'b', 10, { N: 3 }); });
attempt('maxmem', function () { return crypto.scryptSync('a', 'b', 10, { N: 16384, maxmem: 1024 }); });
attempt('N and cost', function () { return crypto.scryptSync('a', 'b', 10, { N: 16, cost: 16 }); });
attempt('r and blockSize', function () { return crypto.scryptSync('a', 'b', 10, { r: 1, blockSize: 1 }); });
attempt('p and parallelization', function () { return crypto.scryptSync('a', 'b', 10, { p: 1, parallelization: 1 }); });
attempt('N type', function () { return crypto.scryptSync('a', 'b', 10, { N: '16' }); });
attempt('N negative', function () { return crypto.scryptSync('a', 'b', 10, { N: -16 }); });
attempt('r fraction', function () { return crypto.scryptSync('a', 'b', 10, { r: 1.5 }); });
attempt('maxmem negative', function () { return crypto.scryptSync('a', 'b', 10, { maxmem: -1 }); });
attempt('keylen', function () { return crypto.scryptSync('a', 'b', -1); });
attempt('keylen type', function () { return crypto.scryptSync('a', 'b', '10'); });
attempt('password', function () { return crypto.scryptSync({}, 'b', 10); });
attempt('salt', function () { return crypto.scryptSync('a', 5, 10); });
attempt('cb missing', function () { return crypto.scrypt('a', 'b', 10, { N: 16 }); });
attempt('cb params', function () { return crypto.scrypt('a', 'b', 10, { N: 1 << 20 }, function () {}); });

// The callback form, with and without options.
var out = [], pending = 2;
function done() { if (--pending === 0) out.forEach(function (l) { console.log(l); }); }
crypto.scrypt('', '', 64, { N: 16, r: 1, p: 1 }, function (err, key) {
  out[0] = 'cb rfc7914 1 ' + err + ' ' + (key.toString('hex') === rfc7914[0][5]);
  done();
});
crypto.scrypt('pw', 'salt', 32, function (err, key) {
  out[1] = 'cb defaults ' + err + ' ' + key.equals(d);
  done();
});

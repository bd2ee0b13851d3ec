// pbkdf2 / pbkdf2Sync: RFC 6070's PBKDF2-HMAC-SHA1 vectors (all but the
// 16777216-iteration one), SHA-256/512 keys, the callback form (on the
// pool, several in flight), string and Buffer inputs, argument errors.
'use strict';
var crypto = require('crypto');

function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { console.log(label, 'ok', f()); } catch (e) { show(e); }
}

var rfc6070 = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\u0000word', 'sa\u0000lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3']
];
rfc6070.forEach(function (v, i) {
  var k = crypto.pbkdf2Sync(v[0], v[1], v[2], v[3], 'sha1');
  console.log('rfc6070', i + 1, k.length, k.toString('hex'), k.toString('hex') === v[4] ? 'match' : 'MISMATCH');
});

// Other digests, Buffer inputs, a key longer than one block, a long password.
console.log(crypto.pbkdf2Sync('secret', 'NaCl', 1000, 64, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('736563726574', 'hex'), Buffer.from('NaCl'), 1000, 32, 'SHA256').toString('hex'));
console.log(crypto.pbkdf2Sync('secret', 'NaCl', 10, 100, 'sha512').toString('hex'));
console.log(crypto.pbkdf2Sync(new Array(200).join('p'), 'salt', 3, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('x', '', 1, 16, 'md5').toString('hex'));
console.log(crypto.pbkdf2Sync('x', 'y', 300, 40, 'sha224').toString('hex'));
console.log(crypto.pbkdf2Sync('x', 'y', 300, 40, 'sha3-256').toString('hex'));
console.log(crypto.pbkdf2Sync('x', 'y', 300, 40, 'sha512-256').toString('hex'));
console.log(crypto.pbkdf2Sync('', 'salt', 2, 20, 'sha384').toString('hex'));
console.log(crypto.pbkdf2Sync('x', 'y', 1, 16, 'RSA-SHA256').toString('hex'));
var empty = crypto.pbkdf2Sync('x', 'y', 1, 0, 'sha256');
console.log('keylen 0:', Buffer.isBuffer(empty), empty.length);

// Errors.
attempt('digest', function () { return crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'); });
attempt('no digest', function () { return crypto.pbkdf2Sync('a', 'b', 1, 10); });
attempt('digest type', function () { return crypto.pbkdf2Sync('a', 'b', 1, 10, 5); });
attempt('password', function () { return crypto.pbkdf2Sync(1, 'b', 1, 10, 'sha1'); });
attempt('salt', function () { return crypto.pbkdf2Sync('a', null, 1, 10, 'sha1'); });
attempt('iterations 0', function () { return crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'); });
attempt('iterations 1.5', function () { return crypto.pbkdf2Sync('a', 'b', 1.5, 10, 'sha1'); });
attempt('iterations str', function () { return crypto.pbkdf2Sync('a', 'b', '1', 10, 'sha1'); });
attempt('keylen -1', function () { return crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'); });
attempt('keylen big', function () { return crypto.pbkdf2Sync('a', 'b', 1, 2147483648, 'sha1'); });
attempt('cb digest', function () { return crypto.pbkdf2('a', 'b', 1, 10, 'nope', function () {}); });
attempt('cb missing', function () { return crypto.pbkdf2('a', 'b', 1, 10, 'sha1'); });
attempt('cb type', function () { return crypto.pbkdf2('a', 'b', 1, 10, 'sha1', 'x'); });

// The callback form: several in flight, answers matched to their requests.
var pending = 0, results = [];
[1, 2, 4096, 10, 100].forEach(function (iter, i) {
  pending++;
  crypto.pbkdf2('password', 'salt', iter, 20, 'sha1', function (err, key) {
    results[i] = iter + ' ' + (err ? err.message : key.toString('hex'));
    if (--pending === 0) results.forEach(function (r) { console.log('cb', r); });
  });
});
pending++;
crypto.pbkdf2('password', 'salt', 1, 32, 'sha256', function (err, key) {
  results[5] = 'sha256 ' + err + ' ' + key.length + ' ' +
    key.equals(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256'));
  if (--pending === 0) results.forEach(function (r) { console.log('cb', r); });
});
console.log('sync part done');

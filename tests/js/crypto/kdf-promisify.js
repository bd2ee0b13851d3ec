// The callback forms through util.promisify (the promise forms Node 20's
// crypto offers for these functions): pbkdf2, scrypt, hkdf, randomBytes,
// randomFill (in place, a slice), randomInt; a rejected promise carries
// the callback's error. Run in process and, by tests/bridge/remote_test.py,
// against a crypto service in another process.
'use strict';
var crypto = require('crypto');
var util = require('util');

var pbkdf2 = util.promisify(crypto.pbkdf2);
var scrypt = util.promisify(crypto.scrypt);
var hkdf = util.promisify(crypto.hkdf);
var randomBytes = util.promisify(crypto.randomBytes);
var randomFill = util.promisify(crypto.randomFill);
var randomInt = util.promisify(crypto.randomInt);

function hex(b) { return Buffer.from(b).toString('hex'); }
function all(b, from, to, v) {
  for (var i = from; i < to; i++) if (b[i] !== v) return false;
  return true;
}

var fillBuf = Buffer.alloc(64, 0xaa);
pbkdf2('password', 'salt', 4096, 20, 'sha1').then(function (k) {
  console.log('pbkdf2', hex(k));
  return scrypt('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 });
}).then(function (k) {
  console.log('scrypt', hex(k));
  return hkdf('sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'),
    Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
}).then(function (k) {
  console.log('hkdf', hex(k));
  return randomBytes(48);
}).then(function (b) {
  console.log('randomBytes', Buffer.isBuffer(b), b.length);
  return randomFill(fillBuf, 16, 32);
}).then(function (b) {
  console.log('randomFill', b === fillBuf, all(b, 0, 16, 0xaa), !all(b, 16, 48, 0xaa), all(b, 48, 64, 0xaa));
  return randomInt(5, 9);
}).then(function (n) {
  console.log('randomInt', n >= 5 && n < 9);
  var sync = crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1');
  console.log('pbkdf2Sync', hex(sync), crypto.timingSafeEqual(sync, Buffer.from(sync)));
  var f = Buffer.alloc(16, 0xaa);
  crypto.randomFillSync(f, 4, 8);
  console.log('randomFillSync', all(f, 0, 4, 0xaa), !all(f, 4, 12, 0xaa), all(f, 12, 16, 0xaa));
  console.log('scryptSync', hex(crypto.scryptSync('', '', 16, { N: 16, r: 1, p: 1 })));
  console.log('hkdfSync', hex(crypto.hkdfSync('sha1', 'k', 's', 'i', 8)));
  return scrypt('a', 'b', 8, { N: 16, r: 1, p: 1, maxmem: 1 });
}).then(function () {
  console.log('no error?');
}, function (e) {
  console.log('rejected', e.name, e.code, e.message);
});

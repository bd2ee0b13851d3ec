// Key agreement: diffieHellman({privateKey, publicKey}) for ec (P-256,
// P-384, secp256k1), x25519 and x448 with fixed keys (secrets equal
// node's), createECDH (setPrivateKey, getPublicKey in every format,
// computeSecret with encodings, generateKeys), ECDH.convertKey, errors.
'use strict';
var crypto = require('crypto');
var fs = require('fs');

function fx(name, enc) { return fs.readFileSync('fixtures/' + name, enc); }
function t(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

// diffieHellman with fixture keys and freshly generated ones
['ec_p256', 'ec_p384', 'ec_k256', 'x25519', 'x448'].forEach(function (name) {
  var a = crypto.createPrivateKey(fx(name + '_private.pem'));
  var type = a.asymmetricKeyType;
  var opts = type === 'ec' ? { namedCurve: a.asymmetricKeyDetails.namedCurve } : undefined;
  var b = crypto.generateKeyPairSync(type, opts);
  var s1 = crypto.diffieHellman({ privateKey: a, publicKey: b.publicKey });
  var s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: crypto.createPublicKey(a) });
  console.log(name, s1.length, s1.equals(s2));
  var self = crypto.diffieHellman({ privateKey: a, publicKey: a });
  console.log(name, 'self', self.toString('hex'));
});

// createECDH with fixed private keys: outputs equal node's
var alice = crypto.createECDH('prime256v1');
alice.setPrivateKey('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433', 'hex');
var bob = crypto.createECDH('prime256v1');
bob.setPrivateKey(Buffer.from('0000000000000000000000000000000000000000000000000000000000000007', 'hex'));
console.log('alice priv', alice.getPrivateKey('hex'));
console.log('bob priv', bob.getPrivateKey().toString('hex'));
console.log('alice pub', alice.getPublicKey('hex'));
console.log('alice pub compressed', alice.getPublicKey('hex', 'compressed'));
console.log('alice pub hybrid', alice.getPublicKey('base64', 'hybrid'));
console.log('bob pub', bob.getPublicKey().toString('hex'));
var sa = alice.computeSecret(bob.getPublicKey());
var sb = bob.computeSecret(alice.getPublicKey('hex', 'compressed'), 'hex', 'hex');
console.log('secret', sa.toString('hex'), sb === sa.toString('hex'));
console.log('hybrid peer', alice.computeSecret(bob.getPublicKey(null, 'hybrid')).equals(sa));
console.log('convert', crypto.ECDH.convertKey(alice.getPublicKey('hex', 'compressed'), 'prime256v1', 'hex', 'hex', 'uncompressed') ===
  alice.getPublicKey('hex'));
console.log('convert compressed', crypto.ECDH.convertKey(bob.getPublicKey(), 'prime256v1', undefined, 'base64', 'compressed'));
var k1 = crypto.createECDH('secp384r1'), k2 = crypto.createECDH('secp384r1');
var p1 = k1.generateKeys(), p2 = k2.generateKeys('hex', 'compressed');
console.log('generated', p1.length, p2.length, k1.computeSecret(p2, 'hex').equals(k2.computeSecret(p1)),
  k1.getPrivateKey().length <= 48);
// ECDH against diffieHellman with the same key (via JWK)
var jwk = JSON.parse(fx('ec_p256_private.jwk', 'utf8'));
var e = crypto.createECDH('prime256v1');
e.setPrivateKey(jwk.d, 'base64url');
console.log('ecdh matches keyobject', e.getPublicKey('hex') === '04' + Buffer.from(jwk.x, 'base64url').toString('hex') +
  Buffer.from(jwk.y, 'base64url').toString('hex'));
var kb = crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: Buffer.from(bob.getPublicKey()).slice(1, 33).toString('base64url'),
  y: Buffer.from(bob.getPublicKey()).slice(33).toString('base64url') }, format: 'jwk' });
console.log('ecdh = diffieHellman', crypto.diffieHellman({ privateKey: crypto.createPrivateKey({ key: jwk, format: 'jwk' }), publicKey: kb })
  .equals(e.computeSecret(bob.getPublicKey())));

t('bad curve', function () { return crypto.createECDH('nope'); });
t('nist name', function () { return crypto.createECDH('P-256'); });
t('curve number', function () { return crypto.createECDH(5); });
t('zero private', function () { return crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32)); });
t('huge private', function () { return crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 0xff)); });
t('bad peer', function () { return alice.computeSecret(Buffer.from('0400', 'hex')); });
t('off-curve peer', function () { return alice.computeSecret(Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)])); });
t('no keys pub', function () { return crypto.createECDH('prime256v1').getPublicKey(); });
t('no keys priv', function () { return crypto.createECDH('prime256v1').getPrivateKey(); });
t('no keys secret', function () { return crypto.createECDH('prime256v1').computeSecret(bob.getPublicKey()); });
t('bad format', function () { return alice.getPublicKey('hex', 'squashed'); });
t('convert bad curve', function () { return crypto.ECDH.convertKey(bob.getPublicKey(), 'nope'); });
t('convert bad point', function () { return crypto.ECDH.convertKey(Buffer.from('0401', 'hex'), 'prime256v1'); });
t('secret number', function () { return alice.computeSecret(5); });
var x = crypto.createPrivateKey(fx('x25519_private.pem'));
var ec = crypto.createPrivateKey(fx('ec_p256_private.pem'));
t('dh mixed', function () { return crypto.diffieHellman({ privateKey: x, publicKey: crypto.createPublicKey(ec) }); });
t('dh curves differ', function () {
  return crypto.diffieHellman({ privateKey: ec, publicKey: crypto.createPublicKey(fx('ec_p384_private.pem')) });
});
t('dh public as private', function () { return crypto.diffieHellman({ privateKey: crypto.createPublicKey(x), publicKey: x }); });
t('dh not key', function () { return crypto.diffieHellman({ privateKey: 'x', publicKey: x }); });
t('dh no options', function () { return crypto.diffieHellman(); });
t('dh ed25519', function () {
  var ed = crypto.createPrivateKey(fx('ed25519_private.pem'));
  return crypto.diffieHellman({ privateKey: ed, publicKey: ed });
});

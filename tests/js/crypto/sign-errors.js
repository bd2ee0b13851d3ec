// Signature errors as node shapes them: argument types, a missing key, the
// wrong kind of KeyObject, bad digests, padding/saltLength/dsaEncoding
// values, keys that cannot sign, OpenSSL's failures.
'use strict';
var crypto = require('crypto');
var fs = require('fs');

function fx(name, enc) { return fs.readFileSync('fixtures/' + name, enc); }
function t(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', typeof r === 'object' && r !== null ? 'object' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
var msg = Buffer.from('data');
var rsa = crypto.createPrivateKey(fx('rsa_private.pem'));
var rsaPub = crypto.createPublicKey(rsa);
var ed = crypto.createPrivateKey(fx('ed25519_private.pem'));
var x25519 = crypto.createPrivateKey(fx('x25519_private.pem'));
var secret = crypto.createSecretKey(Buffer.alloc(16));

t('alg number', function () { return crypto.sign(5, msg, rsa); });
t('data number', function () { return crypto.sign('sha256', 5, rsa); });
t('no key', function () { return crypto.sign('sha256', msg); });
t('public key', function () { return crypto.sign('sha256', msg, rsaPub); });
t('secret key', function () { return crypto.sign('sha256', msg, secret); });
t('verify secret key', function () { return crypto.verify('sha256', msg, secret, Buffer.alloc(4)); });
t('bad digest', function () { return crypto.sign('nope', msg, rsa); });
t('verify bad digest', function () { return crypto.verify('nope', msg, rsaPub, Buffer.alloc(4)); });
t('createSign bad digest', function () { return crypto.createSign('nope'); });
t('createSign number', function () { return crypto.createSign(5); });
t('createVerify bad digest', function () { return crypto.createVerify('sha-what'); });
t('sig number', function () { return crypto.verify('sha256', msg, rsaPub, 5); });
t('cb not function', function () { return crypto.sign('sha256', msg, rsa, 5); });
t('padding string', function () { return crypto.sign('sha256', msg, { key: rsa, padding: 'x' }); });
t('saltLength fraction', function () { return crypto.sign('sha256', msg, { key: rsa, padding: 6, saltLength: 1.5 }); });
t('dsaEncoding bad', function () { return crypto.sign('sha256', msg, { key: rsa, dsaEncoding: 'raw' }); });
t('bad padding value', function () { return crypto.sign('sha256', msg, { key: rsa, padding: 42 }); });
t('salt too long', function () {
  return crypto.sign('sha256', msg, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 300 });
});
t('ed25519 with digest', function () { return crypto.sign('sha256', msg, ed); });
t('x25519 cannot sign', function () { return crypto.sign(null, msg, x25519); });
t('rsa without digest', function () { return crypto.sign(null, msg, rsa).length; });
t('key garbage', function () { return crypto.sign('sha256', msg, 'garbage'); });
t('verify key garbage', function () { return crypto.verify('sha256', msg, 'garbage', Buffer.alloc(4)); });
t('key number', function () { return crypto.sign('sha256', msg, 5); });
t('encrypted no passphrase', function () { return crypto.sign('sha256', msg, fx('rsa_private_enc.pem')); });
t('encrypted wrong passphrase', function () { return crypto.sign('sha256', msg, { key: fx('rsa_private_enc.pem'), passphrase: 'x' }); });
t('Sign.sign no key', function () { return crypto.createSign('sha256').update('x').sign(); });
t('Sign.update number', function () { return crypto.createSign('sha256').update(5); });
t('Verify public key object', function () { return crypto.createSign('sha256').update('x').sign(rsaPub); });
t('Verify sig number', function () { return crypto.createVerify('sha256').update('x').verify(rsaPub, 5); });
t('verify garbage sig', function () { return crypto.verify('sha256', msg, rsaPub, Buffer.alloc(256)); });
t('verify ecdsa garbage der', function () {
  return crypto.verify('sha256', msg, crypto.createPublicKey(fx('ec_p256_public.pem')), Buffer.from('3006020101020101', 'hex'));
});

// publicEncrypt / privateDecrypt (OAEP with oaepHash and oaepLabel, no
// padding), privateEncrypt / publicDecrypt (PKCS#1 v1.5, deterministic:
// equal to node's): node's ciphertexts (fixtures) decrypt, muk's round
// trip; the error paths.
'use strict';
var crypto = require('crypto');
var fs = require('fs');

function fx(name, enc) { return fs.readFileSync('fixtures/' + name, enc); }
function t(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString() : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
var C = crypto.constants;
var priv = crypto.createPrivateKey(fx('rsa_private.pem'));
var pubPem = fx('rsa_public.pem', 'utf8');
var pub = crypto.createPublicKey(pubPem);
var msg = Buffer.from('muk decrypts this');

console.log('node oaep sha1', crypto.privateDecrypt(priv, fx('oaep_sha1.bin')).toString());
console.log('node oaep sha256 label', crypto.privateDecrypt({ key: priv, oaepHash: 'sha256', oaepLabel: Buffer.from('label') },
  fx('oaep_sha256_label.bin')).toString());
console.log('node privateEncrypt', crypto.publicDecrypt(pubPem, fx('rsa_private_encrypt.bin')).toString());
var pe = crypto.privateEncrypt(priv, msg);
console.log('privateEncrypt', pe.equals(fx('rsa_private_encrypt.bin')), pe.toString('hex').slice(0, 32));
console.log('publicDecrypt with private key', crypto.publicDecrypt(priv, pe).toString());

var c1 = crypto.publicEncrypt(pub, msg);
var c2 = crypto.publicEncrypt(pub, msg);
console.log('oaep', c1.length, c1.equals(c2), crypto.privateDecrypt(priv, c1).toString());
var c3 = crypto.publicEncrypt({ key: pubPem, oaepHash: 'sha512', oaepLabel: 'a label' }, 'muk decrypts this');
console.log('oaep sha512', crypto.privateDecrypt({ key: fx('rsa_private.pem'), oaepHash: 'sha512', oaepLabel: Buffer.from('a label') }, c3).toString());
var c4 = crypto.publicEncrypt(priv, msg);
console.log('encrypt with private key', crypto.privateDecrypt({ key: fx('rsa_private_enc.pem'), passphrase: 'muk-secret' }, c4).toString());
var raw = Buffer.alloc(256, 0);
raw[255] = 7;
var c5 = crypto.publicEncrypt({ key: pub, padding: C.RSA_NO_PADDING }, raw);
console.log('no padding', c5.length, crypto.privateDecrypt({ key: priv, padding: C.RSA_NO_PADDING }, c5).equals(raw));
var c6 = crypto.publicEncrypt({ key: pub, padding: C.RSA_PKCS1_PADDING }, msg);
console.log('pkcs1 encrypt', c6.length);

t('wrong label', function () { return crypto.privateDecrypt({ key: priv, oaepHash: 'sha256', oaepLabel: Buffer.from('nope') }, fx('oaep_sha256_label.bin')); });
t('wrong hash', function () { return crypto.privateDecrypt({ key: priv, oaepHash: 'sha384' }, fx('oaep_sha1.bin')); });
t('bad oaepHash', function () { return crypto.publicEncrypt({ key: pub, oaepHash: 'nope' }, msg); });
t('oaepHash number', function () { return crypto.publicEncrypt({ key: pub, oaepHash: 5 }, msg); });
t('pkcs1 decrypt', function () { return crypto.privateDecrypt({ key: priv, padding: C.RSA_PKCS1_PADDING }, c6); });
t('too long', function () { return crypto.publicEncrypt(pub, Buffer.alloc(300)); });
t('no padding short', function () { return crypto.publicEncrypt({ key: pub, padding: C.RSA_NO_PADDING }, msg); });
t('buffer number', function () { return crypto.publicEncrypt(pub, 5); });
t('privateDecrypt public key', function () { return crypto.privateDecrypt(pub, c1); });
t('privateEncrypt public pem', function () { return crypto.privateEncrypt(pubPem, msg); });
t('garbage ciphertext', function () { return crypto.privateDecrypt(priv, Buffer.alloc(256, 1)); });
t('ec key', function () { return crypto.publicEncrypt(crypto.createPublicKey(fx('ec_p256_public.pem')), msg); });

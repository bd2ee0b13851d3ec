// Key errors as node shapes them: wrong argument types and values, bad
// PEM/DER/JWK (OpenSSL's reason, never a crash), a missing or wrong
// passphrase, export options a key cannot take, bad generation options.
'use strict';
var crypto = require('crypto');
var fs = require('fs');

function fx(name, enc) { return fs.readFileSync('fixtures/' + name, enc); }
function t(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

var rsa = crypto.createPrivateKey(fx('rsa_private.pem'));
var rsaPub = crypto.createPublicKey(rsa);
var ec = crypto.createPrivateKey(fx('ec_p256_private.pem'));
var ed = crypto.createPrivateKey(fx('ed25519_private.pem'));

t('private number', function () { return crypto.createPrivateKey(123); });
t('public number', function () { return crypto.createPublicKey(123); });
t('private null', function () { return crypto.createPrivateKey(null); });
t('private garbage', function () { return crypto.createPrivateKey('garbage'); });
t('public garbage', function () { return crypto.createPublicKey('garbage'); });
t('private empty pem body', function () {
  return crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n');
});
t('private truncated', function () { return crypto.createPrivateKey(fx('rsa_private.pem', 'utf8').slice(0, 300)); });
t('private der garbage', function () {
  return crypto.createPrivateKey({ key: Buffer.from('30030201', 'hex'), format: 'der', type: 'pkcs8' });
});
t('private der no type', function () { return crypto.createPrivateKey({ key: fx('rsa_private.der'), format: 'der' }); });
t('private der spki type', function () {
  return crypto.createPrivateKey({ key: fx('rsa_private.der'), format: 'der', type: 'spki' });
});
t('private bad format', function () { return crypto.createPrivateKey({ key: fx('rsa_private.pem'), format: 'xml' }); });
t('private key number', function () { return crypto.createPrivateKey({ key: 5 }); });
t('no passphrase', function () { return crypto.createPrivateKey(fx('rsa_private_enc.pem')); });
t('wrong passphrase', function () { return crypto.createPrivateKey({ key: fx('rsa_private_enc.pem'), passphrase: 'nope' }); });
t('wrong passphrase sec1', function () { return crypto.createPrivateKey({ key: fx('ec_p256_private_enc.pem'), passphrase: 'nope' }); });
t('passphrase number', function () { return crypto.createPrivateKey({ key: fx('rsa_private_enc.pem'), passphrase: 5 }); });
t('private from public pem', function () { return crypto.createPrivateKey(fx('rsa_public.pem')); });
t('jwk bad kty', function () { return crypto.createPrivateKey({ key: { kty: 'XYZ' }, format: 'jwk' }); });
t('jwk not object', function () { return crypto.createPrivateKey({ key: 'abc', format: 'jwk' }); });
t('jwk bad crv', function () { return crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-111', x: 'AA', y: 'AA' }, format: 'jwk' }); });
t('jwk bad okp crv', function () { return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed1', x: 'AA' }, format: 'jwk' }); });
t('jwk ec off curve', function () {
  return crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: Buffer.alloc(32, 1).toString('base64url'),
                                         y: Buffer.alloc(32, 2).toString('base64url') }, format: 'jwk' });
});
t('jwk x number', function () { return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 5 }, format: 'jwk' }); });

t('export no options', function () { return rsaPub.export(); });
t('export no type', function () { return rsaPub.export({ format: 'pem' }); });
t('export bad format', function () { return rsaPub.export({ format: 'xml', type: 'spki' }); });
t('export public pkcs8', function () { return rsaPub.export({ format: 'pem', type: 'pkcs8' }); });
t('export ec pkcs1', function () { return ec.export({ format: 'pem', type: 'pkcs1' }); });
t('export rsa sec1', function () { return rsa.export({ format: 'pem', type: 'sec1' }); });
t('export ed pkcs1', function () { return crypto.createPublicKey(ed).export({ format: 'der', type: 'pkcs1' }); });
t('export der pkcs1 cipher', function () {
  return rsa.export({ format: 'der', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'x' });
});
t('export cipher no passphrase', function () { return rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' }); });
t('export bad cipher', function () {
  return rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'no-such-cipher', passphrase: 'x' });
});
t('export secret bad format', function () { return crypto.createSecretKey(Buffer.alloc(4)).export({ format: 'pem' }); });
t('equals non-key', function () { return rsa.equals('x'); });
t('secret number', function () { return crypto.createSecretKey(5); });

t('pair type number', function () { return crypto.generateKeyPairSync(5); });
t('pair type bad', function () { return crypto.generateKeyPairSync('nope'); });
t('pair no options', function () { return crypto.generateKeyPairSync('rsa'); });
t('pair modulus string', function () { return crypto.generateKeyPairSync('rsa', { modulusLength: '1024' }); });
t('pair modulus fraction', function () { return crypto.generateKeyPairSync('rsa', { modulusLength: 1024.5 }); });
t('pair exponent negative', function () { return crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: -1 }); });
t('pair curve missing', function () { return crypto.generateKeyPairSync('ec', {}); });
t('pair curve bad', function () { return crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }); });
t('pair bad encoding', function () {
  return crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { format: 'pem', type: 'pkcs8' } });
});
t('pair bad private encoding', function () {
  return crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { format: 'pem', type: 'sec1' } });
});
t('pair cb missing', function () { return crypto.generateKeyPair('ed25519', {}); });
t('key hmac short', function () { return crypto.generateKeySync('hmac', { length: 4 }); });
t('key aes 100', function () { return crypto.generateKeySync('aes', { length: 100 }); });
t('key bad type', function () { return crypto.generateKeySync('des', { length: 64 }); });
t('key no options', function () { return crypto.generateKeySync('hmac'); });

// X509Certificate over fixture certificates made with the openssl CLI (an
// EC root CA and an RSA leaf it signed, with subjectAltNames): the fields,
// fingerprints, publicKey, verify, checkHost/checkEmail/checkIP with their
// options, toString/raw round trips, and the errors.
'use strict';
var crypto = require('crypto');
var fs = require('fs');
var X509Certificate = crypto.X509Certificate;

function fx(name, enc) { return fs.readFileSync('fixtures/' + name, enc); }
function t(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

var leaf = new X509Certificate(fx('leaf_cert.pem'));
var ca = new X509Certificate(fx('ca_cert.pem', 'utf8'));
var der = new X509Certificate(fx('leaf_cert.der'));
[['leaf', leaf], ['ca', ca]].forEach(function (p) {
  var c = p[1];
  console.log(p[0], 'subject', JSON.stringify(c.subject));
  console.log(p[0], 'issuer', JSON.stringify(c.issuer));
  console.log(p[0], 'serial', c.serialNumber, 'ca', c.ca);
  console.log(p[0], 'valid', c.validFrom, '-', c.validTo);
  console.log(p[0], 'san', c.subjectAltName);
  console.log(p[0], 'fp1', c.fingerprint);
  console.log(p[0], 'fp256', c.fingerprint256);
  console.log(p[0], 'fp512', c.fingerprint512);
  console.log(p[0], 'key', c.publicKey.type, c.publicKey.asymmetricKeyType, c.publicKey === c.publicKey);
});
console.log('der = pem', der.fingerprint256 === leaf.fingerprint256, der.raw.equals(fx('leaf_cert.der')));
console.log('toString', leaf.toString() === fx('leaf_cert.pem', 'utf8'), typeof leaf.toJSON());
console.log('public key matches', leaf.publicKey.equals(crypto.createPublicKey(fx('rsa_public.pem'))),
  ca.publicKey.equals(crypto.createPublicKey(fx('ec_p256_public.pem'))));
console.log('verify', leaf.verify(ca.publicKey), ca.verify(ca.publicKey), leaf.verify(leaf.publicKey),
  leaf.verify(crypto.createPublicKey(fx('ec_p256_private.pem'))));

console.log('host', leaf.checkHost('muk.example.com'), leaf.checkHost('MUK.example.com'), leaf.checkHost('a.wild.example.com'),
  leaf.checkHost('a.b.wild.example.com'), leaf.checkHost('nope.example.com'), leaf.checkHost('leaf.muk.example.com'));
console.log('host options', leaf.checkHost('a.wild.example.com', { wildcards: false }),
  leaf.checkHost('leaf.muk.example.com', { subject: 'always' }), leaf.checkHost('muk.example.com', { subject: 'never' }),
  ca.checkHost('muk Root CA'), ca.checkHost('x', { subject: 'never' }));
console.log('email', leaf.checkEmail('admin@muk.example.com'), leaf.checkEmail('other@muk.example.com'),
  leaf.checkEmail('leaf@muk.example.com', { subject: 'always' }), leaf.checkEmail('leaf@muk.example.com'));
console.log('ip', leaf.checkIP('192.0.2.7'), leaf.checkIP('192.0.2.8'), leaf.checkIP('2001:db8::1'),
  leaf.checkIP('2001:0db8:0:0::1'));

t('new no arg', function () { return new X509Certificate(); });
t('number', function () { return new X509Certificate(5); });
t('garbage', function () { return new X509Certificate('garbage'); });
t('garbage der', function () { return new X509Certificate(Buffer.from('3003020101', 'hex')); });
t('truncated pem', function () { return new X509Certificate(fx('leaf_cert.pem', 'utf8').slice(0, 200)); });
t('key pem', function () { return new X509Certificate(fx('rsa_public.pem')); });
t('checkHost number', function () { return leaf.checkHost(5); });
t('checkHost bad subject', function () { return leaf.checkHost('x', { subject: 'sometimes' }); });
t('checkHost bad wildcards', function () { return leaf.checkHost('x', { wildcards: 'no' }); });
t('checkHost options string', function () { return leaf.checkHost('x', 'opts'); });
t('checkIP not ip', function () { return leaf.checkIP('not an ip'); });
t('checkEmail number', function () { return leaf.checkEmail(1); });
try { leaf.verify(crypto.createPrivateKey(fx('ec_p256_private.pem'))); } catch (e) { console.log('verify private', e.name, e.code, e.message.split(' Received')[0]); }
t('verify string', function () { return leaf.verify('key'); });

// RSA PKCS#1 v1.5 (deterministic: the signature must be node's), RSA-PSS
// (padding, saltLength; rsa-pss keys), ECDSA in DER and IEEE P1363 on
// P-256, P-384, P-521 and secp256k1: signatures node made (fixtures) verify,
// and what muk signs verifies in the same script.
'use strict';
var crypto = require('crypto');
var fs = require('fs');

function fx(name, enc) { return fs.readFileSync('fixtures/' + name, enc); }
var msg = Buffer.from('muk signs this message');
var rsa = crypto.createPrivateKey(fx('rsa_private.pem'));
var rsaPub = crypto.createPublicKey(fx('rsa_public.pem'));
var C = crypto.constants;

['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA512', 'sha3-256'].forEach(function (alg) {
  var s = crypto.sign(alg, msg, rsa);
  console.log('pkcs1', alg, s.toString('hex').slice(0, 40), crypto.verify(alg, msg, rsaPub, s));
});
var s1 = crypto.sign('sha256', msg, { key: rsa, padding: C.RSA_PKCS1_PADDING });
console.log('pkcs1 explicit', s1.toString('base64'));
console.log('pkcs1 wrong digest', crypto.verify('sha384', msg, rsaPub, s1), crypto.verify('sha256', Buffer.from('x'), rsaPub, s1));

// PSS: node's signatures verify; muk's verify (salted: random)
var pss = fx('sig_rsa_pss_sha256.bin');
console.log('pss node', crypto.verify('sha256', msg, { key: rsaPub, padding: C.RSA_PKCS1_PSS_PADDING, saltLength: 20 }, pss),
  crypto.verify('sha256', msg, { key: rsaPub, padding: C.RSA_PKCS1_PSS_PADDING }, pss),
  crypto.verify('sha256', msg, { key: rsaPub, padding: C.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss),
  crypto.verify('sha256', msg, rsaPub, pss));
[C.RSA_PSS_SALTLEN_DIGEST, C.RSA_PSS_SALTLEN_MAX_SIGN, 0, 20, 64].forEach(function (salt) {
  var s = crypto.sign('sha256', msg, { key: rsa, padding: C.RSA_PKCS1_PSS_PADDING, saltLength: salt });
  var s2 = crypto.sign('sha256', msg, { key: rsa, padding: C.RSA_PKCS1_PSS_PADDING, saltLength: salt });
  console.log('pss salt', salt, s.length, crypto.verify('sha256', msg, { key: rsaPub, padding: C.RSA_PKCS1_PSS_PADDING, saltLength: salt }, s),
    crypto.verify('sha256', msg, { key: rsaPub, padding: C.RSA_PKCS1_PSS_PADDING, saltLength: C.RSA_PSS_SALTLEN_AUTO }, s),
    salt === 0 ? s.equals(s2) : 'random');
});
var pssKey = crypto.createPrivateKey(fx('rsa_pss_private.pem'));
var pssPub = crypto.createPublicKey(pssKey);
console.log('rsa-pss key node', crypto.verify(null, msg, pssPub, fx('sig_rsa_pss_key_sha256.bin')),
  crypto.verify('sha256', msg, pssPub, fx('sig_rsa_pss_key_sha256.bin')));
var ps = crypto.sign('sha256', msg, pssKey);
console.log('rsa-pss key muk', ps.length, crypto.verify('sha256', msg, pssPub, ps), crypto.verify(null, msg, pssPub, ps));

// ECDSA
[['ec_p256', 'sha256', 'sig_ecdsa_p256_sha256.der', 'der'], ['ec_p384', 'sha384', 'sig_ecdsa_p384_sha384.p1363', 'ieee-p1363'],
 ['ec_p521', 'sha512', 'sig_ecdsa_p521_sha512.der', 'der'], ['ec_k256', 'sha256', 'sig_ecdsa_k256_sha256.der', 'der']].forEach(function (c) {
  var priv = crypto.createPrivateKey(fx(c[0] + '_private.pem'));
  var pub = crypto.createPublicKey(priv);
  var nodeSig = fx(c[2]);
  console.log(c[0], 'node sig', crypto.verify(c[1], msg, { key: pub, dsaEncoding: c[3] }, nodeSig),
    crypto.verify(c[1], msg, { key: pub, dsaEncoding: c[3] === 'der' ? 'ieee-p1363' : 'der' }, nodeSig));
  var der = crypto.sign(c[1], msg, priv);
  var raw = crypto.sign(c[1], msg, { key: priv, dsaEncoding: 'ieee-p1363' });
  console.log(c[0], 'der', der[0] === 0x30, crypto.verify(c[1], msg, pub, der), 'p1363', raw.length,
    crypto.verify(c[1], msg, { key: pub, dsaEncoding: 'ieee-p1363' }, raw),
    crypto.verify(c[1], Buffer.from('other'), { key: pub, dsaEncoding: 'ieee-p1363' }, raw),
    crypto.verify(c[1], msg, { key: pub, dsaEncoding: 'ieee-p1363' }, raw.slice(1)));
});

// streams: createSign / createVerify
var sgn = crypto.createSign('SHA256');
sgn.update('muk signs ');
sgn.update(Buffer.from('this '));
sgn.write('message');
sgn.end();
var streamSig = sgn.sign(rsa, 'base64');
console.log('stream sign', streamSig === s1.toString('base64'));
var vfy = crypto.createVerify('RSA-SHA256');
vfy.update('muk signs this message');
console.log('stream verify', vfy.verify(fx('rsa_public.pem'), streamSig, 'base64'));
var sgn2 = crypto.createSign('sha256').update('muk signs this message');
var pem = sgn2.sign({ key: fx('rsa_private_enc.pem'), passphrase: 'muk-secret', padding: C.RSA_PKCS1_PSS_PADDING });
var vfy2 = crypto.createVerify('sha256');
vfy2.write('muk signs this message');
console.log('stream pss', vfy2.verify({ key: rsaPub, padding: C.RSA_PKCS1_PSS_PADDING }, pem));
var ecs = crypto.createSign('sha384').update('abc').sign({ key: fx('ec_p384_private.pem'), dsaEncoding: 'ieee-p1363' });
console.log('stream ecdsa', ecs.length, crypto.createVerify('sha384').update('abc').verify({ key: fx('ec_p384_private.pem'), dsaEncoding: 'ieee-p1363' }, ecs));
console.log('Sign class', sgn instanceof crypto.Sign, typeof sgn.pipe, vfy instanceof crypto.Verify);

crypto.sign('sha256', msg, rsa, function (err, s) {
  console.log('cb rsa', err, s.equals(s1));
  crypto.verify('sha256', msg, rsaPub, s, function (err, ok) { console.log('cb verify', err, ok); });
});

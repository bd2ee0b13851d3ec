// Ed25519 signatures: RFC 8032 section 7.1 tests 1-3 (the key from its
// secret as a JWK; the signature must be the RFC's), node's fixtures, the
// callback forms, and Ed448 against a signature node made.
'use strict';
var crypto = require('crypto');
var fs = require('fs');

var vectors = [
  ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
   'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
   'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
   '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
   '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
  ['c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
   'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82',
   '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a']
];

function b64u(hex) { return Buffer.from(hex, 'hex').toString('base64url'); }

vectors.forEach(function (v, i) {
  var priv = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: b64u(v[0]), x: b64u(v[1]) }, format: 'jwk' });
  var pub = crypto.createPublicKey(priv);
  console.log('test', i + 1, 'public', pub.export({ format: 'jwk' }).x === b64u(v[1]));
  var msg = Buffer.from(v[2], 'hex');
  var sig = crypto.sign(null, msg, priv);
  console.log('test', i + 1, 'sig', sig.toString('hex') === v[3], sig.toString('hex').slice(0, 16));
  console.log('test', i + 1, 'verify', crypto.verify(null, msg, pub, Buffer.from(v[3], 'hex')),
    crypto.verify(undefined, Buffer.concat([msg, Buffer.from('!')]), pub, sig),
    crypto.verify(null, msg, priv, sig));
  console.log('test', i + 1, 'pkcs8', priv.export({ format: 'der', type: 'pkcs8' }).toString('hex'));
});

// node's fixture key: deterministic signatures equal node's
var key = crypto.createPrivateKey(fs.readFileSync('fixtures/ed25519_private.pem'));
var pubPem = fs.readFileSync('fixtures/ed25519_public.pem', 'utf8');
var msg = Buffer.from('muk signs this message');
var sig = crypto.sign(null, msg, key);
console.log('fixture sig', sig.toString('base64'));
console.log('fixture verify pem', crypto.verify(null, msg, pubPem, sig), crypto.verify(null, msg, { key: pubPem }, sig));
console.log('sign with pem', crypto.sign(null, msg, fs.readFileSync('fixtures/ed25519_private.pem')).equals(sig));
console.log('string data', crypto.sign(null, 'muk signs this message', key).equals(sig));

var ed448 = crypto.createPrivateKey(fs.readFileSync('fixtures/ed448_private.pem'));
var s448 = crypto.sign(null, msg, ed448);
console.log('ed448', s448.length, s448.equals(fs.readFileSync('fixtures/sig_ed448.bin')),
  crypto.verify(null, msg, crypto.createPublicKey(ed448), fs.readFileSync('fixtures/sig_ed448.bin')));
var bad = Buffer.from(s448); bad[5] ^= 1;
console.log('ed448 tampered', crypto.verify(null, msg, ed448, bad));
console.log('short sig', crypto.verify(null, msg, key, Buffer.alloc(10)));

crypto.sign(null, msg, key, function (err, s) {
  console.log('cb sign', err, s.equals(sig));
  crypto.verify(null, msg, crypto.createPublicKey(key), s, function (err, ok) {
    console.log('cb verify', err, ok);
    crypto.verify(null, Buffer.from('other'), crypto.createPublicKey(key), s, function (err, ok) {
      console.log('cb verify other', err, ok);
    });
  });
});

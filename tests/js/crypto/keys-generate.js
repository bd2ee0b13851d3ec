// createSecretKey, generateKey(Sync) for hmac and aes, generateKeyPair(Sync)
// for every type (KeyObjects, and strings/Buffers/JWK with encodings, in
// both the sync and the callback form), getCurves.
'use strict';
var crypto = require('crypto');

function show(label, k) {
  var d = k.asymmetricKeyDetails, parts = [];
  for (var n in d) parts.push(n + '=' + (typeof d[n] === 'bigint' ? Number(d[n]) : d[n]));
  console.log(label, k.type, k.asymmetricKeyType, parts.join(' '), k.symmetricKeySize);
}

var s = crypto.createSecretKey(Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'));
show('secret', s);
console.log(s.export().toString('hex'), JSON.stringify(s.export({ format: 'jwk' })),
  s.export({ format: 'buffer' }).length);
var s2 = crypto.createSecretKey('AAECAwQFBgcICQoLDA0ODw', 'base64url');
console.log('secret equals', s.equals(s2), s.equals(crypto.createSecretKey(Buffer.alloc(16))),
  s.equals(crypto.createSecretKey(Buffer.alloc(3))));
show('secret from string', crypto.createSecretKey('some key'));
var copy = Buffer.from('abcd');
var s3 = crypto.createSecretKey(copy);
copy[0] = 0;
console.log('secret copied', s3.export().toString());

var h = crypto.generateKeySync('hmac', { length: 123 });
show('hmac 123', h);
show('aes 256', crypto.generateKeySync('aes', { length: 256 }));
console.log('random', !crypto.generateKeySync('aes', { length: 128 }).equals(crypto.generateKeySync('aes', { length: 128 })));

var pairs = [
  ['rsa', { modulusLength: 1024 }],
  ['rsa', { modulusLength: 1024, publicExponent: 3 }],
  ['rsa-pss', { modulusLength: 1024 }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha512', mgf1HashAlgorithm: 'sha256', saltLength: 16 }],
  ['ec', { namedCurve: 'P-256' }],
  ['ec', { namedCurve: 'P-384' }],
  ['ec', { namedCurve: 'P-521' }],
  ['ec', { namedCurve: 'secp256k1' }],
  ['ec', { namedCurve: 'prime256v1' }],
  ['ed25519'], ['ed448'], ['x25519'], ['x448']
];
pairs.forEach(function (p) {
  var kp = crypto.generateKeyPairSync(p[0], p[1]);
  show(p[0] + ' public', kp.publicKey);
  show(p[0] + ' private', kp.privateKey);
  console.log('  match', crypto.createPublicKey(kp.privateKey).equals(kp.publicKey));
});

var enc = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' }
});
console.log(typeof enc.publicKey, enc.publicKey.split('\n')[0], enc.privateKey.split('\n')[0]);
var priv = crypto.createPrivateKey({ key: enc.privateKey, passphrase: 'top secret' });
console.log('decrypts', crypto.createPublicKey(priv).equals(crypto.createPublicKey(enc.publicKey)));

var der = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'der' },
  privateKeyEncoding: { type: 'sec1', format: 'der' }
});
console.log('der', Buffer.isBuffer(der.publicKey), der.publicKey.length, Buffer.isBuffer(der.privateKey));
var jwk = crypto.generateKeyPairSync('ed25519', {
  publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' }
});
console.log('jwk', Object.keys(jwk.publicKey).join(), Object.keys(jwk.privateKey).join(), jwk.publicKey.crv);
var half = crypto.generateKeyPairSync('x25519', { publicKeyEncoding: { type: 'spki', format: 'pem' } });
console.log('half', typeof half.publicKey, half.privateKey.type);

var curves = crypto.getCurves();
console.log('curves', curves.length, curves.indexOf('prime256v1') >= 0, curves.indexOf('secp256k1') >= 0);
console.log(curves.join(' '));

crypto.generateKeyPair('ec', { namedCurve: 'secp384r1' }, function (err, pub, priv) {
  console.log('cb ec', err, pub.type, priv.type, pub.asymmetricKeyDetails.namedCurve);
  crypto.generateKeyPair('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' }
  }, function (err, pub, priv) {
    console.log('cb rsa', err, pub.split('\n')[0], priv.split('\n')[0]);
    crypto.generateKeyPair('ed448', function (err, pub, priv) {
      console.log('cb ed448', err, pub.asymmetricKeyType, priv.type);
      crypto.generateKey('hmac', { length: 512 }, function (err, key) {
        console.log('cb hmac', err, key.type, key.symmetricKeySize);
      });
    });
  });
});

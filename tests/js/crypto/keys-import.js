// createPrivateKey / createPublicKey from node-made PEM, DER and JWK
// fixtures (every format and type node takes), encrypted PEM and DER with
// a passphrase, a public key from a private one; what they report and
// that re-exporting gives node's bytes back.
'use strict';
var crypto = require('crypto');
var fs = require('fs');

function fx(name, enc) { return fs.readFileSync('fixtures/' + name, enc); }
function show(label, k) {
  var d = k.asymmetricKeyDetails, parts = [];
  for (var n in d) parts.push(n + '=' + (typeof d[n] === 'bigint' ? Number(d[n]) : d[n]));
  console.log(label, k.type, k.asymmetricKeyType, parts.join(' '), k.symmetricKeySize);
}

var rsa = crypto.createPrivateKey(fx('rsa_private.pem'));
show('rsa pkcs8 pem', rsa);
show('rsa pkcs8 pem string', crypto.createPrivateKey(fx('rsa_private.pem', 'utf8')));
show('rsa pkcs1 pem', crypto.createPrivateKey(fx('rsa_private_pkcs1.pem')));
show('rsa pkcs8 der', crypto.createPrivateKey({ key: fx('rsa_private.der'), format: 'der', type: 'pkcs8' }));
show('rsa pkcs1 der', crypto.createPrivateKey({ key: fx('rsa_private_pkcs1.der'), format: 'der', type: 'pkcs1' }));
show('rsa enc pem', crypto.createPrivateKey({ key: fx('rsa_private_enc.pem'), passphrase: 'muk-secret' }));
show('rsa enc pem buffer pass', crypto.createPrivateKey({ key: fx('rsa_private_enc.pem'), passphrase: Buffer.from('muk-secret') }));
show('rsa enc der', crypto.createPrivateKey({ key: fx('rsa_private_enc.der'), format: 'der', type: 'pkcs8', passphrase: 'muk-secret' }));
show('rsa jwk', crypto.createPrivateKey({ key: JSON.parse(fx('rsa_private.jwk', 'utf8')), format: 'jwk' }));
show('rsa spki pem', crypto.createPublicKey(fx('rsa_public.pem')));
show('rsa pkcs1 public pem', crypto.createPublicKey(fx('rsa_public_pkcs1.pem')));
show('rsa pkcs1 public der', crypto.createPublicKey({ key: fx('rsa_public_pkcs1.der'), format: 'der', type: 'pkcs1' }));
show('rsa public from private pem', crypto.createPublicKey(fx('rsa_private.pem')));
show('rsa public from KeyObject', crypto.createPublicKey(rsa));
show('rsa public from object', crypto.createPublicKey({ key: rsa }));
show('rsa public from jwk', crypto.createPublicKey({ key: JSON.parse(fx('rsa_private.jwk', 'utf8')), format: 'jwk' }));

var ec = crypto.createPrivateKey(fx('ec_p256_private.pem'));
show('ec pkcs8', ec);
show('ec sec1 pem', crypto.createPrivateKey(fx('ec_p256_private_sec1.pem')));
show('ec sec1 der', crypto.createPrivateKey({ key: fx('ec_p256_private_sec1.der'), format: 'der', type: 'sec1' }));
show('ec enc sec1', crypto.createPrivateKey({ key: fx('ec_p256_private_enc.pem'), passphrase: 'muk-secret' }));
show('ec spki der', crypto.createPublicKey({ key: fx('ec_p256_public.der'), format: 'der', type: 'spki' }));
show('ec jwk', crypto.createPrivateKey({ key: JSON.parse(fx('ec_p256_private.jwk', 'utf8')), format: 'jwk' }));
show('p384', crypto.createPrivateKey(fx('ec_p384_private.pem')));
show('p521', crypto.createPrivateKey(fx('ec_p521_private.pem')));
show('k256', crypto.createPrivateKey(fx('ec_k256_private.pem')));
show('rsa-pss', crypto.createPrivateKey(fx('rsa_pss_private.pem')));
show('rsa-pss public', crypto.createPublicKey(fx('rsa_pss_private.pem')));
['ed25519', 'ed448', 'x25519', 'x448'].forEach(function (t) {
  var k = crypto.createPrivateKey(fx(t + '_private.pem'));
  show(t, k);
  show(t + ' public', crypto.createPublicKey(k));
});
show('ed25519 jwk public', crypto.createPublicKey({ key: JSON.parse(fx('ed25519_public.jwk', 'utf8')), format: 'jwk' }));

// round trips: what muk exports is what node exported
console.log('rsa pkcs8 pem', rsa.export({ format: 'pem', type: 'pkcs8' }) === fx('rsa_private.pem', 'utf8'));
console.log('rsa pkcs1 pem', rsa.export({ format: 'pem', type: 'pkcs1' }) === fx('rsa_private_pkcs1.pem', 'utf8'));
console.log('rsa pkcs8 der', rsa.export({ format: 'der', type: 'pkcs8' }).equals(fx('rsa_private.der')));
console.log('rsa pkcs1 der', rsa.export({ format: 'der', type: 'pkcs1' }).equals(fx('rsa_private_pkcs1.der')));
var rsaPub = crypto.createPublicKey(rsa);
console.log('rsa spki pem', rsaPub.export({ format: 'pem', type: 'spki' }) === fx('rsa_public.pem', 'utf8'));
console.log('rsa pkcs1 public pem', rsaPub.export({ format: 'pem', type: 'pkcs1' }) === fx('rsa_public_pkcs1.pem', 'utf8'));
console.log('rsa pkcs1 public der', rsaPub.export({ format: 'der', type: 'pkcs1' }).equals(fx('rsa_public_pkcs1.der')));
console.log('rsa jwk', JSON.stringify(rsa.export({ format: 'jwk' })) === fx('rsa_private.jwk', 'utf8'));
console.log('ec sec1 pem', ec.export({ format: 'pem', type: 'sec1' }) === fx('ec_p256_private_sec1.pem', 'utf8'));
console.log('ec sec1 der', ec.export({ format: 'der', type: 'sec1' }).equals(fx('ec_p256_private_sec1.der')));
console.log('ec spki der', crypto.createPublicKey(ec).export({ format: 'der', type: 'spki' }).equals(fx('ec_p256_public.der')));
console.log('ec spki pem', crypto.createPublicKey(ec).export({ format: 'pem', type: 'spki' }) === fx('ec_p256_public.pem', 'utf8'));
console.log('ec jwk', JSON.stringify(ec.export({ format: 'jwk' })) === fx('ec_p256_private.jwk', 'utf8'));
console.log('ec public jwk', JSON.stringify(crypto.createPublicKey(ec).export({ format: 'jwk' })));
['ed25519', 'ed448', 'x25519', 'x448', 'rsa_pss', 'ec_p384', 'ec_p521', 'ec_k256'].forEach(function (t) {
  var k = crypto.createPrivateKey(fx(t + '_private.pem'));
  console.log(t, 'pkcs8 pem', k.export({ format: 'pem', type: 'pkcs8' }) === fx(t + '_private.pem', 'utf8'));
  var p = crypto.createPublicKey(k);
  console.log(t, 'spki', p.export({ format: 'pem', type: 'spki' }).split('\n')[1]);
  if (t.indexOf('rsa') === -1) {
    console.log(t, 'jwk', JSON.stringify(k.export({ format: 'jwk' })));
    console.log(t, 'public jwk', JSON.stringify(p.export({ format: 'jwk' })));
  }
});
console.log('ed25519 public jwk', JSON.stringify(crypto.createPublicKey(fx('ed25519_private.pem')).export({ format: 'jwk' })) === fx('ed25519_public.jwk', 'utf8'));

// encrypted exports round-trip (the ciphertext is random)
var enc = rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' });
console.log(enc.split('\n')[0], crypto.createPrivateKey({ key: enc, passphrase: 'pw' }).equals(rsa));
var encDer = rsa.export({ format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'pw' });
console.log('enc der', Buffer.isBuffer(encDer),
  crypto.createPrivateKey({ key: encDer, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(rsa));
var enc1 = rsa.export({ format: 'pem', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'pw' });
console.log(enc1.split('\n').slice(0, 2).join(' | '), crypto.createPrivateKey({ key: enc1, passphrase: 'pw' }).equals(rsa));
var encEc = ec.export({ format: 'pem', type: 'sec1', cipher: 'aes-256-cbc', passphrase: 'pw' });
console.log(encEc.split('\n').slice(0, 2).join(' | '), crypto.createPrivateKey({ key: encEc, passphrase: 'pw' }).equals(ec));

// equals
var ec2 = crypto.createPrivateKey(fx('ec_p256_private_sec1.pem'));
console.log('equals', ec.equals(ec2), ec.equals(rsa), ec.equals(crypto.createPublicKey(ec)),
  crypto.createPublicKey(ec).equals(crypto.createPublicKey(ec2)), rsaPub.equals(crypto.createPublicKey(fx('rsa_public.pem'))));
console.log('instanceof', rsa instanceof crypto.KeyObject, rsaPub instanceof crypto.KeyObject);

// a certificate's public key (createPublicKey and verify take a certificate PEM)
var fromCert = crypto.createPublicKey(fx('leaf_cert.pem'));
show('from certificate', fromCert);
console.log('certificate key', fromCert.equals(rsaPub), crypto.verify('sha256', Buffer.from('x'), fx('leaf_cert.pem', 'utf8'),
  crypto.sign('sha256', Buffer.from('x'), rsa)));

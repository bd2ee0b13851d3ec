// crypto — Node 20's crypto module over the crypto service (OpenSSL 3,
// services/crypto). Each family of the API lives in its own internal
// module, loaded on the first use of one of its names (a script that only
// wants randomUUID compiles no cipher code).
'use strict';

var families = {
  'internal/crypto_hash': ['createHash', 'createHmac', 'Hash', 'Hmac', 'getHashes', 'hash'],
  'internal/crypto_random': ['randomBytes', 'pseudoRandomBytes', 'prng', 'rng', 'randomFill',
                             'randomFillSync', 'randomInt', 'randomUUID'],
  'internal/crypto_kdf': ['pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync',
                          'timingSafeEqual'],
  'internal/crypto_cipher': ['createCipheriv', 'createDecipheriv', 'Cipheriv', 'Decipheriv',
                             'getCiphers', 'getCipherInfo'],
  'internal/crypto_keys': ['createSecretKey', 'createPublicKey', 'createPrivateKey', 'KeyObject',
                           'generateKeyPair', 'generateKeyPairSync', 'generateKey',
                           'generateKeySync', 'getCurves'],
  'internal/crypto_sign': ['sign', 'verify', 'createSign', 'createVerify', 'Sign', 'Verify',
                           'publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt',
                           'diffieHellman', 'createECDH', 'ECDH', 'X509Certificate']
};

function lazy(name, id) {
  Object.defineProperty(exports, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      var v = require(id)[name];
      Object.defineProperty(exports, name, { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    },
    set: function (v) {
      Object.defineProperty(exports, name, { value: v, writable: true, configurable: true, enumerable: true });
    }
  });
}

for (var id in families) {
  for (var i = 0; i < families[id].length; i++) lazy(families[id][i], id);
}

exports.constants = require('internal/crypto_constants');

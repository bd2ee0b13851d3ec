// internal/crypto_keys — Node 20's KeyObject, createSecretKey,
// createPublicKey, createPrivateKey, generateKeyPair(Sync),
// generateKey(Sync) and getCurves over the crypto service's key ops
// (services/crypto/keys.c). A secret key keeps its bytes in JS; an
// asymmetric key is a PKEY handle in the service, freed by the token the
// KeyObject holds when it is collected.
//
// Difference from node: mujs has no BigInt, so
// asymmetricKeyDetails.publicExponent is a Number.
'use strict';

var U = require('internal/crypto_util');
var errors = require('internal/errors');
var OPS = U.OPS;

var kTypes = ['secret', 'public', 'private'];

// Node names an OpenSSL error's code after the library too for these
// libraries (crypto_util.cc's OSSL_ERROR_CODES_MAP): ERR_OSSL_EVP_BAD_DECRYPT.
var libNames = { 2: 'SYS', 3: 'BN', 4: 'RSA', 5: 'DH', 6: 'EVP', 7: 'BUF', 8: 'OBJ', 9: 'PEM',
  10: 'DSA', 11: 'X509', 13: 'ASN1', 14: 'CONF', 15: 'CRYPTO', 16: 'EC', 20: 'SSL', 32: 'BIO',
  33: 'PKCS7', 34: 'X509V3', 35: 'PKCS12', 36: 'RAND', 37: 'DSO', 38: 'ENGINE', 39: 'OCSP', 40: 'UI',
  41: 'COMP', 42: 'ECDSA', 43: 'ECDH', 44: 'OSSL_STORE', 45: 'FIPS', 46: 'CMS', 47: 'TS', 48: 'HMAC',
  50: 'CT', 51: 'ASYNC', 52: 'KDF', 53: 'SM2', 128: 'USER' };

function fixCode(e) {
  var m = /^error:([0-9A-F]{8}):/.exec(e && typeof e.message === 'string' ? e.message : '');
  if (m && typeof e.code === 'string' && e.code.indexOf('ERR_OSSL_') === 0) {
    var lib = libNames[(parseInt(m[1], 16) >>> 23) & 0xff];
    if (lib && e.code.indexOf('ERR_OSSL_' + lib + '_') !== 0) e.code = 'ERR_OSSL_' + lib + '_' + e.code.slice(9);
  }
  return e;
}

function callSync(op, args, payload) {
  try {
    return U.callSync(op, args, payload);
  } catch (e) {
    throw fixCode(e);
  }
}

function err(Base, code, msg) { return errors.makeError(Base, code, msg); }

function isKeyObject(k) { return k instanceof KeyObject; }

// The internals are hidden from enumeration (util.inspect shows none).
function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

function KeyObject(type, handle) {
  if (kTypes.indexOf(type) === -1) throw errors.invalidArgValue('type', type);
  hidden(this, '_type', type);
  if (type === 'secret') {
    hidden(this, '_bytes', handle);
  } else {
    hidden(this, '_h', handle);
    hidden(this, '_token', U.token(handle));
    hidden(this, '_info', null);
  }
}

Object.defineProperty(KeyObject.prototype, 'type', {
  get: function () { return this._type; }, enumerable: true, configurable: true
});

function SecretKeyObject(bytes) { KeyObject.call(this, 'secret', bytes); }
SecretKeyObject.prototype = Object.create(KeyObject.prototype);
SecretKeyObject.prototype.constructor = SecretKeyObject;

function AsymmetricKeyObject(type, h) { KeyObject.call(this, type, h); }
AsymmetricKeyObject.prototype = Object.create(KeyObject.prototype);
AsymmetricKeyObject.prototype.constructor = AsymmetricKeyObject;

function PublicKeyObject(h) { AsymmetricKeyObject.call(this, 'public', h); }
PublicKeyObject.prototype = Object.create(AsymmetricKeyObject.prototype);
PublicKeyObject.prototype.constructor = PublicKeyObject;

function PrivateKeyObject(h) { AsymmetricKeyObject.call(this, 'private', h); }
PrivateKeyObject.prototype = Object.create(AsymmetricKeyObject.prototype);
PrivateKeyObject.prototype.constructor = PrivateKeyObject;

function newKey(priv, h) { return priv ? new PrivateKeyObject(h) : new PublicKeyObject(h); }

Object.defineProperty(SecretKeyObject.prototype, 'symmetricKeySize', {
  get: function () { return this._bytes.length; }, enumerable: true, configurable: true
});

function bytesToNumber(b) {
  var n = 0;
  for (var i = 0; i < b.length; i++) n = n * 256 + b[i];
  return n;
}

var hashNames = { 'SHA1': 'sha1', 'SHA2-224': 'sha224', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384',
                  'SHA2-512': 'sha512', 'SHA2-512/224': 'sha512-224', 'SHA2-512/256': 'sha512-256',
                  'SHA256': 'sha256', 'SHA384': 'sha384', 'SHA512': 'sha512', 'SHA224': 'sha224',
                  'MD5': 'md5' };

function info(key) {
  if (!key._info) {
    var r = callSync(OPS.KEY_INFO, [key._h])[0];
    var details = {};
    var type = r[0];
    if (type === 'rsa' || type === 'rsa-pss') {
      details.modulusLength = r[2];
      details.publicExponent = bytesToNumber(r[3]);
      if (type === 'rsa-pss' && r[5] !== '') {
        details.hashAlgorithm = hashNames[r[5]] || r[5].toLowerCase();
        details.mgf1HashAlgorithm = hashNames[r[6]] || r[6].toLowerCase();
        details.saltLength = r[7];
      }
    } else if (type === 'ec') {
      details.namedCurve = r[4];
    }
    key._info = { type: type, details: details, bits: r[2] };
  }
  return key._info;
}

Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyType', {
  get: function () { return info(this).type; }, enumerable: true, configurable: true
});

Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyDetails', {
  get: function () {
    var d = info(this).details, o = {};
    for (var k in d) o[k] = d[k];
    return o;
  },
  enumerable: true, configurable: true
});

function b64url(buf) { return buf.toString('base64url'); }

SecretKeyObject.prototype.export = function (options) {
  if (options !== undefined) errors.validateObject(options, 'options');
  if (options && options.format === 'jwk') return { kty: 'oct', k: b64url(this._bytes) };
  if (options && options.format !== undefined && options.format !== 'buffer') {
    throw errors.invalidArgValue('options.format', options.format, "must be one of: undefined, 'buffer', 'jwk'");
  }
  return Buffer.from(this._bytes);
};

var jwkCurves = { 'prime256v1': 'P-256', 'secp384r1': 'P-384', 'secp521r1': 'P-521',
                  'secp256k1': 'secp256k1' };
var okpNames = { ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };

function exportJwk(key, priv) {
  var type = info(key).type, r;
  if (type === 'rsa') {
    r = callSync(OPS.KEY_JWK, [key._h, priv ? 1 : 0])[0];
    var o = { kty: 'RSA', n: b64url(r[0]), e: b64url(r[1]) };
    if (priv) {
      o.d = b64url(r[2]); o.p = b64url(r[3]); o.q = b64url(r[4]);
      o.dp = b64url(r[5]); o.dq = b64url(r[6]); o.qi = b64url(r[7]);
    }
    return o;
  }
  if (type === 'ec') {
    var crv = jwkCurves[info(key).details.namedCurve];
    if (!crv) {
      throw err(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE',
        'Unsupported JWK EC curve: ' + info(key).details.namedCurve + '.');
    }
    r = callSync(OPS.KEY_JWK, [key._h, priv ? 1 : 0])[0];
    var e = { kty: 'EC', x: b64url(r[0]), y: b64url(r[1]), crv: crv };
    if (priv) e.d = b64url(r[2]);
    return e;
  }
  if (okpNames[type]) {
    r = callSync(OPS.KEY_JWK, [key._h, priv ? 1 : 0])[0];
    var k = { crv: okpNames[type] };
    if (priv) k.d = b64url(r[1]);
    k.x = b64url(r[0]);
    k.kty = 'OKP';
    return k;
  }
  throw err(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
}

function incompatible(a, b) {
  return err(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
    'The selected key encoding ' + a + ' ' + b + '.');
}

// Node's parseKeyEncoding for export: { format, type, cipher, passphrase }.
function parseEncoding(key, options, priv, prefix) {
  var format = options.format, type = options.type;
  var ktype = info(key).type;
  var p = prefix || 'options.';
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') {
    throw errors.invalidArgValue(p + 'format', format);
  }
  if (format === 'jwk') return { format: 'jwk' };
  if (priv) {
    if (type !== 'pkcs1' && type !== 'pkcs8' && type !== 'sec1') {
      throw errors.invalidArgValue(p + 'type', type);
    }
  } else if (type !== 'pkcs1' && type !== 'spki') {
    throw errors.invalidArgValue(p + 'type', type);
  }
  if (type === 'pkcs1' && ktype !== 'rsa') throw incompatible('pkcs1', 'can only be used for RSA keys');
  if (type === 'sec1' && ktype !== 'ec') throw incompatible('sec1', 'can only be used for EC keys');
  var cipher = options.cipher, pass = options.passphrase;
  if (priv && cipher !== undefined) {
    if (typeof cipher !== 'string') throw errors.invalidArgValue(p + 'cipher', cipher);
    if (format === 'der' && type !== 'pkcs8') throw incompatible(type, 'does not support encryption');
    if (pass === undefined) throw errors.invalidArgValue(p + 'passphrase', pass);
    pass = U.toBuffer(pass, options.encoding, p + 'passphrase');
  } else if (priv && pass !== undefined) {
    throw errors.invalidArgValue(p + 'cipher', cipher);
  }
  return { format: format, type: type, cipher: cipher || '', passphrase: pass || Buffer.alloc(0) };
}

function exportWith(key, priv, enc) {
  if (enc.format === 'jwk') return exportJwk(key, priv);
  var r;
  try {
    r = callSync(OPS.KEY_EXPORT, [key._h, priv ? 1 : 0, enc.format, enc.type, enc.cipher, enc.passphrase]);
  } catch (e) {
    if (e.message === 'Unknown cipher' && e.code === undefined) throw err(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    throw e;
  }
  return enc.format === 'pem' ? r[1].toString('latin1') : r[1];
}

PublicKeyObject.prototype.export = function (options) {
  errors.validateObject(options, 'options');
  return exportWith(this, false, parseEncoding(this, options, false));
};

PrivateKeyObject.prototype.export = function (options) {
  errors.validateObject(options, 'options');
  return exportWith(this, true, parseEncoding(this, options, true));
};

KeyObject.prototype.equals = function (otherKeyObject) {
  if (!isKeyObject(otherKeyObject)) {
    throw errors.invalidArgType('otherKeyObject', 'KeyObject', otherKeyObject);
  }
  if (otherKeyObject.type !== this.type) return false;
  if (this.type === 'secret') {
    var a = this._bytes, b = otherKeyObject._bytes;
    if (a.length !== b.length) return false;
    var d = 0;
    for (var i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }
  return callSync(OPS.KEY_EQUALS, [this._h, otherKeyObject._h])[0][0] === 1;
};

// ---- creating keys ----

var keyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function createSecretKey(key, encoding) {
  if (typeof key === 'string') key = Buffer.from(key, encoding || 'utf8');
  else if (!Buffer.isBuffer(key)) throw errors.invalidArgType('key', keyTypes.slice(1), key);
  return new SecretKeyObject(Buffer.from(key));
}

function base64urlBytes(v, name) {
  if (typeof v !== 'string') throw errors.invalidArgType(name, 'string', v);
  return Buffer.from(v, 'base64url');
}

function tlv(parts) {
  var bufs = [];
  for (var i = 0; i < parts.length; i++) {
    var len = Buffer.alloc(4);
    len.writeUInt32BE(parts[i].length, 0);
    bufs.push(len, parts[i]);
  }
  return Buffer.concat(bufs);
}

var jwkToCurve = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1',
                   'secp256k1': 'secp256k1' };

function importJwk(jwk, priv) {
  errors.validateObject(jwk, 'key.key');
  var kty = jwk.kty, parts, args;
  if (kty === 'RSA') {
    var names = ['n', 'e'];
    if (priv) names = names.concat(['d', 'p', 'q', 'dp', 'dq', 'qi']);
    parts = [];
    for (var i = 0; i < names.length; i++) parts.push(base64urlBytes(jwk[names[i]], 'key.' + names[i]));
    args = ['rsa', '', priv ? 1 : 0];
  } else if (kty === 'EC') {
    var curve = jwkToCurve[jwk.crv];
    if (typeof jwk.crv !== 'string' || !curve) {
      throw errors.invalidArgValue('key.crv', jwk.crv, 'must be one of: \'P-256\', \'secp256k1\', \'P-384\', \'P-521\'');
    }
    parts = [base64urlBytes(jwk.x, 'key.x'), base64urlBytes(jwk.y, 'key.y')];
    if (priv) parts.push(base64urlBytes(jwk.d, 'key.d'));
    args = ['ec', curve, priv ? 1 : 0];
  } else if (kty === 'OKP') {
    var crvs = ['Ed25519', 'Ed448', 'X25519', 'X448'];
    if (crvs.indexOf(jwk.crv) === -1) {
      throw errors.invalidArgValue('key.crv', jwk.crv, 'must be one of: \'Ed25519\', \'Ed448\', \'X25519\', \'X448\'');
    }
    parts = [base64urlBytes(jwk.x, 'key.x')];
    if (priv) parts.push(base64urlBytes(jwk.d, 'key.d'));
    args = ['okp', jwk.crv.toUpperCase(), priv ? 1 : 0];
  } else if (kty === 'oct') {
    return null;
  } else {
    throw errors.invalidArgValue('key.kty', kty, 'must be one of: \'RSA\', \'EC\', \'OKP\'');
  }
  if (kty === 'OKP') {
    var size = { Ed25519: 32, Ed448: 57, X25519: 32, X448: 56 }[jwk.crv];
    if (parts[0].length !== size || (priv && parts[1].length !== size)) {
      throw err(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
    }
  }
  var r;
  try {
    r = callSync(OPS.KEY_FROM_JWK, args, tlv(parts));
  } catch (e) {
    throw err(TypeError, 'ERR_CRYPTO_INVALID_JWK', kty === 'OKP' ? 'Invalid JWK data' : 'Invalid JWK ' + kty + ' key');
  }
  return newKey(priv, r[0][0]);
}

function isEncrypted(buf) {
  return buf.indexOf('ENCRYPTED') !== -1 || buf.indexOf('Proc-Type: 4,ENCRYPTED') !== -1;
}

// Import key data as createPrivateKey (priv true) / createPublicKey take it.
// anyKey: the caller also takes KeyObjects (the messages name them).
function prepareKey(key, priv, anyKey) {
  var data, format = 'pem', type = '', pass, encoding;
  var types = priv && !anyKey ? keyTypes : keyTypes.concat(['KeyObject', 'CryptoKey']);
  if (typeof key === 'string' || Buffer.isBuffer(key)) {
    data = key;
  } else if (key === null) {
    throw new TypeError("Cannot destructure property 'key' of 'key' as it is null.");
  } else if (typeof key === 'object') {
    if (isKeyObject(key)) throw errors.invalidArgType('key', types, key);
    data = key.key;
    if (key.format !== undefined) format = key.format;
    encoding = key.encoding;
    pass = key.passphrase;
    if (format === 'jwk') {
      var k = importJwk(data, priv);
      if (!k) throw errors.invalidArgValue('key.kty', 'oct');
      return k;
    }
    if (isKeyObject(data)) {
      if (priv) throw errors.invalidArgType('key.key', keyTypes, data);
      return publicOf(data);
    }
    if (typeof data !== 'string' && !Buffer.isBuffer(data)) {
      throw errors.invalidArgType('key.key', types, data);
    }
    if (format !== 'pem' && format !== 'der') throw errors.invalidArgValue('options.format', format);
    if (format === 'der') {
      type = key.type;
      var ok = priv ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
      if (ok.indexOf(type) === -1) throw errors.invalidArgValue('options.type', type);
    }
  } else {
    throw errors.invalidArgType('key', types, key);
  }
  var buf = typeof data === 'string' ? Buffer.from(data, encoding || 'utf8') : data;
  var passArg = -1;
  if (pass !== undefined && pass !== null) {
    if (typeof pass !== 'string' && !Buffer.isBuffer(pass)) throw errors.invalidArgValue('options.passphrase', pass);
    passArg = U.toBuffer(pass, encoding);
  }
  if (buf.length === 0) {
    throw errors.invalidArgValue(typeof key === 'object' && !Buffer.isBuffer(key) ? 'key.key' : 'key', data,
                                 'must be a non-empty string or buffer');
  }
  var r = callSync(OPS.KEY_IMPORT, [priv ? 1 : 0, format, type, passArg], buf);
  return newKey(priv, r[0][0]);
}

function publicOf(key) {
  if (key.type === 'public') return key;
  if (key.type !== 'private') {
    throw err(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
      'Invalid key object type ' + key.type + ', expected private.');
  }
  return new PublicKeyObject(callSync(OPS.KEY_PUBLIC, [key._h])[0][0]);
}

function createPrivateKey(key) {
  return prepareKey(key, true);
}

function createPublicKey(key) {
  if (isKeyObject(key)) return publicOf(key);
  return prepareKey(key, false);
}

// ---- generation ----

var pairTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

function validateUint32(v, name) {
  if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
  if (Math.floor(v) !== v) throw errors.outOfRange(name, 'an integer', v);
  if (v < 0 || v > 4294967295) throw errors.outOfRange(name, '>= 0 && <= 4294967295', v);
}

function validateInt32(v, name) {
  if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
  if (Math.floor(v) !== v) throw errors.outOfRange(name, 'an integer', v);
  if (v < -2147483648 || v > 2147483647) throw errors.outOfRange(name, '>= -2147483648 && <= 2147483647', v);
}

// EC_curve_nist2nid's names
var nistCurves = ['B-163', 'B-233', 'B-283', 'B-409', 'B-571', 'K-163', 'K-233', 'K-283', 'K-409',
                  'K-571', 'P-192', 'P-224', 'P-256', 'P-384', 'P-521'];

function checkEncoding(enc, name, priv) {
  if (enc === undefined) return null;
  if (enc === null || typeof enc !== 'object') throw errors.invalidArgValue(name, enc);
  var format = enc.format, type = enc.type;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') throw errors.invalidArgValue(name + '.format', format);
  if (format !== 'jwk') {
    var ok = priv ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (ok.indexOf(type) === -1) throw errors.invalidArgValue(name + '.type', type);
  }
  return enc;
}

// The KEY_GENERATE arguments for (type, options), validated as node does.
function pairArgs(type, options) {
  errors.validateString(type, 'type');
  if (pairTypes.indexOf(type) === -1 || type === 'dsa' || type === 'dh') {
    throw errors.invalidArgValue('type', type, 'must be a supported key type');
  }
  if (options !== undefined || type === 'rsa' || type === 'rsa-pss' || type === 'ec') {
    errors.validateObject(options, 'options');
  }
  var o = options || {};
  var bits = 0, exp = 0x10001, curve = '', hash = '', mgf = '', salt = -1;
  if (type === 'rsa' || type === 'rsa-pss') {
    validateUint32(o.modulusLength, 'options.modulusLength');
    bits = o.modulusLength;
    if (o.publicExponent !== undefined) {
      validateUint32(o.publicExponent, 'options.publicExponent');
      exp = o.publicExponent;
    }
    if (type === 'rsa-pss') {
      if (o.hashAlgorithm !== undefined) { errors.validateString(o.hashAlgorithm, 'options.hashAlgorithm'); hash = o.hashAlgorithm; }
      if (o.mgf1HashAlgorithm !== undefined) { errors.validateString(o.mgf1HashAlgorithm, 'options.mgf1HashAlgorithm'); mgf = o.mgf1HashAlgorithm; }
      if (o.saltLength !== undefined) {
        validateInt32(o.saltLength, 'options.saltLength');
        if (o.saltLength < 0) throw errors.outOfRange('options.saltLength', '>= 0', o.saltLength);
        salt = o.saltLength;
      }
    }
  } else if (type === 'ec') {
    errors.validateString(o.namedCurve, 'options.namedCurve');
    curve = o.namedCurve;
    if (nistCurves.indexOf(curve) === -1 && getCurves().indexOf(curve) === -1) {
      throw err(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    }
    if (o.paramEncoding !== undefined && o.paramEncoding !== 'named') {
      throw errors.invalidArgValue('options.paramEncoding', o.paramEncoding);
    }
  }
  var pub = checkEncoding(o.publicKeyEncoding, 'options.publicKeyEncoding', false);
  var priv = checkEncoding(o.privateKeyEncoding, 'options.privateKeyEncoding', true);
  return { args: [type, bits, exp, curve, hash, mgf, salt], pub: pub, priv: priv, curve: curve };
}

function genFailure(e, p) {
  if (p.curve && e.code === undefined) return errors.invalidArgValue('options.namedCurve', p.curve, 'is invalid');
  return e;
}

function finishPair(h, p) {
  var privateKey = new PrivateKeyObject(h);
  var publicKey = publicOf(privateKey);
  if (p.pub) publicKey = exportWith(publicKey, false, parseEncoding(publicKey, p.pub, false, 'options.publicKeyEncoding.'));
  if (p.priv) privateKey = exportWith(privateKey, true, parseEncoding(privateKey, p.priv, true, 'options.privateKeyEncoding.'));
  return { publicKey: publicKey, privateKey: privateKey };
}

function generateKeyPairSync(type, options) {
  var p = pairArgs(type, options), r;
  try {
    r = callSync(OPS.KEY_GENERATE, p.args);
  } catch (e) { throw genFailure(e, p); }
  return finishPair(r[0][0], p);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  errors.validateFunction(callback, 'callback');
  var p = pairArgs(type, options);
  U.call(OPS.KEY_GENERATE, p.args, undefined, function (e, results) {
    if (e) return callback(genFailure(fixCode(e), p));
    var pair;
    try {
      pair = finishPair(results[0], p);
    } catch (e2) { return callback(e2); }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

function secretArgs(type, options) {
  errors.validateString(type, 'type');
  errors.validateObject(options, 'options');
  var length = options.length;
  if (type === 'hmac') {
    if (typeof length !== 'number') throw errors.invalidArgType('options.length', 'number', length);
    if (Math.floor(length) !== length) throw errors.outOfRange('options.length', 'an integer', length);
    if (length < 8 || length > 2147483647) throw errors.outOfRange('options.length', '>= 8 && <= 2147483647', length);
  } else if (type === 'aes') {
    if (length !== 128 && length !== 192 && length !== 256) {
      throw errors.invalidArgValue('options.length', length, 'must be one of: 128, 192, 256');
    }
  } else {
    throw errors.invalidArgValue('type', type, "must be a supported key type");
  }
  return ['secret', Math.floor(length / 8), 0, '', '', '', -1];
}

function generateKeySync(type, options) {
  var r = callSync(OPS.KEY_GENERATE, secretArgs(type, options));
  return new SecretKeyObject(Buffer.from(r[1]));
}

function generateKey(type, options, callback) {
  var args = secretArgs(type, options);
  errors.validateFunction(callback, 'callback');
  U.call(OPS.KEY_GENERATE, args, undefined, function (e, results, payload) {
    if (e) return callback(e);
    callback(null, new SecretKeyObject(Buffer.from(payload)));
  });
}

var curves = null;
function getCurves() {
  if (!curves) curves = callSync(OPS.CURVES, [])[0][0].split('\n').sort();
  return curves.slice();
}

module.exports = {
  KeyObject: KeyObject,
  createSecretKey: createSecretKey,
  createPublicKey: createPublicKey,
  createPrivateKey: createPrivateKey,
  generateKeyPair: generateKeyPair,
  generateKeyPairSync: generateKeyPairSync,
  generateKey: generateKey,
  generateKeySync: generateKeySync,
  getCurves: getCurves,
  // for internal/crypto_sign
  isKeyObject: isKeyObject,
  prepareKey: prepareKey,
  publicOf: publicOf,
  info: info,
  fixCode: fixCode,
  publicKeyFromHandle: function (h) { return new PublicKeyObject(h); },
  callSync: callSync
};

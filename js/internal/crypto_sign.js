// internal/crypto_sign — Node 20's sign, verify, createSign, createVerify
// (Sign and Verify are Writable streams) over the crypto service's SIGN
// and VERIFY ops (services/crypto/sign.c). A Sign/Verify object gathers
// its data and signs it in one request at sign()/verify().
'use strict';

var U = require('internal/crypto_util');
var K = require('internal/crypto_keys');
var errors = require('internal/errors');
var Writable = require('internal/streams_writable');
var OPS = U.OPS;

var INT_MIN = -2147483648;

function err(Base, code, msg) { return errors.makeError(Base, code, msg); }

// node's encode: a falsy encoding or 'buffer' keeps the Buffer
function encode(buf, enc) { return enc && enc !== 'buffer' ? buf.toString(enc) : buf; }

var BB = internalBinding('buffer');
function dataArg(data, name, enc) {
  if (typeof data === 'string') return Buffer.from(data, enc || 'utf8');
  if (BB.isView(data)) return BB.asBuffer(data);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw errors.invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function intOption(name, options) {
  var v = options[name];
  if (v !== undefined) {
    if (v === (v >> 0)) return v;
    throw errors.invalidArgValue('options.' + name, v);
  }
  return undefined;
}

// { padding, saltLength, p1363 } from a key argument (node's getPadding,
// getSaltLength, getDSASignatureEncoding).
function signOptions(key) {
  var o = { padding: -1, saltLength: INT_MIN, p1363: 0 };
  if (key !== null && typeof key === 'object' && !Buffer.isBuffer(key) && !K.isKeyObject(key)) {
    var p = intOption('padding', key), s = intOption('saltLength', key);
    if (p !== undefined) o.padding = p;
    if (s !== undefined) o.saltLength = s;
    var enc = key.dsaEncoding === undefined ? 'der' : key.dsaEncoding;
    if (enc === 'ieee-p1363') o.p1363 = 1;
    else if (enc !== 'der') throw errors.invalidArgValue('options.dsaEncoding', enc);
  }
  return o;
}

function wrongKeyType(type, expected) {
  return err(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    'Invalid key object type ' + type + ', expected ' + expected + '.');
}

// A private KeyObject for key as node's preparePrivateKey takes it.
function privateKey(key) {
  if (K.isKeyObject(key)) {
    if (key.type !== 'private') throw wrongKeyType(key.type, 'private');
    return key;
  }
  if (key !== null && typeof key === 'object' && !Buffer.isBuffer(key) && K.isKeyObject(key.key)) {
    if (key.key.type !== 'private') throw wrongKeyType(key.key.type, 'private');
    return key.key;
  }
  return K.prepareKey(key, true, true);
}

// A public or private KeyObject (preparePublicOrPrivateKey).
function publicOrPrivateKey(key) {
  if (K.isKeyObject(key)) {
    if (key.type === 'secret') throw wrongKeyType(key.type, 'private or public');
    return key;
  }
  if (key !== null && typeof key === 'object' && !Buffer.isBuffer(key) && K.isKeyObject(key.key)) {
    if (key.key.type === 'secret') throw wrongKeyType(key.key.type, 'private or public');
    return key.key;
  }
  // a PEM holding a private key is used as that private key
  var isObj = key !== null && typeof key === 'object' && !Buffer.isBuffer(key);
  var data = isObj ? key.key : key;
  var s = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('latin1') : '';
  var format = isObj && key.format !== undefined ? key.format : 'pem';
  if (format === 'pem' && /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(s)) return K.prepareKey(key, true, true);
  if (isObj && format === 'der' && key.type !== 'spki' && key.type !== 'pkcs1') return K.prepareKey(key, true, true);
  if (isObj && format === 'jwk' && key.key && key.key.d !== undefined) return K.prepareKey(key, true, true);
  return K.prepareKey(key, false);
}

function algArg(algorithm) {
  if (algorithm === null || algorithm === undefined) return '';
  errors.validateString(algorithm, 'algorithm');
  return algorithm;
}

// alg: the one-shot forms name the digest in the message.
function failure(e, alg) {
  if (e && e.message === 'Invalid digest' && e.code === undefined) {
    return err(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest' + (alg ? ': ' + alg : ''));
  }
  return K.fixCode(e);
}

function signWith(alg, data, key, o, cb, oneShot) {
  var args = [key._h, alg, o.padding, o.saltLength, o.p1363];
  if (cb) {
    U.call(OPS.SIGN, args, data, function (e, results, sig) {
      if (e) cb(failure(e, oneShot && alg));
      else cb(null, sig);
    });
    return undefined;
  }
  try {
    return U.callSync(OPS.SIGN, args, data)[1];
  } catch (e) {
    throw failure(e, oneShot && alg);
  }
}

function verifyWith(alg, data, key, sig, o, cb, oneShot) {
  var args = [key._h, alg, o.padding, o.saltLength, o.p1363, sig];
  if (cb) {
    U.call(OPS.VERIFY, args, data, function (e, results) {
      if (e) cb(failure(e, oneShot && alg));
      else cb(null, results[0] === 1);
    });
    return undefined;
  }
  try {
    return U.callSync(OPS.VERIFY, args, data)[0][0] === 1;
  } catch (e) {
    throw failure(e, oneShot && alg);
  }
}

function keyRequired() {
  return err(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
}

function sign(algorithm, data, key, callback) {
  var alg = algArg(algorithm);
  if (callback !== undefined) errors.validateFunction(callback, 'callback');
  data = dataArg(data, 'data');
  if (!key) throw keyRequired();
  var o = signOptions(key);
  return signWith(alg, data, privateKey(key), o, callback, true);
}

function verify(algorithm, data, key, signature, callback) {
  var alg = algArg(algorithm);
  if (callback !== undefined) errors.validateFunction(callback, 'callback');
  data = dataArg(data, 'data');
  if (!key) throw keyRequired();
  var o = signOptions(key);
  var k = publicOrPrivateKey(key);
  if (!BB.isView(signature)) throw errors.invalidArgType('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  signature = BB.asBuffer(signature);
  return verifyWith(alg, data, k, signature, o, callback, true);
}

function checkDigest(algorithm) {
  errors.validateString(algorithm, 'algorithm');
  try {
    U.callSync(OPS.SIGN_DIGEST, [algorithm]);
  } catch (e) {
    throw failure(e);
  }
}

function gather(self, data, encoding) {
  if (typeof data === 'string') data = Buffer.from(data, encoding || 'utf8');
  else if (!BB.isView(data)) throw errors.invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  self._chunks.push(Buffer.from(BB.asBuffer(data)));
  return self;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  checkDigest(algorithm);
  this._alg = algorithm;
  this._chunks = [];
  Writable.call(this, options);
}
Sign.prototype = Object.create(Writable.prototype);
Sign.prototype.constructor = Sign;

Sign.prototype._write = function (chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function (data, encoding) { return gather(this, data, encoding); };

Sign.prototype.sign = function (options, encoding) {
  if (!options) throw keyRequired();
  var o = signOptions(options);
  var key = privateKey(options);
  var sig = signWith(this._alg, Buffer.concat(this._chunks), key, o);
  return encode(sig, encoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  checkDigest(algorithm);
  this._alg = algorithm;
  this._chunks = [];
  Writable.call(this, options);
}
Verify.prototype = Object.create(Writable.prototype);
Verify.prototype.constructor = Verify;

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function (options, signature, sigEncoding) {
  if (!options) throw keyRequired();
  var o = signOptions(options);
  var key = publicOrPrivateKey(options);
  signature = dataArg(signature, 'signature', sigEncoding);
  return verifyWith(this._alg, Buffer.concat(this._chunks), key, signature, o);
};

function createSign(algorithm, options) { return new Sign(algorithm, options); }
function createVerify(algorithm, options) { return new Verify(algorithm, options); }

module.exports = {
  sign: sign,
  verify: verify,
  createSign: createSign,
  createVerify: createVerify,
  Sign: Sign,
  Verify: Verify
};

// ---- RSA encryption (publicEncrypt, privateDecrypt, privateEncrypt,
// publicDecrypt), diffieHellman, ECDH ----

var C = require('internal/crypto_constants');

function rsaFunction(mode, defaultPadding, priv) {
  return function (options, buffer) {
    // a KeyObject must be private for the private operations; key data
    // may hold either half (OpenSSL then says what is missing)
    var key = priv && (K.isKeyObject(options) || (options && K.isKeyObject(options.key))) ?
      privateKey(options) : publicOrPrivateKey(options);
    var padding = (options && options.padding) || defaultPadding;
    var oaepHash = options ? options.oaepHash : undefined;
    var encoding = options ? options.encoding : undefined;
    var label = options ? options.oaepLabel : undefined;
    if (oaepHash !== undefined) errors.validateString(oaepHash, 'key.oaepHash');
    if (label !== undefined) label = dataArg(label, 'key.oaepLabel', encoding);
    buffer = dataArg(buffer, 'buffer', encoding);
    if (mode === 1 && padding === C.RSA_PKCS1_PADDING) {
      throw err(TypeError, 'ERR_INVALID_ARG_VALUE',
        'RSA_PKCS1_PADDING is no longer supported for private decryption,' +
        ' this can be reverted with --security-revert=CVE-2023-46809');
    }
    try {
      return U.callSync(OPS.PK_CRYPT, [key._h, mode, padding, oaepHash || '', label || Buffer.alloc(0)], buffer)[1];
    } catch (e) {
      if (e.message === 'Invalid digest' && e.code === undefined) {
        throw err(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
      }
      throw K.fixCode(e);
    }
  };
}

var dhTypes = ['dh', 'ec', 'x448', 'x25519'];

function diffieHellman(options) {
  errors.validateObject(options, 'options');
  var priv = options.privateKey, pub = options.publicKey;
  if (!K.isKeyObject(priv)) throw errors.invalidArgValue('options.privateKey', priv);
  if (!K.isKeyObject(pub)) throw errors.invalidArgValue('options.publicKey', pub);
  if (priv.type !== 'private') throw wrongKeyType(priv.type, 'private');
  if (pub.type !== 'public' && pub.type !== 'private') throw wrongKeyType(pub.type, 'private or public');
  var a = priv.asymmetricKeyType, b = pub.asymmetricKeyType;
  if (a !== b || dhTypes.indexOf(a) === -1) {
    throw err(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY',
      'Incompatible key types for Diffie-Hellman: ' + a + ' and ' + b);
  }
  try {
    return U.callSync(OPS.DERIVE, [priv._h, pub._h])[1];
  } catch (e) {
    throw K.fixCode(e);
  }
}

function pointFormat(format) {
  if (format) {
    if (format === 'compressed') return C.POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return C.POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') throw err(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: ' + format);
  }
  return C.POINT_CONVERSION_UNCOMPRESSED;
}

function validCurve(curve) {
  errors.validateString(curve, 'curve');
  if (K.getCurves().indexOf(curve) === -1) throw err(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function convertPoint(curve, point, form) {
  try {
    return U.callSync(OPS.ECDH_POINT, [curve, point, form])[0][0];
  } catch (e) {
    if (e.message === 'invalid public key') {
      throw err(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
    }
    throw e;
  }
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validCurve(curve);
  this._curve = curve;
  this._priv = null;
  this._pub = null;
}

function ecdhKeys(self, priv) {
  var r;
  try {
    r = U.callSync(OPS.ECDH_KEYS, [self._curve, priv || Buffer.alloc(0)])[0];
  } catch (e) {
    if (e.message === 'invalid private key') {
      throw err(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
    }
    throw e;
  }
  self._priv = r[0];
  self._pub = r[1];
}

ECDH.prototype.generateKeys = function (encoding, format) {
  ecdhKeys(this, null);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.setPrivateKey = function (key, encoding) {
  key = dataArg(key, 'key', encoding);
  ecdhKeys(this, key);
  return this;
};

ECDH.prototype.getPrivateKey = function (encoding) {
  if (!this._priv) throw err(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encode(Buffer.from(this._priv), encoding);
};

ECDH.prototype.getPublicKey = function (encoding, format) {
  var f = pointFormat(format);
  if (!this._pub) throw err(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  var pub = f === C.POINT_CONVERSION_UNCOMPRESSED ? Buffer.from(this._pub) : convertPoint(this._curve, this._pub, f);
  return encode(pub, encoding);
};

ECDH.prototype.computeSecret = function (key, inEnc, outEnc) {
  key = dataArg(key, 'key', inEnc);
  if (!this._priv) throw err(RangeError, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  var r;
  try {
    r = U.callSync(OPS.ECDH_DERIVE, [this._curve, this._priv, this._pub, key]);
  } catch (e) {
    if (e.message === 'invalid public key') {
      throw err(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
    }
    throw K.fixCode(e);
  }
  return encode(r[1], outEnc);
};

ECDH.convertKey = function (key, curve, inEnc, outEnc, format) {
  validCurve(curve);
  key = dataArg(key, 'key', inEnc);
  var f = pointFormat(format);
  return encode(convertPoint(curve, key, f), outEnc);
};

function createECDH(curve) { return new ECDH(curve); }

module.exports.publicEncrypt = rsaFunction(0, C.RSA_PKCS1_OAEP_PADDING, false);
module.exports.privateDecrypt = rsaFunction(1, C.RSA_PKCS1_OAEP_PADDING, true);
module.exports.privateEncrypt = rsaFunction(2, C.RSA_PKCS1_PADDING, true);
module.exports.publicDecrypt = rsaFunction(3, C.RSA_PKCS1_PADDING, false);
module.exports.diffieHellman = diffieHellman;
module.exports.createECDH = createECDH;
module.exports.ECDH = ECDH;

// ---- X509Certificate ----

var kX509Flags = { ALWAYS: 0x1, NO_WILDCARDS: 0x2, NO_PARTIAL: 0x4, MULTI_LABEL: 0x8, SINGLE_LABEL: 0x10, NEVER: 0x20 };

function x509Info(cert) {
  if (!cert._info) {
    var r = U.callSync(OPS.X509_INFO, [cert._h])[0];
    cert._info = { subject: r[0], issuer: r[1], serialNumber: r[2], validFrom: r[3], validTo: r[4],
                   ca: r[5] === 1, subjectAltName: r[6] === '' ? undefined : r[6] };
  }
  return cert._info;
}

function X509Certificate(buffer) {
  if (!(this instanceof X509Certificate)) {
    throw new TypeError("Class constructor X509Certificate cannot be invoked without 'new'");
  }
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  if (!BB.isView(buffer)) throw errors.invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  buffer = BB.asBuffer(buffer);
  var h;
  try {
    h = U.callSync(OPS.X509_PARSE, [], buffer)[0][0];
  } catch (e) {
    throw K.fixCode(e);
  }
  hidden(this, '_h', h);
  hidden(this, '_token', U.token(h));
  hidden(this, '_info', null);
  hidden(this, '_publicKey', null);
}

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

function x509Getter(name, fn) {
  Object.defineProperty(X509Certificate.prototype, name, { get: fn, enumerable: false, configurable: true });
}

['subject', 'issuer', 'serialNumber', 'validFrom', 'validTo', 'ca', 'subjectAltName'].forEach(function (name) {
  x509Getter(name, function () { return x509Info(this)[name]; });
});

function fingerprint(cert, alg) {
  var d = U.callSync(OPS.X509_FINGERPRINT, [cert._h, alg])[1].toString('hex').toUpperCase();
  return d.replace(/(..)(?!$)/g, '$1:');
}
x509Getter('fingerprint', function () { return fingerprint(this, 'sha1'); });
x509Getter('fingerprint256', function () { return fingerprint(this, 'sha256'); });
x509Getter('fingerprint512', function () { return fingerprint(this, 'sha512'); });
x509Getter('raw', function () { return U.callSync(OPS.X509_RAW, [this._h, 0])[1]; });
x509Getter('publicKey', function () {
  if (!this._publicKey) {
    var h;
    try {
      h = U.callSync(OPS.X509_PUBKEY, [this._h])[0][0];
    } catch (e) {
      throw K.fixCode(e);
    }
    this._publicKey = K.publicKeyFromHandle(h);
  }
  return this._publicKey;
});

X509Certificate.prototype.toString = function () {
  return U.callSync(OPS.X509_RAW, [this._h, 1])[1].toString('latin1');
};
X509Certificate.prototype.toJSON = X509Certificate.prototype.toString;

function x509Flags(options) {
  if (options === undefined) options = {};
  errors.validateObject(options, 'options');
  var subject = options.subject === undefined ? 'default' : options.subject;
  var names = ['wildcards', 'partialWildcards', 'multiLabelWildcards', 'singleLabelSubdomains'];
  var defaults = [true, true, false, false], v = [];
  errors.validateString(subject, 'options.subject');
  for (var i = 0; i < names.length; i++) {
    v[i] = options[names[i]] === undefined ? defaults[i] : options[names[i]];
    if (typeof v[i] !== 'boolean') throw errors.invalidArgType('options.' + names[i], 'boolean', v[i]);
  }
  var flags = 0;
  if (subject === 'always') flags |= kX509Flags.ALWAYS;
  else if (subject === 'never') flags |= kX509Flags.NEVER;
  else if (subject !== 'default') throw errors.invalidArgValue('options.subject', subject);
  if (!v[0]) flags |= kX509Flags.NO_WILDCARDS;
  if (!v[1]) flags |= kX509Flags.NO_PARTIAL;
  if (v[2]) flags |= kX509Flags.MULTI_LABEL;
  if (v[3]) flags |= kX509Flags.SINGLE_LABEL;
  return flags;
}

function x509Check(cert, what, name, flags, invalid) {
  var r = U.callSync(OPS.X509_CHECK, [cert._h, what, name, flags])[0];
  if (r[0] === 1) return what === 0 && r[1] !== '' ? r[1] : name;
  if (r[0] === 0) return undefined;
  if (r[0] === -2) throw err(TypeError, 'ERR_INVALID_ARG_VALUE', invalid);
  throw err(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Operation failed');
}

X509Certificate.prototype.checkHost = function (name, options) {
  errors.validateString(name, 'name');
  return x509Check(this, 0, name, x509Flags(options), 'Invalid name');
};
X509Certificate.prototype.checkEmail = function (email, options) {
  errors.validateString(email, 'email');
  return x509Check(this, 1, email, x509Flags(options), 'Invalid name');
};
X509Certificate.prototype.checkIP = function (ip, options) {
  errors.validateString(ip, 'ip');
  return x509Check(this, 2, ip, x509Flags(options), 'Invalid IP');
};
X509Certificate.prototype.verify = function (pkey) {
  if (!K.isKeyObject(pkey)) throw errors.invalidArgType('pkey', 'KeyObject', pkey);
  if (pkey.type !== 'public') throw errors.invalidArgValue('pkey', pkey);
  return U.callSync(OPS.X509_VERIFY, [this._h, pkey._h])[0][0] === 1;
};

module.exports.X509Certificate = X509Certificate;

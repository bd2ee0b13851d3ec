// internal/crypto_kdf — pbkdf2, scrypt, hkdf (and their Sync forms) and
// timingSafeEqual over the crypto service's KDF ops. The callback forms run
// on the service's pool; the Sync forms are synchronous requests (on this
// thread unless the service is remote). Arguments are checked here as
// Node's validators do, and a digest name is checked before a job is queued
// (Node's job constructors throw at once): KDF_DIGEST, asked once per name.
//
// Differences from Node: hkdf/hkdfSync give a Buffer where Node gives an
// ArrayBuffer (mujs has none); byte arguments are strings or Buffers (no
// ArrayBuffer, TypedArray, DataView or KeyObject).
'use strict';

var U = require('internal/crypto_util');
var errors = require('internal/errors');

var OPS = U.OPS;
var UV_ENOENT = -2, UV_ERANGE = -34;

var BB = internalBinding('buffer');
function bytes(v, name, expected) {
  if (BB.isView(v)) return BB.asBuffer(v);
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  throw errors.invalidArgType(name, expected, v);
}

var kBytesTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
  if (Math.floor(value) !== value || !isFinite(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function validateInt32(value, name, min) {
  validateInteger(value, name, min, 2147483647);
}

function validateUint32(value, name) {
  validateInteger(value, name, 0, 4294967295);
}

function invalidDigest(digest) {
  return errors.makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
}

// A digest's size by name (Node's spellings), or throws Node's error.
var digestSizes = Object.create(null);
function digestSize(digest) {
  var n = digestSizes[digest];
  if (n !== undefined) return n;
  try {
    n = U.callSync(OPS.KDF_DIGEST, [digest])[0][0];
  } catch (e) {
    if (e.errno === UV_ENOENT || e.code === 'ENOENT') throw invalidDigest(digest);
    throw e;
  }
  digestSizes[digest] = n;
  return n;
}

// The error for a failed KDF request (status and results from the service).
function kdfError(err, digest) {
  if (err && (err.errno === UV_ENOENT || err.code === 'ENOENT')) return invalidDigest(digest);
  if (err && (err.errno === UV_ERANGE || err.code === 'ERANGE')) return invalidKeylen();
  return err;
}

function invalidKeylen() {
  return errors.makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
}

// ---- pbkdf2 -----------------------------------------------------------------
function pbkdf2Check(password, salt, iterations, keylen, digest) {
  errors.validateString(digest, 'digest');
  password = bytes(password, 'password', kBytesTypes);
  salt = bytes(salt, 'salt', kBytesTypes);
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  digestSize(digest);
  return [digest, iterations, keylen, salt, password];
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  var a = pbkdf2Check(password, salt, iterations, keylen, digest);
  errors.validateFunction(callback, 'callback');
  U.call(OPS.PBKDF2, [a[0], a[1], a[2], a[3]], a[4], function (err, results, key) {
    if (err) return callback(kdfError(err, digest));
    callback(null, key || Buffer.alloc(0));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  var a = pbkdf2Check(password, salt, iterations, keylen, digest);
  var r;
  try {
    r = U.callSync(OPS.PBKDF2, [a[0], a[1], a[2], a[3]], a[4]);
  } catch (e) {
    throw kdfError(e, digest);
  }
  return r[1] || Buffer.alloc(0);
}

// ---- scrypt -----------------------------------------------------------------
var defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// Node 20 says this of N with cost, r with blockSize, p with parallelization.
function incompatible() {
  return errors.makeError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
}

function scryptCheck(password, salt, keylen, options) {
  password = bytes(password, 'password', kBytesTypes);
  salt = bytes(salt, 'salt', kBytesTypes);
  validateInt32(keylen, 'keylen', 0);
  var N = defaults.N, r = defaults.r, p = defaults.p, maxmem = defaults.maxmem;
  if (options && options !== defaults) {
    var hasN = options.N !== undefined;
    if (hasN) { N = options.N; validateUint32(N, 'N'); }
    if (options.cost !== undefined) {
      if (hasN) throw incompatible('N', 'cost');
      N = options.cost;
      validateUint32(N, 'cost');
    }
    var hasR = options.r !== undefined;
    if (hasR) { r = options.r; validateUint32(r, 'r'); }
    if (options.blockSize !== undefined) {
      if (hasR) throw incompatible('r', 'blockSize');
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    var hasP = options.p !== undefined;
    if (hasP) { p = options.p; validateUint32(p, 'p'); }
    if (options.parallelization !== undefined) {
      if (hasP) throw incompatible('p', 'parallelization');
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0, 9007199254740991);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  // Node's ScryptJob checks the parameters before it runs: so do we.
  try {
    U.callSync(OPS.SCRYPT, [N, r, p, maxmem, -1, salt]);
  } catch (e) {
    throw scryptParamsError(e);
  }
  return [N, r, p, maxmem, keylen, salt, password];
}

function scryptParamsError(e) {
  var msg = 'Invalid scrypt params';
  if (e && e.library !== undefined) msg += ': ' + e.message;
  return errors.makeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', msg);
}

function scrypt(password, salt, keylen, options, callback) {
  if (callback === undefined) {
    callback = options;
    options = defaults;
  }
  var a = scryptCheck(password, salt, keylen, options);
  errors.validateFunction(callback, 'callback');
  U.call(OPS.SCRYPT, a.slice(0, 6), a[6], function (err, results, key) {
    if (err) return callback(err);
    callback(null, key || Buffer.alloc(0));
  });
}

function scryptSync(password, salt, keylen, options) {
  var a = scryptCheck(password, salt, keylen, options === undefined ? defaults : options);
  return U.callSync(OPS.SCRYPT, a.slice(0, 6), a[6])[1] || Buffer.alloc(0);
}

// ---- hkdf -------------------------------------------------------------------
var kIkmTypes = ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];
var kSourceTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfCheck(hash, key, salt, info, length) {
  errors.validateString(hash, 'digest');
  key = bytes(key, 'ikm', kIkmTypes);
  salt = bytes(salt, 'salt', kSourceTypes);
  info = bytes(info, 'info', kSourceTypes);
  validateInteger(length, 'length', 0, 4294967296);
  if (info.length > 1024) {
    throw errors.outOfRange('info', 'must not contain more than 1024 bytes', info.length);
  }
  var size = digestSize(hash);
  if (length > 255 * size) throw invalidKeylen();
  return [hash, length, salt, info, key];
}

function hkdf(hash, key, salt, info, length, callback) {
  var a = hkdfCheck(hash, key, salt, info, length);
  errors.validateFunction(callback, 'callback');
  U.call(OPS.HKDF, a.slice(0, 4), a[4], function (err, results, bits) {
    if (err) return callback(kdfError(err, hash));
    callback(null, bits || Buffer.alloc(0));
  });
}

function hkdfSync(hash, key, salt, info, length) {
  var a = hkdfCheck(hash, key, salt, info, length);
  try {
    return U.callSync(OPS.HKDF, a.slice(0, 4), a[4])[1] || Buffer.alloc(0);
  } catch (e) {
    throw kdfError(e, hash);
  }
}

// ---- timingSafeEqual --------------------------------------------------------
function timingSafeEqual(buf1, buf2) {
  if (buf1 instanceof ArrayBuffer) buf1 = Buffer.from(buf1);
  if (buf2 instanceof ArrayBuffer) buf2 = Buffer.from(buf2);
  if (!BB.isView(buf1)) throw notBuffer('buf1');
  if (!BB.isView(buf2)) throw notBuffer('buf2');
  buf1 = BB.asBuffer(buf1);
  buf2 = BB.asBuffer(buf2);
  if (buf1.length !== buf2.length) {
    throw errors.makeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
      'Input buffers must have the same byte length');
  }
  return U.callSync(OPS.TIMING_SAFE_EQUAL, [buf1], buf2)[0][0] === 1;
}

function notBuffer(name) {
  return errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name +
    '" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

module.exports = {
  pbkdf2: pbkdf2,
  pbkdf2Sync: pbkdf2Sync,
  scrypt: scrypt,
  scryptSync: scryptSync,
  hkdf: hkdf,
  hkdfSync: hkdfSync,
  timingSafeEqual: timingSafeEqual
};

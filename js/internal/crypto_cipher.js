// internal/crypto_cipher — Node 20's cipher API (createCipheriv,
// createDecipheriv, Cipheriv, Decipheriv, getCiphers, getCipherInfo) over
// the crypto service's CIPHER_* ops (services/crypto/cipher.c).
//
// A Cipheriv owns a CIPHER handle (its token frees it when the object is
// collected). update/final are synchronous requests, run on this thread;
// the data rides as the payload (a Buffer in place) and the output comes
// back as a Buffer adopting the service's bytes.
//
// Like Node's LazyTransform, a cipher is a Transform whose stream state is
// only built when a stream method first touches it.
'use strict';

var util = require('internal/crypto_util');
var errors = require('internal/errors');
var S = require('internal/service');
var Transform = require('stream').Transform;

var OPS = util.OPS;
var kcallSync = S.callSync;
var OP_NEW = OPS.CIPHER_NEW, OP_UPDATE = OPS.CIPHER_UPDATE, OP_FINAL = OPS.CIPHER_FINAL;
var StringDecoder = null;
var EMPTY = Buffer.alloc(0);

var VIEW_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
var KEY_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
var DATA_TYPES = ['string', 'Buffer', 'TypedArray', 'DataView'];

// ---- errors ----
function invalidState(op) {
  return errors.makeError(Error, 'ERR_CRYPTO_INVALID_STATE',
    op ? 'Invalid state for operation ' + op : 'Invalid state');
}

// A failed request: Node's argument errors come as (code, detail).
function failure(status, results, op, cipherName) {
  if (results.length === 2 && typeof results[0] === 'string' && results[0].slice(0, 4) === 'ERR_') {
    var code = results[0], detail = results[1];
    switch (code) {
      case 'ERR_CRYPTO_UNKNOWN_CIPHER': return errors.makeError(Error, code, 'Unknown cipher');
      case 'ERR_CRYPTO_INVALID_IV': return errors.makeError(TypeError, code, 'Invalid initialization vector');
      case 'ERR_CRYPTO_INVALID_KEYLEN': return errors.makeError(RangeError, code, 'Invalid key length');
      case 'ERR_CRYPTO_INVALID_AUTH_TAG':
        return errors.makeError(TypeError, code, 'Invalid authentication tag length: ' + detail);
      case 'ERR_CRYPTO_AUTH_TAG_REQUIRED':
        return errors.makeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'authTagLength required for ' + cipherName);
      case 'ERR_CRYPTO_INVALID_MESSAGELEN': return errors.makeError(RangeError, code, 'Invalid message length');
      case 'ERR_MISSING_ARGS':
        return errors.makeError(TypeError, code, 'options.plaintextLength required for CCM mode with AAD');
      case 'ERR_CRYPTO_INVALID_STATE': return invalidState();
    }
  }
  return util.failure(status, results, op);
}

function request(op, args, payload, name) {
  var r = kcallSync(util.service(), op, args, payload);
  if (r[0] < 0) throw failure(r[0], r[1], util.schema.OPS_NAMES[op], name);
  return r;
}

// ---- argument conversion, as Node's ----
function getStringOption(options, key) {
  var value;
  if (options && (value = options[key]) != null) errors.validateString(value, 'options.' + key);
  return value;
}

function getUIntOption(options, key) {
  var value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw errors.invalidArgValue('options.' + key, value);
    return value;
  }
  return -1;
}

function stringBytes(s, enc) {
  if (enc === undefined || enc === null || enc === 'buffer' || !Buffer.isEncoding(enc)) enc = 'utf8';
  return Buffer.from(s, enc);
}

var BB = internalBinding('buffer');
function getView(v, name, enc) {
  if (BB.isView(v)) return BB.asBuffer(v);
  if (typeof v === 'string') return stringBytes(v, enc);
  throw errors.invalidArgType(name, VIEW_TYPES, v);
}

function prepareKey(key, enc) {
  if (BB.isView(key)) return BB.asBuffer(key);
  if (typeof key === 'string') return stringBytes(key, enc);
  if (key !== null && typeof key === 'object' && key.type === 'secret' && typeof key.export === 'function') {
    return key.export();
  }
  throw errors.invalidArgType('key', KEY_TYPES, key);
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  var l = String(enc).toLowerCase();
  switch (l) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return l;
  }
  return undefined;
}

function getDecoder(decoder, encoding) {
  var normalized = normalizeEncoding(encoding);
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  decoder = decoder || new StringDecoder(encoding);
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) {
      throw errors.makeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
    }
    throw errors.makeError(Error, 'ERR_INTERNAL_ASSERTION', 'Cannot change encoding\n' +
      'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  return decoder;
}

// ---- LazyTransform ----
function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeGetter(name) {
  return function () {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function (val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
}

['_readableState', '_writableState', '_transformState'].forEach(function (name) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get: makeGetter(name), set: makeSetter(name), configurable: true, enumerable: true
  });
});

// ---- Cipheriv / Decipheriv ----
function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

function init(self, cipher, key, iv, options, decipher) {
  errors.validateString(cipher, 'cipher');
  var encoding = getStringOption(options, 'encoding');
  key = prepareKey(key, encoding);
  iv = iv === null ? null : getView(iv, 'iv');
  var tagLen = getUIntOption(options, 'authTagLength');
  var r = request(OP_NEW, [cipher, decipher ? 1 : 0, key, iv || EMPTY, iv ? 1 : 0, tagLen], undefined, cipher);
  var h = r[1][0];
  hidden(self, '_h', h);
  hidden(self, '_args', [h]); // update's arguments, made once
  hidden(self, '_token', util.token(h));
  hidden(self, '_tag', null);
  self._decoder = null;
  LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

var sid = -1;
var isBuffer = internalBinding('buffer').isView; // any ArrayBufferView; native: no JS frame

// The handle's update: a Buffer.
function rawUpdate(self, data, inputEncoding) {
  var buf = typeof data === 'string' ? stringBytes(data, inputEncoding) : data;
  var r = kcallSync(sid >= 0 ? sid : (sid = util.service()), OP_UPDATE, self._args, buf);
  if (r[0] < 0) throw failure(r[0], r[1], 'cipherUpdate');
  return r[2] || Buffer.alloc(0);
}

function rawFinal(self) {
  var r = kcallSync(util.service(), OP_FINAL, [self._h], undefined);
  if (r[0] < 0) throw failure(r[0], r[1], 'cipherFinal');
  if (r[1].length) self._tag = r[1][0];
  return r[2] || Buffer.alloc(0);
}

function _transform(chunk, encoding, callback) {
  this.push(rawUpdate(this, chunk, encoding));
  callback();
}

function _flush(callback) {
  var out;
  try {
    out = rawFinal(this);
  } catch (e) {
    callback(e);
    return;
  }
  this.push(out);
  callback();
}

// update(): the hot path (a Buffer in, a Buffer out) touches as few
// names as it can: mujs looks each outer one up by name.
function update(data, inputEncoding, outputEncoding) {
  var r;
  if (isBuffer(data)) {
    r = kcallSync(sid >= 0 ? sid : (sid = util.service()), OP_UPDATE, this._args, data);
  } else if (typeof data === 'string') {
    if (normalizeEncoding(inputEncoding) === 'hex' && data.length % 2 !== 0) {
      throw errors.invalidArgValue('encoding', inputEncoding, 'is invalid for data of length ' + data.length);
    }
    r = kcallSync(sid >= 0 ? sid : (sid = util.service()), OP_UPDATE, this._args, stringBytes(data, inputEncoding));
  } else {
    throw errors.invalidArgType('data', DATA_TYPES, data);
  }
  if (r[0] < 0) throw failure(r[0], r[1], 'cipherUpdate');
  var ret = r[2] || Buffer.alloc(0);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  var ret = rawFinal(this);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  var r = request(OPS.CIPHER_PADDING, [this._h, ap ? 1 : 0], undefined);
  if (!r[1][0]) throw invalidState('setAutoPadding');
  return this;
}

function getAuthTag() {
  if (!this._tag) throw invalidState('getAuthTag');
  return Buffer.from(this._tag);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getView(tagbuf, 'buffer', encoding);
  var r = request(OPS.CIPHER_SET_TAG, [this._h, tagbuf], undefined);
  if (!r[1][0]) throw invalidState('setAuthTag');
  return this;
}

function setAAD(aadbuf, options) {
  var encoding = getStringOption(options, 'encoding');
  var plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getView(aadbuf, 'aadbuf', encoding);
  var r = request(OPS.CIPHER_AAD, [this._h, plaintextLength], aadbuf);
  if (!r[1][0]) throw invalidState('setAAD');
  return this;
}

[Cipheriv, Decipheriv].forEach(function (C) {
  var p = C.prototype;
  p._transform = _transform;
  p._flush = _flush;
  p.update = update;
  p.final = final;
  p.setAutoPadding = setAutoPadding;
  if (C === Cipheriv) p.getAuthTag = getAuthTag;
  else p.setAuthTag = setAuthTag;
  p.setAAD = setAAD;
});

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// ---- getCiphers / getCipherInfo ----
var ciphers = null;

function getCiphers() {
  if (!ciphers) {
    var r = request(OPS.CIPHERS, [], undefined);
    var names = r[1][0] ? r[1][0].split('\n') : [];
    var map = Object.create(null), keys = [];
    for (var i = 0; i < names.length; i++) {
      var k = names[i].toLowerCase();
      if (!(k in map)) keys.push(k);
      map[k] = names[i];
    }
    ciphers = keys.map(function (k) { return map[k]; }).sort();
  }
  return ciphers.slice();
}

function validateInt32(value, name) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
  if (Math.floor(value) !== value || !isFinite(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < -2147483648 || value > 2147483647) {
    throw errors.outOfRange(name, '>= -2147483648 && <= 2147483647', value);
  }
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw errors.invalidArgType('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  var keyLength, ivLength;
  if (options !== undefined) {
    errors.validateObject(options, 'options');
    keyLength = options.keyLength;
    ivLength = options.ivLength;
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  if (typeof nameOrNid === 'string' && (nameOrNid.length === 0 || nameOrNid.length > 200)) return undefined;
  var r = request(OPS.CIPHER_INFO, [nameOrNid, keyLength !== undefined ? 1 : 0, keyLength || 0,
                                    ivLength !== undefined ? 1 : 0, ivLength || 0], undefined);
  var a = r[1];
  if (!a.length) return undefined;
  var info = {};
  if (a[0]) info.mode = a[0];
  info.name = a[1].toLowerCase();
  info.nid = a[2];
  if (a[3] >= 0) info.blockSize = a[3];
  if (a[4] !== 0) info.ivLength = a[4];
  info.keyLength = a[5];
  return info;
}

module.exports = {
  createCipheriv: createCipheriv,
  createDecipheriv: createDecipheriv,
  Cipheriv: Cipheriv,
  Decipheriv: Decipheriv,
  getCiphers: getCiphers,
  getCipherInfo: getCipherInfo
};

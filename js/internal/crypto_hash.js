// internal/crypto_hash — crypto.createHash, createHmac, Hash, Hmac,
// getHashes and hash() over the crypto service's hash ops (services/crypto/
// hash.c).
//
// Hashing is synchronous, as Node's, and cheap for small inputs: a Hash
// keeps what it is fed in JS (a utf8 string as is, bytes copied into its
// own Buffer) up to THRESHOLD bytes and digest() sends ONE one-shot DIGEST
// (or HMAC) request, which runs on this thread (the service is
// MUK_SVC_CALLER_SYNC). Past the threshold (or for copy()) the hash opens a
// context in the service (HASH_NEW / HMAC_NEW) and each update rides to it
// in place (HASH_UPDATE: a Buffer is not copied); a token frees the context
// of a dropped Hash.
//
// The common case is in C (bridge/crypto_binding.c): createHash(name) and
// createHmac(name, key) without options, for a name already accepted, make
// an object whose update() and digest() are natives that keep the bytes in
// C and send the one request, with no JS in between. Every other case is
// this file's: the natives call the JS update/digest below, which first
// take the object's state over (absorb) and keep it in the properties.
//
// Hash and Hmac are Transform streams as Node's LazyTransform makes them:
// nothing of the stream is built (nor the stream module loaded) until the
// stream side is used.
'use strict';

var U = require('internal/crypto_util');
var S = require('internal/service');
var errors = require('internal/errors');
var K = internalBinding('kernel');
var B = internalBinding('buffer');
var CB = internalBinding('crypto');

var OPS = U.OPS;
var E_OPENSSL = U.schema.CONSTANTS.E_OPENSSL;
var kcallSync = S.callSync;
var OP_DIGEST = OPS.DIGEST, OP_HMAC = OPS.HMAC, OP_UPDATE = OPS.HASH_UPDATE;
var OP_FINAL = OPS.HASH_FINAL;

// Bytes kept in JS before a service-side context is opened.
var THRESHOLD = 64 * 1024;

// ---- errors ---------------------------------------------------------------

function sslError(results) {
  // Node's message for a failure that left OpenSSL's queue empty.
  if (!results[2]) return new Error('error:00000000:lib(0)::reason(0)');
  return U.opensslError(results);
}

// The error for a failed request r = [status, results]; unknown: what an
// unknown digest name throws (a function), or the name crypto.hash() was
// given (a string: hash()'s message).
function fail(r, op, unknown) {
  if (r[0] === E_OPENSSL) return sslError(r[1]);
  if (unknown && K.errname(r[0]) === 'ENOENT') {
    return typeof unknown === 'string' ? new Error('Digest method ' + unknown + ' is not supported')
      : unknown();
  }
  return U.failure(r[0], r[1], op);
}

function finalized() {
  return errors.makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

function notSupported() {
  return new Error('Digest method not supported');
}

function notXof() {
  return sslError(['not XOF or invalid length', 'digital envelope routines', 0x030000B2]);
}

function request(op, args, payload, unknown) {
  var r = kcallSync(U.service(), op, args, payload);
  if (r[0] < 0) throw fail(r, U.schema.OPS_NAMES[op], unknown);
  return r;
}

// ---- digests --------------------------------------------------------------

// alg -> [size, xof] once the service accepted the name.
var infos = Object.create(null);

function info(alg, unknown) {
  var r = request(OPS.HASH_INFO, [alg], undefined, unknown);
  CB.known(alg);
  return (infos[alg] = [r[1][0], r[1][1] === 1]);
}

function validateOutputLength(options) {
  if (options === null || typeof options !== 'object') return -1;
  var n = options.outputLength;
  if (n === undefined) return -1;
  if (typeof n !== 'number') throw errors.invalidArgType('options.outputLength', 'number', n);
  if (Math.floor(n) !== n) throw errors.outOfRange('options.outputLength', 'an integer', n);
  if (n < 0 || n > 4294967295) throw errors.outOfRange('options.outputLength', '>= 0 && <= 4294967295', n);
  return n;
}

function dataError(data) {
  return errors.invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Bytes of a string update as Node decodes them (an unknown encoding is
// utf8; odd-length hex is refused as Node's validateEncoding does).
function stringBytes(data, enc) {
  if (typeof enc !== 'string' || !Buffer.isEncoding(enc)) return Buffer.from(data);
  if (data.length % 2 !== 0 && enc.toLowerCase() === 'hex') {
    throw errors.invalidArgValue('encoding', enc, 'is invalid for data of length ' + data.length);
  }
  return Buffer.from(data, enc);
}

function encode(buf, enc) {
  if (enc === undefined || enc === null || enc === 'buffer' || !Buffer.isEncoding(enc)) return buf;
  return buf.toString(enc);
}

var EMPTY = Buffer.alloc(0);

// ---- LazyTransform --------------------------------------------------------

function LazyTransform(options) {
  this._options = options;
}

// The stream side: first use links LazyTransform to stream.Transform and
// builds the object's stream state.
var linked = false;
var STREAM_METHODS = ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener',
  'emit', 'pipe', 'unpipe', 'write', 'end', 'read', 'resume', 'pause', 'isPaused',
  'setEncoding', 'destroy', 'cork', 'uncork', 'removeListener', 'off', 'removeAllListeners',
  'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners',
  'getMaxListeners', 'push', 'unshift', 'wrap', 'setDefaultEncoding'];
var STREAM_STATES = ['_readableState', '_writableState'];

function link() {
  if (linked) return;
  linked = true;
  var Transform = require('stream').Transform;
  var p = LazyTransform.prototype, i;
  for (i = 0; i < STREAM_METHODS.length; i++) delete p[STREAM_METHODS[i]];
  Object.setPrototypeOf(p, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  for (i = 0; i < STREAM_STATES.length; i++) defineState(STREAM_STATES[i], Transform);
}

function defineState(name, Transform) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set: function (v) {
      Object.defineProperty(this, name, { value: v, enumerable: true, configurable: true, writable: true });
    }
  });
}

(function () {
  var p = LazyTransform.prototype;
  STREAM_METHODS.forEach(function (name) {
    Object.defineProperty(p, name, {
      configurable: true,
      writable: true,
      value: function () {
        link();
        return this[name].apply(this, arguments);
      }
    });
  });
})();

// Before link() the state getters only link (which replaces them with
// defineState's) and read again.
(function () {
  STREAM_STATES.forEach(function (name) {
    Object.defineProperty(LazyTransform.prototype, name, {
      configurable: true,
      enumerable: true,
      get: function () {
        link();
        return this[name];
      },
      set: function (v) {
        Object.defineProperty(this, name, { value: v, enumerable: true, configurable: true, writable: true });
      }
    });
  });
})();

// ---- Hash / Hmac state ----------------------------------------------------
// _alg, _out (output length, -1: the digest's), _key (Hmac: a Buffer), _s (a
// pending utf8 string), _b/_o/_n (pending bytes: _b[_o, _o + _n); _p: _b is
// the hash's own, else a slice of the shared slab), _h (the service
// context, 0 while none), _t (its token), _fin, _d (the digest a stream's
// flush kept).
//
// A first small Buffer update is copied into a shared slab (no allocation),
// and digest() sends the slab with the range: ONE request, no slice.

var SLAB = 16384, SMALL = 1024;
var slab = null, slabUsed = SLAB;

// The state's defaults live on the prototypes (a new Hash sets two
// properties: mujs pays per property stored).
function defaults(p) {
  p._alg = '';
  p._out = -1;
  p._key = null;
  p._s = null;
  p._b = null;
  p._o = 0;
  p._n = 0;
  p._p = false;
  p._h = 0;
  p._t = null;
  p._fin = false;
  p._d = undefined;
}

// Encodings digest() has the service produce as text.
var TEXT = { hex: 1, base64: 2, base64url: 3 };

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  var out = -1, copyOf = null;
  if (typeof algorithm !== 'string') {
    if (!(algorithm instanceof Hash)) throw errors.invalidArgType('algorithm', 'string', algorithm);
    copyOf = algorithm;
    absorb(copyOf);
    algorithm = copyOf._alg;
  }
  if (options !== undefined) out = validateOutputLength(options);
  var i = infos[algorithm];
  if (i === undefined) i = info(algorithm, notSupported);
  if (out >= 0 && !i[1] && out !== i[0]) throw notXof();
  this._options = options;
  this._alg = algorithm;
  if (out !== -1) this._out = out;
  if (copyOf !== null) {
    if (copyOf._h !== 0) {
      var r = request(OPS.HASH_COPY, [copyOf._h, out]);
      this._h = r[1][0];
      this._t = U.token(this._h);
    } else {
      this._s = copyOf._s;
      if (copyOf._n) feed(this, copyOf._b.slice(copyOf._o, copyOf._o + copyOf._n));
    }
  }
}

function update(self, data, enc) {
  if (typeof data === 'string') {
    if (enc === undefined && self._s === null && self._n === 0 && self._h === 0 &&
        data.length <= 8192) {
      self._s = data;
      return;
    }
    data = stringBytes(data, enc);
  } else if (B.isView(data)) {
    data = B.asBuffer(data); // any ArrayBufferView, as Node's
  } else {
    throw dataError(data);
  }
  feed(self, data);
}

function feed(self, buf) {
  if (self._s !== null) {
    var s = self._s;
    self._s = null;
    feed(self, Buffer.from(s));
  }
  var n = buf.length;
  if (n === 0) return;
  if (self._h !== 0) {
    request(OP_UPDATE, [self._h], buf);
    return;
  }
  var have = self._n;
  if (have === 0 && n <= SMALL) {
    if (slabUsed + n > SLAB) {
      slab = Buffer.allocUnsafe(SLAB);
      slabUsed = 0;
    }
    B.copy(buf, slab, slabUsed, 0, n);
    self._b = slab;
    self._o = slabUsed;
    self._n = n;
    self._p = false;
    slabUsed += n;
    return;
  }
  if (have + n <= THRESHOLD) {
    var b = self._b;
    if (!self._p || b.length < have + n) {
      var size = 256;
      while (size < have + n) size *= 2;
      if (size > THRESHOLD) size = THRESHOLD;
      var nb = Buffer.allocUnsafe(size);
      if (have) b.copy(nb, 0, self._o, self._o + have);
      self._b = b = nb;
      self._o = 0;
      self._p = true;
    }
    buf.copy(b, have);
    self._n = have + n;
    return;
  }
  open(self);
  request(OP_UPDATE, [self._h], buf);
}

// Open the service-side context and move the pending bytes to it.
function open(self) {
  if (self._s !== null) {
    var s = self._s;
    self._s = null;
    self._b = Buffer.from(s);
    self._o = 0;
    self._n = self._b.length;
  }
  var r = self._key === null ? request(OPS.HASH_NEW, [self._alg, self._out])
    : request(OPS.HMAC_NEW, [self._alg, self._key]);
  self._h = r[1][0];
  self._t = U.token(self._h);
  if (self._n) request(OP_UPDATE, [self._h], self._b.slice(self._o, self._o + self._n));
  self._b = null;
  self._n = 0;
}

// The digest: a str for enc 'hex', 'base64', 'base64url', else a Buffer.
function finish(self, enc) {
  var code = 0, r, payload, off = 0, len = -1;
  if (typeof enc === 'string') code = TEXT[enc] || 0;
  if (self._s !== null) {
    payload = self._s;
  } else if (self._n !== 0) {
    payload = self._b;
    off = self._o;
    len = self._n;
  }
  self._fin = true;
  if (self._h !== 0) {
    var h = self._h;
    self._h = 0;
    if (payload !== undefined && len >= 0) payload = payload.slice(off, off + len);
    r = kcallSync(U.service(), OP_FINAL, [h, code], payload);
    // A successful hashFinal released the handle: its token must not free
    // the number again (a host serving several clients reuses it).
    if (r[0] >= 0 && self._t) {
      K.handleTokenDone(self._t);
      self._t = null;
    }
  } else if (self._key === null) {
    r = kcallSync(U.service(), OP_DIGEST, [self._alg, self._out, code, off, len], payload);
  } else {
    r = kcallSync(U.service(), OP_HMAC, [self._alg, self._key, code, off, len], payload);
  }
  if (r[0] < 0) throw fail(r, 'digest');
  if (code !== 0) return r[1][0];
  return encode(r[2] || EMPTY, enc);
}

// The state of a native object (bridge/crypto_binding.c), moved into the
// properties the first time this file handles the object.
function absorb(self) {
  var t = CB.take(self);
  if (t === undefined) return;
  self._alg = t[1];
  if (t[2] !== null) self._key = t[2];
  if (t[3]) self._fin = true;
  else if (t[0].length) feed(self, t[0]);
}

// ---- Hash -----------------------------------------------------------------

Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);
defaults(Hash.prototype);

Hash.prototype.copy = function copy(options) {
  absorb(this);
  if (this._fin) throw finalized();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  absorb(this);
  update(this, chunk, encoding === 'buffer' ? undefined : encoding);
  callback();
};

// As Node's: the stream's digest is kept, and digest() once more returns it.
Hash.prototype._flush = function _flush(callback) {
  absorb(this);
  var d = finish(this);
  this._fin = false;
  this._d = d;
  this.push(d);
  callback();
};

function jsUpdate(data, encoding) {
  absorb(this);
  if (this._fin) throw finalized();
  if (encoding === undefined && this._n === 0 && this._h === 0 && this._s === null) {
    // the first update: a string is kept as is, a small Buffer in the slab
    if (typeof data === 'string') {
      if (data.length <= 8192) {
        this._s = data;
        return this;
      }
    } else if (B.isBuffer(data)) {
      var n = data.length;
      if (n <= SMALL && n !== 0) {
        if (slabUsed + n > SLAB) {
          slab = Buffer.allocUnsafe(SLAB);
          slabUsed = 0;
        }
        B.copy(data, slab, slabUsed, 0, n);
        this._b = slab;
        this._o = slabUsed;
        this._n = n;
        slabUsed += n;
        return this;
      }
    }
  }
  update(this, data, encoding);
  return this;
}

function jsDigest(outputEncoding) {
  absorb(this);
  if (this._key !== null) return hmacDigest(this, outputEncoding);
  if (this._fin) throw finalized();
  if (this._d !== undefined) {
    this._fin = true;
    return encode(this._d, outputEncoding);
  }
  return finish(this, outputEncoding);
}

Hash.prototype.update = CB.update;
Hash.prototype.digest = CB.digest;

// ---- Hmac -----------------------------------------------------------------

function invalidDigest(alg) {
  return function () {
    return errors.makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + alg);
  };
}

function keyError(key) {
  return errors.invalidArgType('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

// A secret key's bytes: a string (in options.encoding), a Buffer, or a
// secret KeyObject.
function secretKey(key, options) {
  if (typeof key === 'string') {
    var enc = options !== null && typeof options === 'object' ? options.encoding : undefined;
    return Buffer.from(key, typeof enc === 'string' && Buffer.isEncoding(enc) ? enc : 'utf8');
  }
  if (B.isView(key)) return Buffer.from(B.asBuffer(key));
  if (key !== null && typeof key === 'object' && key.type === 'secret' &&
      typeof key.export === 'function') {
    var b = key.export();
    if (Buffer.isBuffer(b)) return b;
  }
  throw keyError(key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  if (typeof hmac !== 'string') throw errors.invalidArgType('hmac', 'string', hmac);
  var k = secretKey(key, options);
  if (infos[hmac] === undefined) info(hmac, invalidDigest(hmac));
  this._options = options;
  this._alg = hmac;
  this._key = k;
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
defaults(Hmac.prototype);

Hmac.prototype.update = CB.update;
Hmac.prototype.digest = CB.digest;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = function _flush(callback) {
  absorb(this);
  this.push(finish(this));
  callback();
};

// As Node's: a finished Hmac's digest() is empty.
function hmacDigest(self, outputEncoding) {
  if (self._fin) {
    return outputEncoding === undefined || outputEncoding === 'buffer' ? Buffer.alloc(0)
      : EMPTY.toString(outputEncoding);
  }
  return finish(self, outputEncoding);
}

// ---- the rest -------------------------------------------------------------

// createHash/createHmac are natives that make the fast objects for a
// known name (info() tells them) without options, and call these otherwise.
function jsCreateHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function jsCreateHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

CB.init(Hash.prototype, Hmac.prototype, jsUpdate, jsDigest, function (status, results) {
  return fail([status, results], 'digest');
}, jsCreateHash, jsCreateHmac);

var hashes = null;

// Node's list: the names OpenSSL lists whose digests the provider offers,
// deduplicated case-insensitively (the last spelling wins) and sorted.
function getHashes() {
  if (hashes === null) {
    var r = request(OPS.HASHES, []);
    var names = r[1][0] ? r[1][0].split('\n') : [];
    var map = {}, keys = [], i;
    for (i = 0; i < names.length; i++) {
      var low = names[i].toLowerCase();
      if (!map.hasOwnProperty(low)) keys.push(low);
      map[low] = names[i];
    }
    hashes = [];
    for (i = 0; i < keys.length; i++) hashes.push(map[keys[i]]);
    hashes.sort();
  }
  return hashes.slice();
}

var ENCODINGS = { hex: 1, base64: 1, base64url: 1, latin1: 1, binary: 1, utf8: 1, 'utf-8': 1,
  ucs2: 1, 'ucs-2': 1, utf16le: 1, 'utf-16le': 1, ascii: 1 };

// crypto.hash(algorithm, data[, outputEncoding]) (Node 20.12).
function hash(algorithm, input, outputEncoding) {
  if (typeof algorithm !== 'string') throw errors.invalidArgType('algorithm', 'string', algorithm);
  if (typeof input !== 'string' && !B.isView(input)) {
    throw errors.invalidArgType('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (typeof input !== 'string') input = B.asBuffer(input);
  if (outputEncoding === undefined) outputEncoding = 'hex';
  if (outputEncoding !== 'buffer') {
    if (typeof outputEncoding !== 'string') {
      throw errors.invalidArgType('outputEncoding', 'string', outputEncoding);
    }
    if (ENCODINGS[outputEncoding] !== 1 && ENCODINGS[outputEncoding.toLowerCase()] !== 1) {
      throw errors.invalidArgValue('outputEncoding', outputEncoding);
    }
  }
  var code = outputEncoding === 'buffer' ? 0 : TEXT[outputEncoding] || 0;
  var r = kcallSync(U.service(), OP_DIGEST, [algorithm, -1, code, 0, -1], input);
  if (r[0] < 0) throw fail(r, 'digest', algorithm);
  if (code !== 0) return r[1][0];
  var buf = r[2] || EMPTY;
  return outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
}

module.exports = {
  createHash: CB.createHash,
  createHmac: CB.createHmac,
  Hash: Hash,
  Hmac: Hmac,
  getHashes: getHashes,
  hash: hash
};

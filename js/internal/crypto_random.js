// internal/crypto_random — randomBytes, randomFill(Sync), randomInt and
// randomUUID over the crypto service's RANDOM and RANDOM_FILL (OpenSSL's
// DRBG). A synchronous request runs on this thread; the callback forms on
// the service's pool. randomFill sends the Buffer (or the slice to fill) as
// the payload: the service writes into its bytes where they lie.
//
// Not here: getRandomValues (it takes typed arrays, which mujs lacks) and
// ArrayBuffer/TypedArray arguments (Buffers only).
'use strict';

var U = require('internal/crypto_util');
var CB = internalBinding('crypto');
var errors = require('internal/errors');

var OPS = U.OPS;
var RANDOM = OPS.RANDOM, RANDOM_FILL = OPS.RANDOM_FILL;
// randomBytes(n)'s hot path: the kernel's callSync with one reused
// argument array (U.callSync builds two arrays per call).
var kcallSync = require('internal/service').callSync;
var sid = -1;
var sizeArg = [0];
var kMaxPossibleLength = 2147483647; // min(buffer.kMaxLength, 2**31-1)

function assertOffset(offset, length) {
  errors.validateNumber(offset, 'offset');
  var maxLength = Math.min(length, kMaxPossibleLength);
  if (offset !== offset || offset > maxLength || offset < 0) {
    throw errors.outOfRange('offset', '>= 0 && <= ' + maxLength, offset);
  }
  return offset >>> 0;
}

function assertSize(size, offset, length) {
  errors.validateNumber(size, 'size');
  if (size !== size || size > kMaxPossibleLength || size < 0) {
    throw errors.outOfRange('size', '>= 0 && <= ' + kMaxPossibleLength, size);
  }
  if (size + offset > length) {
    throw errors.outOfRange('size + offset', '<= ' + length, size + offset);
  }
  return size >>> 0;
}

// The bytes of buf (an ArrayBuffer or any ArrayBufferView) as a Buffer over
// the same memory. Offsets and sizes count bytes (Node's count elements of
// a wider typed array).
var BB = internalBinding('buffer');
function checkBuf(buf) {
  if (buf instanceof ArrayBuffer) return Buffer.from(buf);
  if (!BB.isView(buf)) throw errors.invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  return BB.asBuffer(buf);
}

// The reply's payload is buf's own bytes when the service is local; a
// remote one sends back new bytes, copied into buf. Told apart by writing
// through one and looking through the other (O(1)).
function settle(buf, data) {
  if (!data || data.length !== buf.length || buf.length === 0) return;
  var b0 = buf[0];
  data[0] = b0 ^ 1;
  if (buf[0] !== b0) { data[0] = b0; return; } // the same memory: filled in place
  data[0] ^= 1;
  data.copy(buf, 0);
}

function fillSync(target) {
  var r = U.callSync(RANDOM_FILL, undefined, target);
  settle(target, r[1]);
}

function fillAsync(target, cb) {
  U.call(RANDOM_FILL, undefined, target, function (err, results, data) {
    if (err) return cb(err);
    settle(target, data);
    cb(null);
  });
}

function randomFillSync(target, offset, size) {
  var buf = checkBuf(target);
  if (offset === undefined) offset = 0;
  offset = assertOffset(offset, buf.length);
  if (size === undefined) size = buf.length - offset;
  else size = assertSize(size, offset, buf.length);
  if (size === 0) return buf;
  fillSync(offset === 0 && size === buf.length ? buf : buf.subarray(offset, offset + size));
  return target;
}

function randomFill(target, offset, size, callback) {
  var buf = checkBuf(target);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.length;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, buf.length);
    size = buf.length - offset;
  } else {
    errors.validateFunction(callback, 'callback');
    offset = assertOffset(offset, buf.length);
    if (size === undefined) size = buf.length - offset;
    else size = assertSize(size, offset, buf.length);
  }
  if (size === 0) {
    callback(null, target);
    return;
  }
  var self = this;
  fillAsync(offset === 0 && size === buf.length ? buf : buf.subarray(offset, offset + size),
    function (err) {
      if (err) return callback.call(self, err);
      callback.call(self, null, target);
    });
}

function randomBytes(size, callback) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxPossibleLength)) assertSize(size, 0, Infinity);
  size = size >>> 0;
  if (callback === undefined) {
    if (size === 0) return Buffer.alloc(0);
    var b = CB.random(size); // small sizes: from a pool refilled in bulk
    if (b !== undefined) return b;
    if (sid < 0) sid = U.service();
    sizeArg[0] = size;
    var r = kcallSync(sid, RANDOM, sizeArg, undefined);
    if (r[0] < 0) throw U.failure(r[0], r[1], 'random');
    return r[2];
  }
  errors.validateFunction(callback, 'callback');
  if (size === 0) { // Node's randomFill answers an empty fill at once
    callback(null, Buffer.alloc(0));
    return;
  }
  U.call(RANDOM, [size], undefined, function (err, results, data) {
    if (err) return callback(err);
    callback(null, data);
  });
}

// ---- randomInt: Node's rejection sampling over 48-bit draws from a cache.
var RAND_MAX = 0xFFFFFFFFFFFF; // 2**48 - 1
var randomCache = null;
var randomCacheOffset = 0;
var asyncCaches = [];
var asyncCachesBusy = false;

function isSafeInteger(n) {
  return typeof n === 'number' && Math.floor(n) === n && Math.abs(n) <= 9007199254740991;
}

function randomInt(min, max, callback) {
  var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  var isSync = typeof callback === 'undefined';
  if (!isSync) errors.validateFunction(callback, 'callback');
  if (!isSafeInteger(min)) throw errors.invalidArgType('min', 'a safe integer', min);
  if (!isSafeInteger(max)) throw errors.invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw errors.outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  }
  var range = max - min;
  if (!(range <= RAND_MAX)) {
    throw errors.outOfRange('max' + (minNotSpecified ? '' : ' - min'), '<= ' + RAND_MAX, range);
  }
  if (randomCache === null) {
    randomCache = Buffer.alloc(6 * 1024);
    randomCacheOffset = randomCache.length;
  }
  var randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      fillSync(randomCache);
      randomCacheOffset = 0;
    }
    var x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      var n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncCaches.push({ min: min, max: max, callback: callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCachesBusy) return;
  asyncCachesBusy = true;
  fillAsync(randomCache, function (err) {
    asyncCachesBusy = false;
    var tasks = asyncCaches;
    var errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    // Restart the pending tasks (more than one may be waiting).
    asyncCaches = [];
    for (var i = 0; i < tasks.length; i++) {
      randomInt(tasks[i].min, tasks[i].max, tasks[i].callback);
    }
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// ---- randomUUID: v4, from a cache of entropy for 128 UUIDs.
var kBatch = 128;
var uuidData = null;
var uuidBatch = 0;
var hex = [];
for (var h = 0; h < 256; h++) hex[h] = (h < 16 ? '0' : '') + h.toString(16);

function serializeUUID(buf, offset) {
  var o = offset || 0;
  return hex[buf[o]] + hex[buf[o + 1]] + hex[buf[o + 2]] + hex[buf[o + 3]] + '-' +
    hex[buf[o + 4]] + hex[buf[o + 5]] + '-' +
    hex[(buf[o + 6] & 0x0f) | 0x40] + hex[buf[o + 7]] + '-' +
    hex[(buf[o + 8] & 0x3f) | 0x80] + hex[buf[o + 9]] + '-' +
    hex[buf[o + 10]] + hex[buf[o + 11]] + hex[buf[o + 12]] +
    hex[buf[o + 13]] + hex[buf[o + 14]] + hex[buf[o + 15]];
}

function getBufferedUUID() {
  if (uuidData === null) uuidData = Buffer.alloc(16 * kBatch);
  if (uuidBatch === 0) fillSync(uuidData);
  uuidBatch = (uuidBatch + 1) % kBatch;
  return serializeUUID(uuidData, uuidBatch * 16);
}

function getUnbufferedUUID() {
  return serializeUUID(U.callSync(RANDOM, [16])[1], 0);
}

function randomUUID(options) {
  if (options !== undefined) errors.validateObject(options, 'options');
  var disableEntropyCache = options ? options.disableEntropyCache : undefined;
  if (disableEntropyCache === undefined) disableEntropyCache = false;
  if (typeof disableEntropyCache !== 'boolean') {
    throw errors.invalidArgType('options.disableEntropyCache', 'boolean', disableEntropyCache);
  }
  return disableEntropyCache ? getUnbufferedUUID() : getBufferedUUID();
}

module.exports = {
  randomBytes: randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill: randomFill,
  randomFillSync: randomFillSync,
  randomInt: randomInt,
  randomUUID: randomUUID
};

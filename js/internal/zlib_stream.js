// internal/zlib_stream — zlib's stream classes (Deflate, Gzip, ...,
// BrotliCompress, ZstdCompress, ...) as Node's lib/zlib.js shapes them:
// Transform streams whose codec context lives in the zlib service as a
// handle (STREAM_NEW). Each chunk is one STREAM_WRITE on the service's
// workers (never on this thread); when the reply's output filled its room
// (more = 1) the rest of the chunk goes again, as Node's processCallback
// loops while zlib's output buffer fills. A chunk's callback runs after all
// of its output was pushed, so the Transform's backpressure holds: a
// pipeline keeps about highWaterMark plus one chunk's output in memory.
//
// flush(kind) writes an empty chunk tagged with its flush flag; the last
// chunk gets the finish flag; close()/destroy() free the context, and a
// token frees the context of a stream dropped without either.
'use strict';

var Z = require('internal/zlib_core');
var stream = require('stream');
var Transform = stream.Transform;

var C = Z.C, MODES = Z.MODES, OPS = Z.OPS;
var FLAG = '@@muk.zlibFlushFlag';
var EMPTY = Buffer.alloc(0);

// Flushes in order of strength (Node's kFlushFlagList)
var FLUSHINESS = [];
[C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_PARTIAL_FLUSH, C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH, C.Z_FINISH]
  .forEach(function (f, i) { FLUSHINESS[f] = i; });
function maxFlush(a, b) {
  return FLUSHINESS[a] > FLUSHINESS[b] ? a : b;
}

var flushBuffers = [];
function flushBuffer(kind) {
  if (!flushBuffers[kind]) {
    var b = Buffer.alloc(0);
    b[FLAG] = kind;
    flushBuffers[kind] = b;
  }
  return flushBuffers[kind];
}

function inherit(Ctor, Parent) {
  Ctor.prototype = Object.create(Parent.prototype, {
    constructor: { value: Ctor, writable: true, configurable: true }
  });
  Object.setPrototypeOf(Ctor, Parent);
}

// ---- ZlibBase -------------------------------------------------------------

function ZlibBase(opts, mode) {
  var o = Z.parse(mode, opts);
  Transform.call(this, Object.assign({ autoDestroy: true }, opts));
  this._o = o;
  this.bytesWritten = 0;
  this._h = Z.streamNew(o);
  this._token = Z.token(this._h);
  this._handle = { mode: mode };
  this._inflight = false;
  this._freeLater = false;
  this._outCap = o.chunkSize > 65536 ? o.chunkSize : 65536;
  this._chunkSize = o.chunkSize;
  this._defaultFlushFlag = o.flush;
  this._finishFlushFlag = o.finishFlush;
  this._defaultFullFlushFlag = o.fullFlush;
  this._info = o.info;
  this._maxOutputLength = o.maxOutputLength;
}
inherit(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get: function () { return !this._handle; }
});

ZlibBase.prototype.reset = function () {
  if (!this._handle) throw new Error('zlib binding closed');
  Z.ctlSync(OPS.STREAM_RESET, [this._h]);
};

ZlibBase.prototype._flush = function (callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function (callback) {
  callback();
};

ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushBuffer(kind), '', callback);
  }
};

ZlibBase.prototype.close = function (callback) {
  if (callback) stream.finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function (err, callback) {
  closeHandle(this);
  callback(err);
};

// The context is freed once no write of this stream is in the service: a
// FREE that overtook the write (sync requests to a remote service take a
// socket of their own) would let the host give the id to a new stream
// before the write arrives.
function closeHandle(self) {
  if (!self._handle) return;
  self._handle = null;
  if (self._inflight) self._freeLater = true;
  else Z.free(self._h, self._token);
}

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  var flush = this._defaultFlushFlag;
  if (typeof chunk[FLAG] === 'number') flush = chunk[FLAG];
  // the last chunk also finishes
  if (this.writableEnded && this.writableLength === chunk.length) {
    flush = maxFlush(flush, this._finishFlushFlag);
  }
  processChunk(this, chunk, flush, cb);
};

ZlibBase.prototype._processChunk = function (chunk, flushFlag, cb) {
  processChunk(this, chunk, flushFlag, cb);
};

function processChunk(self, chunk, flush, cb) {
  if (!self._handle) {
    process.nextTick(cb);
    return;
  }
  step(self, chunk, flush, cb);
}

function step(self, chunk, flush, cb) {
  self._inflight = true;
  Z.write(self._h, flush, self._outCap, chunk, function (status, results, out) {
    self._inflight = false;
    if (self._freeLater) {
      self._freeLater = false;
      Z.free(self._h, self._token);
    }
    if (self.destroyed || !self._handle) {
      cb();
      return;
    }
    if (status < 0) {
      var err = Z.failure(status, results, OPS.STREAM_WRITE, self._maxOutputLength);
      closeHandle(self);
      self.destroy(err);
      return;
    }
    var used = results[0];
    self.bytesWritten += used;
    if (out && out.length) {
      var cs = self._chunkSize;
      if (out.length <= cs) self.push(out);
      else for (var off = 0; off < out.length; off += cs) self.push(out.slice(off, off + cs));
    }
    if (results[1]) step(self, used < chunk.length ? chunk.slice(used) : EMPTY, flush, cb);
    else cb();
  });
}

// ---- the zlib family: params() --------------------------------------------

function Zlib(opts, mode) {
  ZlibBase.call(this, opts, mode);
  this._level = this._o.level;
  this._strategy = this._o.strategy;
}
inherit(Zlib, ZlibBase);

Zlib.prototype.params = function (level, strategy, callback) {
  Z.checkRange(level, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
  Z.checkRange(strategy, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    var self = this;
    this.flush(C.Z_SYNC_FLUSH, function () {
      if (!self._handle) throw new Error('zlib binding closed');
      Z.ctlSync(OPS.STREAM_PARAMS, [self._h, level, strategy]);
      if (!self.destroyed) {
        self._level = level;
        self._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

// Brotli's prototype chains to Zlib's, as in Node (params() is there,
// for what it is worth)
function Brotli(opts, mode) {
  ZlibBase.call(this, opts, mode);
}
inherit(Brotli, Zlib);

function Zstd(opts, mode) {
  ZlibBase.call(this, opts, mode);
}
inherit(Zstd, ZlibBase);

// ---- the classes ----------------------------------------------------------

function define(name, Base, mode) {
  var Ctor = function (opts) {
    if (!(this instanceof Ctor)) return new Ctor(opts);
    Base.call(this, opts, mode);
  };
  inherit(Ctor, Base);
  Object.defineProperty(Ctor, 'name', { value: name, configurable: true });
  exports[name] = Ctor;
}

define('Deflate', Zlib, MODES.DEFLATE);
define('Inflate', Zlib, MODES.INFLATE);
define('Gzip', Zlib, MODES.GZIP);
define('Gunzip', Zlib, MODES.GUNZIP);
define('DeflateRaw', Zlib, MODES.DEFLATERAW);
define('InflateRaw', Zlib, MODES.INFLATERAW);
define('Unzip', Zlib, MODES.UNZIP);
define('BrotliCompress', Brotli, MODES.BROTLI_ENCODE);
define('BrotliDecompress', Brotli, MODES.BROTLI_DECODE);
define('ZstdCompress', Zstd, MODES.ZSTD_COMPRESS);
define('ZstdDecompress', Zstd, MODES.ZSTD_DECOMPRESS);

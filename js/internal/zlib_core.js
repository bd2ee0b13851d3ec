// internal/zlib_core — what zlib's one-shot functions and its stream
// classes share: Node's option checks (each class's options become one
// `o` record: mode, flush flags, chunkSize, maxOutputLength, the params
// bytes the service reads, the dictionary), the zlib service's requests
// (services/zlib/zlib.h) and Node's shapes for its errors.
//
// One-shot functions (deflateSync, gzip, ...) are ONE COMPRESS request:
// *Sync runs it on this thread (the service is MUK_SVC_CALLER_SYNC), the
// callback forms on the service's workers.
'use strict';

var S = require('internal/service');
var schema = require('internal/schema/zlib');
var errors = require('internal/errors');
var C = require('internal/zlib_constants');

var OPS = schema.OPS, MODES = schema.MODES, P = schema.PARAMS;
var E_CODEC = schema.CONSTANTS.E_CODEC;
var ksend = S.send, kcallSync = S.callSync;

var sid = -1;
function service() {
  if (sid < 0) sid = S.lookup(schema.SERVICE);
  return sid;
}

// Node 20's buffer.constants.MAX_LENGTH: the default maxOutputLength.
var kMaxLength = 4294967296;
var EMPTY = Buffer.alloc(0);

// ---- errors ---------------------------------------------------------------

function bufferTooLarge(max) {
  return errors.makeError(RangeError, 'ERR_BUFFER_TOO_LARGE',
    'Cannot create a Buffer larger than ' + max + ' bytes');
}

function initFailed() {
  return errors.makeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
}

// The error of a failed request: a codec's as Node shapes it (errno, code),
// the others from the service's status. max: the request's maxOutputLength.
function failure(status, results, op, max) {
  if (status === E_CODEC) {
    var err = new Error(results[1]);
    err.errno = results[0];
    err.code = results[2];
    return err;
  }
  var name = S.errname(status);
  if (name === 'ENOBUFS') return bufferTooLarge(max);
  if ((op === OPS.STREAM_NEW || op === OPS.COMPRESS) && name === 'EINVAL') return initFailed();
  var e = S.errors().serviceError(status, schema.SERVICE, schema.OPS_NAMES[op]);
  if (typeof results[0] === 'string' && e.code === 'ENOMODULE') e.message += ' (' + results[0] + ')';
  return e;
}

// ---- option checks (Node's lib/zlib.js) -----------------------------------

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (typeof number === 'number' && isFinite(number)) return true;
  if (typeof number === 'number' && number !== number) return false;
  if (typeof number !== 'number') throw errors.invalidArgType(name, 'number', number);
  throw errors.outOfRange(name, 'a finite number', number);
}

function checkRange(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw errors.outOfRange(name, '>= ' + lower + ' and <= ' + upper, number);
  }
  return number;
}

var BB = internalBinding('buffer');
function toBytes(buffer, name) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (BB.isView(buffer)) return BB.asBuffer(buffer);
  if (buffer instanceof ArrayBuffer) return Buffer.from(buffer);
  throw errors.invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
    buffer);
}

// params bytes: (key, value) pairs, int32 little-endian each (zlib.h)
function paramBytes(pairs) {
  var b = Buffer.allocUnsafe(pairs.length * 4);
  for (var i = 0; i < pairs.length; i++) b.writeInt32LE(pairs[i] | 0, i * 4);
  return b;
}

var FAMILY_ZLIB = 0, FAMILY_BROTLI = 1, FAMILY_ZSTD = 2;

function family(mode) {
  if (mode === MODES.BROTLI_ENCODE || mode === MODES.BROTLI_DECODE) return FAMILY_BROTLI;
  if (mode === MODES.ZSTD_COMPRESS || mode === MODES.ZSTD_DECOMPRESS) return FAMILY_ZSTD;
  return FAMILY_ZLIB;
}

// Flush ranges and defaults per family: [min, max, flush, finish, fullFlush]
var FLUSH = [
  [C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_NO_FLUSH, C.Z_FINISH, C.Z_FULL_FLUSH],
  [C.BROTLI_OPERATION_PROCESS, C.BROTLI_OPERATION_EMIT_METADATA, C.BROTLI_OPERATION_PROCESS,
    C.BROTLI_OPERATION_FINISH, C.BROTLI_OPERATION_FLUSH],
  [C.ZSTD_e_continue, C.ZSTD_e_end, C.ZSTD_e_continue, C.ZSTD_e_end, C.ZSTD_e_flush]
];

// Options with nothing set share one record per mode.
var defaults = [];

// options -> the record every request of that object uses.
function parse(mode, opts) {
  if (opts === undefined || opts === null) {
    if (defaults[mode]) return defaults[mode];
  }
  var fam = family(mode), fl = FLUSH[fam];
  var o = {
    mode: mode,
    fam: fam,
    flush: fl[2],
    finishFlush: fl[3],
    fullFlush: fl[4],
    chunkSize: C.Z_DEFAULT_CHUNK,
    maxOutputLength: kMaxLength,
    level: C.Z_DEFAULT_COMPRESSION,
    strategy: C.Z_DEFAULT_STRATEGY,
    info: false,
    params: EMPTY,
    dict: EMPTY
  };
  var pairs = [];
  if (opts !== undefined && opts !== null) {
    var cs = opts.chunkSize;
    if (checkFiniteNumber(cs, 'options.chunkSize')) {
      if (cs < C.Z_MIN_CHUNK) throw errors.outOfRange('options.chunkSize', '>= ' + C.Z_MIN_CHUNK, cs);
      o.chunkSize = cs;
    }
    o.flush = checkRange(opts.flush, 'options.flush', fl[0], fl[1], fl[2]);
    o.finishFlush = checkRange(opts.finishFlush, 'options.finishFlush', fl[0], fl[1], fl[3]);
    o.maxOutputLength = checkRange(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
      kMaxLength);
    o.info = !!opts.info;
    if (fam === FAMILY_ZLIB) zlibOptions(o, opts, pairs);
    else paramOptions(o, opts, pairs);
  } else if (fam === FAMILY_ZLIB) {
    zlibOptions(o, {}, pairs);
  }
  o.params = pairs.length ? paramBytes(pairs) : EMPTY;
  if (opts === undefined || opts === null) defaults[mode] = o;
  return o;
}

function zlibOptions(o, opts, pairs) {
  var mode = o.mode, wb;
  if ((opts.windowBits === undefined || opts.windowBits === null || opts.windowBits === 0) &&
      (mode === MODES.INFLATE || mode === MODES.GUNZIP || mode === MODES.UNZIP)) {
    wb = 0;
  } else {
    // { windowBits: 8 } is valid for deflate but not gzip
    wb = checkRange(opts.windowBits, 'options.windowBits',
      C.Z_MIN_WINDOWBITS + (mode === MODES.GZIP ? 1 : 0), C.Z_MAX_WINDOWBITS,
      C.Z_DEFAULT_WINDOWBITS);
  }
  o.level = checkRange(opts.level, 'options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL,
    C.Z_DEFAULT_COMPRESSION);
  var mem = checkRange(opts.memLevel, 'options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL,
    C.Z_DEFAULT_MEMLEVEL);
  o.strategy = checkRange(opts.strategy, 'options.strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED,
    C.Z_DEFAULT_STRATEGY);
  var d = opts.dictionary;
  if (d !== undefined) {
    if (d instanceof ArrayBuffer) d = Buffer.from(d);
    if (!BB.isView(d)) {
      throw errors.invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView',
        'ArrayBuffer'], d);
    }
    o.dict = d = BB.asBuffer(d);
  }
  pairs.push(P.LEVEL, o.level, P.WINDOW_BITS, wb, P.MEM_LEVEL, mem, P.STRATEGY, o.strategy);
}

// brotli's and zstd's params: { [constants.KEY]: value }
function paramOptions(o, opts, pairs) {
  var brotli = o.fam === FAMILY_BROTLI;
  var params = opts.params;
  if (params) {
    var keys = Object.keys(params);
    for (var i = 0; i < keys.length; i++) {
      var orig = keys[i], key = +orig;
      // Node: any number up to the largest known key; the library refuses
      // the rest at initialization
      if (key !== key || key < 0 || key > (brotli ? 9 : 1000) || Math.floor(key) !== key) {
        throw brotli
          ? errors.makeError(RangeError, 'ERR_BROTLI_INVALID_PARAM', orig + ' is not a valid Brotli parameter')
          : errors.makeError(RangeError, 'ERR_ZSTD_INVALID_PARAM', orig + ' is not a valid zstd parameter');
      }
      var v = params[orig];
      if (typeof v !== 'number' && typeof v !== 'boolean') {
        throw errors.invalidArgType('options.params[key]', 'number', v);
      }
      pairs.push(key, +v);
    }
  }
  if (!brotli && o.mode === MODES.ZSTD_COMPRESS && opts.pledgedSrcSize !== undefined) {
    var n = opts.pledgedSrcSize;
    errors.validateNumber(n, 'options.pledgedSrcSize');
    if (Math.floor(n) !== n) throw errors.outOfRange('options.pledgedSrcSize', 'an integer', n);
    if (n < 0 || n > 9007199254740991) {
      throw errors.outOfRange('options.pledgedSrcSize', '>= 0 && <= 9007199254740991', n);
    }
    // two int32 halves (zlib.h)
    pairs.push(P.PLEDGED_SRC_SIZE, n % 4294967296, P.PLEDGED_SRC_SIZE_HI, Math.floor(n / 4294967296));
  }
  if (!brotli && opts.dictionary !== undefined) {
    if (!Buffer.isBuffer(opts.dictionary)) {
      throw errors.invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView',
        'ArrayBuffer'], opts.dictionary);
    }
    o.dict = opts.dictionary;
  }
}

// ---- one-shot requests ----------------------------------------------------

// The whole of buf through mode with options o, on this thread.
function compressSync(o, buf) {
  var r = kcallSync(service(), OPS.COMPRESS, [o.mode, o.finishFlush, o.maxOutputLength, o.params,
    o.dict], buf);
  if (r[0] < 0) throw failure(r[0], r[1], OPS.COMPRESS, o.maxOutputLength);
  return r[2] || Buffer.alloc(0);
}

// The same on the service's workers: cb(err, buffer).
function compress(o, buf, cb) {
  var id = service();
  if (id < 0) {
    var err = failure(id, [], OPS.COMPRESS, 0);
    process.nextTick(function () { cb(err); });
    return;
  }
  ksend(id, OPS.COMPRESS, [o.mode, o.finishFlush, o.maxOutputLength, o.params, o.dict], buf,
    function (status, results, data) {
      if (status < 0) cb(failure(status, results, OPS.COMPRESS, o.maxOutputLength));
      else cb(null, data || Buffer.alloc(0));
    }, true);
}

// ---- stream contexts ------------------------------------------------------

function streamNew(o) {
  var r = kcallSync(service(), OPS.STREAM_NEW, [o.mode, o.params, o.dict], undefined);
  if (r[0] < 0) throw failure(r[0], r[1], OPS.STREAM_NEW, 0);
  return r[1][0];
}

function token(h) {
  return internalBinding('kernel').handleToken(service(), OPS.FREE, h);
}

// Free h now; its token (if any) will not free it again.
function free(h, tok) {
  if (tok) internalBinding('kernel').handleTokenDone(tok);
  kcallSync(service(), OPS.FREE, [h], undefined);
}

function ctlSync(op, args) {
  var r = kcallSync(service(), op, args, undefined);
  if (r[0] < 0) throw failure(r[0], r[1], op, 0);
}

// STREAM_WRITE: cb(status, results [consumed, more], output)
function write(h, flush, cap, chunk, cb) {
  ksend(service(), OPS.STREAM_WRITE, [h, flush, cap], chunk, cb, true);
}

function crc32(data, value) {
  if (typeof data !== 'string' && !BB.isView(data)) {
    throw errors.invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  if (typeof data !== 'string') data = BB.asBuffer(data);
  if (value === undefined) value = 0;
  else if (typeof value !== 'number' || Math.floor(value) !== value) {
    if (typeof value !== 'number') throw errors.invalidArgType('value', 'number', value);
    throw errors.outOfRange('value', 'an integer', value);
  } else if (value < 0 || value > 4294967295) {
    throw errors.outOfRange('value', '>= 0 && <= 4294967295', value);
  }
  var r = kcallSync(service(), OPS.CRC32, [value], typeof data === 'string' ? Buffer.from(data) : data);
  if (r[0] < 0) throw failure(r[0], r[1], OPS.CRC32, 0);
  return r[1][0];
}

module.exports = {
  C: C,
  MODES: MODES,
  OPS: OPS,
  FAMILY_ZLIB: FAMILY_ZLIB,
  parse: parse,
  checkRange: checkRange,
  toBytes: toBytes,
  failure: failure,
  compressSync: compressSync,
  compress: compress,
  streamNew: streamNew,
  token: token,
  free: free,
  ctlSync: ctlSync,
  write: write,
  crc32: crc32,
  kMaxLength: kMaxLength
};

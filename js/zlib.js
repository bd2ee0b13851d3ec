// zlib — Node 20's zlib module (and zstd as Node 22.15/23.8 add it) over
// the zlib service (services/zlib: zlib, brotli and zstd on the service's
// own workers). The one-shot functions are here; the stream classes and
// create* load internal/zlib_stream (and the stream module) on first use.
'use strict';

var Z = require('internal/zlib_core');
var errors = require('internal/errors');
var C = Z.C, MODES = Z.MODES;

// name -> mode of every codec Node names (Zstd: Node 22.15/23.8)
var CODECS = [
  ['deflate', 'Deflate', MODES.DEFLATE], ['inflate', 'Inflate', MODES.INFLATE],
  ['gzip', 'Gzip', MODES.GZIP], ['gunzip', 'Gunzip', MODES.GUNZIP],
  ['deflateRaw', 'DeflateRaw', MODES.DEFLATERAW], ['inflateRaw', 'InflateRaw', MODES.INFLATERAW],
  ['unzip', 'Unzip', MODES.UNZIP],
  ['brotliCompress', 'BrotliCompress', MODES.BROTLI_ENCODE],
  ['brotliDecompress', 'BrotliDecompress', MODES.BROTLI_DECODE],
  ['zstdCompress', 'ZstdCompress', MODES.ZSTD_COMPRESS],
  ['zstdDecompress', 'ZstdDecompress', MODES.ZSTD_DECOMPRESS]
];

var streams = null;
function S() {
  if (streams === null) streams = require('internal/zlib_stream');
  return streams;
}

// { buffer, engine } for options.info: the engine is the class's object,
// as Node returns it
function withInfo(o, name, buf) {
  return { buffer: buf, engine: new (S()[name])(o.opts) };
}

function syncFn(mode, name) {
  return function (buffer, opts) {
    var o = Z.parse(mode, opts);
    var buf = Z.toBytes(buffer, 'buffer');
    var out = Z.compressSync(o, buf);
    if (o.info) return withInfo({ opts: opts }, name, out);
    return out;
  };
}

function asyncFn(mode, name) {
  return function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    var o = Z.parse(mode, opts);
    errors.validateFunction(callback, 'callback');
    var buf = Z.toBytes(buffer, 'buffer');
    Z.compress(o, buf, function (err, out) {
      if (err) return callback(err);
      if (o.info) return callback(null, withInfo({ opts: opts }, name, out));
      callback(null, out);
    });
  };
}

function lazyClass(name) {
  Object.defineProperty(exports, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      var v = S()[name];
      Object.defineProperty(exports, name, { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    },
    set: function (v) {
      Object.defineProperty(exports, name, { value: v, writable: true, configurable: true, enumerable: true });
    }
  });
}

function factory(name) {
  return function (opts) {
    return new (S()[name])(opts);
  };
}

// Node's order of the exports: classes, functions, factories, each group
// in its own order (indices into CODECS)
var FN_ORDER = [0, 2, 4, 6, 1, 3, 5, 7, 8, 9, 10];
var FACTORY_ORDER = [0, 1, 4, 5, 2, 3, 6, 7, 8, 9, 10];

exports.crc32 = Z.crc32;
var i;
for (i = 0; i < CODECS.length; i++) lazyClass(CODECS[i][1]);
for (i = 0; i < FN_ORDER.length; i++) {
  var c = CODECS[FN_ORDER[i]];
  exports[c[0]] = asyncFn(c[2], c[1]);
  exports[c[0] + 'Sync'] = syncFn(c[2], c[1]);
}
for (i = 0; i < FACTORY_ORDER.length; i++) {
  exports['create' + CODECS[FACTORY_ORDER[i]][1]] = factory(CODECS[FACTORY_ORDER[i]][1]);
}

// zlib.constants: read-only values (as node's binding makes them), the
// object itself not frozen
Object.keys(C).forEach(function (k) {
  Object.defineProperty(C, k, { writable: false, configurable: false });
});
Object.defineProperty(exports, 'constants', {
  value: C, enumerable: true, configurable: false, writable: false
});

// zlib.codes: Z_* names to numbers and back
var codes = {
  Z_OK: C.Z_OK, Z_STREAM_END: C.Z_STREAM_END, Z_NEED_DICT: C.Z_NEED_DICT, Z_ERRNO: C.Z_ERRNO,
  Z_STREAM_ERROR: C.Z_STREAM_ERROR, Z_DATA_ERROR: C.Z_DATA_ERROR, Z_MEM_ERROR: C.Z_MEM_ERROR,
  Z_BUF_ERROR: C.Z_BUF_ERROR, Z_VERSION_ERROR: C.Z_VERSION_ERROR
};
Object.keys(codes).forEach(function (k) { codes[codes[k]] = k; });
Object.defineProperty(exports, 'codes', {
  value: Object.freeze(codes), enumerable: true, configurable: false, writable: false
});

// The legacy top-level constants (zlib.Z_OK, ...): the zlib ones, not
// enumerable, as in Node
Object.keys(C).forEach(function (k) {
  if (k.indexOf('BROTLI') === 0 || k.indexOf('ZSTD') === 0) return;
  Object.defineProperty(exports, k, { value: C[k], enumerable: false, writable: false });
});

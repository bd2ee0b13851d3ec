// zlib_codec — one-shot compression or decompression of FILE through zlib's
// *Sync functions (the service's one-shot COMPRESS on this thread), timed
// around the one call. Prints RESULT zlib_codec <MiB of uncompressed data/s>.
// The limit is zlib_c (the same call on the library).
//   muk zlib_codec.js zstd-c|zstd-d|gzip-c|gzip-d|brotli-c FILE [LEVEL] [WORKERS]
var zlib = require('zlib');
var fs = require('fs');
var a = process.argv.slice(2);
var mode = a[0], level = a[2] !== undefined ? +a[2] : 3, workers = +(a[3] || 0);
var C = zlib.constants;
if (!zlib.zstdCompressSync && mode.indexOf('zstd') === 0) {
  console.log('SKIP zlib_codec no zlib.zstdCompressSync');
} else {
  var data = fs.readFileSync(a[1]);
  var opts, fn, input = data;
  if (mode.indexOf('zstd') === 0) {
    opts = { params: {} };
    opts.params[C.ZSTD_c_compressionLevel] = level;
    if (workers) opts.params[C.ZSTD_c_nbWorkers] = workers;
  } else if (mode.indexOf('gzip') === 0) {
    opts = { level: level };
  } else {
    opts = { params: {} };
    opts.params[C.BROTLI_PARAM_QUALITY] = level;
    opts.params[C.BROTLI_PARAM_SIZE_HINT] = data.length;
  }
  if (mode === 'zstd-c') fn = function () { return zlib.zstdCompressSync(data, opts); };
  else if (mode === 'gzip-c') fn = function () { return zlib.gzipSync(data, opts); };
  else if (mode === 'brotli-c') fn = function () { return zlib.brotliCompressSync(data, opts); };
  else if (mode === 'zstd-d') {
    input = zlib.zstdCompressSync(data, opts);
    fn = function () { return zlib.zstdDecompressSync(input); };
  } else if (mode === 'gzip-d') {
    input = zlib.gzipSync(data, opts);
    fn = function () { return zlib.gunzipSync(input); };
  }
  var t0 = process.hrtime();
  var out = fn();
  var dt = process.hrtime(t0);
  if (mode.slice(-1) === 'd' && out.length !== data.length) throw new Error('bad round trip');
  console.log('RESULT zlib_codec ' + (data.length / 1048576 / (dt[0] + dt[1] / 1e9)).toFixed(1) + ' MiB/s');
}

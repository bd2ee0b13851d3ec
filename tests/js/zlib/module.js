// The zlib module's surface as node 20 has it: every function and class,
// constants (frozen, values), codes, the legacy top-level constants (not
// enumerable), util.promisify of the callback forms, the classes' shape.
// (zstd, which node 20 lacks, is left out here: tests/zlib/zstd.js.)
var zlib = require('zlib');
var util = require('util');

var names = ['crc32', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'deflate', 'deflateSync', 'gzip', 'gzipSync', 'deflateRaw',
  'deflateRawSync', 'unzip', 'unzipSync', 'inflate', 'inflateSync', 'gunzip', 'gunzipSync',
  'inflateRaw', 'inflateRawSync', 'brotliCompress', 'brotliCompressSync', 'brotliDecompress',
  'brotliDecompressSync', 'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw',
  'createGzip', 'createGunzip', 'createUnzip', 'createBrotliCompress', 'createBrotliDecompress'];
console.log(names.map(function (n) { return n + ':' + typeof zlib[n]; }).join(' '));
var keys = Object.keys(zlib).filter(function (k) { return !/zstd/i.test(k); });
console.log('keys', keys.join(' '));

var C = zlib.constants;
console.log('frozen', Object.isFrozen(C), Object.isFrozen(zlib.codes));
var ck = Object.keys(C).filter(function (k) { return k.indexOf('ZSTD') !== 0; });
console.log('constants', ck.length);
ck.forEach(function (k) { console.log(' ', k, C[k]); });
console.log('codes', JSON.stringify(zlib.codes));
console.log('legacy', zlib.Z_OK, zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_CHUNK,
  zlib.DEFLATE, zlib.BROTLI_OPERATION_FLUSH, Object.keys(zlib).indexOf('Z_OK'));
try { C.Z_OK = 5; } catch (e) { console.log('assign', e.name); }
console.log('still', C.Z_OK);

var gz = util.promisify(zlib.gzip);
var gu = util.promisify(zlib.gunzip);
gz('promised').then(gu).then(function (b) {
  console.log('promisify', b.toString());
  return util.promisify(zlib.inflate)(Buffer.from('bad'));
}).catch(function (e) {
  console.log('promisify error', e.code, e.message);
  var d = new zlib.Deflate();
  console.log('shape', d instanceof require('stream').Transform, typeof d.flush, typeof d.params,
    typeof d.reset, typeof d.close, d.bytesWritten, d._closed, typeof new zlib.BrotliCompress().params);
  d.close();
});

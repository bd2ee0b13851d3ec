// zlib errors as node 20 shapes them: bad data (Z_DATA_ERROR, Z_BUF_ERROR,
// Z_NEED_DICT, brotli's), maxOutputLength (ERR_BUFFER_TOO_LARGE, a
// decompression bomb), and every option's type and range checks.
var zlib = require('zlib');

function show(e) {
  return e.name + ' ' + e.code + ' ' + e.errno + ' ' + JSON.stringify(e.message) + ' ' +
    JSON.stringify(Object.keys(e));
}
function t(label, f) {
  try {
    var r = f();
    console.log(label, 'ok', r && r.length);
  } catch (e) {
    console.log(label, show(e));
  }
}

var gz = zlib.gzipSync('hello world hello world');
var df = zlib.deflateSync('hello world hello world');
var br = zlib.brotliCompressSync('hello world hello world');

t('header', function () { return zlib.inflateSync(Buffer.from('hello')); });
t('gunzip header', function () { return zlib.gunzipSync(df); });
t('truncated gzip', function () { return zlib.gunzipSync(gz.slice(0, 10)); });
t('truncated deflate', function () { return zlib.inflateSync(df.slice(0, 5)); });
t('truncated raw', function () { return zlib.inflateRawSync(zlib.deflateRawSync('hello world').slice(0, 3)); });
t('corrupt', function () { var b = Buffer.from(df); b[4] ^= 0xff; b[5] ^= 0x55; return zlib.inflateSync(b); });
t('bad crc', function () { var b = Buffer.from(gz); b[b.length - 6] ^= 1; return zlib.gunzipSync(b); });
t('forged isize', function () { var b = Buffer.from(gz); b.writeUInt32LE(0xffffffff, b.length - 4); return zlib.gunzipSync(b); });
t('small isize', function () { var b = Buffer.from(gz); b.writeUInt32LE(3, b.length - 4); return zlib.gunzipSync(b); });
t('junk after gzip', function () { return zlib.gunzipSync(Buffer.concat([gz, Buffer.from('junk')])); });
t('brotli truncated', function () { return zlib.brotliDecompressSync(br.slice(0, 5)); });
t('brotli junk', function () { return zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff])); });
t('missing dict', function () { return zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abc') })); });
t('bad dict', function () {
  return zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abc') }),
    { dictionary: Buffer.from('xyz') });
});

// unzip: several members only when the stream is gzip; empty inputs
t('unzip zlib+junk', function () { return zlib.unzipSync(Buffer.concat([df, Buffer.from('junk')])); });
t('unzip zlib+zlib', function () { return zlib.unzipSync(Buffer.concat([zlib.deflateSync('abc'), zlib.deflateSync('def')])); });
t('unzip gz+gz', function () { return zlib.unzipSync(Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')])); });
t('unzip gz+zlib', function () { return zlib.unzipSync(Buffer.concat([zlib.gzipSync('abc'), zlib.deflateSync('def')])); });
t('gunzip gz+zlib', function () { return zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), zlib.deflateSync('def')])); });
t('unzip short', function () { return zlib.unzipSync(Buffer.from([0x1f])); });
['unzipSync', 'inflateSync', 'gunzipSync', 'inflateRawSync', 'brotliDecompressSync'].forEach(function (f) {
  t('empty ' + f, function () { return zlib[f](Buffer.alloc(0)); });
});

// a decompression bomb: 64 MiB of zeros stopped at 1 MiB
var bomb = zlib.deflateSync(Buffer.alloc(64 * 1024 * 1024));
console.log('bomb size', bomb.length < 100000);
t('bomb', function () { return zlib.inflateSync(bomb, { maxOutputLength: 1 << 20 }); });
t('bomb brotli', function () {
  return zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(1 << 22)), { maxOutputLength: 1000 });
});
t('max 1', function () { return zlib.gunzipSync(gz, { maxOutputLength: 1 }); });

// options
t('level range', function () { return zlib.deflateSync('x', { level: 10 }); });
t('level -2', function () { return zlib.deflateSync('x', { level: -2 }); });
t('level type', function () { return zlib.deflateSync('x', { level: '1' }); });
t('level Infinity', function () { return zlib.deflateSync('x', { level: Infinity }); });
t('level NaN', function () { return zlib.deflateSync('x', { level: NaN }); });
t('windowBits', function () { return zlib.deflateSync('x', { windowBits: 16 }); });
t('windowBits gzip 8', function () { return zlib.gzipSync('x', { windowBits: 8 }); });
t('windowBits inflate 0', function () { return zlib.inflateSync(df, { windowBits: 0 }); });
t('memLevel', function () { return zlib.deflateSync('x', { memLevel: 0 }); });
t('strategy', function () { return zlib.deflateSync('x', { strategy: 5 }); });
t('chunkSize', function () { return zlib.deflateSync('x', { chunkSize: 63 }); });
t('chunkSize type', function () { return zlib.deflateSync('x', { chunkSize: 'a' }); });
t('flush', function () { return zlib.deflateSync('x', { flush: 6 }); });
t('finishFlush', function () { return zlib.deflateSync('x', { finishFlush: -1 }); });
t('maxOutputLength 0', function () { return zlib.deflateSync('x', { maxOutputLength: 0 }); });
t('maxOutputLength type', function () { return zlib.deflateSync('x', { maxOutputLength: '5' }); });
t('dictionary type', function () { return zlib.deflateSync('x', { dictionary: 'abc' }); });
t('buffer type', function () { return zlib.deflateSync(5); });
t('buffer null', function () { return zlib.gzipSync(null); });
t('brotli flush', function () { return zlib.brotliCompressSync('x', { flush: 4 }); });
t('brotli param key', function () { return zlib.brotliCompressSync('x', { params: { 100: 1 } }); });
t('brotli param name', function () { return zlib.brotliCompressSync('x', { params: { abc: 1 } }); });
t('brotli param value', function () { return zlib.brotliCompressSync('x', { params: { 1: '4' } }); });
t('brotli param refused', function () { return zlib.brotliCompressSync('x', { params: { 1: 100 } }); });
t('callback', function () { return zlib.deflate('x'); });
t('callback opts', function () { return zlib.deflate('x', {}); });
t('crc32 data', function () { return zlib.crc32(5); });
t('crc32 value', function () { return zlib.crc32('a', -1); });
t('crc32 value type', function () { return zlib.crc32('a', 'x'); });
t('crc32 value frac', function () { return zlib.crc32('a', 1.5); });

// errors in the callback forms
zlib.inflate(Buffer.from('hello'), function (err) {
  console.log('async header', show(err));
  zlib.gunzip(gz.slice(0, 10), function (err2) {
    console.log('async truncated', show(err2));
    zlib.inflate(bomb, { maxOutputLength: 100 }, function (err3) {
      console.log('async bomb', show(err3));
    });
  });
});

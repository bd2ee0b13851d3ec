// Driven by interop_test.py: compress or decompress a file with muk's zlib.
// usage: muk interop.js (compress|decompress) CODEC (sync|stream) IN OUT [LEVEL]
var zlib = require('zlib');
var fs = require('fs');
var a = process.argv.slice(2);
var dir = a[0], codec = a[1], form = a[2], inp = a[3], out = a[4], level = a[5];
var C = zlib.constants;
var names = {
  gzip: ['Gzip', 'Gunzip'], deflate: ['Deflate', 'Inflate'],
  brotli: ['BrotliCompress', 'BrotliDecompress'], zstd: ['ZstdCompress', 'ZstdDecompress']
};
var opts = {};
if (level !== undefined) {
  if (codec === 'zstd') { opts.params = {}; opts.params[C.ZSTD_c_compressionLevel] = +level; opts.params[C.ZSTD_c_checksumFlag] = 1; }
  else if (codec === 'brotli') { opts.params = {}; opts.params[C.BROTLI_PARAM_QUALITY] = +level; }
  else opts.level = +level;
}
var cls = names[codec][dir === 'compress' ? 0 : 1];
if (form === 'sync') {
  var fn = cls.charAt(0).toLowerCase() + cls.slice(1) + 'Sync';
  fs.writeFileSync(out, zlib[fn](fs.readFileSync(inp), opts));
} else {
  require('stream').pipeline(fs.createReadStream(inp), new zlib[cls](opts), fs.createWriteStream(out),
    function (err) { if (err) { console.error(err.message); process.exit(1); } });
}

// Driven by interop_test.py (node 20 has no zstd to record from): zlib's
// zstd API as Node 22.15/23.8 define it. Prints one "label value" line per
// check; the driver compares the bytes with the zstd CLI's and the rest
// with what Node's documentation specifies.
var zlib = require('zlib');
var C = zlib.constants;
var data = Buffer.from('hello zstd hello zstd hello zstd\n');
function show(e) { return e.name + ' ' + e.code + ' ' + JSON.stringify(e.message); }
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, show(e)); }
}
t('hex', function () { return zlib.zstdCompressSync(data).toString('hex'); });
var p = {};
p[C.ZSTD_c_compressionLevel] = 19;
p[C.ZSTD_c_checksumFlag] = 1;
t('hex19', function () { return zlib.zstdCompressSync(data, { params: p }).toString('hex'); });
t('roundtrip', function () { return zlib.zstdDecompressSync(zlib.zstdCompressSync(data)).equals(data); });
var two = Buffer.concat([zlib.zstdCompressSync('ab'), zlib.zstdCompressSync('cd')]);
t('frames', function () { return zlib.zstdDecompressSync(two).toString(); });
// pledgedSrcSize: any non-negative safe integer (carried as two halves)
t('pledged range', function () { return zlib.createZstdCompress({ pledgedSrcSize: -1 }); });
t('pledged integer', function () { return zlib.createZstdCompress({ pledgedSrcSize: 1.5 }); });
t('pledged type', function () { return zlib.createZstdCompress({ pledgedSrcSize: '5' }); });
function pledge(n, input, label) {
  var s = zlib.createZstdCompress({ pledgedSrcSize: n });
  var parts = [];
  s.on('data', function (b) { parts.push(b); });
  s.on('error', function (e) { console.log(label, show(e)); });
  s.on('end', function () {
    var f = Buffer.concat(parts);
    // frame header: magic, descriptor (FCS field size in its top two bits), then
    // the window descriptor unless single-segment; the content size follows
    var fd = f[4], fcs = [fd & 0x20 ? 1 : 0, 2, 4, 8][fd >> 6], at = 5 + (fd & 0x20 ? 0 : 1);
    var size = 0;
    for (var i = fcs - 1; i >= 0; i--) size = size * 256 + f[at + i];
    console.log(label, size + (fcs === 2 ? 256 : 0));
  });
  s.end(input);
}
pledge(4294967296 + data.length, data, 'pledged 2^32+n wrong'); // fails only if the high half arrives
pledge(data.length, data, 'pledged header');
t('bad', function () { return zlib.zstdDecompressSync(Buffer.from('not zstd')); });
t('truncated', function () { return zlib.zstdDecompressSync(zlib.zstdCompressSync(data).slice(0, 12)); });
t('bomb', function () {
  return zlib.zstdDecompressSync(zlib.zstdCompressSync(Buffer.alloc(1 << 24)), { maxOutputLength: 1000 });
});
t('param key', function () { return zlib.zstdCompressSync(data, { params: { abc: 1 } }); });
t('param value', function () { return zlib.zstdCompressSync(data, { params: { 100: 'x' } }); });
t('param refused', function () { var q = {}; q[C.ZSTD_c_windowLog] = 99; return zlib.zstdCompressSync(data, { params: q }); });
t('flush range', function () { return zlib.zstdCompressSync(data, { flush: 3 }); });
var w = {};
w[C.ZSTD_c_nbWorkers] = 2;
var big = Buffer.alloc(3 << 20, 'abcdefgh');
t('nbWorkers', function () { return zlib.zstdDecompressSync(zlib.zstdCompressSync(big, { params: w })).equals(big); });
var mt = zlib.createZstdCompress({ params: w, chunkSize: 1024 }), mtParts = [];
mt.on('data', function (b) { mtParts.push(b); });
mt.on('end', function () {
  console.log('stream nbWorkers', zlib.zstdDecompressSync(Buffer.concat(mtParts)).equals(big));
});
mt.write(big.slice(0, 1 << 20));
mt.end(big.slice(1 << 20));
t('classes', function () {
  return [typeof zlib.ZstdCompress, zlib.createZstdCompress() instanceof zlib.ZstdCompress,
    zlib.ZstdDecompress() instanceof zlib.ZstdDecompress].join(',');
});
zlib.zstdCompress(data, function (err, c) {
  console.log('async', err, c.toString('hex') === zlib.zstdCompressSync(data).toString('hex'));
  var s = zlib.createZstdCompress({ pledgedSrcSize: data.length });
  var parts = [];
  s.on('data', function (b) { parts.push(b); });
  s.on('end', function () {
    var frame = Buffer.concat(parts);
    console.log('stream pledged', frame.toString('hex'));
    var d = zlib.createZstdDecompress();
    var out = [];
    d.on('data', function (b) { out.push(b); });
    d.on('end', function () { console.log('stream back', Buffer.concat(out).equals(data)); });
    d.end(frame);
  });
  s.end(data);
});

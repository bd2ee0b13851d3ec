// zlib one-shot functions: every codec node 20 has, sync and callback forms,
// with the options that change the bytes (level, windowBits, memLevel,
// strategy, dictionary, brotli params) and info. Compressed bytes are
// printed as hex only for short inputs, where zlib's and brotli's versions
// agree; longer ones print their round trip and length class.
var zlib = require('zlib');

var text = [];
for (var i = 0; i < 200; i++) text.push('line ' + i + ' of a log, status=' + (i % 7) + '\n');
var big = Buffer.from(text.join(''));
var small = 'hello hello hello';

var pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
  ['brotliCompress', 'brotliDecompress'], ['deflate', 'unzip'], ['gzip', 'unzip']];

pairs.forEach(function (p) {
  var c = zlib[p[0] + 'Sync'](small);
  console.log(p[0], c.toString('hex'), zlib[p[1] + 'Sync'](c).toString());
  var cb = zlib[p[0] + 'Sync'](big);
  var back = zlib[p[1] + 'Sync'](cb);
  console.log(p[0], 'big', back.equals(big), cb.length < big.length / 4);
});

// options that change the stream
[{ level: 0 }, { level: 1 }, { level: 9 }, { windowBits: 9 }, { memLevel: 1 },
  { strategy: zlib.constants.Z_HUFFMAN_ONLY }, { strategy: zlib.constants.Z_RLE },
  { strategy: zlib.constants.Z_FIXED }].forEach(function (o) {
  var c = zlib.deflateSync(small, o);
  console.log(JSON.stringify(o), c.toString('hex'), zlib.inflateSync(c).toString());
});
var c8 = zlib.deflateRawSync(small, { windowBits: 8 });
console.log('raw windowBits 8', zlib.inflateRawSync(c8, { windowBits: 9 }).toString());

// dictionary: deflate, raw
var dict = Buffer.from('hello world');
var cd = zlib.deflateSync(small, { dictionary: dict });
console.log('dict', cd.toString('hex'), zlib.inflateSync(cd, { dictionary: dict }).toString());
var crd = zlib.deflateRawSync(small, { dictionary: dict });
console.log('raw dict', crd.toString('hex'), zlib.inflateRawSync(crd, { dictionary: dict }).toString());

// brotli params
var P = zlib.constants;
var bp = {};
bp[P.BROTLI_PARAM_QUALITY] = 4;
bp[P.BROTLI_PARAM_MODE] = P.BROTLI_MODE_TEXT;
var cbq = zlib.brotliCompressSync(big, { params: bp });
console.log('brotli q4', zlib.brotliDecompressSync(cbq).equals(big));
bp = {};
bp[P.BROTLI_PARAM_SIZE_HINT] = big.length;
bp[P.BROTLI_PARAM_LGWIN] = 10;
console.log('brotli hint', zlib.brotliDecompressSync(zlib.brotliCompressSync(big, { params: bp })).equals(big));

// several gzip members are one output; a zero byte after a member ends it
var two = Buffer.concat([zlib.gzipSync('a'), zlib.gzipSync('b'), Buffer.alloc(3)]);
console.log('members', zlib.gunzipSync(two).toString(), zlib.unzipSync(two).toString());
// a zlib stream's trailing bytes are ignored
console.log('trailing', zlib.inflateSync(Buffer.concat([zlib.deflateSync('x'), Buffer.from('junk')])).toString());

// finishFlush Z_SYNC_FLUSH reads a truncated stream without error
var cut = zlib.deflateSync(big).slice(0, 200);
var part = zlib.inflateSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('partial', part.length > 0, big.slice(0, part.length).equals(part));

// info
var inf = zlib.gzipSync('abc', { info: true });
console.log('info', Buffer.isBuffer(inf.buffer), inf.engine instanceof zlib.Gzip,
  zlib.gunzipSync(inf.buffer).toString());

// empty input
console.log('empty', zlib.deflateSync('').toString('hex'), zlib.inflateSync(zlib.deflateSync('')).length,
  zlib.gzipSync(Buffer.alloc(0)).length, zlib.brotliCompressSync('').toString('hex'));

// maxOutputLength: exactly enough is fine
console.log('max exact', zlib.inflateSync(zlib.deflateSync('12345'), { maxOutputLength: 5 }).toString());

// crc32 (Node 22, in node 20.20 too)
console.log('crc32', zlib.crc32(''), zlib.crc32('hello'), zlib.crc32(Buffer.from('hello')),
  zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(big), zlib.crc32('x', 4294967295));

// large inputs (muk compresses them with libdeflate, smaller ones with
// zlib: both must read back, with every level and the option checks)
var large = Buffer.concat([big, big, big, big, big, big, big, big, big, big, big, big, big, big,
  big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big,
  big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big]);
console.log('large', large.length);
[['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw']].forEach(function (p) {
  [0, 1, 6, 9, -1].forEach(function (level) {
    var c = zlib[p[0] + 'Sync'](large, { level: level });
    console.log('large', p[0], level, zlib[p[1] + 'Sync'](c).equals(large), level === 0 || c.length < large.length / 10);
  });
  var w = zlib[p[0] + 'Sync'](large, { windowBits: 10, strategy: zlib.constants.Z_RLE });
  console.log('large options', p[0], zlib[p[1] + 'Sync'](w, { windowBits: p[0] === 'gzip' ? 0 : 10 }).equals(large));
  try { zlib[p[0] + 'Sync'](large, { maxOutputLength: 100 }); } catch (e) { console.log('large max', e.code, e.message); }
});

// the callback forms, one after another
function next(i) {
  if (i === pairs.length) return done();
  var p = pairs[i];
  zlib[p[0]](big, function (err, c) {
    zlib[p[1]](c, {}, function (err2, back) {
      console.log('async', i, p[0], err, err2, back.equals(big));
      next(i + 1);
    });
  });
}
next(0);
function done() {
  zlib.gzip('abc', { info: true }, function (err, r) {
    console.log('async info', err, r.engine instanceof zlib.Gzip, zlib.gunzipSync(r.buffer).toString());
    zlib.deflateRaw(large, { level: 9 }, function (err2, c) {
      console.log('async large', err2, zlib.inflateRawSync(c).equals(large));
    });
  });
}

// The decompressors on hostile input, compared with node 20: per seed, a
// valid stream of one format, then truncated at a random point, with random
// bits flipped, with random bytes spliced in, and pure random bytes; each
// through the sync and the stream form. Prints the output's length and
// crc32 or the error's code and message. The valid streams come from
// ../fixtures/zlib_fuzz_corpus.json, made by node (`node fuzz.js
// --make-corpus`): node's zlib is not muk's zlib version, and their deflate
// output differs, so both runtimes must corrupt the same bytes. Seeds in
// fuzz.args; a long run: `muk fuzz.js 1-5000`. `--zstd` fuzzes zstd, which
// node 20 lacks, over streams muk compresses (tests/zlib/meson.build runs
// it under muk and checks only that it ends).
var zlib = require('zlib');
var R = require('../lib/rng');
var args = process.argv.slice(2);
var zstd = args[0] === '--zstd';
if (zstd) args = args.slice(1);
var CORPUS = require('path').join(__dirname, '..', 'fixtures', 'zlib_fuzz_corpus.json');

var formats = zstd ? [['zstdCompressSync', 'zstdDecompressSync', 'createZstdDecompress']] : [
  ['deflateSync', 'inflateSync', 'createInflate'], ['gzipSync', 'gunzipSync', 'createGunzip'],
  ['deflateRawSync', 'inflateRawSync', 'createInflateRaw'], ['gzipSync', 'unzipSync', 'createUnzip'],
  ['brotliCompressSync', 'brotliDecompressSync', 'createBrotliDecompress']
];

function data() {
  var n = R.ri(4) === 0 ? R.ri(64) : R.ri(3000);
  var b = Buffer.alloc(n), alpha = 2 + R.ri(30);
  for (var i = 0; i < n; i++) b[i] = R.ri(4) ? 97 + R.ri(alpha) : b[i - 1 - R.ri(i || 1)] | 0;
  return b;
}

function mutate(c, kind) {
  var b;
  if (kind === 'truncate') return c.slice(0, R.ri(c.length + 1));
  if (kind === 'flip') {
    b = Buffer.from(c);
    for (var k = 1 + R.ri(4); k > 0 && b.length; k--) b[R.ri(b.length)] ^= 1 << R.ri(8);
    return b;
  }
  if (kind === 'splice') {
    var at = R.ri(c.length + 1), junk = Buffer.alloc(1 + R.ri(16));
    for (var j = 0; j < junk.length; j++) junk[j] = R.ri(256);
    return Buffer.concat([c.slice(0, at), junk, c.slice(at)]);
  }
  b = Buffer.alloc(R.ri(200));
  for (var i = 0; i < b.length; i++) b[i] = R.ri(256);
  return b;
}

function result(err, out) {
  if (err) return err.code + ' ' + err.message;
  return 'ok ' + out.length + ' ' + zlib.crc32(out);
}

function streamForm(make, input, cb) {
  var s = zlib[make](), parts = [], done = false;
  function finish(err) {
    if (done) return;
    done = true;
    cb(result(err, err ? null : Buffer.concat(parts)));
  }
  s.on('data', function (b) { parts.push(b); });
  s.on('error', finish);
  s.on('end', function () { finish(null); });
  // in two pieces, so a chunk boundary falls inside the stream
  var cut = R.ri(input.length + 1);
  s.write(input.slice(0, cut));
  s.end(input.slice(cut));
}

if (args[0] === '--make-corpus') {
  var corpus = {};
  formats.forEach(function (f, i) {
    R.seed(1000 + i);
    corpus[f[1]] = [];
    for (var k = 0; k < 12; k++) corpus[f[1]].push(zlib[f[0]](data()).toString('base64'));
  });
  require('fs').writeFileSync(CORPUS, JSON.stringify(corpus, null, 1) + '\n');
  args = [];
}
var streams = zstd ? null : JSON.parse(require('fs').readFileSync(CORPUS, 'utf8'));

require('../lib/seeds').run(args, function (seed, next) {
  R.seed(seed);
  var f = formats[R.ri(formats.length)];
  var c = zstd ? zlib[f[0]](data()) : Buffer.from(R.pick(streams[f[1]]), 'base64');
  var kinds = ['valid', 'truncate', 'flip', 'splice', 'random'];
  (function each(i) {
    if (i === kinds.length) return next();
    var input = kinds[i] === 'valid' ? c : mutate(c, kinds[i]);
    var sync;
    try { sync = result(null, zlib[f[1]](input)); } catch (e) { sync = result(e); }
    streamForm(f[2], input, function (str) {
      console.log(seed, f[1], kinds[i], sync, '|', str);
      each(i + 1);
    });
  })(0);
});

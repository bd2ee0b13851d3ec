// zlib's stream classes: pipe through compressor and decompressor for each
// codec, create* and the classes (with and without new), flush() with its
// kinds, params(), reset(), close(), bytesWritten, chunkSize, errors as
// 'error' events, and destroy() in the middle.
var zlib = require('zlib');
var stream = require('stream');

var text = [];
for (var i = 0; i < 3000; i++) text.push('row ' + i + ' value ' + (i * 7919 % 1000) + '\n');
var big = Buffer.from(text.join(''));

function roundTrip(name, c, d, next) {
  var out = [];
  d.on('data', function (b) { out.push(b); });
  d.on('end', function () {
    var all = Buffer.concat(out);
    console.log(name, all.equals(big), c.bytesWritten === big.length, d.bytesWritten > 0);
    next();
  });
  c.pipe(d);
  for (var off = 0; off < big.length; off += 5000) c.write(big.slice(off, off + 5000));
  c.end();
}

var steps = [
  function (n) { roundTrip('gzip', zlib.createGzip(), zlib.createGunzip(), n); },
  function (n) { roundTrip('deflate', new zlib.Deflate({ level: 1 }), zlib.Inflate(), n); },
  function (n) { roundTrip('raw', zlib.createDeflateRaw(), zlib.createInflateRaw(), n); },
  function (n) { roundTrip('unzip', zlib.createGzip(), zlib.createUnzip(), n); },
  function (n) { roundTrip('brotli', zlib.createBrotliCompress(), zlib.createBrotliDecompress(), n); },
  function (n) {
    roundTrip('small chunks', zlib.createDeflate({ chunkSize: 64 }), zlib.createInflate({ chunkSize: 64 }), n);
  },
  function (n) {
    // flush(): what was written so far decompresses without the end
    var d = zlib.createDeflate();
    var got = [];
    d.on('data', function (b) { got.push(b); });
    d.write('first part ');
    d.flush(function () {
      var part = zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      console.log('flush', JSON.stringify(part.toString()));
      d.write('second');
      d.flush(zlib.constants.Z_FULL_FLUSH, function () {
        d.on('end', function () {
          console.log('flush end', zlib.inflateSync(Buffer.concat(got)).toString());
          n();
        });
        d.end();
      });
    });
  },
  function (n) {
    // brotli's flush(): what was written so far decodes without the end
    var b = zlib.createBrotliCompress();
    var got = [];
    b.on('data', function (x) { got.push(x); });
    b.write('brotli part ');
    b.flush(function () {
      var part = zlib.brotliDecompressSync(Buffer.concat(got),
        { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
      console.log('brotli flush', JSON.stringify(part.toString()));
      b.on('end', function () {
        console.log('brotli end', zlib.brotliDecompressSync(Buffer.concat(got)).toString());
        n();
      });
      b.end('and the rest');
    });
  },
  function (n) {
    // params(): level 0 then 9 in one stream
    var d = zlib.createDeflate({ level: 0 });
    var got = [];
    d.on('data', function (b) { got.push(b); });
    d.write(big.slice(0, 20000));
    d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, function () {
      console.log('params', d._level, d._strategy);
      d.on('end', function () {
        console.log('params out', zlib.inflateSync(Buffer.concat(got)).equals(big));
        n();
      });
      d.end(big.slice(20000));
    });
  },
  function (n) {
    try { zlib.createDeflate().params(10, 0); } catch (e) { console.log('params range', e.code, e.message); }
    // reset(): a fresh stream after it
    var g = zlib.createGzip();
    var got = [];
    g.on('data', function (b) { got.push(b); });
    g.write('thrown away', function () {
      g.reset();
      got = [];
      g.end('kept', function () {});
    });
    g.on('end', function () {
      console.log('reset', zlib.gunzipSync(Buffer.concat(got)).toString());
      n();
    });
  },
  function (n) {
    // errors reach 'error' with Node's shape
    var u = zlib.createGunzip();
    u.on('error', function (e) {
      console.log('error event', e.code, e.errno, e.message, u.destroyed);
      var t = zlib.createInflate();
      t.on('error', function (e2) {
        console.log('truncated event', e2.code, e2.errno, e2.message);
        n();
      });
      t.on('data', function () {});
      t.end(zlib.deflateSync(big).slice(0, 100));
    });
    u.on('data', function () {});
    u.end(Buffer.from('not gzip at all'));
  },
  function (n) {
    // close(cb) and destroy() midway
    var d = zlib.createDeflate();
    d.write('x');
    d.close(function (err) {
      console.log('close', err === undefined || err === null || err.code, d.destroyed, d._closed);
      var b = zlib.createBrotliCompress();
      b.on('close', function () { console.log('destroy close'); n(); });
      b.write(big);
      b.destroy();
    });
  },
  function (n) {
    // pipeline with a Readable source and a Writable sink
    var src = stream.Readable.from([big.slice(0, 30000), big.slice(30000)]);
    var parts = [];
    var sink = new stream.Writable({
      write: function (c, e, cb) { parts.push(c); cb(); }
    });
    stream.pipeline(src, zlib.createGzip(), zlib.createGunzip(), sink, function (err) {
      console.log('pipeline', err, Buffer.concat(parts).equals(big));
      n();
    });
  },
  function (n) {
    console.log('classes', typeof zlib.Gzip, zlib.createGzip() instanceof zlib.Gzip,
      zlib.Gunzip() instanceof zlib.Gunzip, zlib.createDeflate()._chunkSize,
      zlib.createDeflate({ chunkSize: 1024 })._chunkSize);
    n();
  }
];

(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);

// fs.read into power-of-two lengths (muk's service keeps freed read
// buffers of 16 KiB..1 MiB for reuse): every read returns exactly the
// file's bytes, also short reads at the end, reads of other sizes in
// between, and after failed reads; streams reading 64 KiB chunks too.
var fs = require('fs');
var path = require('path');
var os = require('os');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-blocks-'));
var KiB = 1024;

function pattern(n, seed) {
  var b = Buffer.allocUnsafe(n);
  for (var i = 0; i < n; i++) b[i] = (i * 31 + seed * 7 + (i >> 9)) & 255;
  return b;
}
var sizes = [64 * KiB * 5 + 123, 16 * KiB, 1024 * KiB + 1, 100];
var files = sizes.map(function (n, k) {
  var f = path.join(dir, 'f' + k);
  var data = pattern(n, k + 1);
  fs.writeFileSync(f, data);
  return { file: f, data: data };
});

var lens = [64 * KiB, 16 * KiB, 32 * KiB, 1024 * KiB, 64 * KiB, 5000, 128 * KiB, 64 * KiB];
var checks = 0, bad = 0, errors = [];

function readAll(f, len, cb) {
  fs.open(f.file, 'r', function (err, fd) {
    if (err) throw err;
    var parts = [], pos = 0;
    (function one() {
      fs.read(fd, Buffer.alloc(len), 0, len, pos, function (err, n, buf) {
        if (err) throw err;
        if (n === 0) {
          fs.closeSync(fd);
          var all = Buffer.concat(parts);
          checks++;
          if (!all.equals(f.data)) { bad++; console.log('mismatch', f.file.slice(-2), len, all.length); }
          return cb();
        }
        parts.push(Buffer.from(buf.slice(0, n)));
        pos += n;
        one();
      });
    })();
  });
}

var jobs = [];
files.forEach(function (f) { lens.forEach(function (len) { jobs.push([f, len]); }); });
var j = 0;
function nextJob() {
  if (j === jobs.length) return failing();
  var job = jobs[j++];
  readAll(job[0], job[1], nextJob);
}
nextJob();

function failing() {
  console.log('reads', checks, 'bad', bad);
  var dfd = fs.openSync(dir, 'r');
  fs.read(dfd, Buffer.alloc(64 * KiB), 0, 64 * KiB, 0, function (err) {
    errors.push(err && err.code);
    fs.read(dfd, Buffer.alloc(64 * KiB), 0, 64 * KiB, 0, function (err) {
      errors.push(err && err.code);
      fs.closeSync(dfd);
      console.log('dir reads', errors.join());
      streams();
    });
  });
}

function streams() {
  var f = files[2], got = [], n = 0;
  fs.createReadStream(f.file).on('data', function (c) { got.push(c); n++; }).on('end', function () {
    var all = Buffer.concat(got);
    console.log('stream', n, all.length, all.equals(f.data));
    var rs = fs.createReadStream(files[0].file, { highWaterMark: 16 * KiB }), got2 = [];
    rs.on('data', function (c) { got2.push(c); }).on('end', function () {
      console.log('stream 16k', got2.length, Buffer.concat(got2).equals(files[0].data));
      fs.rmSync(dir, { recursive: true });
      console.log('done');
    });
  });
}

// Backpressure through zlib streams: a 128 MiB file of log-like text piped
// through createGzip into a file, then back through createGunzip, keeps
// memory bounded: prints whether the RSS grew by less than 64 MiB over each
// run (sampled on every 16th chunk; the garbage of up to 32 MiB of Buffers
// the bridge lets pile up between collections included; without
// backpressure it would grow by the file's size) and whether the round trip
// is complete. (The 1 GiB run is measured by hand; docs/performance.md.)
var fs = require('fs');
var path = require('path');
var os = require('os');
var zlib = require('zlib');
var stream = require('stream');

var MIB = 128, SIZE = MIB * 1024 * 1024;
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-zlib-rss-'));
var src = path.join(dir, 'src'), gz = path.join(dir, 'src.gz');
// 1 MiB of lines, each block numbered so that no two are alike
var lines = [];
for (var i = 0; lines.length < 16384; i++) {
  lines.push(('10.0.' + (i * 7 % 256) + '.' + (i % 251) + ' GET /item/' + (i * 7919 % 100003) +
    ' 200 ' + (i * 31 % 5000) + 'ms                                        ').slice(0, 63) + '\n');
}
var block = Buffer.from(lines.join(''));
var fd = fs.openSync(src, 'w');
for (var k = 0; k < MIB; k++) {
  block.write(('block ' + k + '        ').slice(0, 12), 0);
  fs.writeSync(fd, block);
}
fs.closeSync(fd);

var base = process.memoryUsage().rss, peak = base, chunks = 0;
function sample() {
  if (++chunks % 16 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}

var r = fs.createReadStream(src);
r.on('data', sample);
stream.pipeline(r, zlib.createGzip(), fs.createWriteStream(gz), function (err) {
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log('gzip', err, fs.statSync(gz).size < SIZE / 3);
  console.log('gzip rss growth < 64 MiB', peak - base < 64 * 1024 * 1024);
  if (process.env.MUK_TEST_VERBOSE) console.log('growth MiB', (peak - base) / 1048576);
  base = peak = process.memoryUsage().rss;
  var n = 0, tail = null;
  var u = zlib.createGunzip();
  u.on('data', function (b) { n += b.length; tail = b; sample(); });
  u.on('end', function () {
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log('gunzip', n === SIZE, JSON.stringify(tail.slice(-8).toString()));
    console.log('gunzip rss growth < 64 MiB', peak - base < 64 * 1024 * 1024);
    if (process.env.MUK_TEST_VERBOSE) console.log('growth MiB', (peak - base) / 1048576);
    fs.rmSync(dir, { recursive: true });
  });
  fs.createReadStream(gz).pipe(u);
});

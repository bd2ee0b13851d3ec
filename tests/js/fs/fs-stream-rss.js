// Piping a 256 MiB (sparse) file through createReadStream ->
// createWriteStream keeps memory bounded: prints whether the RSS grew by
// less than 48 MiB over the run (sampled on every chunk) and whether the
// copy is complete. The 1 GiB run is tools/bench/fs_stream_copy.js.
var fs = require('fs');
var path = require('path');
var os = require('os');

var SIZE = 256 * 1024 * 1024;
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-rss-'));
var src = path.join(dir, 'src'), dst = path.join(dir, 'dst');
var fd = fs.openSync(src, 'w');
fs.writeSync(fd, 'head', 0);
fs.ftruncateSync(fd, SIZE);
fs.writeSync(fd, 'tail', SIZE - 4);
fs.closeSync(fd);

var base = process.memoryUsage().rss, peak = base, chunks = 0;
var r = fs.createReadStream(src);
var w = fs.createWriteStream(dst);
r.on('data', function () {
  if (++chunks % 16 === 0) peak = Math.max(peak, process.memoryUsage().rss);
});
w.on('close', function () {
  peak = Math.max(peak, process.memoryUsage().rss);
  var st = fs.statSync(dst);
  var b = Buffer.alloc(4);
  var dfd = fs.openSync(dst, 'r');
  fs.readSync(dfd, b, 0, 4, SIZE - 4);
  fs.closeSync(dfd);
  console.log('copied', st.size === SIZE, r.bytesRead === SIZE, w.bytesWritten === SIZE, b.toString());
  console.log('rss growth < 48 MiB', peak - base < 48 * 1024 * 1024);
  if (process.env.MUK_TEST_VERBOSE) console.log('growth MiB', (peak - base) / 1048576, 'peak', peak / 1048576);
  fs.rmSync(dir, { recursive: true });
});
r.pipe(w);

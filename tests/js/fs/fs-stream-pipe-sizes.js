// fs.createReadStream(a).pipe(fs.createWriteStream(b)) over sizes around
// the chunk size, both highWaterMarks on either side of it, start/end
// ending on a chunk boundary and inside one: every copy is exact and ends
// ('end', 'finish', both 'close'), whatever order the reads and writes
// complete in (each combination runs 3 times).
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-pipe-sizes-'));
var K = 65536;
var MAX = 4 * K + 7;
var data = Buffer.alloc(MAX);
for (var i = 0; i < MAX; i++) data[i] = (i * 13 + (i >> 9)) & 255;

var cases = [];
[0, 1, K - 1, K, K + 1, 2 * K, 3 * K + 5, 4 * K + 7].forEach(function (size) {
  cases.push({ size: size });
});
cases.push({ size: 4 * K + 7, whwm: K });
cases.push({ size: 4 * K + 7, whwm: K + 1 });
cases.push({ size: 4 * K + 7, whwm: 1 });
cases.push({ size: 4 * K + 7, rhwm: 16384 });
cases.push({ size: 4 * K + 7, rhwm: 16383 });
cases.push({ size: 4 * K + 7, rhwm: 3 * K });
cases.push({ size: 4 * K + 7, start: 0, end: 3 * K - 1 });
cases.push({ size: 4 * K + 7, start: 100, end: 3 * K + 99 });
cases.push({ size: 4 * K + 7, start: 5, end: 2 * K + 77 });
cases.push({ size: 4 * K + 7, start: K });

var n = 0;
function run(c, round, done) {
  var src = path.join(dir, 'src' + c.size);
  if (!fs.existsSync(src)) fs.writeFileSync(src, data.slice(0, c.size));
  var dst = path.join(dir, 'dst' + (n++));
  var ropts = {}, wopts = {};
  if (c.rhwm) ropts.highWaterMark = c.rhwm;
  if (c.start !== undefined) ropts.start = c.start;
  if (c.end !== undefined) ropts.end = c.end;
  if (c.whwm) wopts.highWaterMark = c.whwm;
  var r = fs.createReadStream(src, ropts), w = fs.createWriteStream(dst, wopts);
  var ev = { end: 0, finish: 0, close: 0 };
  r.on('end', function () { ev.end++; });
  w.on('finish', function () { ev.finish++; });
  r.on('close', closed);
  w.on('close', closed);
  function closed() {
    if (++ev.close < 2) return;
    var want = data.slice(c.start || 0, Math.min(c.size, c.end === undefined ? c.size : c.end + 1));
    var got = fs.readFileSync(dst);
    fs.unlinkSync(dst);
    done([got.length, Buffer.compare(got, want) === 0, r.bytesRead, w.bytesWritten, ev.end, ev.finish].join(' '));
  }
  r.pipe(w);
}

// (JSON.stringify would print mujs's sorted key order)
function desc(c) {
  var parts = ['size ' + c.size];
  ['rhwm', 'whwm', 'start', 'end'].forEach(function (key) {
    if (c[key] !== undefined) parts.push(key + ' ' + c[key]);
  });
  return parts.join(', ') + ':';
}

var k = 0;
function nextCase() {
  if (k === cases.length) {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
    return;
  }
  var c = cases[k++], results = [];
  (function round(i) {
    if (i === 3) {
      var same = results[0] === results[1] && results[1] === results[2];
      console.log(desc(c), results[0], same ? 'x3' : 'DIFFERENT: ' + results.join(' / '));
      nextCase();
      return;
    }
    run(c, i, function (res) {
      results.push(res);
      round(i + 1);
    });
  })(0);
}
nextCase();

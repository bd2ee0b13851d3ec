// pipe(): 'pipe'/'unpipe' events, backpressure (pause on false write, resume
// on 'drain'), end of source ends dest, unpipe(), multiple destinations.
var stream = require('stream');
function L(s) { console.log(s); }

var i = 0;
var src = new stream.Readable({ objectMode: true, highWaterMark: 2, read: function () {
  i++;
  if (i > 6) this.push(null);
  else this.push('c' + i);
} });
var pending = null;
var dst = new stream.Writable({ objectMode: true, highWaterMark: 2, write: function (c, e, cb) {
  L('dst write ' + c + ' wlen=' + dst.writableLength);
  setTimeout(cb, 1);
} });
dst.on('pipe', function (s) { L('dst pipe ' + (s === src)); });
dst.on('unpipe', function (s) { L('dst unpipe ' + (s === src)); });
dst.on('drain', function () { L('dst drain'); });
dst.on('finish', function () { L('dst finish'); });
dst.on('close', function () { L('dst close'); });
src.on('pause', function () { L('src pause'); });
src.on('resume', function () { L('src resume'); });
src.on('end', function () { L('src end'); });
src.on('close', function () { L('src close'); });
L('pipe returns dst ' + (src.pipe(dst) === dst));
L('flowing ' + src.readableFlowing);

// unpipe in the middle: source pauses, dest stays open
setTimeout(function () {
  var n = 0;
  var s2 = new stream.Readable({ objectMode: true, read: function () {
    var self = this;
    setTimeout(function () { n++; self.push(n <= 10 ? 'x' + n : null); }, 2);
  } });
  var got = [];
  var d2 = new stream.Writable({ objectMode: true, write: function (c, e, cb) {
    got.push(c);
    if (c === 'x3') { s2.unpipe(d2); L('unpiped, flowing=' + s2.readableFlowing); }
    cb();
  } });
  d2.on('unpipe', function () { L('d2 unpipe'); });
  d2.on('finish', function () { L('d2 finish (unexpected)'); });
  s2.pipe(d2);
  setTimeout(function () {
    L('d2 got ' + got.join(',') + ' writable=' + d2.writable + ' srclen=' + s2.readableLength);
  }, 60);
}, 100);

// two destinations, one slow: source waits for both drains
setTimeout(function () {
  var k = 0;
  var s3 = new stream.Readable({ objectMode: true, highWaterMark: 1, read: function () {
    k++; this.push(k <= 4 ? k : null);
  } });
  function mk(name, delay) {
    var w = new stream.Writable({ objectMode: true, highWaterMark: 1, write: function (c, e, cb) {
      L(name + ' ' + c); setTimeout(cb, delay);
    } });
    w.on('finish', function () { L(name + ' finish'); });
    return w;
  }
  s3.pipe(mk('fast', 1));
  s3.pipe(mk('slow', 8));
  s3.on('end', function () { L('s3 end'); });
}, 200);

// pipe with { end: false }
setTimeout(function () {
  var s4 = new stream.Readable({ read: function () { this.push('only'); this.push(null); } });
  var d4 = new stream.Writable({ write: function (c, e, cb) { L('d4 ' + c); cb(); } });
  d4.on('finish', function () { L('d4 finish'); });
  s4.on('end', function () { L('s4 end, d4 writable=' + d4.writable); d4.end('bye'); });
  s4.pipe(d4, { end: false });
}, 300);

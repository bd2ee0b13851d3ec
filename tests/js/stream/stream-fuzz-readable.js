// Readable: pseudo-random sequences (fixed seeds) of synchronous and
// next-tick pushes from _read, EOF, read(n) from 'readable', 'data' with
// pause/resume, setEncoding, various highWaterMarks: the log of _read
// calls, chunks, 'readable'/'end'/'close' and readableLength must be
// node's. Only nextTick/setImmediate drive it (no timers), so the order is
// fixed.
var Readable = require('stream').Readable;

function runSeed(seed, done) {
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  var out = [], reads = 0, finished = false;
  function log() { out.push(Array.prototype.join.call(arguments, ' ')); }
  var r = new Readable({
    highWaterMark: [0, 1, 5, 16, 100][rnd(5)],
    read: function (n) {
      log('_read', n);
      if (++reads > 40) { this.push(null); return; }
      var k = rnd(4), self = this;
      if (k === 0) this.push(Buffer.alloc(rnd(20) + 1, 97 + rnd(26)));
      else if (k === 1) process.nextTick(function () { self.push(Buffer.alloc(rnd(30) + 1, 97 + rnd(26))); });
      else if (k === 2 && rnd(6) === 0) this.push(null);
    }
  });
  var mode = rnd(3);
  if (mode === 0) {
    r.on('data', function (d) {
      log('data', d.length, String(d).slice(0, 3));
      if (rnd(5) === 0) { r.pause(); setImmediate(function () { r.resume(); }); }
    });
  } else if (mode === 1) {
    r.on('readable', function () {
      var c, n = 0;
      while (n++ < 5 && (c = r.read(rnd(3) === 0 ? undefined : rnd(40))) !== null) log('read', c.length);
      log('readable done', r.readableLength);
    });
  } else {
    if (rnd(2)) r.setEncoding('utf8');
    r.on('data', function (d) { log('data', d.length, typeof d); });
  }
  r.on('end', function () { log('end'); });
  r.on('close', function () { log('close', r.readableLength); finish('closed'); });
  for (var i = rnd(4); i > 0; i--) r.push(Buffer.alloc(rnd(10) + 1, 65 + i));
  var rounds = 0;
  (function wait() {
    if (finished) return;
    if (++rounds === 30 && !r.readableEnded) { log('push(null)'); r.push(null); }
    if (rounds === 60) { finish('still open'); return; }
    setImmediate(wait);
  })();
  function finish(how) {
    if (finished) return;
    finished = true;
    done(how, out);
  }
}

var seed = 1;
(function next() {
  if (seed > 40) { console.log('done'); return; }
  var s = seed++;
  runSeed(s, function (how, out) {
    console.log('seed ' + s + ' (' + how + '): ' + out.join(' | '));
    next();
  });
})();

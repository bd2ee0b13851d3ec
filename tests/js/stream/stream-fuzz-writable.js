// Writable: pseudo-random sequences (fixed seeds) of write() with and
// without callbacks, Buffers and strings, cork/uncork, _write completing
// synchronously, on the next tick or on an immediate, with and without
// _writev, highWaterMarks 0..20: write()'s return value, writableLength,
// writableNeedDrain, 'drain', callbacks, 'finish' and end()'s callback
// come in node's order. Only nextTick/setImmediate drive it.
var Writable = require('stream').Writable;

function runSeed(seed, done) {
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  var out = [];
  function log() { out.push(Array.prototype.join.call(arguments, ' ')); }
  var opts = {
    highWaterMark: [0, 1, 8, 20][rnd(4)],
    decodeStrings: rnd(4) !== 0,
    write: function (c, e, cb) {
      log('_write', c.length, e);
      var k = rnd(3);
      if (k === 0) cb();
      else if (k === 1) process.nextTick(cb);
      else setImmediate(cb);
    }
  };
  if (rnd(3) === 0) {
    opts.writev = function (chunks, cb) {
      log('_writev', chunks.length);
      if (rnd(2) === 0) cb();
      else setImmediate(cb);
    };
  }
  var w = new Writable(opts);
  w.on('drain', function () { log('drain', w.writableLength, w.writableNeedDrain); });
  w.on('finish', function () { log('finish'); });
  w.on('close', function () { log('close'); done(out); });
  var n = 0;
  (function step() {
    if (n++ > 25) {
      w.end(function () { log('end cb'); });
      return;
    }
    var k = rnd(7);
    if (k === 0) w.cork();
    else if (k === 1) w.uncork();
    var data = rnd(2) ? Buffer.alloc(rnd(15) + 1, 120) : new Array(rnd(15) + 2).join('x');
    var ret = rnd(2) ? w.write(data) : w.write(data, function (e) { log('cb', e || null); });
    log('ret', ret, w.writableLength, w.writableNeedDrain);
    if (rnd(3) === 0) setImmediate(step);
    else if (rnd(2)) process.nextTick(step);
    else step();
  })();
}

var seed = 1;
(function next() {
  if (seed > 40) { console.log('done'); return; }
  var s = seed++;
  runSeed(s, function (out) {
    console.log('seed ' + s + ': ' + out.join(' | '));
    next();
  });
})();

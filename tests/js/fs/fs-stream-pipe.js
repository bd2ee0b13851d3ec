// fs.createReadStream(a).pipe(fs.createWriteStream(b)): the copy is exact;
// with extra listeners on both streams the events come in Node's order and
// number (64 KiB chunks against a 16 KiB writable highWaterMark: a pause,
// a 'drain' and a resume per chunk); backpressure as seen from a 'data'
// listener; destroying either side mid-copy; unpipe mid-copy; errors on
// the writing and on the reading side.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-pipe-'));
function p(name) { return path.join(dir, name); }
var SIZE = 5 * 65536 + 1000;
var data = Buffer.alloc(SIZE);
for (var i = 0; i < SIZE; i++) data[i] = (i * 7 + (i >> 8)) & 255;
fs.writeFileSync(p('src'), data);

// 'a a a b' -> 'a x3, b'
function squash(list) {
  var out = [], prev = null, n = 0;
  for (var i = 0; i <= list.length; i++) {
    if (i < list.length && list[i] === prev) { n++; continue; }
    if (prev !== null) out.push(n > 1 ? prev + ' x' + n : prev);
    prev = list[i];
    n = 1;
  }
  return out.join(', ');
}

function same(file) {
  var got = fs.readFileSync(file);
  return got.length + ' ' + (Buffer.compare(got, data) === 0);
}

var tests = [];
function next() {
  var t = tests.shift();
  if (t) t();
  else {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  }
}

tests.push(function plain() {
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(p('plain'));
  var ret = r.pipe(w);
  console.log('plain: pipe returns dest', ret === w, 'flowing', r.readableFlowing);
  w.on('close', function () {
    console.log('plain: copied', same(p('plain')), 'bytesRead', r.bytesRead, 'bytesWritten', w.bytesWritten);
    next();
  });
});

tests.push(function listeners() {
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(p('listeners'));
  var re = [], we = [], sizes = [], checks = [];
  // (the source's 'close' is left out: it races the destination's 'finish')
  ['open', 'ready', 'pause', 'resume', 'end'].forEach(function (ev) {
    r.on(ev, function () { re.push(ev); });
  });
  ['open', 'ready', 'pipe', 'drain', 'finish', 'close', 'unpipe'].forEach(function (ev) {
    w.on(ev, function () { we.push(ev); });
  });
  r.pipe(w);
  // added after pipe(): runs after the pipe's own 'data' listener wrote it
  r.on('data', function (c) {
    re.push('data');
    sizes.push(c.length);
    checks.push([r.isPaused(), r.readableFlowing, w.writableNeedDrain, w.writableLength === c.length].join('/'));
  });
  var closes = 0;
  r.on('close', report);
  w.on('close', report);
  function report() {
    if (++closes < 2) return;
    console.log('listeners: read side:', squash(re));
    console.log('listeners: write side:', squash(we));
    console.log('listeners: chunk sizes:', sizes.join(','));
    console.log('listeners: paused/flowing/needDrain/writing it:', squash(checks));
    console.log('listeners: copied', same(p('listeners')));
    next();
  }
});

tests.push(function bigWritableHwm() {
  // highWaterMark above the chunk size: write() returns true, no pause
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(p('bighwm'), { highWaterMark: 1 << 20 });
  var re = [], we = [];
  ['pause', 'resume', 'end'].forEach(function (ev) { r.on(ev, function () { re.push(ev); }); });
  ['drain', 'finish'].forEach(function (ev) { w.on(ev, function () { we.push(ev); }); });
  r.pipe(w);
  w.on('close', function () {
    console.log('bigWritableHwm:', squash(re), '|', squash(we), '|', same(p('bighwm')));
    next();
  });
});

tests.push(function smallChunks() {
  var r = fs.createReadStream(p('src'), { highWaterMark: 10000, start: 5, end: 100004 });
  var w = fs.createWriteStream(p('small'));
  var n = 0;
  r.on('data', function () { n++; });
  r.pipe(w);
  w.on('close', function () {
    var got = fs.readFileSync(p('small'));
    console.log('smallChunks:', n, 'chunks', got.length, Buffer.compare(got, data.slice(5, 100005)) === 0);
    next();
  });
});

tests.push(function destroySource() {
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(p('dsrc'));
  var n = 0, ev = [];
  r.on('data', function () {
    if (++n === 2) {
      r.destroy();
      ev.push('destroyed src');
    }
  });
  r.on('end', function () { ev.push('src end'); });
  r.on('close', function () {
    ev.push('src close');
    setTimeout(function () {
      console.log('destroySource:', ev.join(', '), '| dest ended', w.writableEnded, 'destroyed', w.destroyed,
        '| src destroyed', r.destroyed, 'flowing', r.readableFlowing);
      w.end(function () {
        console.log('destroySource: dest has', fs.readFileSync(p('dsrc')).length, 'bytes');
        next();
      });
    }, 20);
  });
  w.on('unpipe', function () { ev.push('unpipe'); });
  r.pipe(w);
});

tests.push(function destroyDest() {
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(p('ddst'));
  var n = 0, ev = [];
  r.on('data', function () {
    if (++n === 2) {
      w.destroy();
      ev.push('destroyed dest');
    }
  });
  w.on('unpipe', function (src) { ev.push('unpipe ' + (src === r)); });
  w.on('close', function () {
    ev.push('dest close');
    setTimeout(function () {
      console.log('destroyDest:', ev.join(', '), '| src paused', r.isPaused(), 'flowing', r.readableFlowing,
        'destroyed', r.destroyed, 'data events', n);
      r.on('close', function () { console.log('destroyDest: src closed'); next(); });
      r.destroy();
    }, 20);
  });
  r.pipe(w);
});

tests.push(function unpipeMidway() {
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(p('unpiped'));
  var n = 0, ev = [];
  r.on('data', function (c) {
    n++;
    if (n === 2) {
      r.unpipe(w);
      ev.push('unpiped: flowing ' + r.readableFlowing);
      setTimeout(function () {
        ev.push('later: data ' + n + ' flowing ' + r.readableFlowing);
        w.end();
        r.resume();
      }, 20);
    }
  });
  w.on('unpipe', function () { ev.push('unpipe event'); });
  r.on('end', function () { ev.push('end after ' + n + ' chunks'); });
  w.on('close', function () {
    setTimeout(function () {
      console.log('unpipeMidway:', ev.join(', '), '| dest got', fs.readFileSync(p('unpiped')).length);
      next();
    }, 20);
  });
  r.pipe(w);
});

tests.push(function writeError() {
  fs.writeFileSync(p('ro'), '');
  var fd = fs.openSync(p('ro'), 'r');
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(null, { fd: fd });
  var ev = [];
  w.on('unpipe', function () { ev.push('unpipe'); });
  w.on('error', function (e) { ev.push('dest error ' + e.code + ' ' + e.syscall); });
  w.on('close', function () {
    ev.push('dest close');
    setTimeout(function () {
      console.log('writeError:', ev.join(', '), '| src paused', r.isPaused(), 'destroyed', r.destroyed);
      r.destroy();
      next();
    }, 20);
  });
  r.pipe(w);
});

tests.push(function readError() {
  var r = fs.createReadStream(dir), w = fs.createWriteStream(p('rerr'));
  var ev = [];
  r.on('error', function (e) { ev.push('src error ' + e.code + ' ' + e.syscall); });
  r.on('close', function () {
    ev.push('src close');
    setTimeout(function () {
      console.log('readError:', ev.join(', '), '| dest ended', w.writableEnded, 'destroyed', w.destroyed);
      w.on('close', function () { next(); });
      w.end();
    }, 20);
  });
  w.on('unpipe', function () { ev.push('unpipe'); });
  r.pipe(w);
});

tests.push(function twoDestinations() {
  var r = fs.createReadStream(p('src'));
  var w1 = fs.createWriteStream(p('two1')), w2 = fs.createWriteStream(p('two2'), { highWaterMark: 1 << 20 });
  var left = 2;
  function done() {
    if (--left) return;
    console.log('twoDestinations:', same(p('two1')), same(p('two2')));
    next();
  }
  w1.on('close', done);
  w2.on('close', done);
  r.pipe(w1);
  r.pipe(w2);
});

tests.push(function destroyWhileWriting() {
  var w = fs.createWriteStream(p('dw'));
  var ev = [];
  w.on('open', function () {
    w.write(Buffer.alloc(65536, 1), function (e) { ev.push('cb1 ' + (e && e.code)); });
    w.write(Buffer.alloc(10, 1), function (e) { ev.push('cb2 ' + (e && e.code)); });
    w.destroy();
    ev.push('destroyed ' + w.destroyed + ' ' + w.writableLength);
  });
  w.on('error', function (e) { ev.push('error ' + e.code); });
  w.on('close', function () {
    console.log('destroyWhileWriting:', ev.join(', '), '| errored', w.errored, '| file', fs.readFileSync(p('dw')).length);
    next();
  });
});

tests.push(function attachAfterFirstDrain() {
  // the pipe runs alone until the first 'drain', then listeners join
  var r = fs.createReadStream(p('src')), w = fs.createWriteStream(p('attach'));
  var ev = [];
  r.pipe(w);
  w.once('drain', function () {
    ev.push('first drain');
    r.on('pause', function () { ev.push('pause'); });
    r.on('resume', function () { ev.push('resume'); });
    w.on('drain', function () { ev.push('drain'); });
  });
  var closes = 0;
  r.on('close', report);
  w.on('close', report);
  function report() {
    if (++closes < 2) return;
    console.log('attachAfterFirstDrain:', squash(ev), '|', same(p('attach')));
    next();
  }
});

tests.push(function attachWhilePiping() {
  // listeners join at some point of a copy already under way (on another
  // stream's third chunk, so nothing is attached to the pair before):
  // whatever chunk that is, the copy is exact and the events pair up
  var big = Buffer.alloc(40 * 65536 + 3);
  for (var i = 0; i < big.length; i += 997) big[i] = i & 255;
  fs.writeFileSync(p('big'), big);
  var r = fs.createReadStream(p('big')), w = fs.createWriteStream(p('bigcopy'));
  var c = { data: 0, pause: 0, resume: 0, drain: 0 }, ticks = 0;
  var clock = fs.createReadStream(p('big'), { highWaterMark: 4096 });
  clock.on('data', function () {
    if (++ticks !== 3) return;
    clock.destroy();
    r.on('data', function () { c.data++; });
    r.on('pause', function () { c.pause++; });
    r.on('resume', function () { c.resume++; });
    w.on('drain', function () { c.drain++; });
  });
  r.pipe(w);
  var closes = 0;
  r.on('close', report);
  w.on('close', report);
  function report() {
    if (++closes < 2) return;
    var got = fs.readFileSync(p('bigcopy'));
    console.log('attachWhilePiping: copied', got.length, Buffer.compare(got, big) === 0,
      '| data events at most one per chunk', c.data <= 41,
      '| pause/resume pair up', c.pause - c.resume >= 0 && c.pause - c.resume <= 2,
      '| a drain per data event', Math.abs(c.drain - c.data) <= 1);
    next();
  }
});

tests.push(function replaceWriteWhilePiping() {
  // a progress meter wraps dest.write mid-copy: it sees every byte the pipe
  // writes from then on
  var big = Buffer.alloc(40 * 65536 + 3);
  for (var i = 0; i < big.length; i += 991) big[i] = (i >> 3) & 255;
  fs.writeFileSync(p('big2'), big);
  var r = fs.createReadStream(p('big2')), w = fs.createWriteStream(p('big2copy'));
  var handedBefore = -1, seen = 0, ticks = 0;
  var clock = fs.createReadStream(p('big2'), { highWaterMark: 4096 });
  clock.on('data', function () {
    if (++ticks !== 3) return;
    clock.destroy();
    handedBefore = w.bytesWritten + w.writableLength;
    var orig = w.write;
    w.write = function (chunk) {
      seen += chunk.length;
      return orig.apply(this, arguments);
    };
  });
  r.pipe(w);
  var closes = 0;
  r.on('close', report);
  w.on('close', report);
  function report() {
    if (++closes < 2) return;
    var got = fs.readFileSync(p('big2copy'));
    console.log('replaceWriteWhilePiping: copied', got.length, Buffer.compare(got, big) === 0,
      '| the wrapper saw the rest', handedBefore >= 0 && seen === big.length - handedBefore);
    next();
  }
});

tests.push(function corkWhilePiping() {
  // cork() mid-copy holds the writes until uncork()
  var r = fs.createReadStream(p('big2')), w = fs.createWriteStream(p('corked'));
  var ticks = 0, during = -1, total = fs.statSync(p('big2')).size;
  var clock = fs.createReadStream(p('big2'), { highWaterMark: 4096 });
  clock.on('data', function () {
    if (++ticks !== 3) return;
    clock.destroy();
    w.cork();
    setTimeout(function () {
      during = w.bytesWritten;
      setTimeout(function () {
        var still = w.bytesWritten === during;
        w.uncork();
        function done() {
          console.log('corkWhilePiping: no write while corked', still, '| copied',
            fs.readFileSync(p('corked')).length === total);
          next();
        }
        if (w.closed) done();
        else w.on('close', done);
      }, 30);
    }, 30);
  });
  r.pipe(w);
});

next();

// fs.ReadStream over files of several 64 KiB chunks, where muk reads the
// next chunk ahead (js/internal/fs_streams.js): what a script sees must be
// Node's. pause() while the next chunk is read (bytesRead counts only what
// was pushed), resume() after it arrived, destroy() with a read in flight
// and with one kept (the fd is closed), start/end on chunk boundaries, a
// file that ends on a boundary, one that grows while paused, an fd closed
// behind the stream's back (EBADF, as Node), read(n) above highWaterMark,
// EISDIR, a FIFO, and an fd passed in (its position is only what was
// read).
var fs = require('fs');
var path = require('path');
var os = require('os');

var K = 65536;
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-ra-'));
function p(name) { return path.join(dir, name); }

function pattern(n, seed) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) b[i] = (i * 31 + seed + (i >> 16)) & 255;
  return b;
}
var data = pattern(5 * K + 100, 7);
fs.writeFileSync(p('data'), data);
var even = pattern(4 * K, 3);
fs.writeFileSync(p('even'), even);

var tests = [];
function next() {
  var t = tests.shift();
  if (t) t();
  else {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  }
}

// Chunk lengths as "65536x3,100".
function sizes(list) {
  var out = [], i = 0;
  while (i < list.length) {
    var j = i;
    while (j < list.length && list[j] === list[i]) j++;
    out.push(list[i] + (j - i > 1 ? 'x' + (j - i) : ''));
    i = j;
  }
  return out.join(',') || '-';
}

// Until the paused stream's buffer holds a chunk, then a few more loop
// turns and fs round trips (a read ahead has time to come back), then cb.
function settle(s, cb) {
  if (s.readableLength === 0) {
    setImmediate(settle, s, cb);
    return;
  }
  var n = 0;
  (function more() {
    if (n++ === 4) return cb();
    fs.stat(dir, function () { setImmediate(more); });
  })();
}

function collect(s, name, done) {
  var lens = [], bufs = [];
  s.on('data', function (c) { lens.push(c.length); bufs.push(c); });
  s.on('error', function (e) { console.log(name, 'error', e.code, e.syscall); });
  s.on('end', function () { console.log(name, 'end', sizes(lens), s.bytesRead); });
  s.on('close', function () { if (done) done(Buffer.concat(bufs)); next(); });
}

tests.push(function pauseWhileReading() {
  var s = fs.createReadStream(p('data'));
  var lens = [], bufs = [];
  s.on('data', function (c) {
    lens.push(c.length);
    bufs.push(c);
    if (lens.length !== 1) return;
    s.pause();
    console.log('paused at', s.bytesRead, s.readableLength, s.isPaused());
    settle(s, function () {
      console.log('settled', s.bytesRead, s.readableLength, s.readableFlowing);
      s.resume();
    });
  });
  s.on('end', function () {
    console.log('pause end', sizes(lens), s.bytesRead, Buffer.concat(bufs).equals(data));
  });
  s.on('close', next);
});

tests.push(function destroyInFlight() {
  var s = fs.createReadStream(p('data'));
  var fd, n = 0, events = [];
  s.on('open', function (f) { fd = f; });
  s.on('data', function (c) {
    events.push('data ' + c.length + ' ' + s.bytesRead);
    if (++n === 2) s.destroy();
  });
  s.on('end', function () { events.push('end'); });
  s.on('close', function () {
    events.push('close ' + s.bytesRead + ' ' + s.destroyed);
    fs.fstat(fd, function (e) {
      console.log('destroy in flight:', events.join(' | '), '| fstat', e && e.code);
      next();
    });
  });
});

tests.push(function destroyKept() {
  var s = fs.createReadStream(p('data'));
  var fd, events = [];
  s.on('open', function (f) { fd = f; });
  s.once('data', function (c) {
    events.push('data ' + c.length);
    s.pause();
    settle(s, function () {
      events.push('destroy at ' + s.bytesRead + ' ' + s.readableLength);
      s.destroy();
    });
  });
  s.on('close', function () {
    events.push('close ' + s.bytesRead);
    fs.fstat(fd, function (e) {
      console.log('destroy kept:', events.join(' | '), '| fstat', e && e.code);
      next();
    });
  });
});

[[undefined, K - 1], [undefined, K], [undefined, 2 * K - 1], [undefined, 2 * K], [undefined, 5 * K + 99],
  [undefined, 9 * K], [K, 2 * K - 1], [1000, 200000], [K - 1, 3 * K], [5 * K + 100, undefined],
  [3 * K, undefined]].forEach(function (r) {
  tests.push(function range() {
    var o = {};
    if (r[0] !== undefined) o.start = r[0];
    if (r[1] !== undefined) o.end = r[1];
    var s = fs.createReadStream(p('data'), o);
    var from = r[0] || 0, to = r[1] === undefined ? data.length : Math.min(r[1] + 1, data.length);
    collect(s, 'range ' + r[0] + '..' + r[1], function (all) {
      console.log('  same bytes', all.equals(data.slice(from, to)), s.pos);
    });
  });
});

tests.push(function endsOnBoundary() {
  collect(fs.createReadStream(p('even')), 'boundary', function (all) { console.log('  same bytes', all.equals(even)); });
});

tests.push(function smallHighWaterMark() {
  collect(fs.createReadStream(p('data'), { highWaterMark: 5000, start: 3, end: 70000 }), 'hwm 5000', function (all) {
    console.log('  same bytes', all.equals(data.slice(3, 70001)));
  });
});

tests.push(function growsWhilePaused() {
  var f = p('grows');
  fs.writeFileSync(f, even.slice(0, 2 * K));
  var s = fs.createReadStream(f);
  var lens = [], bufs = [];
  s.on('data', function (c) {
    lens.push(c.length);
    bufs.push(c);
    if (lens.length !== 1) return;
    s.pause();
    settle(s, function () {
      fs.appendFileSync(f, Buffer.from('appended while paused'));
      s.resume();
    });
  });
  s.on('end', function () {
    var all = Buffer.concat(bufs);
    console.log('grows end', sizes(lens), s.bytesRead, all.slice(2 * K).toString());
  });
  s.on('close', next);
});

tests.push(function closedBehindItsBack() {
  var s = fs.createReadStream(p('data'));
  var events = [];
  s.on('data', function (c) {
    events.push('data ' + c.length + ' ' + s.bytesRead);
    if (events.length === 1) fs.closeSync(s.fd);
  });
  s.on('error', function (e) { events.push('error ' + e.code + ' ' + e.syscall); });
  s.on('end', function () { events.push('end'); });
  s.on('close', function () {
    console.log('closed behind:', events.join(' | '), '| close', s.bytesRead);
    next();
  });
});

tests.push(function closedWhileKept() {
  var s = fs.createReadStream(p('data'));
  var events = [];
  s.on('data', function (c) {
    events.push('data ' + c.length + ' ' + s.bytesRead);
    if (events.length !== 1) return;
    s.pause();
    settle(s, function () {
      fs.close(s.fd, function (e) {
        events.push('closed ' + (e && e.code));
        s.resume();
      });
    });
  });
  s.on('error', function (e) { events.push('error ' + e.code + ' ' + e.syscall); });
  s.on('end', function () { events.push('end'); });
  s.on('close', function () {
    console.log('closed while kept:', events.join(' | '), '| close', s.bytesRead);
    next();
  });
});

tests.push(function readMoreThanHighWaterMark() {
  var s = fs.createReadStream(p('data'));
  var got = [];
  s.on('readable', function () {
    var c;
    while ((c = s.read(100000)) !== null) got.push(c.length);
  });
  s.on('end', function () {
    console.log('read(100000)', sizes(got), s.bytesRead, s.readableHighWaterMark);
  });
  s.on('close', next);
});

tests.push(function readLessThanHighWaterMark() {
  var s = fs.createReadStream(p('data'), { start: 10 });
  var stock = s._read;
  s._read = function (n) { stock.call(this, n === 65536 ? 1000 : n); };
  var lens = [], bufs = [], paused = false;
  s.on('data', function (c) {
    lens.push(c.length);
    bufs.push(c);
    if (lens.length === 70 && !paused) {
      paused = true;
      s.pause();
      settle(s, function () { s.resume(); });
    }
  });
  s.on('end', function () {
    console.log('_read(1000)', sizes(lens), s.bytesRead, Buffer.concat(bufs).equals(data.slice(10)));
  });
  s.on('close', next);
});

tests.push(function directory() {
  var s = fs.createReadStream(dir);
  s.on('data', function () { console.log('directory: data?'); });
  s.on('error', function (e) { console.log('directory error', e.code, e.syscall); });
  s.on('close', next);
});

// A FIFO opened by path is not read ahead: a read ahead would wait for a
// writer, and destroy() for it.
tests.push(function fifo() {
  var f = p('fifo');
  require('child_process').execFileSync('mkfifo', [f]);
  var w = fs.openSync(f, 'r+'); // a writer that never closes: no EOF
  fs.writeSync(w, data.slice(0, K));
  var s = fs.createReadStream(f);
  s.on('data', function (c) {
    console.log('fifo data', c.length, s.bytesRead);
    s.destroy();
  });
  s.on('close', function () {
    console.log('fifo closed', s.destroyed);
    fs.closeSync(w);
    next();
  });
});

tests.push(function fdPassedIn() {
  var fd = fs.openSync(p('data'), 'r');
  var s = fs.createReadStream(null, { fd: fd });
  s.once('data', function (c) {
    s.pause();
    settle(s, function () {
      var b = Buffer.alloc(4);
      var n = fs.readSync(fd, b, 0, 4, null);
      console.log('fd position after', c.length, s.bytesRead, n, b.equals(data.slice(s.bytesRead, s.bytesRead + 4)));
      s.destroy();
    });
  });
  s.on('close', function () {
    console.log('fd closed', s.destroyed);
    next();
  });
});

next();

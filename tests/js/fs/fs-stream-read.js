// fs.createReadStream: events in order ('open', 'ready', data, 'end',
// 'close'), start/end (inclusive), highWaterMark chunking, encoding, an fd,
// autoClose false, emitClose false, errors, pending/bytesRead/path, and
// FileHandle.createReadStream.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-rs-'));
function p(name) { return path.join(dir, name); }
function rel(f) { return path.relative(dir, f); }

var data = Buffer.alloc(200000);
for (var i = 0; i < data.length; i++) data[i] = (i * 13) & 255;
data[0] = 0; data[1] = 0xff;
fs.writeFileSync(p('data'), data);
fs.writeFileSync(p('text'), 'h\u00e9llo w\u00f6rld\n');

var tests = [];
function next() {
  var t = tests.shift();
  if (t) t();
  else {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  }
}

tests.push(function basic() {
  var s = fs.createReadStream(p('data'));
  var chunks = [];
  console.log('pending', s.pending, rel(s.path), s.bytesRead, s.flags, s.mode, s.readableHighWaterMark);
  s.on('open', function (fd) { console.log('open', typeof fd, s.pending); });
  s.on('ready', function () { console.log('ready'); });
  s.on('data', function (c) { chunks.push(c.length); });
  s.on('end', function () {
    var all = Buffer.concat(bufs);
    console.log('end', chunks.join(','), s.bytesRead, all.equals(data));
  });
  var bufs = [];
  s.on('data', function (c) { bufs.push(c); });
  s.on('close', function () { console.log('close', s.destroyed, s.fd); next(); });
});

tests.push(function range() {
  var s = fs.createReadStream(p('data'), { start: 10, end: 19, highWaterMark: 4 });
  var out = [];
  s.on('data', function (c) { out.push(c.toString('hex')); });
  s.on('end', function () { console.log('range', out.join(' '), s.bytesRead, s.pos); });
  s.on('close', next);
});

tests.push(function startOnly() {
  var s = fs.createReadStream(p('data'), { start: 199990 });
  var out = [];
  s.on('data', function (c) { out.push(c); });
  s.on('end', function () { console.log('start only', Buffer.concat(out).toString('hex')); });
  s.on('close', next);
});

tests.push(function encoding() {
  var s = fs.createReadStream(p('text'), { encoding: 'utf8', highWaterMark: 3 });
  var out = [];
  s.on('data', function (c) { out.push(JSON.stringify(c)); });
  s.on('end', function () { console.log('utf8', out.join(' ')); });
  s.on('close', next);
});

tests.push(function setEnc() {
  var s = fs.createReadStream(p('text'), 'hex');
  s.on('data', function (c) { console.log('hex', c); });
  s.on('close', next);
});

tests.push(function byFd() {
  var fd = fs.openSync(p('text'), 'r');
  var s = fs.createReadStream(null, { fd: fd, autoClose: false, start: 1, end: 4 });
  s.on('open', function () { console.log('fd: open (never)'); });
  s.on('data', function (c) { console.log('fd data', c.toString(), s.pending); });
  s.on('end', function () { console.log('fd end', s.autoClose); });
  s.on('close', function () { console.log('fd close (never with autoClose false)'); });
  setTimeout(function () {
    console.log('fd still open', fs.fstatSync(fd).size);
    fs.closeSync(fd);
    next();
  }, 50);
});

tests.push(function noEmitClose() {
  var s = fs.createReadStream(p('text'), { emitClose: false });
  s.on('close', function () { console.log('no close (never)'); });
  s.on('end', function () { console.log('emitClose false: end'); setTimeout(next, 20); });
  s.resume();
});

tests.push(function missing() {
  var s = fs.createReadStream(p('nope'));
  s.on('open', function () { console.log('open (never)'); });
  s.on('error', function (e) { console.log('error', e.code, e.syscall, rel(e.path)); });
  s.on('close', function () { console.log('close after error', s.destroyed); next(); });
});

tests.push(function isDir() {
  var s = fs.createReadStream(dir);
  s.on('open', function () { console.log('dir open'); });
  s.on('error', function (e) { console.log('dir error', e.code, e.syscall, e.path); });
  s.on('close', function () { console.log('dir close', s.fd); next(); });
  s.resume();
});

tests.push(function destroyEarly() {
  var s = fs.createReadStream(p('data'));
  s.on('open', function () { console.log('early open'); });
  s.on('close', function () { console.log('early close', s.bytesRead); next(); });
  s.destroy();
});

tests.push(function closeMethod() {
  var s = fs.createReadStream(p('data'));
  s.once('data', function (c) {
    console.log('first chunk', c.length);
    s.close(function (err) { console.log('close cb', err && err.code); next(); });
  });
});

tests.push(function paused() {
  var s = fs.createReadStream(p('data'), { highWaterMark: 1000, end: 2499 });
  var got = [];
  s.on('readable', function () {
    var c;
    while ((c = s.read(700)) !== null) got.push(c.length);
  });
  s.on('end', function () { console.log('read(700)', got.join(',')); });
  s.on('close', next);
});

tests.push(function badArgs() {
  function t(f) {
    try { f(); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
  }
  t(function () { fs.createReadStream(p('x'), { start: -1 }); });
  t(function () { fs.createReadStream(p('x'), { start: 5, end: 2 }); });
  t(function () { fs.createReadStream(p('x'), { end: 'a' }); });
  t(function () { fs.createReadStream(42); });
  t(function () { fs.createReadStream(null, { fd: 'x' }); });
  console.log(fs.createReadStream(p('data')) instanceof fs.ReadStream, typeof fs.WriteStream);
  next();
});

tests.push(function fileHandle() {
  fs.promises.open(p('text')).then(function (fh) {
    var s = fh.createReadStream({ start: 6 });
    s.on('open', function () { console.log('fh open (never)'); });
    s.on('data', function (c) { console.log('fh data', JSON.stringify(c.toString())); });
    s.on('close', function () { console.log('fh close', fh.fd); next(); });
  });
});

next();

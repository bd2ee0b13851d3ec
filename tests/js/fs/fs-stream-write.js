// fs.createWriteStream: 'open'/'ready', write callbacks, 'drain', 'finish'
// then 'close', bytesWritten, flags 'a' and 'r+' with start, encodings,
// close(), fd and FileHandle forms, errors; then a read stream piped into a
// write stream (binary exact).
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-ws-'));
function p(name) { return path.join(dir, name); }
function rel(f) { return path.relative(dir, f); }

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
  var s = fs.createWriteStream(p('out'), { highWaterMark: 8 });
  console.log('pending', s.pending, rel(s.path), s.flags, s.mode, s.bytesWritten, s.writableHighWaterMark);
  s.on('open', function (fd) { console.log('open', typeof fd); });
  s.on('ready', function () { console.log('ready'); });
  s.on('drain', function () { console.log('drain'); });
  s.on('finish', function () { console.log('finish', s.bytesWritten); });
  s.on('close', function () {
    console.log('close', s.fd, fs.readFileSync(p('out')));
    next();
  });
  console.log('write 1', s.write('abc', function (err) { console.log('cb 1', err); }));
  console.log('write 2', s.write(Buffer.from([0, 255, 0, 128, 1, 2]), function (err) { console.log('cb 2', err); }));
  console.log('write 3', s.write('ff00', 'hex', function (err) { console.log('cb 3', err); }));
  s.end('!', function () { console.log('end cb'); });
});

tests.push(function append() {
  var s = fs.createWriteStream(p('out'), { flags: 'a', encoding: 'latin1' });
  s.end('\u00e9\u00ff');
  s.on('close', function () { console.log('append', fs.readFileSync(p('out')).toString('hex')); next(); });
});

tests.push(function start() {
  var s = fs.createWriteStream(p('out'), { flags: 'r+', start: 2 });
  s.write('XY');
  s.end('Z');
  s.on('finish', function () { console.log('start pos', s.pos, s.bytesWritten); });
  s.on('close', function () { console.log('start', fs.readFileSync(p('out'))); next(); });
});

tests.push(function closeMethod() {
  var s = fs.createWriteStream(p('c'));
  s.write('data');
  s.close(function (err) {
    console.log('close cb', err, fs.readFileSync(p('c'), 'utf8'), s.closed);
    s.close(function () { console.log('second close cb'); next(); });
  });
});

tests.push(function byFd() {
  var fd = fs.openSync(p('fd'), 'w');
  var s = fs.createWriteStream(null, { fd: fd, autoClose: false });
  s.on('open', function () { console.log('fd open (never)'); });
  s.on('close', function () { console.log('fd close (never)'); });
  s.end('by fd', function () {
    console.log('fd finish', s.fd === fd, s.bytesWritten);
    fs.closeSync(fd);
    console.log('fd content', fs.readFileSync(p('fd'), 'utf8'));
    next();
  });
});

tests.push(function missingDir() {
  var s = fs.createWriteStream(p('no/such/file'));
  s.on('error', function (e) { console.log('error', e.code, e.syscall, rel(e.path)); });
  s.on('close', function () { console.log('close after error'); next(); });
  s.write('x', function (err) { console.log('write cb', err && err.code); });
});

tests.push(function writeAfterEnd() {
  var s = fs.createWriteStream(p('e'));
  s.end('1');
  s.write('2', function (err) { console.log('write after end cb', err.code); });
  s.on('error', function (e) { console.log('error', e.code); });
  s.on('close', function () { console.log('wae close', fs.readFileSync(p('e'), 'utf8')); next(); });
});

tests.push(function fileHandle() {
  fs.promises.open(p('fh'), 'w').then(function (fh) {
    var s = fh.createWriteStream();
    s.on('close', function () {
      console.log('fh close', fh.fd, fs.readFileSync(p('fh'), 'utf8'));
      next();
    });
    s.end('handle');
  });
});

tests.push(function pipe() {
  var big = Buffer.alloc(300001);
  for (var i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 255;
  fs.writeFileSync(p('src'), big);
  var r = fs.createReadStream(p('src'));
  var w = fs.createWriteStream(p('dst'));
  // the two closes run in parallel on the pool: their relative order is
  // not fixed (in node either), so each stream's events are kept apart
  var rev = [], wev = [], closed = 0;
  r.on('open', function () { rev.push('open'); });
  r.on('end', function () { rev.push('end'); });
  r.on('close', function () { rev.push('close'); if (++closed === 2) done(); });
  w.on('open', function () { wev.push('open'); });
  w.on('finish', function () { wev.push('finish'); });
  w.on('close', function () { wev.push('close'); if (++closed === 2) done(); });
  function done() {
    console.log('pipe r:', rev.join(' '), 'w:', wev.join(' '), r.bytesRead, w.bytesWritten,
      fs.readFileSync(p('dst')).equals(big));
    next();
  }
  r.pipe(w);
});

tests.push(function pipeline() {
  require('stream').pipeline(fs.createReadStream(p('src'), { start: 5, end: 14 }),
    fs.createWriteStream(p('dst2')), function (err) {
      console.log('pipeline', err, fs.readFileSync(p('dst2')).toString('hex'));
      next();
    });
});

next();

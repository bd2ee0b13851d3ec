// The plain callback forms of stat/lstat/fstat/readFile (muk's fast paths)
// against the general ones: values, errors, encodings, Stats shape.
var fs = require('fs');
var path = require('path');
var os = require('os');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-fast-'));
function p(n) { return path.join(dir, n); }
fs.writeFileSync(p('a.txt'), 'h\u00e9llo\n');
fs.writeFileSync(p('empty'), '');
fs.writeFileSync(p('bin'), Buffer.from([0, 255, 10, 0xc0, 0x80]));
fs.symlinkSync('a.txt', p('link'));

function errInfo(e) { return e ? [e.code, e.errno, e.syscall, path.basename(e.path || ''), e.message.replace(dir, 'DIR')].join(' | ') : e; }
var steps = [], i = 0;
function step(name, fn) { steps.push([name, fn]); }
function next() {
  if (i === steps.length) { fs.rmSync(dir, { recursive: true }); return console.log('done'); }
  var s = steps[i++];
  s[1](function (err, v) {
    console.log(s[0], errInfo(err), v);
    next();
  });
}
function statShape(cb) {
  return function (err, st) {
    if (err) return cb(err);
    var keys = Object.keys(st).sort(); // mujs enumerates keys sorted
    cb(null, [keys.join(), st instanceof fs.Stats, st.isFile(), st.isDirectory(), st.isSymbolicLink(),
      st.size, st.mtime instanceof Date, st.mtime.getTime() === Math.round(st.mtimeMs),
      st.atime.getTime() === Math.round(st.atimeMs), typeof st.birthtimeMs, st.nlink,
      st.blocks >= 0, Object.getPrototypeOf(st) === fs.Stats.prototype].join(' '));
  };
}
step('stat', function (cb) { fs.stat(p('a.txt'), statShape(cb)); });
step('stat dir', function (cb) { fs.stat(dir, statShape(cb)); });
step('lstat link', function (cb) { fs.lstat(p('link'), statShape(cb)); });
step('stat link', function (cb) { fs.stat(p('link'), statShape(cb)); });
step('stat missing', function (cb) { fs.stat(p('nope'), cb); });
step('lstat missing', function (cb) { fs.lstat(p('nope'), cb); });
step('stat notdir', function (cb) { fs.stat(p('a.txt/x'), cb); });
step('stat options', function (cb) { fs.stat(p('a.txt'), {}, statShape(cb)); });
step('stat buffer path', function (cb) { fs.stat(Buffer.from(p('a.txt')), statShape(cb)); });
step('fstat', function (cb) {
  var fd = fs.openSync(p('a.txt'), 'r');
  fs.fstat(fd, function (e, st) { fs.closeSync(fd); statShape(cb)(e, st); });
});
step('fstat bad fd', function (cb) { fs.fstat(987654, cb); });
step('stat same as sync', function (cb) {
  fs.stat(p('a.txt'), function (e, st) {
    var s2 = fs.statSync(p('a.txt'));
    cb(e, JSON.stringify(st) === JSON.stringify(s2));
  });
});
step('readFile', function (cb) { fs.readFile(p('a.txt'), function (e, d) { cb(e, Buffer.isBuffer(d) && d.toString('hex')); }); });
step('readFile utf8', function (cb) { fs.readFile(p('a.txt'), 'utf8', cb); });
step('readFile UTF-8', function (cb) { fs.readFile(p('a.txt'), 'UTF-8', cb); });
step('readFile hex', function (cb) { fs.readFile(p('a.txt'), 'hex', cb); });
step('readFile base64', function (cb) { fs.readFile(p('bin'), 'base64', cb); });
step('readFile latin1', function (cb) { fs.readFile(p('bin'), 'latin1', function (e, d) { cb(e, d.length + ' ' + d.charCodeAt(1)); }); });
step('readFile bin utf8', function (cb) { fs.readFile(p('bin'), 'utf8', function (e, d) { cb(e, d.length + ' ' + d.charCodeAt(3)); }); });
step('readFile {encoding}', function (cb) { fs.readFile(p('a.txt'), { encoding: 'utf8' }, cb); });
step('readFile {}', function (cb) { fs.readFile(p('a.txt'), {}, function (e, d) { cb(e, Buffer.isBuffer(d) && d.length); }); });
step('readFile {encoding:null}', function (cb) { fs.readFile(p('a.txt'), { encoding: null }, function (e, d) { cb(e, Buffer.isBuffer(d) && d.length); }); });
step('readFile empty', function (cb) { fs.readFile(p('empty'), function (e, d) { cb(e, Buffer.isBuffer(d) && d.length); }); });
step('readFile empty utf8', function (cb) { fs.readFile(p('empty'), 'utf8', function (e, d) { cb(e, JSON.stringify(d)); }); });
step('readFile missing', function (cb) { fs.readFile(p('nope'), cb); });
step('readFile missing utf8', function (cb) { fs.readFile(p('nope'), 'utf8', cb); });
step('readFile dir', function (cb) { fs.readFile(dir, cb); });
step('readFile flag', function (cb) { fs.readFile(p('a.txt'), { flag: 'r', encoding: 'utf8' }, cb); });
step('readFile bad enc', function (cb) {
  try { fs.readFile(p('a.txt'), 'nope', cb); } catch (e) { cb(null, e.code); }
});
step('throws sync', function (cb) {
  var out = [];
  try { fs.stat(p('a.txt')); } catch (e) { out.push(e.code); }
  try { fs.stat(42, function () {}); } catch (e) { out.push(e.code); }
  try { fs.readFile(p('a.txt')); } catch (e) { out.push(e.code); }
  try { fs.readFile('a\u0000b', function () {}); } catch (e) { out.push(e.code); }
  try { fs.stat('a\u0000b', function () {}); } catch (e) { out.push(e.code); }
  cb(null, out.join());
});
// astral characters are CESU-8 inside mujs: these paths must reach the file system as UTF-8
step('setup astral', function (cb) { fs.writeFileSync(p('e\ud83d\ude00x'), 'emoji'); cb(null, 'ok'); });
step('stat astral', function (cb) { fs.stat(p('e\ud83d\ude00x'), function (e, st) { cb(e, st && st.size); }); });
step('readFile astral', function (cb) { fs.readFile(p('e\ud83d\ude00x'), 'utf8', cb); });
step('readFile astral buffer', function (cb) { fs.readFile(p('e\ud83d\ude00x'), function (e, d) { cb(e, d && d.length); }); });
step('stat astral missing', function (cb) { fs.stat(p('n\ud83d\ude00'), cb); });
step('readFile astral missing', function (cb) { fs.readFile(p('n\ud83d\ude00'), cb); });
step('stat BMP non-ASCII', function (cb) { fs.stat(p('h\ud55c\u00e9'), cb); });
step('route returns', function (cb) {
  cb(null, [fs.stat(p('a.txt'), function () {}), fs.readFile(p('a.txt'), 'utf8', function () {}),
    fs.stat.length, fs.lstat.length, fs.fstat.length, fs.readFile.length].join());
});
step('readFile options getters', function (cb) {
  var seen = [];
  var o = {};
  ['flag', 'signal', 'encoding'].forEach(function (k) {
    Object.defineProperty(o, k, { get: function () { seen.push(k); return k === 'encoding' ? 'hex' : undefined; } });
  });
  fs.readFile(p('a.txt'), o, function (e, d) { cb(e, d + ' ' + (seen.indexOf('encoding') >= 0)); });
});
step('readFile function options', function (cb) {
  var f = function () {};
  f.encoding = 'hex';
  try { fs.readFile(p('a.txt'), f, function (e, d) { cb(e, Buffer.isBuffer(d)); }); } catch (e) { cb(null, e.code); }
});
step('callback this', function (cb) { fs.stat(p('a.txt'), function () { cb(null, this === undefined || this === global); }); });
step('many in flight', function (cb) {
  var left = 100, sum = 0;
  for (var k = 0; k < 100; k++) {
    fs.readFile(p('a.txt'), function (e, d) {
      sum += d.length;
      if (--left === 0) cb(null, sum);
    });
  }
});
step('order', function (cb) {
  var out = [];
  fs.stat(p('a.txt'), function () { out.push('stat'); process.nextTick(function () { out.push('tick'); }); });
  setTimeout(function () { cb(null, out.join()); }, 50);
});
next();

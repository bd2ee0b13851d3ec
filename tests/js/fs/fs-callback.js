// fs callback forms: every function, in sequence, with results and errors.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-cb-'));
var owner = fs.statSync(dir);
function rel(s) { return typeof s === 'string' ? s.split(dir).join('<tmp>').replace(/t-[A-Za-z0-9]{6}/, 't-XXXXXX') : s; }
function p(name) { return path.join(dir, name); }
function fmtErr(e) {
  return [e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.dest), rel(e.message)].join(' | ');
}
function fmt(v) {
  if (v instanceof fs.Stats) return 'Stats(size=' + v.size + ',file=' + v.isFile() + ',dir=' + v.isDirectory() + ')';
  if (Array.isArray(v)) return '[' + v.map(function (x) { return x instanceof fs.Dirent ? rel(x.name) + ':' + x.isDirectory() : rel(x); }).join(',') + ']';
  return typeof v === 'string' ? JSON.stringify(rel(v)) : String(v);
}

var steps = [];
function step(label, fn) { steps.push([label, fn]); }
function next() {
  var s = steps.shift();
  if (!s) return;
  var sync = true;
  s[1](function (err) {
    var extra = Array.prototype.slice.call(arguments, 1).map(fmt).join(' ');
    console.log(s[0], sync ? '(sync!)' : '', err ? 'error ' + fmtErr(err) : 'ok ' + extra);
    next();
  });
  sync = false;
}

var fd;
step('writeFile', function (cb) { fs.writeFile(p('a.txt'), 'hello', cb); });
step('appendFile', function (cb) { fs.appendFile(p('a.txt'), ' world', 'utf8', cb); });
step('readFile', function (cb) { fs.readFile(p('a.txt'), 'utf8', cb); });
step('readFile opts', function (cb) { fs.readFile(p('a.txt'), { encoding: 'utf8' }, cb); });
step('readFile missing', function (cb) { fs.readFile(p('nope'), 'utf8', cb); });
step('readFile dir', function (cb) { fs.readFile(dir, 'utf8', cb); });
step('writeFile wx', function (cb) { fs.writeFile(p('a.txt'), 'x', { flag: 'wx' }, cb); });
step('stat', function (cb) { fs.stat(p('a.txt'), cb); });
step('stat missing', function (cb) { fs.stat(p('nope'), cb); });
step('lstat', function (cb) { fs.lstat(p('a.txt'), cb); });
step('access', function (cb) { fs.access(p('a.txt'), cb); });
step('access X_OK', function (cb) { fs.access(p('a.txt'), fs.constants.X_OK, cb); });
step('exists', function (cb) { fs.exists(p('a.txt'), function (e) { cb(null, e); }); });
step('exists missing', function (cb) { fs.exists(p('nope'), function (e) { cb(null, e); }); });
step('mkdir', function (cb) { fs.mkdir(p('d'), cb); });
step('mkdir exists', function (cb) { fs.mkdir(p('d'), cb); });
step('mkdir recursive', function (cb) { fs.mkdir(p('d/e/f'), { recursive: true }, cb); });
step('mkdir recursive none', function (cb) { fs.mkdir(p('d/e'), { recursive: true }, cb); });
step('mkdtemp', function (cb) { fs.mkdtemp(p('t-'), function (e, r) { cb(e, r && r.slice(0, r.length - 6)); }); });
step('readdir', function (cb) { fs.readdir(dir, cb); });
step('readdir types', function (cb) { fs.readdir(dir, { withFileTypes: true }, cb); });
step('readdir missing', function (cb) { fs.readdir(p('nope'), cb); });
step('rmdir not empty', function (cb) { fs.rmdir(p('d'), cb); });
step('rm dir', function (cb) { fs.rm(p('d'), cb); });
step('rm recursive', function (cb) { fs.rm(p('d'), { recursive: true }, cb); });
step('rm force', function (cb) { fs.rm(p('d'), { force: true }, cb); });
step('symlink', function (cb) { fs.symlink('a.txt', p('l'), cb); });
step('symlink exists', function (cb) { fs.symlink('a.txt', p('l'), cb); });
step('readlink', function (cb) { fs.readlink(p('l'), cb); });
step('realpath', function (cb) { fs.realpath(p('l'), cb); });
step('realpath missing', function (cb) { fs.realpath(p('nope'), cb); });
step('realpath.native missing', function (cb) { fs.realpath.native(p('nope'), cb); });
step('link', function (cb) { fs.link(p('a.txt'), p('h'), cb); });
step('link exists', function (cb) { fs.link(p('a.txt'), p('h'), cb); });
step('unlink', function (cb) { fs.unlink(p('h'), cb); });
step('unlink missing', function (cb) { fs.unlink(p('h'), cb); });
step('rename', function (cb) { fs.rename(p('l'), p('l2'), cb); });
step('rename missing', function (cb) { fs.rename(p('l'), p('l3'), cb); });
step('copyFile', function (cb) { fs.copyFile(p('a.txt'), p('c.txt'), cb); });
step('copyFile excl', function (cb) { fs.copyFile(p('a.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL, cb); });
step('chmod', function (cb) { fs.chmod(p('c.txt'), 384, cb); });
step('chmod check', function (cb) { fs.stat(p('c.txt'), function (e, s) { cb(e, (s.mode & 511).toString(8)); }); });
step('chown', function (cb) { fs.chown(p('c.txt'), owner.uid, owner.gid, cb); });
step('lchown', function (cb) { fs.lchown(p('l2'), owner.uid, owner.gid, cb); });
step('truncate', function (cb) { fs.truncate(p('c.txt'), 2, cb); });
step('truncate check', function (cb) { fs.readFile(p('c.txt'), 'utf8', cb); });
step('truncate missing', function (cb) { fs.truncate(p('nope'), cb); });
step('utimes', function (cb) { fs.utimes(p('c.txt'), 100, 200, cb); });
step('utimes check', function (cb) { fs.stat(p('c.txt'), function (e, s) { cb(e, s.mtimeMs, s.atime.toISOString()); }); });
step('lutimes', function (cb) { fs.lutimes(p('l2'), 300, 400, cb); });
step('open', function (cb) { fs.open(p('f.txt'), 'w+', function (e, f) { fd = f; cb(e, typeof f); }); });
step('write', function (cb) { fs.write(fd, 'abcdef', cb); });
step('write position', function (cb) { fs.write(fd, 'Z', 0, cb); });
step('fstat', function (cb) { fs.fstat(fd, cb); });
step('fsync', function (cb) { fs.fsync(fd, cb); });
step('fdatasync', function (cb) { fs.fdatasync(fd, cb); });
step('fchmod', function (cb) { fs.fchmod(fd, 420, cb); });
step('fchown', function (cb) { fs.fchown(fd, owner.uid, owner.gid, cb); });
step('futimes', function (cb) { fs.futimes(fd, 1, 2, cb); });
step('ftruncate', function (cb) { fs.ftruncate(fd, 4, cb); });
step('close', function (cb) { fs.close(fd, cb); });
step('close again', function (cb) { fs.close(fd, cb); });
step('readFile f', function (cb) { fs.readFile(p('f.txt'), 'utf8', cb); });
step('open missing', function (cb) { fs.open(p('nope'), cb); });
step('open dir w', function (cb) { fs.open(dir, 'w', cb); });
step('cleanup', function (cb) { fs.rm(dir, { recursive: true }, function (e) { cb(e, fs.existsSync(dir)); }); });

console.log('start');
next();
console.log('queued');

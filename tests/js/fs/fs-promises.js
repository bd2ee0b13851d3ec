// fs.promises and FileHandle: results and rejections, in order.
var fs = require('fs');
var fsp = require('fs/promises');
var path = require('path');
var os = require('os');

console.log('same object', fsp === fs.promises);
var dir, owner;
function rel(s) { return typeof s === 'string' ? s.split(dir).join('<tmp>') : s; }
function p(name) { return path.join(dir, name); }
function fmt(v) {
  if (v instanceof fs.Stats) return 'Stats(size=' + v.size + ',file=' + v.isFile() + ',dir=' + v.isDirectory() + ')';
  if (Array.isArray(v)) return '[' + v.map(function (x) { return x instanceof fs.Dirent ? x.name + ':' + x.isFile() : rel(x); }).join(',') + ']';
  if (v && typeof v === 'object' && 'bytesWritten' in v) return 'bytesWritten=' + v.bytesWritten + ' buffer=' + v.buffer;
  return typeof v === 'string' ? JSON.stringify(rel(v)) : String(v);
}
var chain = Promise.resolve();
function step(label, fn) {
  chain = chain.then(function () {
    var r = fn();
    if (!(r instanceof Promise)) console.log(label, 'NOT A PROMISE');
    return r.then(function (v) { console.log(label, 'ok', fmt(v)); }, function (e) {
      console.log(label, 'rejected', e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.dest), rel(e.message));
    });
  });
}

step('mkdtemp', function () {
  return fsp.mkdtemp(path.join(os.tmpdir(), 'muk-fs-p-')).then(function (d) {
    dir = d;
    return fsp.stat(d).then(function (s) { owner = s; return path.basename(d).slice(0, 9); });
  });
});
step('writeFile', function () { return fsp.writeFile(p('a.txt'), 'hello'); });
step('appendFile', function () { return fsp.appendFile(p('a.txt'), '!'); });
step('readFile', function () { return fsp.readFile(p('a.txt'), 'utf8'); });
step('readFile missing', function () { return fsp.readFile(p('nope'), { encoding: 'utf8' }); });
step('readFile bad path', function () { return fsp.readFile(42); });
step('stat', function () { return fsp.stat(p('a.txt')); });
step('lstat missing', function () { return fsp.lstat(p('nope')); });
step('access', function () { return fsp.access(p('a.txt'), fs.constants.R_OK); });
step('access X_OK', function () { return fsp.access(p('a.txt'), fs.constants.X_OK); });
step('mkdir recursive', function () { return fsp.mkdir(p('x/y'), { recursive: true }); });
step('mkdir exists', function () { return fsp.mkdir(p('x')); });
step('readdir', function () { return fsp.readdir(dir); });
step('readdir types', function () { return fsp.readdir(dir, { withFileTypes: true }); });
step('rmdir not empty', function () { return fsp.rmdir(p('x')); });
step('rm recursive', function () { return fsp.rm(p('x'), { recursive: true }); });
step('rm missing', function () { return fsp.rm(p('x')); });
step('symlink', function () { return fsp.symlink('a.txt', p('l')); });
step('readlink', function () { return fsp.readlink(p('l')); });
step('realpath', function () { return fsp.realpath(p('l')); });
step('realpath missing', function () { return fsp.realpath(p('nope')); });
step('link', function () { return fsp.link(p('a.txt'), p('h')); });
step('rename', function () { return fsp.rename(p('h'), p('h2')); });
step('rename missing', function () { return fsp.rename(p('h'), p('h3')); });
step('unlink', function () { return fsp.unlink(p('h2')); });
step('copyFile', function () { return fsp.copyFile(p('a.txt'), p('c.txt')); });
step('copyFile excl', function () { return fsp.copyFile(p('a.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL); });
step('chmod', function () { return fsp.chmod(p('c.txt'), 256); });
step('chown', function () { return fsp.chown(p('c.txt'), owner.uid, owner.gid); });
step('lchown', function () { return fsp.lchown(p('l'), owner.uid, owner.gid); });
step('truncate', function () { return fsp.truncate(p('c.txt'), 3); });
step('utimes', function () { return fsp.utimes(p('c.txt'), 10, 20); });
step('lutimes', function () { return fsp.lutimes(p('l'), 10, 20); });
step('check', function () { return fsp.stat(p('c.txt')).then(function (s) { return (s.mode & 511).toString(8) + ' ' + s.size + ' ' + s.mtimeMs; }); });

var fh;
step('open', function () { return fsp.open(p('f.txt'), 'w+').then(function (h) { fh = h; return typeof h.fd + ' ' + typeof h.close; }); });
step('fh.write', function () { return fh.write('hello world'); });
step('fh.write position', function () { return fh.write('J', 0); });
step('fh.stat', function () { return fh.stat(); });
step('fh.writeFile', function () { return fh.writeFile('++'); });
step('fh.readFile at end', function () { return fh.readFile('utf8'); });
step('fh.truncate', function () { return fh.truncate(5); });
step('fh.sync', function () { return fh.sync(); });
step('fh.datasync', function () { return fh.datasync(); });
step('fh.chmod', function () { return fh.chmod(384); });
step('fh.utimes', function () { return fh.utimes(1, 2); });
step('fh.close', function () { return fh.close(); });
step('fd after close', function () { return Promise.resolve(fh.fd); });
step('readFile f', function () { return fsp.readFile(p('f.txt'), 'utf8'); });
step('open r', function () { return fsp.open(p('f.txt')).then(function (h) { fh = h; return 'opened'; }); });
step('fh.readFile', function () { return fh.readFile('utf8'); });
step('fh.close', function () { return fh.close(); });
step('open missing', function () { return fsp.open(p('nope'), 'r'); });
step('open dir w', function () { return fsp.open(dir, 'w'); });
step('cleanup', function () { return fsp.rm(dir, { recursive: true }).then(function () { return fs.existsSync(dir); }); });

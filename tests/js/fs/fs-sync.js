// fs *Sync forms: every function, results and errors (paths relative to a
// temp dir made by the test).
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-sync-'));
var owner = fs.statSync(dir);
function rel(s) { return typeof s === 'string' ? s.split(dir).join('<tmp>') : s; }
function p(name) { return path.join(dir, name); }
function show(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', typeof r === 'string' ? rel(r) : r);
  } catch (e) {
    console.log(label, 'error', e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.dest), rel(e.message));
  }
}

console.log('mkdtemp', path.basename(dir).slice(0, 12), path.basename(dir).length);
show('writeFile', function () { return fs.writeFileSync(p('a.txt'), 'hello'); });
show('appendFile', function () { return fs.appendFileSync(p('a.txt'), ' world\n'); });
show('readFile', function () { return fs.readFileSync(p('a.txt'), 'utf8'); });
show('readFile opts', function () { return fs.readFileSync(p('a.txt'), { encoding: 'utf8', flag: 'r' }); });
show('writeFile wx exists', function () { return fs.writeFileSync(p('a.txt'), 'x', { flag: 'wx' }); });
show('writeFile mode', function () { fs.writeFileSync(p('m.txt'), 'm', { mode: 384 }); return (fs.statSync(p('m.txt')).mode & 511).toString(8); });
show('readFile missing', function () { return fs.readFileSync(p('nope')); });
show('readFile dir', function () { return fs.readFileSync(dir); });
show('writeFile dir', function () { return fs.writeFileSync(dir, 'x'); });
show('writeFile in file', function () { return fs.writeFileSync(p('a.txt/x'), 'x'); });

var st = fs.statSync(p('a.txt'));
console.log('stat', st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(),
  st.isBlockDevice(), st.isCharacterDevice(), st.nlink, (st.mode & 511).toString(8), st.uid === owner.uid);
console.log('stat fields', ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].map(function (k) { return typeof st[k]; }).join(','));
console.log('stat dates', st.mtime instanceof Date, st.mtime.getTime() === Math.round(st.mtimeMs),
  st.atime instanceof Date, st.ctime instanceof Date, st.birthtime instanceof Date, st instanceof fs.Stats);
console.log('stat dir', fs.statSync(dir).isDirectory());
show('stat missing', function () { return fs.statSync(p('nope')); });
show('lstat missing', function () { return fs.lstatSync(p('nope')); });

show('symlink', function () { return fs.symlinkSync('a.txt', p('link')); });
show('symlink exists', function () { return fs.symlinkSync('a.txt', p('link')); });
console.log('lstat link', fs.lstatSync(p('link')).isSymbolicLink(), fs.statSync(p('link')).isSymbolicLink());
show('readlink', function () { return fs.readlinkSync(p('link')); });
show('readlink file', function () { return fs.readlinkSync(p('a.txt')); });
show('realpath', function () { return fs.realpathSync(p('link')); });
show('realpath.native', function () { return fs.realpathSync.native(p('link')); });
show('realpath missing', function () { return fs.realpathSync(p('nope')); });
show('realpath.native missing', function () { return fs.realpathSync.native(p('nope')); });
show('link', function () { return fs.linkSync(p('a.txt'), p('hard.txt')); });
console.log('nlink', fs.statSync(p('a.txt')).nlink);
show('link exists', function () { return fs.linkSync(p('a.txt'), p('hard.txt')); });
show('link missing', function () { return fs.linkSync(p('nope'), p('x')); });

show('access', function () { return fs.accessSync(p('a.txt')); });
show('access R_OK|W_OK', function () { return fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK); });
show('access X_OK', function () { return fs.accessSync(p('a.txt'), fs.constants.X_OK); });
show('access missing', function () { return fs.accessSync(p('nope')); });
console.log('exists', fs.existsSync(p('a.txt')), fs.existsSync(p('nope')), fs.existsSync(), fs.existsSync(42));

show('mkdir', function () { return fs.mkdirSync(p('d')); });
show('mkdir exists', function () { return fs.mkdirSync(p('d')); });
show('mkdir recursive', function () { return fs.mkdirSync(p('d/e/f/g'), { recursive: true }); });
show('mkdir recursive again', function () { return fs.mkdirSync(p('d/e/f/g'), { recursive: true }); });
show('mkdir recursive over file', function () { return fs.mkdirSync(p('a.txt'), { recursive: true }); });
show('mkdir recursive under file', function () { return fs.mkdirSync(p('a.txt/x/y'), { recursive: true }); });
show('mkdir missing parent', function () { return fs.mkdirSync(p('x/y')); });
show('mkdir mode', function () { fs.mkdirSync(p('md'), 448); return (fs.statSync(p('md')).mode & 511).toString(8); });
show('mkdtemp missing', function () { return fs.mkdtempSync(p('nope/x-')); });

fs.writeFileSync(p('d/file'), '');
show('readdir', function () { return fs.readdirSync(dir).join(','); });
show('readdir types', function () {
  return fs.readdirSync(dir, { withFileTypes: true }).map(function (d) {
    return d.name + ':' + (d.isFile() ? 'f' : '') + (d.isDirectory() ? 'd' : '') + (d.isSymbolicLink() ? 'l' : '') +
      (d instanceof fs.Dirent ? '' : '?') + (d.path === dir ? '' : '!') + (d.parentPath === dir ? '' : '!');
  }).join(' ');
});
show('readdir empty', function () { return fs.readdirSync(p('md')).length; });
show('readdir missing', function () { return fs.readdirSync(p('nope')); });
show('readdir file', function () { return fs.readdirSync(p('a.txt')); });

show('rmdir not empty', function () { return fs.rmdirSync(p('d')); });
show('rmdir file', function () { return fs.rmdirSync(p('a.txt')); });
show('rmdir', function () { return fs.rmdirSync(p('md')); });
show('rmdir missing', function () { return fs.rmdirSync(p('md')); });
show('rm dir', function () { return fs.rmSync(p('d')); });
show('rm missing', function () { return fs.rmSync(p('nope')); });
show('rm missing force', function () { return fs.rmSync(p('nope'), { force: true }); });
show('rm recursive', function () { return fs.rmSync(p('d'), { recursive: true }); });
console.log('rm gone', fs.existsSync(p('d')));
show('unlink', function () { return fs.unlinkSync(p('hard.txt')); });
show('unlink missing', function () { return fs.unlinkSync(p('hard.txt')); });
show('unlink dir', function () { fs.mkdirSync(p('u')); return fs.unlinkSync(p('u')); });

show('rename', function () { return fs.renameSync(p('m.txt'), p('n.txt')); });
show('rename missing', function () { return fs.renameSync(p('m.txt'), p('o.txt')); });
show('rename dir over nonempty', function () { fs.mkdirSync(p('u/v'), { recursive: true }); fs.mkdirSync(p('w')); return fs.renameSync(p('w'), p('u')); });
show('copyFile', function () { fs.copyFileSync(p('a.txt'), p('c.txt')); return fs.readFileSync(p('c.txt'), 'utf8'); });
show('copyFile excl', function () { return fs.copyFileSync(p('a.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL); });
show('copyFile missing', function () { return fs.copyFileSync(p('nope'), p('c.txt')); });

show('chmod', function () { fs.chmodSync(p('c.txt'), 420); return (fs.statSync(p('c.txt')).mode & 511).toString(8); });
show('chmod string', function () { fs.chmodSync(p('c.txt'), '755'); return (fs.statSync(p('c.txt')).mode & 511).toString(8); });
show('chmod missing', function () { return fs.chmodSync(p('nope'), 420); });
show('chown', function () { return fs.chownSync(p('c.txt'), owner.uid, owner.gid); });
show('chown missing', function () { return fs.chownSync(p('nope'), 0, 0); });
show('lchown', function () { return fs.lchownSync(p('link'), owner.uid, owner.gid); });
show('truncate', function () { fs.truncateSync(p('c.txt'), 4); return fs.readFileSync(p('c.txt'), 'utf8'); });
show('truncate 0', function () { fs.truncateSync(p('c.txt')); return fs.statSync(p('c.txt')).size; });
show('truncate missing', function () { return fs.truncateSync(p('nope'), 1); });
show('truncate dir', function () { return fs.truncateSync(dir, 1); });
show('utimes', function () {
  fs.utimesSync(p('c.txt'), 1000, new Date(2000000));
  var s = fs.statSync(p('c.txt'));
  return s.atimeMs + ' ' + s.mtimeMs + ' ' + s.mtime.toISOString();
});
show('utimes string', function () { fs.utimesSync(p('c.txt'), '1500', '2500.5'); return fs.statSync(p('c.txt')).mtimeMs; });
show('utimes missing', function () { return fs.utimesSync(p('nope'), 1, 1); });
show('lutimes', function () { fs.lutimesSync(p('link'), 5, 6); return fs.lstatSync(p('link')).mtimeMs; });

// fd operations
var fd = fs.openSync(p('f.txt'), 'w+');
console.log('open fd', typeof fd, fd > 2);
show('writeSync string', function () { return fs.writeSync(fd, 'abcdef'); });
show('writeSync position', function () { return fs.writeSync(fd, 'XY', 1); });
show('writeSync utf8', function () { return fs.writeSync(fd, '\u00e9t\u00e9'); });
show('fstat size', function () { return fs.fstatSync(fd).size; });
show('fstat isFile', function () { return fs.fstatSync(fd).isFile(); });
show('fsync', function () { return fs.fsyncSync(fd); });
show('fdatasync', function () { return fs.fdatasyncSync(fd); });
show('fchmod', function () { fs.fchmodSync(fd, 416); return (fs.fstatSync(fd).mode & 511).toString(8); });
show('fchown', function () { return fs.fchownSync(fd, owner.uid, owner.gid); });
show('futimes', function () { fs.futimesSync(fd, 7, 8.5); return fs.fstatSync(fd).mtimeMs; });
show('ftruncate', function () { fs.ftruncateSync(fd, 3); return fs.fstatSync(fd).size; });
show('readFile fd', function () { return fs.readFileSync(fd, 'utf8'); });
show('close', function () { return fs.closeSync(fd); });
show('close again', function () { return fs.closeSync(fd); });
show('fstat closed', function () { return fs.fstatSync(fd); });
show('readFile after', function () { return fs.readFileSync(p('f.txt'), 'utf8'); });
var fa = fs.openSync(p('f.txt'), 'a');
fs.writeSync(fa, 'zz');
fs.closeSync(fa);
show('open a', function () { return fs.readFileSync(p('f.txt'), 'utf8'); });
show('open r+', function () { var f = fs.openSync(p('f.txt'), 'r+'); fs.writeSync(f, 'Q'); fs.closeSync(f); return fs.readFileSync(p('f.txt'), 'utf8'); });
show('open wx exists', function () { return fs.openSync(p('f.txt'), 'wx'); });
show('open missing', function () { return fs.openSync(p('nope'), 'r'); });
show('open dir for writing', function () { return fs.openSync(dir, 'w'); });
show('open numeric flags', function () { var f = fs.openSync(p('f.txt'), fs.constants.O_RDONLY); fs.closeSync(f); return 'closed'; });
show('open bad flags', function () { return fs.openSync(p('f.txt'), 'bogus'); });

fs.rmSync(dir, { recursive: true, force: true });
console.log('cleanup', fs.existsSync(dir));

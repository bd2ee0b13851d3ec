// Symlinks cannot lead out of an allowed root: muk resolves every path
// through its symlinks before it checks it (a path that does not exist
// yet: through its deepest existing parent, following a dangling link as
// open(O_CREAT) would). Node 20 does not (it checks the path as written:
// reading root/out below succeeds there), so this output is muk's own,
// and each line states what is expected. Reads are allowed under
// {tmp}/root, writes under {tmp}/root and {tmp}/stage.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = process.argv[2];
var root = tmp + '/root', stage = tmp + '/stage';

function denied(what, f, permission, resource) {
  try {
    f();
  } catch (e) {
    assert.strictEqual(e.code, 'ERR_ACCESS_DENIED', what + ': ' + e.message);
    assert.strictEqual(e.permission, permission, what);
    assert.strictEqual(e.resource, resource, what);
    console.log('denied', what);
    return;
  }
  assert.fail(what + ' was allowed');
}
function allowed(what, f) {
  var v = f();
  console.log('allowed', what, v === undefined ? '' : v);
}

fs.mkdirSync(root);
fs.mkdirSync(stage);
fs.writeFileSync(root + '/file.txt', 'inside');
fs.writeFileSync(stage + '/secret.txt', 'secret');
denied('reading the staged file directly', function () { fs.readFileSync(stage + '/secret.txt'); },
  'FileSystemRead', stage + '/secret.txt');

fs.symlinkSync(stage + '/secret.txt', root + '/out');
fs.symlinkSync('file.txt', root + '/in');
fs.symlinkSync(stage, root + '/dirlink');
fs.symlinkSync(tmp + '/elsewhere/new.txt', root + '/dangling');
fs.symlinkSync('../stage/new.txt', root + '/dangling-rel');

denied('reading through a symlink that points outside', function () { fs.readFileSync(root + '/out'); },
  'FileSystemRead', root + '/out');
denied('stat through it', function () { fs.statSync(root + '/out'); }, 'FileSystemRead', root + '/out');
denied('opening it', function () { fs.openSync(root + '/out', 'r'); }, 'FileSystemRead', root + '/out');
denied('reading through a directory link', function () { fs.readFileSync(root + '/dirlink/secret.txt'); },
  'FileSystemRead', root + '/dirlink/secret.txt');
denied('listing through a directory link', function () { fs.readdirSync(root + '/dirlink'); },
  'FileSystemRead', root + '/dirlink');
denied('writing through a dangling link to outside', function () { fs.writeFileSync(root + '/dangling', 'x'); },
  'FileSystemWrite', root + '/dangling');
assert.strictEqual(process.permission.has('fs.read', root + '/out'), false);
assert.strictEqual(process.permission.has('fs.write', root + '/dangling'), false);
console.log('has() agrees');

allowed('reading through a symlink that points inside', function () { return fs.readFileSync(root + '/in', 'utf8'); });
allowed('.. after a directory link is the link target\'s parent',
  function () { return fs.readFileSync(root + '/dirlink/../root/file.txt', 'utf8'); });
allowed('lstat of the outside link itself (it is inside)', function () { return fs.lstatSync(root + '/out').isSymbolicLink(); });
allowed('a new file under the root', function () { fs.writeFileSync(root + '/fresh.txt', 'f'); });
allowed('new directories under the root', function () { fs.mkdirSync(root + '/a/b/c', { recursive: true }); });
denied('a new file whose path leaves the root with ..', function () { fs.writeFileSync(root + '/a/b/../../../x.txt', 'f'); },
  'FileSystemWrite', root + '/a/b/../../../x.txt');
// reading it is denied, writing the staged area through a dangling link
// is allowed: both roots are writable, only root is readable
allowed('writing through a dangling relative link into stage', function () { fs.writeFileSync(root + '/dangling-rel', 'n'); });
denied('but reading it back', function () { fs.readFileSync(root + '/dangling-rel'); },
  'FileSystemRead', root + '/dangling-rel');
// calls that act on a link itself check the link, not its target
allowed('unlinking the outside link itself', function () { fs.unlinkSync(root + '/out'); });
fs.symlinkSync(root + '/file.txt', stage + '/to-root');
allowed('reading through a link outside that points inside', function () { return fs.readFileSync(stage + '/to-root', 'utf8'); });
denied('lstat of that link (it is outside)', function () { fs.lstatSync(stage + '/to-root'); },
  'FileSystemRead', stage + '/to-root');
denied('readlink of it', function () { fs.readlinkSync(stage + '/to-root'); }, 'FileSystemRead', stage + '/to-root');
denied('renaming a link into a place not writable', function () { fs.renameSync(root + '/in', tmp + '/in'); },
  'FileSystemWrite', tmp + '/in');

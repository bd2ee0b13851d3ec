// Node 20's permission model on fs: with --allow-fs-read and
// --allow-fs-write of {tmp} (and reading this file), every path argument is checked against read or
// write by the op (open's flags decide), in the sync, callback and promise
// forms, `..` cannot leave a root, a file that does not exist yet under the
// write root may be created, and the error is ERR_ACCESS_DENIED with
// permission and resource (the path as given). Recorded from node 20 with
// the flags in fs-deny.flags. The steps run one after another: node 20
// calls a denied callback synchronously, muk from the service's reply.
'use strict';
var fs = require('fs');
var path = require('path');
var tmp = process.argv[2];

function show(what, e) {
  if (!e) { console.log(what, 'ok'); return; }
  console.log(what, e.code, e.message, e.permission,
    typeof e.resource === 'string' ? e.resource.split(tmp).join('TMP') : e.resource,
    Object.keys(e).join(','));
}
function sync(what, f) {
  try { var v = f(); console.log(what, 'ok', v === undefined ? '' : v); } catch (e) { show(what, e); }
}

sync('mkdir under write root', function () { fs.mkdirSync(tmp + '/w'); });
sync('mkdir nested new dirs', function () { fs.mkdirSync(tmp + '/n/e/w', { recursive: true }); });
sync('write new file under write root', function () { fs.writeFileSync(tmp + '/w/new.txt', 'hello'); });
sync('read it back', function () { return fs.readFileSync(tmp + '/w/new.txt', 'utf8'); });
sync('write outside the write root', function () { fs.writeFileSync(tmp + '/../muk-permission-x.txt', 'x'); });
sync('write escaping with ..', function () { fs.writeFileSync(tmp + '/w/../../muk-permission-x.txt', 'x'); });
sync('read escaping with ..', function () { fs.readFileSync(tmp + '/w/../../muk-permission-outside'); });
sync('read .. that stays inside', function () { return fs.readFileSync(tmp + '/w/../w/new.txt', 'utf8'); });
sync('read relative, not allowed', function () { fs.readFileSync('not-allowed.txt'); });
sync('open r', function () { fs.closeSync(fs.openSync(tmp + '/w/new.txt', 'r')); });
fs.writeFileSync(tmp + '/w/ro.txt', 'ro');
sync('open r+ inside', function () { fs.closeSync(fs.openSync(tmp + '/w/ro.txt', 'r+')); });
sync('open r+ of a read-only file', function () { fs.openSync('fs-deny.js', 'r+'); });
sync('open w outside', function () { fs.openSync(tmp + '/../muk-permission-o.txt', 'w'); });
sync('open a outside', function () { fs.openSync(tmp + '/../muk-permission-o.txt', 'a'); });
sync('open r+ outside read', function () { fs.openSync('/muk-permission-none', 'r+'); });
sync('stat outside', function () { fs.statSync('/'); });
sync('lstat outside', function () { fs.lstatSync('/'); });
sync('readdir outside', function () { fs.readdirSync('/'); });
sync('access outside', function () { fs.accessSync('/'); });
sync('readlink outside', function () { fs.readlinkSync('/muk-permission-none'); });
sync('existsSync outside', function () { return fs.existsSync('/'); });
sync('existsSync inside', function () { return fs.existsSync(tmp + '/w/ro.txt'); });
sync('copyFile to outside', function () { fs.copyFileSync(tmp + '/w/ro.txt', tmp + '/../muk-permission-c.txt'); });
sync('copyFile inside', function () { fs.copyFileSync(tmp + '/w/ro.txt', tmp + '/w/c.txt'); });
sync('rename to outside', function () { fs.renameSync(tmp + '/w/c.txt', tmp + '/../muk-permission-c.txt'); });
sync('link to outside', function () { fs.linkSync(tmp + '/w/c.txt', tmp + '/../muk-permission-l.txt'); });
sync('chmod outside', function () { fs.chmodSync(tmp + '/..', 493); });
sync('utimes outside', function () { fs.utimesSync(tmp + '/..', 1, 1); });
sync('truncate outside', function () { fs.truncateSync(tmp + '/../muk-permission-t.txt', 0); });
sync('unlink outside', function () { fs.unlinkSync(tmp + '/../muk-permission-t.txt'); });
sync('rmdir outside', function () { fs.rmdirSync(tmp + '/../muk-permission-d'); });
sync('mkdtemp outside', function () { fs.mkdtempSync(tmp + '/../muk-permission-d-'); });
sync('appendFile outside', function () { fs.appendFileSync(tmp + '/../muk-permission-t.txt', 'x'); });
sync('rm inside', function () { fs.rmSync(tmp + '/w/c.txt'); });
sync('fd ops on an allowed fd', function () {
  var fd = fs.openSync(tmp + '/w/ro.txt', 'r+');
  fs.writeSync(fd, 'RO');
  fs.fstatSync(fd);
  fs.closeSync(fd);
  return fs.readFileSync(tmp + '/w/ro.txt', 'utf8');
});

var steps = [
  function (next) { fs.readFile(tmp + '/../muk-permission-outside', function (e) { show('cb readFile', e); next(); }); },
  function (next) { fs.writeFile(tmp + '/../muk-permission-x.txt', 'x', function (e) { show('cb writeFile', e); next(); }); },
  function (next) { fs.stat('/', function (e) { show('cb stat', e); next(); }); },
  function (next) { fs.open(tmp + '/../muk-permission-x.txt', 'w', function (e) { show('cb open', e); next(); }); },
  function (next) { fs.unlink(tmp + '/../muk-permission-d', function (e) { show('cb unlink', e); next(); }); },
  function (next) { fs.readdir(tmp + '/w', function (e, names) { show('cb readdir inside', e); console.log(names.sort().join(',')); next(); }); },
  function (next) { fs.promises.readFile('/muk-permission-none').then(null, function (e) { show('promise readFile', e); next(); }); },
  function (next) { fs.promises.writeFile(tmp + '/../muk-permission-x.txt', 'x').then(null, function (e) { show('promise writeFile', e); next(); }); },
  function (next) { fs.promises.open(tmp + '/../muk-permission-x.txt', 'a').then(null, function (e) { show('promise open', e); next(); }); },
  function (next) { fs.promises.stat('/').then(null, function (e) { show('promise stat', e); next(); }); },
  function (next) { fs.promises.writeFile(tmp + '/w/p.txt', 'p').then(function () { show('promise writeFile inside'); next(); }); }
];
function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); }
run(0);

// Stats from the callback forms (muk builds them natively, the first one
// through the engine's API and the later ones from its recorded shape):
// own keys, descriptors, Dates, and that each one behaves as an ordinary
// object when changed (add, delete, redefine, freeze), compared with node.
var fs = require('fs');
var path = require('path');
var os = require('os');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-stats-'));
var N = 40;
for (var i = 0; i < N; i++) fs.writeFileSync(path.join(dir, 'f' + i), new Array(i + 2).join('x'));

function sortedKeys(o) { return Object.keys(o).sort().join(); }
function desc(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  return d ? [k, typeof d.value, d.writable, d.enumerable, d.configurable, 'get' in d].join(':') : k + ':none';
}

var all = [], left = N;
for (var j = 0; j < N; j++) {
  (function (j) {
    fs.stat(path.join(dir, 'f' + j), function (err, st) {
      if (err) throw err;
      all[j] = st;
      if (--left === 0) check();
    });
  })(j);
}

function check() {
  var same = 0, sizes = [];
  for (var i = 0; i < N; i++) {
    var s2 = fs.statSync(path.join(dir, 'f' + i));
    if (JSON.stringify(all[i]) === JSON.stringify(s2)) same++;
    sizes.push(all[i].size);
  }
  console.log('same as statSync', same, 'of', N);
  console.log('sizes', sizes.join());
  var a = all[1], b = all[2], c = all[3];
  console.log('keys', Object.keys(a).length, sortedKeys(a));
  console.log('names', Object.getOwnPropertyNames(a).sort().join());
  ['dev', 'size', 'atimeMs', 'mtime', 'birthtime'].forEach(function (k) { console.log(desc(a, k)); });
  console.log('proto', Object.getPrototypeOf(a) === fs.Stats.prototype, a instanceof fs.Stats,
    a.isFile(), a.isDirectory(), a.hasOwnProperty('isFile'));
  console.log('dates', a.mtime instanceof Date, a.mtime !== b.mtime, a.atime !== a.mtime,
    a.mtime.getTime() === Math.round(a.mtimeMs), typeof a.mtime.toISOString(),
    Object.prototype.toString.call(a.ctime));
  a.mtime.setTime(0);
  console.log('own date', a.mtime.getTime(), b.mtime.getTime() === Math.round(b.mtimeMs));
  var forin = [];
  for (var k in b) if (b.hasOwnProperty(k)) forin.push(k);
  console.log('for-in own', forin.length);

  // change one: add, overwrite, delete, re-add
  a.size = 'changed';
  a.extra = 1;
  a.aaa = 2;
  a.zzz = 3;
  delete a.mode;
  delete a.atime;
  delete a.dev;
  console.log('changed', Object.keys(a).length, sortedKeys(a), a.size, 'mode' in a, a.mode, a.extra, a.zzz);
  a.mode = 7;
  console.log('re-added', a.mode, Object.keys(a).length, a.hasOwnProperty('dev'));
  console.log('others intact', b.size, sortedKeys(b) === sortedKeys(c), Object.keys(b).length, c.mode === all[4].mode);

  // delete everything in an order that rebalances the tree, then check
  var d = all[5];
  var order = ['ino', 'birthtime', 'dev', 'size', 'mtimeMs', 'blocks', 'uid', 'ctime', 'nlink', 'atimeMs',
    'gid', 'mtime', 'rdev', 'birthtimeMs', 'blksize', 'atime', 'ctimeMs', 'mode'];
  for (var x = 0; x < order.length; x++) {
    delete d[order[x]];
    var rest = order.slice(x + 1), ok = true;
    for (var y = 0; y < rest.length; y++) if (!d.hasOwnProperty(rest[y]) || d[rest[y]] !== all[6][rest[y]] && typeof d[rest[y]] === 'number' && rest[y].indexOf('Ms') < 0 && rest[y] !== 'size' && rest[y] !== 'ino') ok = false;
    if (!ok || Object.keys(d).length !== rest.length) console.log('bad after deleting', order[x]);
  }
  console.log('all deleted', Object.keys(d).length, JSON.stringify(d));
  for (var z = 0; z < order.length; z++) d[order[z]] = z;
  console.log('all re-added', Object.keys(d).length, d.mode, d.ino);

  // redefine, freeze
  var e = all[7];
  Object.defineProperty(e, 'size', { value: 99, writable: false, enumerable: false, configurable: true });
  console.log('redefined', e.size, desc(e, 'size'), Object.keys(e).length);
  e.size = 5;
  console.log('read-only', e.size);
  var f = all[8];
  Object.freeze(f);
  f.size = 12345;
  f.fresh = 1;
  console.log('frozen', Object.isFrozen(f), f.size === all[8].size, f.fresh, Object.isFrozen(all[9]));
  var g = all[10];
  Object.preventExtensions(g);
  g.fresh = 1;
  delete g.uid;
  console.log('non-extensible', Object.isExtensible(g), g.fresh, g.hasOwnProperty('uid'), Object.keys(g).length);

  fs.rmSync(dir, { recursive: true });
  console.log('done');
}

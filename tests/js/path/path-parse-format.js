// path.parse / path.format round trips (POSIX)
var path = require('path');

function showParsed(p) {
  var r = path.parse(p);
  var keys = ['root', 'dir', 'base', 'ext', 'name'];
  var out = [];
  for (var i = 0; i < keys.length; i++) out.push(keys[i] + '=' + JSON.stringify(r[keys[i]]));
  console.log('parse(' + JSON.stringify(p) + '): ' + out.join(' ') +
    ' | format back: ' + JSON.stringify(path.format(r)));
}

var paths = ['', '/', '//', '///', '/home/user/dir/file.txt', '/home/user/a dir/another File.zip',
  '/home/user/a dir//another&File.', '/home/user/a$$$dir//another File.zip', 'user/dir/another File.zip',
  'file', '.\\file', './file', 'C:\\foo', '/.', '/..', '/foo/..', '/foo/.', '.', '..', '...',
  '.x', '..x', '...x', 'x.', 'x..', 'a/b/', 'a/b//', '/a/b.c.d', '/x/.profile', '/x/..profile',
  'x/y/z.tar.gz', 'a/.b.c', 'nodot', '/foo/bar/baz/', '////a////b'];
for (var i = 0; i < paths.length; i++) showParsed(paths[i]);

var objs = [
  {},
  { root: '/' },
  { base: 'x', dir: '/', root: '/' },
  { base: 'file.txt', dir: '/home/user/dir', root: '/ignored' },
  { base: 'file.txt', ext: 'ignored', root: '/' },
  { ext: '.txt', name: 'file', root: '/' },
  { ext: 'txt', name: 'file', root: '/' },
  { ext: '', name: 'x' },
  { dir: 'some/dir', name: 'x' },
  { dir: 'some/dir', ext: '.e' },
  { base: '', dir: '', ext: 'e', name: 'n', root: '' },
  { base: 'b', ext: '.e', name: 'n' },
  { base: 'b', dir: '/a', root: '/a' },
  { name: '.e' },
  { ext: '..e' }
];
for (var j = 0; j < objs.length; j++) {
  console.log('format(' + JSON.stringify(objs[j]) + ') = ' + JSON.stringify(path.format(objs[j])));
}
console.log(JSON.stringify(path.format(Object.create({ dir: '/proto', base: 'inherited' }))));

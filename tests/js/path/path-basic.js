// path: normalize/join/resolve/relative/dirname/basename/extname/isAbsolute (POSIX)
var path = require('path');

function show(name, args, value) {
  var a = [];
  for (var i = 0; i < args.length; i++) a.push(JSON.stringify(args[i]));
  console.log(name + '(' + a.join(', ') + ') = ' + JSON.stringify(value));
}
function each(name, cases) {
  for (var i = 0; i < cases.length; i++) {
    show(name, cases[i], path[name].apply(path, cases[i]));
  }
}

each('normalize', [[''], ['.'], ['..'], ['/'], ['//'], ['///a//b/'], ['./'], ['../'],
  ['a/b/../../..'], ['/a/b/../../..'], ['a/./b/.'], ['/foo/bar//baz/asdf/quux/..'],
  ['./fixtures///b/../b/c.js'], ['/foo/../../../bar'], ['a//b//../b'], ['a//b//./c'],
  ['a//b//.'], ['/a/b/c/../../../x/y/z'], ['///..//./foo/.//bar'], ['bar/foo../../'],
  ['bar/foo../..'], ['bar/foo../../baz'], ['bar/foo../'], ['bar/foo..'],
  ['../foo../../../bar'], ['../.../.././.../../../bar'], ['.../...'], ['...'], ['a/...']]);

each('join', [[], [''], ['', ''], ['.', 'x/b', '..', '/b/c.js'], ['/.', 'x/b', '..', '/b/c.js'],
  ['/foo', '../../../bar'], ['foo', '../../../bar'], ['foo/', '../../../bar'],
  ['foo/x', '../../../bar'], ['foo/x', './bar'], ['foo/x/', './bar'], ['foo/x/', '.', 'bar'],
  ['./'], ['.', './'], ['.', '.', '.'], ['.', './', '.'], ['', '/foo'], ['', '', '/foo'],
  ['', '', 'foo'], ['foo', ''], ['foo/', ''], ['foo', '', '/bar'], ['./', '..', '/foo'],
  ['./', '..', '..', '/foo'], ['.', '..', '..', '/foo'], ['', '..', '..', '/foo'], ['/'],
  ['/', '.'], ['/', '..'], ['/', '..', '..'], [' /foo'], [' ', 'foo'], [' ', '.'],
  [' ', '/'], [' ', ''], ['/', 'foo'], ['/', '/foo'], ['/', '//foo'], ['/', '', '/foo'],
  ['', '/', 'foo'], ['', '/', '/foo']]);

each('resolve', [['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'],
  ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'],
  ['/'], ['/a', '/b', 'c'], ['/a/', 'b/../../..'], ['/x//y', '.']]);
console.log('resolve() is cwd:', path.resolve() === process.cwd());
console.log('resolve("a/b") under cwd:', path.resolve('a/b') === process.cwd() + '/a/b');
console.log('resolve("") is cwd:', path.resolve('') === process.cwd());
console.log('resolve("..") is dirname(cwd):', path.resolve('..') === path.dirname(process.cwd()));

each('relative', [['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'],
  ['/var/lib', '/var/apache'], ['/var/', '/var/lib'], ['/', '/var/lib'],
  ['/foo/test', '/foo/test/bar/package.json'], ['/Users/a/web/b/test/mails', '/Users/a/web/b'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'],
  ['/baz-quux', '/baz'], ['/baz', '/baz-quux'], ['/page1/page2/foo', '/'],
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['a/b', 'a/b/c'], ['', ''], ['a', 'a']]);
console.log('relative(cwd, "x") =', JSON.stringify(path.relative(process.cwd(), 'x')));

each('dirname', [['/a/b/'], ['/a/b'], ['/a'], [''], ['/'], ['////'], ['//a'], ['foo'],
  ['a/b/c'], ['a//b'], ['/a/b/c/'], ['./'], ['.'], ['..'], ['../a']]);

each('basename', [['/foo/bar/baz/asdf/quux.html'], ['/foo/bar/baz/asdf/quux.html', '.html'],
  ['.js', '.js'], ['js', '.js'], ['file.js', '.ts'], ['file', '.js'], ['file.js.old', '.js.old'],
  [''], ['/dir/basename.ext'], ['/basename.ext'], ['basename.ext'], ['basename.ext/'],
  ['basename.ext//'], ['aaa/bbb', '/bbb'], ['aaa/bbb', 'a/bbb'], ['aaa/bbb', 'bbb'],
  ['aaa/bbb//', 'bbb'], ['aaa/bbb', 'bb'], ['aaa/bbb', 'b'], ['/aaa/bbb', '/bbb'],
  ['/aaa/bbb', 'a/bbb'], ['/aaa/bbb', 'bbb'], ['/aaa/bbb//', 'bbb'], ['/aaa/bbb', 'bb'],
  ['/aaa/bbb', 'b'], ['/aaa/bbb'], ['/aaa/'], ['/aaa/b'], ['/a/b'], ['//a'], ['a', 'a'],
  ['\\dir\\basename.ext'], ['foo\\'], ['/'], ['//'], ['a.b', ''], ['x/', 'x']]);

each('extname', [[''], ['/path/to/file'], ['/path/to/file.ext'], ['/path.to/file.ext'],
  ['/path.to/file'], ['/path.to/.file'], ['/path.to/.file.ext'], ['/path/to/f.ext'],
  ['/path/to/..ext'], ['/path/to/..'], ['file'], ['file.ext'], ['.file'], ['.file.ext'],
  ['/file'], ['/file.ext'], ['/.file'], ['/.file.ext'], ['.path/file.ext'],
  ['file.ext.ext'], ['file.'], ['.'], ['./'], ['.file.ext'], ['.file'], ['.file.'],
  ['.file..'], ['..'], ['../'], ['..file.ext'], ['..file'], ['..file.'], ['..file..'],
  ['...'], ['...ext'], ['....'], ['file.ext/'], ['file.ext//'], ['file/'], ['file//'],
  ['file./'], ['file.//'], ['index.html'], ['index.coffee.md'], ['index.']]);

each('isAbsolute', [['/home/foo'], ['/home/foo/..'], ['bar/'], ['./baz'], [''], ['/'], ['//x']]);

console.log('sep', JSON.stringify(path.sep), 'delimiter', JSON.stringify(path.delimiter));
console.log('posix is path:', path.posix === path, 'posix.posix:', path.posix.posix === path);
console.log('toNamespacedPath:', path.toNamespacedPath('/a/../b'), path.toNamespacedPath(5));
console.log('node:path is path:', require('node:path') === path);

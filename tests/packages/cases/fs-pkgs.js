// glob, mkdirp, rimraf, minimatch, graceful-fs, jsonfile on a scratch tree
var path = require('path'), os = require('os'), fs = require('graceful-fs');
var mkdirp = require('mkdirp'), rimraf = require('rimraf'), glob = require('glob'), minimatch = require('minimatch'), jsonfile = require('jsonfile');
var root = path.join(os.tmpdir(), 'muk-pkgs-' + process.pid);
mkdirp.sync(path.join(root, 'a/b/c'));
['a/x.js', 'a/b/y.js', 'a/b/c/z.txt', 'top.md'].forEach(function (f) { fs.writeFileSync(path.join(root, f), f); });
console.log(glob.sync('**/*.js', { cwd: root }).sort(), minimatch('a/b/y.js', 'a/**/*.js'), minimatch('x.txt', '*.js'), minimatch.makeRe('*.{js,md}').test('q.md'));
jsonfile.writeFileSync(path.join(root, 'c.json'), { k: [1, 2] });
console.log(jsonfile.readFileSync(path.join(root, 'c.json')));
glob('a/**', { cwd: root, nodir: true }, function (err, files) {
  console.log('async glob', err, files.sort());
  fs.readFile(path.join(root, 'top.md'), 'utf8', function (err, s) {
    console.log('graceful readFile', err, s);
    rimraf(root, function (err) { console.log('rimraf', err, fs.existsSync(root)); });
  });
});

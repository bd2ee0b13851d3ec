// Shared by fs-fuzz (sync calls) and fs-fuzz-promises: a scratch tree of a
// few names, and results and errors printed with paths relative to it.
var fs = require('fs');
var path = require('path');
var os = require('os');
var rng = require('./rng');

var root;
function rel(p) { return typeof p === 'string' ? p.split(root).join('R') : p; }

exports.ri = rng.ri;
exports.pick = rng.pick;
exports.names = ['a', 'b', 'a/c', 'a/d', 'b/e', 'a/c/f', 'x/y', 'l', 'a/l2'];
exports.P = function (n) { return path.join(root, n); };
exports.show = function (v) {
  if (v === undefined) return 'undefined';
  if (Buffer.isBuffer(v)) return '<' + v.toString() + '>';
  if (v && typeof v.isFile === 'function' && typeof v.size === 'number') {
    return 'stat ' + (v.isFile() ? 'file ' + v.size : v.isDirectory() ? 'dir' : v.isSymbolicLink() ? 'link' : 'other');
  }
  if (Array.isArray(v)) return '[' + v.map(function (x) { return typeof x === 'string' ? x : x && x.name + (x.isDirectory() ? '/' : ''); }).sort().join(',') + ']';
  return JSON.stringify(rel(v));
};
exports.err = function (e) {
  return 'ERR ' + e.code + ' ' + e.syscall + ' ' + rel(e.path) + (e.dest ? ' -> ' + rel(e.dest) : '') + ' | ' + rel(e.message);
};
// One program: seed the numbers, make an empty tree; end() removes it.
exports.begin = function (seed) {
  rng.seed(seed);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fsfuzz-'));
};
exports.end = function () { fs.rmSync(root, { recursive: true, force: true }); };

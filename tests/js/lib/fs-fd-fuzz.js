// Shared by fs-fd-fuzz (sync calls) and fs-fd-fuzz-callbacks: the argument
// pools, the open fds of one program, results and errors printed with
// paths relative to its scratch directory.
var fs = require('fs');
var path = require('path');
var os = require('os');
var rng = require('./rng');

var T = module.exports;
T.ri = rng.ri;
T.pick = rng.pick;
T.flags = ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax', 'a+', 'ax+', 'as', 'as+', 'bogus', 0, 2, 66];
T.nums = [0, 1, 3, 5, 10, -1, 1.5, null, undefined, '2', NaN, 1e10];
T.root = null;
T.fds = [];
T.show = function (v) {
  if (Buffer.isBuffer(v)) return '<' + v.toString('hex') + '>';
  if (v && typeof v.size === 'number' && typeof v.isFile === 'function') return 'stat size ' + v.size;
  return JSON.stringify(v);
};
T.err = function (e) { return 'ERR ' + e.name + ' ' + e.code + ' ' + (e.syscall || '') + ' | ' + String(e.message).split(T.root).join('R'); };
// One program: seed the numbers, make its directory; end() closes what it
// left open and removes the directory.
T.begin = function (seed) {
  rng.seed(seed);
  T.root = fs.mkdtempSync(path.join(os.tmpdir(), 'fdfuzz-'));
  T.fds = [];
};
T.end = function () {
  T.fds.forEach(function (d) { try { fs.closeSync(d); } catch (e) {} });
  fs.rmSync(T.root, { recursive: true, force: true });
};

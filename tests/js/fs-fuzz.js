// Randomized sequences of fs calls on a small tree, compared with node's
// output: results, error codes, syscalls and paths (relative to the root).
var fs = require('fs');
var path = require('path');
var os = require('os');
var seed;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; }
function ri(n) { return Math.floor(rnd() * n); }
function pick(a) { return a[ri(a.length)]; }
var names = ['a', 'b', 'a/c', 'a/d', 'b/e', 'a/c/f', 'x/y', 'l', 'a/l2'];
var root;
function rel(p) { return typeof p === 'string' ? p.split(root).join('R') : p; }
function P(n) { return path.join(root, n); }
function show(v) {
  if (v === undefined) return 'undefined';
  if (Buffer.isBuffer(v)) return '<' + v.toString() + '>';
  if (v && typeof v.isFile === 'function' && typeof v.size === 'number') {
    return 'stat ' + (v.isFile() ? 'file ' + v.size : v.isDirectory() ? 'dir' : v.isSymbolicLink() ? 'link' : 'other');
  }
  if (Array.isArray(v)) return '[' + v.map(function (x) { return typeof x === 'string' ? x : x && x.name + (x.isDirectory() ? '/' : ''); }).sort().join(',') + ']';
  return JSON.stringify(rel(v));
}
function err(e) {
  return 'ERR ' + e.code + ' ' + e.syscall + ' ' + rel(e.path) + (e.dest ? ' -> ' + rel(e.dest) : '') + ' | ' + rel(e.message);
}
function step(i) {
  var n = pick(names), m = pick(names), op = ri(20);
  var f;
  switch (op) {
  case 0: f = function () { return fs.mkdirSync(P(n)); }; break;
  case 1: f = function () { return fs.mkdirSync(P(n), { recursive: true }); }; break;
  case 2: f = function () { return fs.writeFileSync(P(n), 'data' + i); }; break;
  case 3: f = function () { return fs.readFileSync(P(n)); }; break;
  case 4: f = function () { return fs.statSync(P(n)); }; break;
  case 5: f = function () { return fs.lstatSync(P(n)); }; break;
  case 6: f = function () { return fs.readdirSync(P(n)); }; break;
  case 7: f = function () { return fs.readdirSync(P(n), { withFileTypes: true }); }; break;
  case 8: f = function () { return fs.unlinkSync(P(n)); }; break;
  case 9: f = function () { return fs.rmdirSync(P(n)); }; break;
  case 10: f = function () { return fs.rmSync(P(n), { recursive: true }); }; break;
  case 11: f = function () { return fs.rmSync(P(n), { force: true }); }; break;
  case 12: f = function () { return fs.renameSync(P(n), P(m)); }; break;
  case 13: f = function () { return fs.copyFileSync(P(n), P(m)); }; break;
  case 14: f = function () { return fs.symlinkSync(m, P(n)); }; break;
  case 15: f = function () { return fs.readlinkSync(P(n)); }; break;
  case 16: f = function () { return fs.appendFileSync(P(n), '+'); }; break;
  case 17: f = function () { return fs.existsSync(P(n)); }; break;
  case 18: f = function () { return fs.linkSync(P(n), P(m)); }; break;
  case 19: f = function () { return fs.copyFileSync(P(n), P(m), fs.constants.COPYFILE_EXCL); }; break;
  }
  var r;
  try { r = show(f()); } catch (e) { r = err(e); }
  return i + ' op' + op + ' ' + n + ' ' + m + ' ' + r;
}
function run(s0) {
  seed = s0;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fsfuzz-'));
  var out = [];
  for (var i = 0; i < 150; i++) out.push(step(i));
  fs.rmSync(root, { recursive: true, force: true });
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);

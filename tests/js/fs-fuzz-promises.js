// fs-fuzz.js's random sequences of calls through fs.promises (one after
// another), compared with node's output.
var fs = require('fs');
var fp = fs.promises;
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
  case 0: f = function () { return fp.mkdir(P(n)); }; break;
  case 1: f = function () { return fp.mkdir(P(n), { recursive: true }); }; break;
  case 2: f = function () { return fp.writeFile(P(n), 'data' + i); }; break;
  case 3: f = function () { return fp.readFile(P(n)); }; break;
  case 4: f = function () { return fp.stat(P(n)); }; break;
  case 5: f = function () { return fp.lstat(P(n)); }; break;
  case 6: f = function () { return fp.readdir(P(n)); }; break;
  case 7: f = function () { return fp.readdir(P(n), { withFileTypes: true }); }; break;
  case 8: f = function () { return fp.unlink(P(n)); }; break;
  case 9: f = function () { return fp.rmdir(P(n)); }; break;
  case 10: f = function () { return fp.rm(P(n), { recursive: true }); }; break;
  case 11: f = function () { return fp.rm(P(n), { force: true }); }; break;
  case 12: f = function () { return fp.rename(P(n), P(m)); }; break;
  case 13: f = function () { return fp.copyFile(P(n), P(m)); }; break;
  case 14: f = function () { return fp.symlink(m, P(n)); }; break;
  case 15: f = function () { return fp.readlink(P(n)); }; break;
  case 16: f = function () { return fp.appendFile(P(n), '+'); }; break;
  case 17: f = function () { return fp.access(P(n)); }; break;
  case 18: f = function () { return fp.link(P(n), P(m)); }; break;
  case 19: f = function () { return fp.copyFile(P(n), P(m), fs.constants.COPYFILE_EXCL); }; break;
  }
  return f().then(function (v) { return show(v); }, err).then(function (r) {
    return i + ' op' + op + ' ' + n + ' ' + m + ' ' + r;
  });
}
function run(s0) {
  seed = s0;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fsfuzz-'));
  var out = [], i = 0;
  function next() {
    if (i === 150) {
      fs.rmSync(root, { recursive: true, force: true });
      console.log(out.join('\n'));
      return Promise.resolve();
    }
    return step(i++).then(function (line) { out.push(line); return next(); });
  }
  return next();
}
var k = +(process.argv[2] || 1), last = +(process.argv[3] || k);
(function loop() { if (k <= last) run(k++).then(loop); })();

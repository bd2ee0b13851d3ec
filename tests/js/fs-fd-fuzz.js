// Random fd-level fs calls (open flags, read/write with offsets, lengths
// and positions, ftruncate, fstat, appendFile, bad arguments), compared
// with node: results, file contents, and errors (code and message).
var fs = require('fs');
var path = require('path');
var os = require('os');
var seed;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; }
function ri(n) { return Math.floor(rnd() * n); }
function pick(a) { return a[ri(a.length)]; }
var flags = ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax', 'a+', 'ax+', 'as', 'as+', 'bogus', 0, 2, 66];
var nums = [0, 1, 3, 5, 10, -1, 1.5, null, undefined, '2', NaN, 1e10];
function show(v) {
  if (Buffer.isBuffer(v)) return '<' + v.toString('hex') + '>';
  if (v && typeof v.size === 'number' && typeof v.isFile === 'function') return 'stat size ' + v.size;
  return JSON.stringify(v);
}
function err(e) { return 'ERR ' + e.name + ' ' + e.code + ' ' + (e.syscall || '') + ' | ' + String(e.message).split(root).join('R'); }
var root, fds;
function step(i) {
  var file = path.join(root, pick(['f', 'g', 'nope/x']));
  var fd = fds.length && ri(5) ? pick(fds) : pick([999, -1, 'x']);
  var op = ri(12), f;
  switch (op) {
  case 0: case 1: f = function () { var d = fs.openSync(file, pick(flags)); fds.push(d); return 'fd'; }; break;
  case 2: f = function () { var b = Buffer.alloc(8, 0x2e); var n = fs.readSync(fd, b, pick(nums), pick(nums), pick(nums)); return n + ' ' + b.toString('hex'); }; break;
  case 3: f = function () { return fs.writeSync(fd, Buffer.from('abcdefgh'), pick(nums), pick(nums), pick(nums)); }; break;
  case 4: f = function () { return fs.writeSync(fd, pick(['xyz', 'é', '']), pick(nums), pick(['utf8', 'hex', 'latin1'])); }; break;
  case 5: f = function () { return fs.ftruncateSync(fd, pick(nums)); }; break;
  case 6: f = function () { return fs.fstatSync(fd); }; break;
  case 7: f = function () { var r = fs.closeSync(fd); fds.splice(fds.indexOf(fd), 1); return r; }; break;
  case 8: f = function () { return fs.readFileSync(file); }; break;
  case 9: f = function () { return fs.appendFileSync(file, 'Z', { flag: pick(['a', 'a+', 'w', 'r']) }); }; break;
  case 10: f = function () { var b = Buffer.alloc(6, 0x2e); var n = fs.readSync(fd, b, { offset: pick(nums), length: pick(nums), position: pick(nums) }); return n + ' ' + b.toString('hex'); }; break;
  case 11: f = function () { return fs.readFileSync(fd); }; break;
  }
  var r;
  try { r = show(f()); } catch (e) { r = err(e); }
  return i + ' op' + op + ' ' + r;
}
function run(s0) {
  seed = s0;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fdfuzz-'));
  fds = [];
  var out = [];
  for (var i = 0; i < 80; i++) out.push(step(i));
  fds.forEach(function (d) { try { fs.closeSync(d); } catch (e) {} });
  fs.rmSync(root, { recursive: true, force: true });
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);

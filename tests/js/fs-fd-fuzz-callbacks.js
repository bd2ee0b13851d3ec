// fs-fd-fuzz.js's random fd-level calls through the callback API (one
// after another), compared with node.
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
function step(i, next) {
  var file = path.join(root, pick(['f', 'g', 'nope/x']));
  var fd = fds.length && ri(5) ? pick(fds) : pick([999, -1, 'x']);
  var op = ri(12), f;
  switch (op) {
  case 0: case 1: f = function (cb) { fs.open(file, pick(flags), function (e, d) { if (!e) fds.push(d); cb(e, e ? d : 'fd'); }); }; break;
  case 2: f = function (cb) { var b = Buffer.alloc(8, 0x2e); fs.read(fd, b, pick(nums), pick(nums), pick(nums), function (e, n) { cb(e, n + ' ' + b.toString('hex')); }); }; break;
  case 3: f = function (cb) { fs.write(fd, Buffer.from('abcdefgh'), pick(nums), pick(nums), pick(nums), cb); }; break;
  case 4: f = function (cb) { fs.write(fd, pick(['xyz', 'é', '']), pick(nums), pick(['utf8', 'hex', 'latin1']), cb); }; break;
  case 5: f = function (cb) { fs.ftruncate(fd, pick(nums), cb); }; break;
  case 6: f = function (cb) { fs.fstat(fd, cb); }; break;
  case 7: f = function (cb) { fs.close(fd, function (e) { if (!e) fds.splice(fds.indexOf(fd), 1); cb(e); }); }; break;
  case 8: f = function (cb) { fs.readFile(file, cb); }; break;
  case 9: f = function (cb) { fs.appendFile(file, 'Z', { flag: pick(['a', 'a+', 'w', 'r']) }, cb); }; break;
  case 10: f = function (cb) { var b = Buffer.alloc(6, 0x2e); fs.read(fd, b, { offset: pick(nums), length: pick(nums), position: pick(nums) }, function (e, n) { cb(e, n + ' ' + b.toString('hex')); }); }; break;
  case 11: f = function (cb) { fs.readFile(file, pick(['utf8', 'latin1', null]), cb); }; // readFile(fd): Node 20 throws from inside its own callback for a bad fd break;
  }
  var done = function (e, v) { next(i + ' op' + op + ' ' + (e ? err(e) : show(v))); };
  try { f(done); } catch (e) { next(i + ' op' + op + ' ' + err(e)); }
}
function run(s0, done) {
  seed = s0;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fdfuzz-'));
  fds = [];
  var out = [], i = 0;
  (function loop() {
    if (i === 80) {
      fds.forEach(function (d) { try { fs.closeSync(d); } catch (e) {} });
      fs.rmSync(root, { recursive: true, force: true });
      console.log(out.join('\n'));
      return done();
    }
    step(i++, function (line) { out.push(line); loop(); });
  })();
}
var k = +(process.argv[2] || 1), last = +(process.argv[3] || k);
(function each() { if (k <= last) run(k++, each); })();

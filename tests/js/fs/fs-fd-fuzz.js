// Random fd-level fs calls (open flags, read/write with offsets, lengths
// and positions, ftruncate, fstat, appendFile, bad arguments), compared
// with node: results, file contents, and errors (code and message).
var fs = require('fs');
var path = require('path');
var T = require('../lib/fs-fd-fuzz');
var pick = T.pick, ri = T.ri, flags = T.flags, nums = T.nums, show = T.show, err = T.err;
function step(i) {
  var file = path.join(T.root, pick(['f', 'g', 'nope/x']));
  var fd = T.fds.length && ri(5) ? pick(T.fds) : pick([999, -1, 'x']);
  var op = ri(12), f;
  switch (op) {
  case 0: case 1: f = function () { var d = fs.openSync(file, pick(flags)); T.fds.push(d); return 'fd'; }; break;
  case 2: f = function () { var b = Buffer.alloc(8, 0x2e); var n = fs.readSync(fd, b, pick(nums), pick(nums), pick(nums)); return n + ' ' + b.toString('hex'); }; break;
  case 3: f = function () { return fs.writeSync(fd, Buffer.from('abcdefgh'), pick(nums), pick(nums), pick(nums)); }; break;
  case 4: f = function () { return fs.writeSync(fd, pick(['xyz', 'é', '']), pick(nums), pick(['utf8', 'hex', 'latin1'])); }; break;
  case 5: f = function () { return fs.ftruncateSync(fd, pick(nums)); }; break;
  case 6: f = function () { return fs.fstatSync(fd); }; break;
  case 7: f = function () { var r = fs.closeSync(fd); T.fds.splice(T.fds.indexOf(fd), 1); return r; }; break;
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
  T.begin(s0);
  var out = [];
  for (var i = 0; i < 80; i++) out.push(step(i));
  T.end();
  console.log(out.join('\n'));
}
require('../lib/seeds').run(process.argv.slice(2), function (n, done) { run(n); done(); });

// fs-fd-fuzz.js's random fd-level calls through the callback API (one
// after another), compared with node.
var fs = require('fs');
var path = require('path');
var T = require('../lib/fs-fd-fuzz');
var pick = T.pick, ri = T.ri, flags = T.flags, nums = T.nums, show = T.show, err = T.err;
function step(i, next) {
  var file = path.join(T.root, pick(['f', 'g', 'nope/x']));
  var fd = T.fds.length && ri(5) ? pick(T.fds) : pick([999, -1, 'x']);
  var op = ri(12), f;
  switch (op) {
  case 0: case 1: f = function (cb) { fs.open(file, pick(flags), function (e, d) { if (!e) T.fds.push(d); cb(e, e ? d : 'fd'); }); }; break;
  case 2: f = function (cb) { var b = Buffer.alloc(8, 0x2e); fs.read(fd, b, pick(nums), pick(nums), pick(nums), function (e, n) { cb(e, n + ' ' + b.toString('hex')); }); }; break;
  case 3: f = function (cb) { fs.write(fd, Buffer.from('abcdefgh'), pick(nums), pick(nums), pick(nums), cb); }; break;
  case 4: f = function (cb) { fs.write(fd, pick(['xyz', 'é', '']), pick(nums), pick(['utf8', 'hex', 'latin1']), cb); }; break;
  case 5: f = function (cb) { fs.ftruncate(fd, pick(nums), cb); }; break;
  case 6: f = function (cb) { fs.fstat(fd, cb); }; break;
  case 7: f = function (cb) { fs.close(fd, function (e) { if (!e) T.fds.splice(T.fds.indexOf(fd), 1); cb(e); }); }; break;
  case 8: f = function (cb) { fs.readFile(file, cb); }; break;
  case 9: f = function (cb) { fs.appendFile(file, 'Z', { flag: pick(['a', 'a+', 'w', 'r']) }, cb); }; break;
  case 10: f = function (cb) { var b = Buffer.alloc(6, 0x2e); fs.read(fd, b, { offset: pick(nums), length: pick(nums), position: pick(nums) }, function (e, n) { cb(e, n + ' ' + b.toString('hex')); }); }; break;
  case 11: f = function (cb) { fs.readFile(file, pick(['utf8', 'latin1', null]), cb); }; // readFile(fd): Node 20 throws from inside its own callback for a bad fd break;
  }
  var done = function (e, v) { next(i + ' op' + op + ' ' + (e ? err(e) : show(v))); };
  try { f(done); } catch (e) { next(i + ' op' + op + ' ' + err(e)); }
}
function run(s0, done) {
  T.begin(s0);
  var out = [], i = 0;
  (function loop() {
    if (i === 80) {
      T.end();
      console.log(out.join('\n'));
      return done();
    }
    step(i++, function (line) { out.push(line); loop(); });
  })();
}
require('../lib/seeds').run(process.argv.slice(2), run);

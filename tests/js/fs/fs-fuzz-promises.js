// fs-fuzz.js's random sequences of calls through fs.promises (one after
// another), compared with node's output.
var fs = require('fs');
var fp = fs.promises;
var T = require('../lib/fs-tree-fuzz');
var pick = T.pick, ri = T.ri, P = T.P, show = T.show, err = T.err, names = T.names;
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
  T.begin(s0);
  var out = [], i = 0;
  function next() {
    if (i === 150) {
      T.end();
      console.log(out.join('\n'));
      return Promise.resolve();
    }
    return step(i++).then(function (line) { out.push(line); return next(); });
  }
  return next();
}
require('../lib/seeds').run(process.argv.slice(2), function (n, done) { run(n).then(done); });

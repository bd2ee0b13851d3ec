// Randomized sequences of fs calls on a small tree, compared with node's
// output: results, error codes, syscalls and paths (relative to the root).
var fs = require('fs');
var T = require('../lib/fs-tree-fuzz');
var pick = T.pick, ri = T.ri, P = T.P, show = T.show, err = T.err, names = T.names;
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
  T.begin(s0);
  var out = [];
  for (var i = 0; i < 150; i++) out.push(step(i));
  T.end();
  console.log(out.join('\n'));
}
require('../lib/seeds').run(process.argv.slice(2), function (n, done) { run(n); done(); });

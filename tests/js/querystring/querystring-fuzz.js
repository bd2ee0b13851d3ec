// Randomized comparison with node: query strings built from pieces that hit
// the parser's corners (separators, escapes valid and not, '+', non-ASCII),
// parsed with random sep/eq/maxKeys, then stringified and escaped back.
// Seeds in querystring-fuzz.args.
'use strict';
var qs = require('querystring');
var rng = require('../lib/rng');

var PIECES = ['a', 'b', 'k', '=', '=', '&', '&', ';', ':', '%', '%4', '%41', '%zz', '%E2%82%AC', '%e2%82',
  '%C3%A9', '+', 'é', '€', ' ', '&&', '==', '%2B', '%26', '__proto__', 'x y'];
function str(n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(rng.pick(PIECES));
  return out.join('');
}
function show(o) {
  var keys = Object.keys(o), out = [];
  for (var i = 0; i < keys.length; i++) out.push(JSON.stringify(keys[i]) + ':' + JSON.stringify(o[keys[i]]));
  return '{' + out.join(',') + '}';
}
require('../lib/seeds').run(process.argv.slice(2), function (seed, done) {
  rng.seed(seed);
  for (var t = 0; t < 20; t++) {
    var s = str(rng.ri(12));
    var sep = rng.pick([undefined, '&', ';', '&&', 'ab']);
    var eq = rng.pick([undefined, '=', ':', '==']);
    var opts = rng.pick([undefined, { maxKeys: rng.ri(4) }, { maxKeys: -1 }]);
    var parsed = qs.parse(s, sep, eq, opts);
    var line = [seed, t, JSON.stringify(s), String(sep), String(eq), show(parsed)];
    try { line.push(qs.stringify(parsed, sep, eq)); } catch (e) { line.push(e.code); }
    line.push(qs.unescape(s), JSON.stringify(qs.unescapeBuffer(s, rng.ri(2) === 1).toString('latin1')));
    console.log(line.join(' '));
  }
  done();
});

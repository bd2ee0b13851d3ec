// Random values through util.inspect (and console.log's format): nested
// objects and arrays, strings with quotes and escapes, numbers, -0,
// sparse arrays, Buffers, Errors' names, Dates, RegExps, null prototypes,
// long arrays and long strings that wrap; compared with node.
var util = require('util');
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var strs = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back`tick\'"', 'line\nbreak', 'tab\t', '\u0001', 'é', 'long string '.repeat(8), 'k-e-y', '1abc', 'valid_id'];
function val(d) {
  var t = ri(d > 2 ? 8 : 14);
  switch (t) {
  case 0: return pick([0, -0, 1, -1.5, 1e21, 1e-7, NaN, Infinity, 123456789, 0.1]);
  case 1: return pick(strs);
  case 2: return pick([true, false, null, undefined]);
  case 3: return new Date(pick([0, 1e12, -1e10]));
  case 4: return pick([/a+b/g, /x/i, /[\/]/]);
  case 5: return Buffer.from(pick(['', 'ab', 'hello world, a longer buffer of bytes here and more more more']));
  case 6: return function named() {};
  case 7: return pick([[], {}]);
  case 8: case 9: case 10:
    var a = [], n = ri(pick([4, 8, 30]));
    for (var i = 0; i < n; i++) a.push(val(d + 1));
    if (ri(5) === 0) a[n + 2] = 1; // holes
    return a;
  default:
    var o = ri(6) === 0 ? Object.create(null) : {}, m = ri(6);
    for (var j = 0; j < m; j++) o[pick(strs.concat(['x', 'y', '0', '10']))] = val(d + 1);
    return o;
  }
}
function run(s0) {
  rng.seed(s0);
  var out = [];
  for (var i = 0; i < 20; i++) {
    var v = val(0), opts = pick([undefined, { depth: 0 }, { depth: 1 }, { compact: false }, { breakLength: 40 }, { sorted: true }]);
    out.push(i + ' ' + JSON.stringify(opts) + '\n' + util.inspect(v, opts));
  }
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);

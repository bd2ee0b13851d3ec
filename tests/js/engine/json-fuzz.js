// Random values through JSON.stringify (replacer functions and arrays,
// indents, toJSON, special numbers, holes, nested) and JSON.parse (with
// revivers, whitespace, escapes, invalid text: only the error's name is
// compared, as engines word messages differently); compared with node.
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var keys = ['a', 'b', '0', '10', '2', 'é', '\u2028', 'toJSON', '', 'x y'];
function val(d) {
  switch (ri(d > 2 ? 6 : 9)) {
  case 0: return pick([0, -0, 1.5, -1e-7, 1e21, NaN, Infinity, 2e-308]);
  case 1: return pick(['', 'a"b', 'back\\slash', '\n\t\b\f\r', '\u0000\u001f', '\u2028\u2029', '😀', '\ud800', '</script>']);
  case 2: return pick([true, false, null, undefined]);
  case 3: return new Date(pick([0, 1.5e12]));
  case 4: return function () {};
  case 5: return { toJSON: function (k) { return 'tj:' + k; } };
  case 6: var a = []; for (var i = ri(5); i > 0; i--) a.push(val(d + 1)); if (ri(4) === 0) a[a.length + 1] = 1; return a;
  default: var o = {}; for (var j = ri(5); j > 0; j--) o[pick(keys)] = val(d + 1); return o;
  }
}
function t(f) { try { return String(f()); } catch (e) { return 'throws ' + e.name; } }
var texts = ['{"a":1}', '[1,2,]', '{"a":1,}', ' \n\t[ 1 , "x" , null ] ', '"\\u00e9\\ud83d\\ude00"', '"\\x41"', "'a'", '01', '1.', '-0', '1e5', '.5',
  '{"__proto__":1}', '[1e400]', '"a\tb"', 'tru', 'nul', '{"a" 1}', '[', '', ' ', '"\\/"', '{"a":{"b":[{}]}}', '1 2', '"\\uD83D"', '-', '--1', '0x10'];
function run(s0) {
  rng.seed(s0);
  var out = [];
  for (var i = 0; i < 60; i++) {
    var v = val(0), op = ri(6), r;
    switch (op) {
    case 0: r = t(function () { return JSON.stringify(v); }); break;
    case 1: r = t(function () { return JSON.stringify(v, null, pick([2, '--', 12, 0, '', '1234567890abc'])); }); break;
    case 2: r = t(function () { return JSON.stringify(v, pick([['a', '0', 10], ['b'], []])); }); break;
    case 3: r = t(function () { return JSON.stringify(v, function (k, x) { return typeof x === 'number' ? x * 2 : k === 'a' ? undefined : x; }, 1); }); break;
    case 4: var s = pick(texts); r = s + ' => ' + t(function () { return JSON.stringify(JSON.parse(s)); }); break;
    case 5: var s2 = pick(texts); r = s2 + ' => ' + t(function () { return JSON.stringify(JSON.parse(s2, function (k, x) { return typeof x === 'number' ? undefined : x; })); }); break;
    }
    out.push(i + ' op' + op + ' ' + r);
  }
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);

// Math's libm functions (bound on first use: bridge/libm_lazy.c), floor/ceil
// (inline), and ToInt32 / % on int32 operands (without fmod: mujs patch 0007),
// with their edge cases, and Math.round (mujs patch 0008), against node.
function show(x) { return x === 0 && 1 / x < 0 ? '-0' : (x !== x || x === Infinity || x === -Infinity || x === Math.floor(x)) ? String(x) : x.toFixed(10); }
var fns = ['acos', 'asin', 'atan', 'cos', 'exp', 'log', 'sin', 'tan', 'floor', 'ceil', 'sqrt', 'abs'];
var xs = [0, -0, 0.5, -0.5, 1, -1, 2.5, -2.5, 10, 1e-300, 1e300, -1e300, NaN, Infinity, -Infinity];
for (var i = 0; i < fns.length; i++) {
  var row = [];
  for (var j = 0; j < xs.length; j++) row.push(show(Math[fns[i]](xs[j])));
  console.log(fns[i] + ':', row.join(' '));
}
var pairs = [[1, 2], [-1, 2], [0, -0], [-0, -1], [2, 10], [2, -2], [-8, 1 / 3], [0.5, 0.5], [NaN, 0], [1, Infinity], [Infinity, -Infinity]];
var rows = { atan2: [], pow: [], mod: [] };
for (var k = 0; k < pairs.length; k++) {
  var a = pairs[k][0], b = pairs[k][1];
  rows.atan2.push(show(Math.atan2(a, b)));
  rows.pow.push(show(Math.pow(a, b)));
  rows.mod.push(show(a % b));
}
console.log('atan2:', rows.atan2.join(' '));
console.log('pow:', rows.pow.join(' '));
console.log('mod:', rows.mod.join(' '));
var ints = [0, -0, 7, -7, 2147483647, -2147483648, 2147483648, -2147483649, 4294967296, 4294967297, 1e21, -1e21, 3.99, -3.99, 2147483647.5, -2147483648.5, NaN, Infinity];
var r32 = [], ru32 = [], rmod = [];
for (var n = 0; n < ints.length; n++) {
  r32.push(ints[n] | 0);
  ru32.push(ints[n] >>> 0);
  rmod.push([show(ints[n] % 3), show(ints[n] % -3), show(ints[n] % 1), show(ints[n] % -1)].join('/'));
}
console.log('|0:', r32.join(' '));
console.log('>>>0:', ru32.join(' '));
console.log('%:', rmod.join(' '));
var rounds = [0, -0, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 1.5, -1.5, 2.5, -2.5, -0.2, 4503599627370497, -4503599627370497, 9007199254740991, 1e300, NaN, Infinity, -Infinity];
var rr = [];
for (var q = 0; q < rounds.length; q++) rr.push(show(Math.round(rounds[q])));
console.log('round:', rr.join(' '));
console.log('special:', show(-4 % 2), show(4 % -2), show(-2147483648 % -1), show(5 % 0), show(-7 % 7), show(7.5 % 2), show(-0 % 5));

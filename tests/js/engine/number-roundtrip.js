// Numbers print as the shortest string that reads back as the same double
// (the nearest such string), and read correctly rounded (mujs patch 0033):
// random bit patterns, random decimal strings, and the edges, compared with
// node.
var rng = require('../lib/rng');
var ri = rng.ri;
rng.seed(7);
var b = Buffer.alloc(8), out = [], bad = 0;
for (var i = 0; i < 3000; i++) {
  for (var j = 0; j < 8; j++) b[j] = ri(256);
  if (i % 3 === 0) b[7] = ri(2) ? 0 : 0x80; // subnormals and tiny numbers
  var x = b.readDoubleLE(0);
  var s = String(x);
  if (x === x && Number(s) !== x) bad++;
  out.push(s);
}
console.log(out.join(' '));
console.log('not round-tripping', bad);
var strs = [];
for (var k = 0; k < 2000; k++) {
  var d = '', n = 1 + ri(25);
  for (var m = 0; m < n; m++) d += ri(10);
  if (ri(2)) d = d.slice(0, 1 + ri(n)) + '.' + d.slice(1 + ri(n));
  if (ri(2)) d += 'e' + (ri(2) ? '-' : '') + ri(330);
  strs.push(d + '=' + Number(d) + '/' + parseFloat(d) + '/' + JSON.parse(d.replace(/^0+(?=\d)/, '').replace(/^\./, '0.').replace(/\.(?=e|$)/, '')));
}
console.log(strs.join(' '));
console.log([5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e23, 0.1 + 0.2, 1 / 3, 123456789012345680000,
  9007199254740993, Number('9007199254740993'), Number('-0'), 1e21, 1e-7, 123e-20, -1.5e-9, 4.35, 0.000001, 1e-6, 100, 1e300 * 10,
  Number('  12.5  '), Number('1e'), Number('.5'), Number('5.'), Number('+.5e1'), Number('0x1f'), Number('1_0')].join(' '));
console.log(JSON.stringify([0.1, 1e23, 5e-324, -0, 3.4028234663852886e38]), JSON.parse('[1e-400, 1e400, 2.5e-324]').join(' '));

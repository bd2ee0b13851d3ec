// Random arrays (holes, NaN, -0, undefined, strings, nested) through the
// Array methods, with the array and the result printed after each call;
// compared with node.
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var vals = [0, -0, 1, 2, 10, NaN, undefined, null, 'a', 'b', '10', '', true, [1, 2]];
function show(v) {
  if (Array.isArray(v)) {
    var s = [];
    for (var i = 0; i < v.length; i++) s.push(i in v ? show(v[i]) : '_');
    return '[' + s.join(',') + ']';
  }
  if (v === 0 && 1 / v < 0) return '-0';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
function arr() {
  var a = [], n = ri(7);
  for (var i = 0; i < n; i++) if (ri(6)) a[i] = pick(vals);
  if (ri(5) === 0) a.length = n + ri(3);
  return a;
}
function run(s0) {
  rng.seed(s0);
  var out = [];
  for (var i = 0; i < 100; i++) {
    var a = arr(), x = pick(vals), s = ri(8) - 3, e = ri(8) - 3, op = ri(26), r;
    try {
      switch (op) {
      case 0: r = a.splice(s, e, x, x); break;
      case 1: r = a.splice(s); break;
      case 2: r = a.slice(s, e); break;
      case 3: r = a.concat(arr(), x); break;
      case 4: r = [a.indexOf(x, s), a.lastIndexOf(x, e), a.includes(x, s)]; break;
      case 5: r = a.join(pick([',', '-', undefined, ''])); break;
      case 6: r = a.reverse(); break;
      case 7: r = [a.shift(), a.unshift(x, x)]; break;
      case 8: r = [a.push(x), a.pop(), a.pop()]; break;
      case 9: r = a.map(function (v, i) { return i; }); break;
      case 10: r = a.filter(function (v) { return v; }); break;
      case 11: r = a.reduce(function (p, v) { return p + '|' + show(v); }, 's'); break;
      case 12: r = a.reduceRight(function (p, v) { return p + '|' + show(v); }); break;
      case 13: r = a.sort(); break;
      case 14: r = a.sort(function (p, q) { return String(p) < String(q) ? -1 : String(p) > String(q) ? 1 : 0; }); break;
      case 15: r = [a.find(function (v) { return v !== v; }), a.findIndex(function (v) { return v === undefined; })]; break;
      case 16: r = a.fill(x, s, e); break;
      case 17: r = [a.every(function (v) { return v; }), a.some(function (v) { return v === 1; })]; break;
      case 18: var c = 0; a.forEach(function () { c++; }); r = c; break;
      case 19: a.length = ri(5); r = a.length; break;
      case 20: r = Array.from(a, function (v) { return typeof v; }); break;
      case 21: r = Array.prototype.concat.call(x, a); break;
      case 22: r = a.toString(); break;
      case 23: r = Array.of(x, s); break;
      case 24: r = [Object.keys(a).join(','), a.length]; break;
      case 25: r = a.splice(s, 0); break;
      }
      out.push(i + ' op' + op + ' ' + show(a) + ' -> ' + show(r));
    } catch (err) { out.push(i + ' op' + op + ' throws ' + err.name); }
  }
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);

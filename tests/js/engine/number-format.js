// Number.prototype.toPrecision / toFixed / toExponential, vs node
var nums = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 123.456, 2147483648, -2147483649, 0.000001, 0.00001234, 1 / 3, 100, 1e100, 99.99, 9.9999, -0.0001, 123456];
nums.forEach(function (n) {
  var r = [];
  for (var p = 1; p <= 6; p++) r.push(n.toPrecision(p));
  r.push(n.toPrecision(21), n.toFixed(0), n.toFixed(2), n.toExponential(3));
  console.log(String(n), r.join(' '));
});
try { (1).toPrecision(0); } catch (e) { console.log(e.name); }

// Arithmetic, comparison, equality and bitwise operators over a grid of
// numbers (the interpreter's number-only fast paths, mujs patch 0100) and
// over mixed types (the general paths), printed so -0 and NaN show.
'use strict';
function show(v) {
  if (typeof v === 'number' && v === 0 && 1 / v < 0) return '-0';
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}
var nums = [0, -0, 1, -1, 2.5, -7, 3, NaN, Infinity, -Infinity, 2147483647, -2147483648,
            2147483648, -2147483649, 4294967299, 1e21, -1e-7, 31, 32, 33];
var ops = {
  '+': function (a, b) { return a + b; }, '-': function (a, b) { return a - b; },
  '*': function (a, b) { return a * b; }, '/': function (a, b) { return a / b; },
  '%': function (a, b) { return a % b; }, '<': function (a, b) { return a < b; },
  '>': function (a, b) { return a > b; }, '<=': function (a, b) { return a <= b; },
  '>=': function (a, b) { return a >= b; }, '==': function (a, b) { return a == b; },
  '!=': function (a, b) { return a != b; }, '===': function (a, b) { return a === b; },
  '!==': function (a, b) { return a !== b; }, '&': function (a, b) { return a & b; },
  '|': function (a, b) { return a | b; }, '^': function (a, b) { return a ^ b; },
  '<<': function (a, b) { return a << b; }, '>>': function (a, b) { return a >> b; },
  '>>>': function (a, b) { return a >>> b; }
};
Object.keys(ops).forEach(function (name) {
  var f = ops[name], line = [];
  nums.forEach(function (a) {
    nums.forEach(function (b) { line.push(show(f(a, b))); });
  });
  console.log(name, line.join(' '));
});
var unary = [
  ['+x', function (x) { return +x; }], ['-x', function (x) { return -x; }],
  ['~x', function (x) { return ~x; }],
  ['++x', function (x) { var y = ++x; return [y, x]; }],
  ['--x', function (x) { var y = --x; return [y, x]; }],
  ['x++', function (x) { var y = x++; return [y, x]; }],
  ['x--', function (x) { var y = x--; return [y, x]; }]
];
var mixed = nums.concat(['', '12', ' 7 ', 'abc', '-0', true, false, null, undefined,
                         { valueOf: function () { return 5; } }, [2], [], {}]);
unary.forEach(function (u) {
  console.log(u[0], mixed.map(function (x) {
    var r = u[1](x);
    return Array.isArray(r) ? show(r[0]) + '/' + show(r[1]) : show(r);
  }).join(' '));
});
// mixed operand types take the general paths
var others = [1, -0, NaN, '3', '10', 'b', true, null, undefined, { valueOf: function () { return 2; } }];
Object.keys(ops).forEach(function (name) {
  var f = ops[name], line = [];
  others.forEach(function (a) {
    others.forEach(function (b) { line.push(show(f(a, b))); });
  });
  console.log(name, line.join(' '));
});
// increments of properties and of a counter in a loop
var o = { n: 0.5 }, i, s = 0;
for (i = 0; i < 10; i++) { o.n++; ++o.n; s += i * i - i / 2; }
console.log(show(o.n), show(s), show(i));
// valueOf is called once per operand, left to right
var log = [];
var a = { valueOf: function () { log.push('a'); return 1; } };
var b = { valueOf: function () { log.push('b'); return 2; } };
console.log(show(a - b), show(a < b), show(a * b), show(a | b), log.join(''));

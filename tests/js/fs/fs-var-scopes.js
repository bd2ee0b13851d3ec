// Functions whose variables live in a scope object (any function that makes
// closures, as fs callbacks' callers do): muk's mujs lays out every call's
// scope like the first call's (mujs patch 0013). Parameters passed or not,
// repeated, shadowed, function declarations, recursion, many variables.
function line() { console.log(Array.prototype.slice.call(arguments).join(' ')); }

function params(a, b, c) {
  var get = function () { return [a, b, c].join('/'); };
  return get();
}
line('params', params(1, 2, 3), params(4), params(), params(5, 6, 7, 8), params('x', undefined, null));

function dup(a, a) { return function () { return a; }(); }
line('repeated', dup(1, 2), dup(3), dup());

function vars(p) {
  var x, y = p * 2, z;
  function inner() { return [p, x, y, z, typeof later].join(','); }
  var r = inner();
  x = 'set'; z = y + 1;
  var later = 5;
  return r + ' ' + inner();
}
line('vars', vars(1), vars(2));

function decls(n) {
  return helper(n) + ':' + typeof helper;
  function helper(k) { return k * 10 + (function () { return n; })(); }
}
line('declarations', decls(1), decls(2));

function rec(n) {
  var me = 'r' + n;
  var f = function () { return me; };
  return n === 0 ? f() : rec(n - 1) + f();
}
line('recursion', rec(3), rec(1));

function shadow(x) {
  var x;
  return function () { return x; }();
}
line('shadow', shadow(7), shadow());

function named() { var f = function g(n) { return n ? g(n - 1) + n : 0; }; return f(4); }
line('named expression', named(), named());

function many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) {
  var v0 = a0, v1 = a1, v2 = a2, v3 = a3, v4 = a4, v5 = a5, v6 = a6, v7 = a7, v8 = a8, v9 = a9;
  var k0, k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11, k12, k13, k14, k15;
  k0 = k15 = 'k';
  return function () { return [v0, v3, v9, k0, k7, k15, a5].join(''); }();
}
line('many', many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), many('a'), many());

function keys(a, b) {
  var c = 1;
  var f = function () { return c; };
  try { throw null; } catch (e) { return [a, b, c, f()].join(); }
}
line('catch', keys(1, 2), keys());

function writes(a) {
  var b = 1;
  var f = function () { a += 1; b += a; return b; };
  f(); f();
  return [a, b].join();
}
line('writes', writes(1), writes(10));

var fs = require('fs'), left = 20, out = [];
function start(i) {
  var name = __filename, n = i;
  fs.stat(name, function (err, st) {
    if (err) throw err;
    out[n] = n + ':' + (st.size > 0);
    if (--left === 0) line('callbacks', out.join(' '));
  });
}
for (var i = 0; i < 20; i++) start(i);

// Variables of functions that make closures (a scope object, not stack
// slots): read and written by slot from the scope's template (mujs patch
// 0101), on the first call as on later ones, with catch, with and eval
// scopes inside, and closures seeing the writes.
function counterPair(start) {
  var n = start, log = [];
  function inc() { n++; log.push(n); return n; }
  for (var i = 0; i < 3; i++) { n += i; inc(); }
  return [n, i, log.join(',')];
}
console.log(counterPair(1), counterPair(10), counterPair(-1));

function shadows(x, x) { // a repeated parameter's last one wins
  var f = function () { return x; };
  x = x + 1;
  return [x, f()];
}
console.log(shadows(1, 2), shadows(3), shadows(4, 5));

function scopes(a) {
  var b = 'b', out = [];
  var get = function () { return a + b; };
  try { throw 'e'; } catch (b) { out.push(b, a); a = 'A'; b = 'caught'; out.push(b); }
  out.push(b, get());
  with ({ b: 'with-b', a: 'with-a' }) { out.push(a, b); b = 'set-in-with'; }
  out.push(b, get());
  eval('var c = a + "!"; b = "eval-b"');
  out.push(c, b, get(), typeof c);
  out.push(delete b, b);
  return out.join(' ');
}
console.log(scopes('a1'));
console.log(scopes('a2'));

function withArgs(p, q) {
  var keep = function () { return arguments.length; };
  var r = p + q;
  p = 'changed';
  return [r, p, arguments.length, keep(1, 2, 3)];
}
console.log(withArgs(1, 2), withArgs('x', 'y', 'z'));

function closures(n) {
  var fs = [], total = 0;
  for (var i = 0; i < n; i++) {
    var make = (function (k) { return function (v) { return v + k; }; })(i);
    fs.push(make);
    total = make(total);
  }
  return [total, fs[0](100), fs[n - 1](100), i];
}
console.log(closures(5), closures(1000));

function hoisted() {
  var before = typeof g;
  function g() { return 'g'; }
  var h = function () { return g(); };
  g = 'not a function';
  return [before, typeof g, (function () { try { return h(); } catch (e) { return e.name; } })()];
}
console.log(hoisted(), hoisted());

function strictOnes(a) {
  'use strict';
  var f = function () { return a; };
  a = a * 2;
  var u;
  return [a, f(), u];
}
console.log(strictOnes(21), strictOnes(5));

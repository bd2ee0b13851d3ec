// Names looked up through the scope chain (closures, the kind fs callbacks
// are): muk's mujs remembers per instruction how deep a name was found
// (mujs patch 0011) and skips the scopes before it the next time. Every
// way the chain can change under such an instruction must still be seen.
// eval comes last: once eval code declares a variable in a function's
// scope, the depth caches stay off for the rest of the process.
var out = [];
function line() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
var G = (function () { return this; })();

// 1. depths 1..4, the same code under different closures
var m1 = 'module';
function level1(a) {
  var b = 'b' + a;
  return function level2(c) {
    var d = 'd' + c;
    return function level3() {
      var r = [];
      for (var i = 0; i < 3; i++) r.push(a + b + c + d + m1);
      return r.join();
    };
  };
}
line('depths', level1(1)(2)(), level1('x')('y')(), level1(3)(4)());

// 2. assignments through the chain
function counter() {
  var n = 0;
  return { inc: function () { n += 1; return n; }, get: function () { return n; } };
}
var c1 = counter(), c2 = counter();
for (var i = 0; i < 5; i++) { c1.inc(); if (i % 2) c2.inc(); }
line('counters', c1.get(), c2.get());

// 3. catch scopes shadow, and only inside the catch block
function catcher() {
  var x = 'var';
  var r = [];
  function look() { return x; }
  for (var i = 0; i < 3; i++) {
    r.push(look());
    try { throw 'caught' + i; } catch (x) {
      r.push(x, (function () { return x; })(), look());
    }
    r.push(x);
  }
  return r.join();
}
line('catch', catcher());

// 4. globals: created, read many times, deleted, made again, accessors
function readG() { return typeof gv === 'undefined' ? 'undef' : gv; }
function writeG(v) { gv = v; }
var r4 = [];
for (i = 0; i < 3; i++) r4.push(readG());
G.gv = 1; for (i = 0; i < 3; i++) r4.push(readG());
writeG(2); r4.push(readG(), G.gv);
delete G.gv; r4.push(readG());
try { (function () { return gv; })(); } catch (e) { r4.push(e.name); }
var reads = 0;
Object.defineProperty(G, 'gv', { get: function () { return ++reads; }, configurable: true });
for (i = 0; i < 3; i++) r4.push(readG());
delete G.gv; writeG('again'); r4.push(readG(), reads);
delete G.gv;
line('globals', r4.join());

// 5. a global shadowed later by nothing else: module names win over globals
var parseInt = function () { return 'mine'; };
function usePI() { return parseInt('7'); }
line('shadow', usePI(), usePI(), G.parseInt('7'));

// 6. read-only globals: assignment is ignored (sloppy), reads stay right
function setNaN() { NaN = 5; undefined = 6; return [NaN !== NaN, typeof undefined].join(); }
line('readonly', setNaN(), setNaN());

// 7. with: the object gains and loses names after the lookups
var wx = 'outer';
function withTest(o) {
  var r = [];
  with (o) {
    var f = function () { return wx; };
    for (var i = 0; i < 3; i++) {
      r.push(wx, f());
      if (i === 0) o.wx = 'from-object';
      if (i === 1) delete o.wx;
    }
  }
  r.push(f());
  return r.join();
}
line('with', withTest({}), withTest({ wx: 'own' }));
function inner() { return wx; }
line('after with', inner(), inner());

// 8. recursion: each level its own scope, same instructions
function rec(n, acc) {
  var mine = 'L' + n;
  if (n === 0) return acc;
  return rec(n - 1, acc + (function () { return mine; })());
}
line('recursion', rec(4, ''), rec(2, ''));

// 9. typeof on names found and not found
function types() { return [typeof m1, typeof nothingHere, typeof level1, typeof G].join(); }
line('typeof', types(), types());

// 10. eval declaring a variable in a function's scope (mujs declares only
// names not found anywhere in the chain)
function evalTest() {
  function look() { return typeof ez === 'undefined' ? 'none' : ez; }
  var r = [look(), look()];
  eval('var ez = "function-z"');
  r.push(look(), look());
  return r.join();
}
line('eval', evalTest(), evalTest());
G.ew = 'global';
function evalTest2() {
  function look() { return typeof ew === 'undefined' ? 'none' : ew; }
  var r = [look(), look()];
  delete G.ew;
  r.push(look());
  eval('var ew = "function-w"');
  r.push(look(), look());
  return r.join();
}
line('eval after delete', evalTest2());
function evalCatch() {
  var r = [];
  try { throw 1; } catch (z) {
    var look = function () { return typeof ez === 'undefined' ? 'none' : ez; };
    r.push(look(), look());
    eval('var ez = "declared"');
    r.push(look());
  }
  return r.join();
}
line('eval catch', evalCatch());
line('after eval', level1('p')('q')(), c1.inc(), readG(), inner());

// eval as a value: an indirect eval is global code in the global scope (ES5
// 10.4.2), a call spelled eval(s) is a direct eval only when eval is the
// built-in one, and strict eval code keeps its variables to itself.
global.x = 'global';
var intrinsics = { '%eval%': eval };
console.log(typeof eval, typeof intrinsics['%eval%'], eval.length);
var e = eval;
console.log(e('1+1'), eval('2+2'));
function f() {
  var x = 'local';
  var ge = eval;
  return [eval('x'), ge('x'), (0, eval)('x'), intrinsics['%eval%']('x')].join();
}
console.log(f());
function g() {
  var ev = eval;
  ev('var fromIndirect = 42');
  eval('var fromDirect = 7');
  return typeof fromDirect;
}
console.log(g(), fromIndirect, typeof fromDirect, global.fromIndirect);
console.log(eval(5), e(5), e(), eval(), e({ a: 1 }).a);
function h(eval) { return eval('x'); }
console.log(h(function (s) { return 'shadowed ' + s; }));
function k() { var eval = function (s) { return 'local ' + s; }; return eval('x'); }
console.log(k());
function strictf() {
  'use strict';
  var x = 'strict local';
  var ind = eval;
  ind('var sloppyGlobal = 1');
  eval('var notLeaked = 1');
  return [eval('x'), ind('x'), typeof notLeaked, typeof sloppyGlobal].join();
}
console.log(strictf());
console.log(e('"use strict"; var y = 3; y'), typeof y);
try { e('1 +'); } catch (err) { console.log(err instanceof SyntaxError); }
try { new eval('1'); } catch (err) { console.log(err instanceof TypeError); }
console.log([' 1 ', '2'].map(eval).join());
console.log(e('this') === global, e('this') === e('this'));
var o = { eval: eval, x: 'prop' };
console.log(o.eval('x'));
function closure() { var a = 1; return eval('(function () { return a + 1; })')(); }
console.log(closure(), eval('eval("1 + 2")'), e('eval')('3 * 3'));
var $eval = intrinsics['%eval%'];
console.log($eval('typeof Object'), $eval === eval);

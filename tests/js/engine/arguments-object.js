// The arguments object: its length, indices, enumeration and class, in
// functions that keep their variables on the stack (no closure, no eval)
// and in those that do not (a closure, eval, a parameter named
// 'arguments'), called with fewer, as many and more arguments than they
// name, and more than the engine's per-count templates cover.
function count() { return arguments.length + ':' + Array.prototype.slice.call(arguments).join(','); }
console.log(count(), count(1), count(1, 'b', null), count(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));

function keys(a, b) { return Object.keys(arguments).join(',') + ' ' + JSON.stringify(arguments) + ' ' + Object.prototype.toString.call(arguments); }
console.log(keys(), keys('x'), keys('x', 'y', 'z'));

function sum() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
var total = 0;
for (var k = 0; k < 2000; k++) total += sum(k, 1, 2) + sum() + sum(k);
console.log('sum', total);

function writes(x) { arguments[3] = 'w'; arguments.extra = true; return arguments.length + ' ' + arguments[3] + ' ' + arguments.extra + ' ' + x; }
console.log(writes(1), writes(1, 2));

function callee() { return arguments.callee === callee; }
console.log('callee', callee(), callee(1, 2));

function captured() { var args = arguments; return function () { return args[0] + '/' + args.length; }; }
console.log(captured('a')(), captured('b', 'c')(), captured()());

function viaTry() { try { throw arguments; } catch (e) { return e.length; } finally { arguments[0]; } }
console.log('try', viaTry(1, 2, 3));

function viaEval(a) { return eval('arguments.length + a'); }
console.log('eval', viaEval(1, 2), viaEval(5));

function named(arguments) { return typeof arguments + ' ' + arguments; }
console.log(named(7), named());

function assigned() { arguments = 'replaced'; return arguments; }
console.log(assigned(1));

function outer() { function inner() { return arguments.length; } return inner(1, 2, 3) + ':' + arguments.length; }
console.log('nested', outer(), outer('q'));

function apply() { return Math.max.apply(null, arguments); }
console.log('apply', apply(3, 9, 4), apply());

function recurse(n) { return n === 0 ? arguments.length : recurse(n - 1, n, n) + arguments.length; }
console.log('recurse', recurse(5));

function strict() { 'use strict'; return arguments.length + ':' + arguments[0]; }
console.log('strict', strict('s'), strict());

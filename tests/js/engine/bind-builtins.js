// Function.prototype.bind on built-in methods (which have no "prototype"),
// on constructors (new constructs the target, instanceof asks the target)
// and on bound functions; a bound function has no "prototype" of its own,
// and new on a bound method throws a TypeError as in node.
var re = /a/;
var t = re.test.bind(re);
console.log(t('cat'), t('dog'), typeof t, typeof t.prototype);
var slice = Array.prototype.slice.bind([1, 2, 3]);
console.log(slice(1), slice.length);
var hop = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
console.log(hop({ x: 1 }, 'x'), hop({}, 'x'));
var hop2 = Object.prototype.hasOwnProperty.call.bind(Object.prototype.hasOwnProperty);
console.log(hop2({ y: 1 }, 'y'), hop2([], 'length'));
var toStr = Function.prototype.call.bind(Object.prototype.toString);
console.log(toStr([]), toStr(null), toStr(/x/));
var join = Array.prototype.join.bind(['a', 'b'], '+');
console.log(join(), join('-'));
var upper = String.prototype.toUpperCase.bind('abc');
console.log(upper());
var parse = JSON.parse.bind(JSON);
console.log(parse('{"k":[1,2]}').k[1]);
var max = Math.max.bind(Math, 3);
console.log(max(1, 2), max(7), max());
var keys = Object.keys.bind(Object);
console.log(keys({ a: 1, b: 2 }).join());

function P(a, b) { this.a = a; this.b = b; }
P.prototype.sum = function () { return this.a + this.b; };
var B = P.bind(null, 1);
console.log(B.length, typeof B.prototype, 'prototype' in B, P.prototype.constructor === P);
var o = new B(2);
console.log(o.sum(), o instanceof P, o instanceof B, o.constructor === P);
var BB = B.bind(null, 5);
var o2 = new BB();
console.log(o2.a, o2.b, o2 instanceof BB, o2 instanceof P, BB.length);
var BD = Date.bind(null, 2020, 0, 1);
var d = new BD();
console.log(d.getFullYear(), d instanceof Date, d instanceof BD);
var E = Error.bind(null, 'bound msg');
var e = new E();
console.log(e.message, e instanceof Error, e instanceof E);
var BA = Array.bind(null, 3);
console.log(new BA().length, BA().length);

try { new max(); } catch (err) { console.log('new bound method:', err instanceof TypeError); }
try { new Math.max(); } catch (err) { console.log('new method:', err instanceof TypeError); }
try { new t(); } catch (err) { console.log('new bound test:', err instanceof TypeError); }
try { console.log({} instanceof t); } catch (err) { console.log('instanceof bound method:', err instanceof TypeError); }
try { Function.prototype.bind.call({}); } catch (err) { console.log('bind a non-function:', err instanceof TypeError); }

var self = Function.prototype.bind.call(function () { return this; }, 'x');
console.log(String(self()));
var strict = function () { 'use strict'; return this; }.bind(undefined);
console.log(strict());
var args = function () { return Array.prototype.slice.call(arguments).join(); }.bind(null, 1, 2);
console.log(args(3, 4), args.length);

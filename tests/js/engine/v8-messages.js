// V8's wording for the errors scripts print (mujs patch 0225): names, property
// reads and writes on undefined and null, callees that are not functions or
// constructors (as V8 prints the callee), read-only, getter-only and
// non-extensible writes, deletes, in/instanceof, JSON.parse positions and
// JSON.stringify cycles; Number formatting up to 100 digits; ES2015 Object
// functions on primitives; strict writes to a primitive's property.
'use strict';
function t(f) { try { var v = f(); console.log(typeof v === 'string' ? v : JSON.stringify(v)); } catch (e) { console.log(e.name + ': ' + e.message); } }
var o = { a: { b: {} } }, a = [1], k = 'x', n = 5, s = 'str';
function foo() { return {}; }
function Foo() {}
var sloppy = Function('t', 'o', [
  "t(function () { return undefinedVar; });",
  "t(function () { undeclaredSloppy = 1; delete this.undeclaredSloppy; return 'sloppy ok'; });",
  "t(function () { 'abc'.foo = 1; return 'sloppy primitive write ok'; });",
  "t(function () { Object.freeze(o.a).z = 1; return 'sloppy frozen write ok'; });"
].join('\n'));
sloppy(t, o);
t(function () { undeclared2 = 1; });
t(function () { var u; return u.x; });
t(function () { var u = null; return u.x; });
t(function () { return o.f(); });
t(function () { return o.a.b.c.d; });
t(function () { return undefinedFn(); });
t(function () { var x = 1; return x(); });
t(function () { return new (function () {}.call)(); });
t(function () { var q = {}; q.x.y = 1; });
t(function () { return null.f(); });
t(function () { return a[0](); });
t(function () { return a['x'](); });
t(function () { return a[k](); });
t(function () { return o.a.b.c(); });
t(function () { return foo().bar(); });
t(function () { return new foo().bar(); });
t(function () { return (0, o.f)(); });
t(function () { return n(); });
t(function () { return o(); });
t(function () { return new o(); });
t(function () { return new o.a(); });
t(function () { return new Math.max(); });
t(function () { return (function () {})()(); });
t(function () { return o.a.b[1 + 1](); });
t(function () { return o['a-b'](); });
t(function () { return o[k + 1](); });
t(function () { return o[-1](); });
t(function () { return (o.q || o.r)(); });
t(function () { return [1, 2](); });
t(function () { return 'abc'.replace(/a/, 5)(); });
t(function () { return a[5][0]; });
t(function () { var u; return u[Symbol('q')]; });
t(function () { var u; u[7] = 1; });
t(function () { return [].forEach({}); });
t(function () { return [].map('abc'); });
t(function () { return [].filter(undefined); });
t(function () { return [].reduce(function () {}); });
t(function () { return ({}) instanceof {}; });
t(function () { return ({}) instanceof 5; });
t(function () { return 'x' in 'str'; });
t(function () { return 1 in null; });
t(function () { Object.freeze([1])[0] = 2; });
t(function () { Object.freeze(new Foo()).x = 2; });
t(function () { var f = new Foo(); Object.defineProperty(f, 'x', { value: 1 }); f.x = 2; });
t(function () { var z = Object.create(null); Object.defineProperty(z, 'x', { value: 1 }); z.x = 2; });
t(function () { Math.PI = 3; });
t(function () { var str = 'abc'; str.length = 1; });
t(function () { var str = 'abc'; str[0] = 'x'; });
t(function () { 'abc'.foo = 1; });
t(function () { (5).foo = 1; });
t(function () { true.foo = 1; });
t(function () { Object.freeze([]).push(1); });
t(function () { Object.defineProperty(new Foo(), 'g', { get: function () {} }).g = 1; });
t(function () { Object.preventExtensions(new Foo()).q = 1; });
t(function () { delete Object.freeze({ a: 1 }).a; });
t(function () { delete [].length; });
t(function () { delete Math.PI; });
t(function () { NaN = 1; });
t(function () { Object.create(5); });
t(function () { Object.setPrototypeOf({}, 5); });
t(function () { Object.setPrototypeOf(null, {}); });
t(function () { return new Date(NaN).toISOString(); });
[0, 1, -1.5, 123.456, 1e20, 1e-7, 5e-324, -0].forEach(function (x) {
  [0, 20, 21, 50, 100].forEach(function (d) {
    t(function () { return [x.toFixed(d), x.toExponential(d), d ? x.toPrecision(d) : ''].join(' '); });
  });
});
[-1, 101].forEach(function (d) {
  t(function () { return (1).toFixed(d); });
  t(function () { return (1).toExponential(d); });
  t(function () { return (1).toPrecision(d); });
});
t(function () { return [(1).toExponential(), (123.456).toExponential(), (0.1).toExponential(), (1.5).toPrecision(), (1e21).toPrecision(), NaN.toFixed(200), Infinity.toExponential(200)].join(' '); });
t(function () { return [Object.keys('ab'), Object.keys(5), Object.getOwnPropertyNames('ab'), Object.getPrototypeOf('ab') === String.prototype]; });
t(function () { return [Object.getOwnPropertyDescriptor('ab', 0), Object.isFrozen(5), Object.isSealed(5), Object.isExtensible(5), Object.freeze(5), Object.seal('x'), Object.preventExtensions(true)]; });
t(function () { return Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }); });
t(function () { return Object.getOwnPropertyDescriptors('a'); });
t(function () { return Object.keys(undefined); });
t(function () { return Object.getOwnPropertyDescriptors(null); });
['', ' ', '{', '[', '"', '{"a"', '{"a":', '{"a":1', '{"a":1 "b":2}', '[1 2]', '[1,', '01', '1.', '1.e5', '-', '-x',
 '"\\x"', '"\\u12"', '"\\u12G4"', '"\\', 'nul', 'nulx', 'tru', 'trux', 'NaN', 'Infinity', '[object Object]', 'undefined',
 '{1:2}', "{'a':1}", '[,]', '{"a":1,}', '[1,]', '1 2', '"a" "b"', '{}x', '{"a":1}}', 'x', '.5', '+1', '1e+', '[true false]',
 '\u00e9', '"\u00e9" x', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16] x', 'abcdefghijklmnopqrstuvwxyz',
 '[1,2,3,4,5,6,7,8,9,10,11,12,x,14,15,16,17,18,19]', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,x]',
 '{"abcdefghijklmnopqrstuvwxyz": tru}', '"abc\ndef"', '[-]', '0x10', '1E400', '[1.5e]', '{"a" : 1 , "b" : }',
 '123456789012345678901', 'abcdefghijklmnopqrstu', 'abcdefghijklmnopqrstuv', '[1,2,3,4,5,6,7,8,x,0]',
 ' {"a": [1, -2.5e3, true, false, null, "x\\ty\\u00e9\\ud83d\\ude00"]} ', '"\\u0000"', '-0', '[[[[]]]]'
].forEach(function (c) { t(function () { return [JSON.parse(c)]; }); });
t(function () { return JSON.parse(undefined); });
t(function () { return JSON.parse({}); });
t(function () { return JSON.parse('{"a":[1,{"b":2}]}', function (k, v) { return typeof v === 'number' ? v * 10 : v; }); });
var c1 = {}; c1.self = c1;
var c2 = { x: { y: [1, { z: null }] } }; c2.x.y[1].z = c2;
var c3 = { x: { y: {} } }; c3.x.y.back = c3.x;
var c4 = new Foo(); c4.me = c4;
var c5 = Object.create(null); c5.k = c5;
var c6 = [1]; c6.push(c6);
var c7 = {}, cur = c7; for (var i = 0; i < 10; i++) { cur['p' + i] = {}; cur = cur['p' + i]; } cur.back = c7;
var c8 = { a: 1 }; c8.b = { c: c8 };
var c9 = {}, cur9 = c9; for (i = 0; i < 4; i++) { cur9['q' + i] = {}; cur9 = cur9['q' + i]; } cur9.back = c9;
[c1, c2, { root: c3 }, c4, c5, c6, c7, [c8], c9].forEach(function (v) { t(function () { return JSON.stringify(v); }); });
t(function () { return JSON.stringify(c1, ['self']); });

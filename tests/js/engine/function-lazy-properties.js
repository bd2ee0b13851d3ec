// A closure's length, name and prototype are made lazily (0009); since 0111
// adding or deleting another property leaves them lazy, so they must still
// come out first, in node's order, whenever they are made.
'use strict';
function mk() { return function g(a, b) { return a; }; }
var f = mk(); f.x = 1; f.y = 2;
console.log(Object.getOwnPropertyNames(f), f.length, f.name, typeof f.prototype, f.prototype.constructor === f);
var h = mk(); h.z = 1; delete h.z; h.w = 1; console.log(Object.getOwnPropertyNames(h), Object.keys(h));
var k = mk(); k.q = 1; console.log(JSON.stringify(Object.getOwnPropertyDescriptor(k, 'length')), Object.getOwnPropertyNames(k));
var m = mk(); m.q = 1; console.log(new m(1) instanceof m, Object.getOwnPropertyNames(m));
var n = mk(); n.q = 1; Object.freeze(n); console.log(Object.getOwnPropertyNames(n), Object.isFrozen(n));
var o = mk(); Object.preventExtensions(o); console.log(o.prototype !== undefined, Object.getOwnPropertyNames(o));
var p = mk(); p.prototype = 5; console.log(Object.getOwnPropertyNames(p), p.prototype);
var q = mk(); q.a = 1; for (var key in q) console.log('for-in', key);

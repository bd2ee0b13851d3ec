// Small ES5 conformance points found by test262 (mujs patches 0083-0085).
function err(f) { try { f(); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } }
function desc(o, k) { return JSON.stringify(Object.getOwnPropertyDescriptor(o, k)); }

// 0083: ToPrimitive with no primitive from toString or valueOf is a TypeError, sloppy code too.
var noPrim = { toString: function () { return {}; }, valueOf: function () { return {}; } };
console.log(err(function () { return String(noPrim); }));
console.log(err(function () { return noPrim + 1; }));
console.log(err(function () { var o = {}; o[noPrim] = 1; }));

// 0084: `this` in indirect eval code is the global object, strict or not.
var indirect = eval;
console.log(typeof indirect('"use strict"; this'), indirect('"use strict"; this') === indirect('this'));

// 0085: a function's length is configurable (as since ES2015); a built-in
// constructor's prototype is not writable.
function f(a, b) {}
console.log(desc(f, 'length'), desc(Math.max, 'length'), desc(Object, 'length'), desc(f.bind(null, 1), 'length'));
console.log(delete f.length, f.length, 'length' in f);
Object.defineProperty(f, 'length', { value: 5 });
console.log(f.length);
console.log(desc(Object, 'prototype'), desc(Function, 'prototype'), desc(Error, 'prototype'));
Object.prototype = null;
console.log(Object.prototype !== null);
console.log(err(function () { 'use strict'; Array.prototype = []; }).split(':')[0]);

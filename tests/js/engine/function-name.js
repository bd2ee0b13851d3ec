// Function.prototype.name: declarations, names inferred for var f = function,
// f = function and object-literal methods, getters/setters, bound functions,
// built-ins; its attributes (mujs patch 0063).
var util = require('util');
function decl() {}
var f = function () {};
var g; g = function () {};
var o = { m: function () {}, 7: function () {}, 'a b': function () {}, named: function inner() {}, get x() { return 1; }, set x(v) {} };
var h = function () {}.bind(null);
console.log(decl.name, f.name, g.name, o.m.name, o[7].name, o['a b'].name, o.named.name, h.name, decl.bind().name, Math.max.name, [].at.name, Map.name);
console.log(Object.getOwnPropertyDescriptor(o, 'x').get.name, Object.getOwnPropertyDescriptor(o, 'x').set.name, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name);
var d = Object.getOwnPropertyDescriptor(f, 'name'); console.log(d.writable, d.enumerable, d.configurable);
f.name = 'changed'; console.log(f.name); delete f.name; console.log(f.name, Object.prototype.hasOwnProperty.call(f, 'name'));
Object.defineProperty(f, 'name', { value: 'redefined' }); console.log(f.name);
console.log(Object.getOwnPropertyNames(function (a, b) { 'use strict'; }).join(','), (function () {}).name === '', (function () {}).bind().name);
var q = { r: { s: function () {} } }; q.t = function () {}; console.log(q.t.name, q.r.s.name);
console.log([].at.length, [].flat.length, Object.getOwnPropertyNames(Math.max).join(','), Object.getOwnPropertyNames([].push).join(','), Object.getOwnPropertyDescriptor(Math.max, 'name').configurable);

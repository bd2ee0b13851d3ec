// util.inspect of functions now that they have names (mujs patch 0063):
// [Function: f], [Function (anonymous)], bound and built-in functions.
var util = require('util');
function decl() {}
var f = function () {};
var g; g = function () {};
var o = { m: function () {}, 7: function () {}, 'a b': function () {}, named: function inner() {}, get x() { return 1; }, set x(v) {} };
var h = f.bind(null);
console.log(f, g, o.m, h, decl, function () {}, [function () {}], { k: function () {} }, Math.max, Object.keys);
console.log(util.inspect(o), util.inspect(function named() {}), util.inspect(decl.bind(null)));
var withProps = function () {}; withProps.extra = 1; console.log(withProps, [Map, Set, Symbol, Reflect.get, [].flat]);
var anon = [function () {}][0]; console.log(anon, anon.name === '', util.inspect({ a: { b: function () {} } }));

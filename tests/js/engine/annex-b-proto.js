// Object.prototype.__proto__: get and set on objects, functions and
// primitives, non-objects ignored, null, cycles, non-extensible targets,
// the descriptor; {__proto__: p} literals; JSON.parse keeps "__proto__"
// as an own member (no prototype set from data).
var p = { x: 1 };
var f = function () {}; f.__proto__ = p; console.log(f.x, Object.getPrototypeOf(f) === p, typeof f);
var o = {}; o.__proto__ = p; console.log(o.x, o.__proto__ === p, ({}).__proto__ === Object.prototype, '__proto__' in {});
o.__proto__ = 5; console.log(o.x);
o.__proto__ = null; console.log(Object.getPrototypeOf(o), o.__proto__);
var n = Object.preventExtensions({}); try { n.__proto__ = p; } catch (e) { console.log(e.constructor.name, e.message); }
var a = {}, b = Object.create(a); try { a.__proto__ = b; } catch (e) { console.log(e.constructor.name, e.message); }
console.log((5).__proto__ === Number.prototype, 'x'.__proto__ === String.prototype, Object.keys(Object.prototype), JSON.stringify(JSON.parse('{"__proto__":1}')));
var d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__'); console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
try { Object.prototype.__lookupGetter__('__proto__').call(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { d.set.call(undefined, {}); } catch (e) { console.log(e.constructor.name, e.message); }
var o2 = {}; Object.defineProperty(o2, '__proto__', { value: 1, enumerable: true }); console.log(Object.keys(o2), o2.__proto__);
var lit = { __proto__: p, y: 2 }; console.log(lit.x, Object.keys(lit), Object.getPrototypeOf(lit) === p);
var j = JSON.parse('{"__proto__": {"polluted": true}, "k": 1}'); console.log(Object.keys(j), j.polluted, ({}).polluted, Object.getPrototypeOf(j) === Object.prototype);
var r = JSON.parse('{"a": {"__proto__": {"z": 1}}}', function (k, v) { return v; }); console.log(Object.keys(r.a), r.a.z);

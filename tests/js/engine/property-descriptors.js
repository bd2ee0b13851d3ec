// Object.defineProperty / defineProperties / create / getOwnPropertyDescriptor
// as ES5 8.12.9 and 15.2.3 define them (mujs patch 0082).
'use strict';
function err(f) { try { f(); return 'ok'; } catch (e) { return e.name; } }
function desc(o, k) { return JSON.stringify(Object.getOwnPropertyDescriptor(o, k), function (key, v) { return typeof v === 'function' ? 'fn' : v; }); }

// Own properties only, including a flat array's elements and a String's characters.
console.log(desc([1, 2], '0'), desc(Object.create({ x: 1 }), 'x'), desc(new String('ab'), '1'), desc(new String('ab'), 'length'));
console.log(desc([1, 2], 'length'), desc([1, 2], '5'));

// An accessor with neither get nor set.
var o = {};
Object.defineProperty(o, 'x', { get: undefined });
console.log(desc(o, 'x'), o.x, err(function () { o.x = 1; }));

// A non-configurable, non-writable array element keeps its value.
var a = [1, 2];
Object.defineProperty(a, 0, { value: 101, writable: false, configurable: false });
console.log(err(function () { Object.defineProperty(a, '0', { value: 'abc' }); }), a[0], desc(a, '0'));
console.log(err(function () { Object.defineProperty(a, '0', { value: 101 }); }), 'same value is allowed');
Object.defineProperty(a, 5, { value: 1, enumerable: true, configurable: true, writable: true });
console.log('index past the end grows length', a.length);

// Descriptors are all read before any is defined.
var p = {};
console.log(err(function () { Object.defineProperties(p, { a: { value: 1 }, b: { get: 3 } }); }), 'a' in p);
console.log(err(function () { Object.defineProperties({}, { a: { value: 1 }, b: 5 }); }));
console.log(err(function () { Object.defineProperty({}, 'k', { get: function () {}, value: 1 }); }));
console.log(err(function () { Object.defineProperty({}, 'k', { set: 1 }); }));
console.log(Object.defineProperties({ n: 1 }, -12).n, Object.keys(Object.create({}, '')).length, err(function () { Object.create({}, null); }));

// Inherited and getter-provided descriptor fields count.
var proto = { enumerable: true };
var viaProto = Object.create(proto);
var gets = { get value() { return 'from getter'; } };
var q = {};
Object.defineProperty(q, 'a', viaProto);
Object.defineProperty(q, 'b', gets);
console.log(Object.keys(q), q.b);

// Data <-> accessor on a configurable property; rejections on a frozen one.
var r = {};
Object.defineProperty(r, 'g', { get: function () { return 7; }, configurable: true });
Object.defineProperty(r, 'g', { value: 8 });
console.log(desc(r, 'g'));
Object.defineProperty(r, 'h', { value: 1, configurable: true });
Object.defineProperty(r, 'h', { set: function (v) { this.hv = v; } });
r.h = 9;
console.log(r.hv, desc(r, 'h'));
var f = Object.freeze({ z: 1 });
console.log(err(function () { Object.defineProperty(f, 'z', { value: 1 }); }), err(function () { Object.defineProperty(f, 'z', { value: 2 }); }),
  err(function () { Object.defineProperty(f, 'z', { enumerable: false }); }), err(function () { Object.defineProperty(f, 'y', { value: 2 }); }));
var nz = {};
Object.defineProperty(nz, 'v', { value: -0 });
console.log(err(function () { Object.defineProperty(nz, 'v', { value: 0 }); }), err(function () { Object.defineProperty(nz, 'v', { value: -0 }); }));
var nan = {};
Object.defineProperty(nan, 'v', { value: NaN });
console.log(err(function () { Object.defineProperty(nan, 'v', { value: NaN }); }));

// Array length through defineProperty.
var arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { value: 1 });
console.log(arr.length, arr[1], err(function () { Object.defineProperty([], 'length', { value: -1 }); }));
var held = [0, 1];
Object.defineProperty(held, '1', { value: 1, configurable: false });
console.log(err(function () { Object.defineProperty(held, 'length', { value: 1 }); }), held.length);
var ro = [1];
Object.defineProperty(ro, 'length', { writable: false });
console.log(err(function () { Object.defineProperty(ro, '3', { value: 1 }); }), ro.length, desc(ro, 'length'));

// String objects' own characters.
var s = new String('ab');
console.log(err(function () { Object.defineProperty(s, '0', { value: 'a' }); }), err(function () { Object.defineProperty(s, '0', { value: 'z' }); }),
  err(function () { Object.defineProperty(s, 'length', { value: 3 }); }));

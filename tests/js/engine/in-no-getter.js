// `in` and Reflect.has ask whether a property exists without reading it (a
// getter is not called: 'size' in Map.prototype is true, reading it throws);
// a regexp's own lastIndex has a descriptor (is-regex, used by qs through
// deep-equal, tests for it); descriptors by symbol key (mujs patches 0060, 0065).
var calls = 0;
var o = {}; Object.defineProperty(o, 'g', { get: function () { calls++; throw new Error('read'); } });
console.log('g' in o, Reflect.has(o, 'g'), 'g' in Object.create(o), calls);
console.log('size' in Map.prototype, 'size' in new Set(), Reflect.has(Map.prototype, 'size'), 'nope' in o);
try { Map.prototype.size; } catch (e) { console.log(e.name); }
var re = /a/g; re.lastIndex = 3;
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(re, 'lastIndex')), Object.getOwnPropertyDescriptor(re, 'source'));
console.log(Object.getOwnPropertyDescriptor([], Symbol('x')), Object.getOwnPropertyDescriptor(/a/, Symbol.iterator), JSON.stringify(Object.getOwnPropertyDescriptor([1], 'length')));
var s = Symbol('k'), so = {}; so[s] = 1; console.log(s in so, Symbol.iterator in [], Symbol.iterator in {}, 'x' in { x: undefined });

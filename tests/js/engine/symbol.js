// Symbol: values, keys, registry, well-known symbols honoured (toStringTag,
// hasInstance, toPrimitive), and the TypeErrors V8 throws (mujs patch 0060).
var s = Symbol('foo'), t = Symbol();
console.log(typeof s, String(s), s.toString(), s.description, t.description, s === s, s === Symbol('foo'));
var o = { a: 1 }; o[s] = 2; o[Symbol.iterator] = 3;
console.log(Object.keys(o), JSON.stringify(o), o[s], s in o, Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertySymbols(o).length, Object.getOwnPropertySymbols(o)[0] === s);
for (var k in o) console.log('key', k);
console.log(Symbol.for('x') === Symbol.for('x'), Symbol.keyFor(Symbol.for('x')), Symbol.keyFor(s));
try { s + ''; } catch (e) { console.log(e.name, e.message); }
try { +s; } catch (e) { console.log(e.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.name, e.message); }
try { Symbol.keyFor('abc'); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(s), Object.prototype.toString.call((function(){var q={};q[Symbol.toStringTag]="X";return q})()));
var it = [1, 2, 3][Symbol.iterator](); console.log(it.next(), it.next(), it.next(), it.next());
var si = 'a\ud83d\ude00b'[Symbol.iterator](); console.log(si.next(), si.next(), si.next(), si.next());
var E = {}; E[Symbol.hasInstance] = function (v) { return v === 1; }; console.log(1 instanceof E, 2 instanceof E);
var P = {}; P[Symbol.toPrimitive] = function (h) { return h === 'number' ? 42 : 'str:' + h; };
console.log(+P, '' + P, String(P), P * 2);
console.log(Object.prototype.toString.call([].entries()), [].keys().toString());
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.iterator);
console.log(Object(s) instanceof Symbol, typeof Object(s), Object(s).valueOf() === s);
console.log(s);
console.log([s], { k: s });
var d = {}; Object.defineProperty(d, s, { value: 1, enumerable: false });
console.log(Object.getOwnPropertyDescriptor(d, s).enumerable, d.hasOwnProperty(s), d.propertyIsEnumerable(s), delete d[s], d.hasOwnProperty(s));
var lit = { x: 1 }; lit[Symbol.for('k')] = 'v'; console.log(lit[Symbol.for('k')], JSON.stringify({ a: s, b: [s] }));
try { Symbol.prototype.toString.call(1); } catch (e) { console.log(e.name, e.message); }
try { var bad = {}; bad[Symbol.toPrimitive] = function () { return {}; }; +bad; } catch (e) { console.log(e.name, e.message); }
console.log(Symbol('x') == Symbol('x'), s == s, Object(s) == s, !!s, [s].length, typeof Object.getOwnPropertySymbols(Symbol.prototype)[0]);
console.log(Object.prototype.toString.call(Object(s)), Symbol.length);
var src = { a: 1 }; src[Symbol.for('as')] = 2; Object.defineProperty(src, Symbol('hidden'), { value: 3, enumerable: false }); var dst = Object.assign({}, src); console.log(dst.a, dst[Symbol.for('as')], Object.getOwnPropertySymbols(dst).length);

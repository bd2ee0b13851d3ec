// Object.fromEntries, Array flat/flatMap/at/findLast/findLastIndex/copyWithin,
// String at/codePointAt/replaceAll/fromCodePoint, the ES2015 Math functions
// and Reflect, with V8's errors (mujs patch 0062).
function tryit(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
console.log(Object.fromEntries([['a', 1], ['b', [2]]]), Object.fromEntries(new Map([[1, 'x']])));
var sk = Symbol('k'); console.log(Object.fromEntries([[sk, 1]])[sk]);
tryit(function () { return Object.fromEntries([1]); });
tryit(function () { return Object.fromEntries(); });
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [1, , [2, , 3]].flat(), [[]].flat(0));
console.log([1, 2].flatMap(function (x) { return [x, x * 2]; }), [1, 2].flatMap(function (x, i, a) { return [[x, i, a.length]]; }));
tryit(function () { return [1].flatMap(); });
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(5), [1, 2, 3].at(-4), [1, 2].at('1'), [1, 2].at(NaN), Array.prototype.at.call('ab', 1));
console.log([1, 2, 3, 4].findLast(function (x) { return x % 2; }), [1, 2, 3, 4].findLastIndex(function (x) { return x > 5; }), [1, 2, 3].findLastIndex(function (x) { return x < 3; }));
tryit(function () { return [].findLast(3); });
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2), [1, 2, 3, 4, 5].copyWithin(0, -2, -1), [1, , 3].copyWithin(0, 1));
console.log('abc'.at(-1), 'abc'.at(3), 'a\ud83d\ude00'.at(1).charCodeAt(0), '\ud83d\ude00x'.codePointAt(0), '\ud83d\ude00x'.codePointAt(1), 'abc'.codePointAt(5), 'abc'.codePointAt(-1));
console.log('a.b.c'.replaceAll('.', '$&$&'), 'aaa'.replaceAll('a', function (m, i, s) { return i + s.length; }), 'x'.replaceAll('', '-'), 'a+b+c'.replaceAll('+', '$$'), 'abab'.replaceAll(/a/g, 'X'));
tryit(function () { return 'abab'.replaceAll(/a/, 'X'); });
tryit(function () { return String.prototype.replaceAll.call(null, 'a', 'b'); });
console.log(String.fromCodePoint(65, 0x1F600, 0x10FFFF).length, String.fromCodePoint(0x1F600) === '\ud83d\ude00', String.fromCodePoint());
tryit(function () { return String.fromCodePoint(-1); });
tryit(function () { return String.fromCodePoint(1.5); });
tryit(function () { return String.fromCodePoint(0x110000); });
console.log(Math.log2(8), Math.log10(1000), Math.log1p(0), Math.expm1(0), Math.cbrt(27), Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(-3));
console.log(Math.clz32(1), Math.clz32(0), Math.fround(5.5), Math.fround(5.05), Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.sinh(0), Math.cosh(0), Math.tanh(Infinity), Math.asinh(0), Math.acosh(1), Math.atanh(0));
var o = { a: 1 }; o[sk] = 2; Object.defineProperty(o, 'h', { value: 3 });
console.log(Reflect.ownKeys(o).length, Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.get(o, 'a'), Reflect.get(o, sk));
console.log(Reflect.set(o, 'b', 5), o.b, Reflect.set(o, 'h', 9), o.h, Reflect.set(Object.freeze({ q: 1 }), 'q', 2), Reflect.set(Object.preventExtensions({}), 'n', 1));
var proto = {}; var child = Object.create(proto);
console.log(Reflect.getPrototypeOf(child) === proto, Reflect.setPrototypeOf(child, null), Reflect.getPrototypeOf(child), Reflect.setPrototypeOf(proto, child), Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
console.log(Reflect.defineProperty(o, 'd', { value: 1 }), Reflect.defineProperty(o, 'h', { value: 4 }), Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(o, 'h'), 'a' in o);
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(function () { return this.v; }, { v: 7 }, []), Reflect.construct(Date, [0]).getTime(), Reflect.isExtensible({}), Reflect.preventExtensions({}));
console.log(Reflect.getOwnPropertyDescriptor(o, 'h'), Object.prototype.toString.call(Reflect), typeof Reflect);
tryit(function () { return Reflect.ownKeys(1); });
tryit(function () { return Reflect.get('s', 'length'); });
tryit(function () { return Reflect.apply(1); });
tryit(function () { return Reflect.apply(Math.max, null); });
tryit(function () { return Reflect.setPrototypeOf({}, 1); });
tryit(function () { return Reflect.defineProperty({}, 'x'); });
tryit(function () { return Reflect.construct(function () {}, 1); });
console.log(String.fromCodePoint.length); try { String.fromCodePoint(undefined) } catch (e) { console.log(e.message) }

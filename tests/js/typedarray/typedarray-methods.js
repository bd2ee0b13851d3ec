// %TypedArray%.prototype's methods and the static from/of, compared with
// node 20: results, the receiver's kind kept, callbacks' arguments, and the
// errors for a bad receiver or callback.
function show(ta) {
	var out = [];
	for (var i = 0; i < ta.length; i++) out.push(Object.is(ta[i], -0) ? '-0' : String(ta[i]));
	return Object.prototype.toString.call(ta).slice(8, -1) + '[' + out.join(',') + ']';
}
function tryIt(label, f) {
	try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
var a = new Int16Array([5, -3, 9, 0, -3, 12]);
console.log(show(a.subarray(1, 4)), show(a.subarray(-2)), show(a.subarray(4, 1)), a.subarray(2).byteOffset, a.subarray(2).buffer === a.buffer);
var sub = a.subarray(1, 3); sub[0] = 100;
console.log(show(a), show(a.slice(1, 3)), show(a.slice(-3, -1)), a.slice(1).buffer === a.buffer);
var s2 = a.slice(0, 2); s2[0] = 7;
console.log(a[0], s2[0]);
console.log(show(new Uint8Array(5).fill(300)), show(new Float32Array(4).fill(1.5, 1, -1)), show(new Int8Array(4).fill(-1, -2)));
console.log(a.indexOf(-3), a.indexOf(-3, 2), a.indexOf('9'), a.lastIndexOf(-3), a.lastIndexOf(-3, 3), a.lastIndexOf(-3, -3), a.includes(12), a.includes(13), a.includes(-3, -1));
console.log(new Float64Array([NaN]).includes(NaN), new Float64Array([NaN]).indexOf(NaN), new Float64Array([-0]).indexOf(0), new Float64Array([0]).includes(-0));
console.log(a.join(), a.join(' - '), a.join(undefined), new Uint8Array(0).join('x') === '', new Float64Array([1e21, 0.1, -0]).join());
console.log(show(new Uint8Array([1, 2, 3, 4]).reverse()), show(new Uint8Array([1, 2, 3]).reverse()));
console.log(show(new Float64Array([3, -0, 1, NaN, 0, -Infinity, 10, 2]).sort()));
console.log(show(new Int32Array([10, 9, 1, 100, -5]).sort()), show(new Uint32Array([10, 9, 1, 100]).sort(function (x, y) { return y - x; })));
var pairs = new Uint8Array([21, 11, 22, 12, 23, 13]);
console.log(show(pairs.sort(function (x, y) { return (x % 10) - (y % 10); })));
console.log(show(a.map(function (x, i) { return x * 2 + i; })), show(new Uint8Array([1, 2]).map(function (x) { return x * 200; })));
var seen = [];
new Int8Array([4, 5]).forEach(function (v, i, arr) { seen.push(v + '@' + i + ':' + (arr instanceof Int8Array) + ':' + this.tag); }, { tag: 'T' });
console.log(seen.join(' '));
console.log(show(a.filter(function (x) { return x > 0; })), show(a.filter(function () { return false; })));
console.log(a.reduce(function (s, x) { return s + x; }), a.reduce(function (s, x) { return s + ',' + x; }, ''), a.reduceRight(function (s, x) { return s + ',' + x; }, ''));
console.log(a.some(function (x) { return x > 50; }), a.some(function (x) { return x > 500; }), a.every(function (x) { return x > -10; }), a.every(function (x) { return x > 0; }));
console.log(a.find(function (x) { return x < 0; }), a.findIndex(function (x) { return x < 0; }), a.find(function (x) { return x > 1000; }), a.findIndex(function (x) { return x > 1000; }));
console.log(a.findLast(function (x) { return x > 0; }), a.findLastIndex(function (x) { return x > 0; }), a.at(0), a.at(-1), a.at(6), a.at(-7));
console.log(show(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3)), show(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3)), show(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, 0)));
var t = new Uint8Array(6);
t.set([1, 2]); t.set(new Int8Array([-1, -2]), 3); t.set({ length: 1, 0: 9 }, 5);
console.log(show(t));
var ov = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
ov.set(ov.subarray(0, 4), 2);
console.log(show(ov));
var ovw = new Uint16Array(4); var ovb = new Uint8Array(ovw.buffer); ovb.set([1, 2, 3, 4, 5, 6, 7, 8]);
ovw.set(ovb.subarray(0, 4));
console.log(show(ovw));
tryIt('set past the end', function () { new Uint8Array(2).set([1, 2, 3]); });
tryIt('set negative offset', function () { new Uint8Array(2).set([1], -1); });
tryIt('set offset', function () { new Uint8Array(2).set(new Uint8Array(2), 1); });

// iteration
var it = new Uint8Array([7, 8])[Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), Object.prototype.toString.call(it));
console.log(Array.from(new Int8Array([1, -1]).keys()), Array.from(new Int8Array([1, -1]).values()), JSON.stringify(Array.from(new Int8Array([1, -1]).entries())));
console.log(Array.from(new Float32Array([0.5, 2])), Uint8Array.prototype[Symbol.iterator] === Uint8Array.prototype.values);

// from and of
console.log(show(Uint8Array.from([1, 2, 300])), show(Int16Array.from('123')), show(Float64Array.from(new Set([1.5, 2.5]))),
	show(Uint8Array.from({ length: 2, 0: 4 })), show(Int8Array.from([1, 2], function (x, i) { return x * 10 + i + this.k; }, { k: 1 })));
console.log(show(Uint8Array.of()), show(Float32Array.of(1, 2.5, '3')), show(Int8Array.of(200)));
tryIt('from bad map', function () { return Uint8Array.from([1], 5); });
tryIt('from this', function () { return Uint8Array.from.call({}, [1]); });
tryIt('of this', function () { return Uint8Array.of.call(function () {}, 1); });

// bad receivers and callbacks
tryIt('map receiver', function () { return Uint8Array.prototype.map.call([1], function (x) { return x; }); });
tryIt('length receiver', function () { return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get.call([]); });
tryIt('forEach callback', function () { return new Uint8Array(1).forEach(); });
tryIt('filter callback', function () { return new Uint8Array(1).filter({}); });
tryIt('reduce empty', function () { return new Uint8Array(0).reduce(function () {}); });
tryIt('sort comparator', function () { return new Uint8Array(2).sort('x'); });
tryIt('throwing comparator', function () { return new Uint8Array([2, 1]).sort(function () { throw new Error('cmp'); }); });
tryIt('throwing filter', function () { return new Uint8Array([2, 1]).filter(function () { throw new Error('flt'); }); });
console.log(typeof Object.getPrototypeOf(Uint8Array.prototype).toString, Uint8Array.prototype.toString === Array.prototype.toString);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Uint8Array.prototype)).sort().join());
var w = new Int8Array([3, 1, 2]);
console.log(show(w.toReversed()), show(w.toSorted()), show(w.toSorted(function (x, y) { return y - x; })), show(w.with(-1, 9)), show(w));
tryIt('with range', function () { return w.with(3, 1); });

// thisArg when absent, the value a predicate saw, and conversions' order
var thisSeen = [];
new Uint8Array([1]).forEach(function () { thisSeen.push(this === undefined); }); // strict callers below
(function () { 'use strict'; new Uint8Array([1]).forEach(function () { thisSeen.push(this === undefined); }); new Uint8Array([1]).some(function () { thisSeen.push(this === undefined); }); })();
Uint8Array.from([1], function () { 'use strict'; thisSeen.push(this === undefined); return 0; });
console.log(thisSeen.join());
var changing = new Uint8Array([1, 2]);
console.log(changing.find(function (v, i, arr) { arr[0] = 7; return i === 0; }), changing.findLast(function (v, i, arr) { arr[1] = 9; return i === 1; }));
var coerced = 0, from = { valueOf: function () { coerced++; return 0; } };
new Uint8Array(0).indexOf(0, from); new Uint8Array(0).includes(0, from); new Uint8Array(0).lastIndexOf(0, from);
console.log('fromIndex coerced', coerced);
var order = [];
tryIt('DataView set order', function () { new DataView(new ArrayBuffer(2)).setUint8(100, { valueOf: function () { order.push('value'); return 1; } }); });
console.log(order.join());

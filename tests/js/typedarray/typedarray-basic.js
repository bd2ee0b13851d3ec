// Typed arrays in the engine (issue 15, item 3): constructors, element
// conversions per kind, integer-indexed access, the accessors and the
// prototype chain. Compared with node 20.
var kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
	Int32Array, Uint32Array, Float32Array, Float64Array];
var names = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
	'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];
function show(ta) {
	var out = [];
	for (var i = 0; i < ta.length; i++) out.push(Object.is(ta[i], -0) ? '-0' : String(ta[i]));
	return Object.prototype.toString.call(ta) + '(' + ta.length + ')[' + out.join(',') + ']';
}
var values = [0, -0, 1, -1, 127, 128, 255, 256, 257, -129, 1.5, 2.5, -1.5, 0.49999, 65535, 65536,
	-32769, 2147483647, 2147483648, 4294967295, 4294967296, -4294967297, 1e20, -1e20,
	NaN, Infinity, -Infinity, 3.4e38, 1e-40, '12', '0x10', ' 7 ', 'abc', true, null, undefined,
	{ valueOf: function () { return 42; } }, [5], [], 0.1];
kinds.forEach(function (K, n) {
	console.log(names[n], K.name, K.length, K.BYTES_PER_ELEMENT, K.prototype.BYTES_PER_ELEMENT,
		Object.getPrototypeOf(K) === Object.getPrototypeOf(Int8Array),
		Object.getPrototypeOf(K.prototype) === Object.getPrototypeOf(Int8Array.prototype));
	var ta = new K(values.length);
	for (var i = 0; i < values.length; i++) ta[i] = values[i];
	console.log(show(ta));
	console.log(show(new K(values)));
	console.log(show(K.from(values)));
});

// lengths and the arguments each constructor takes
console.log(show(new Uint8Array()), show(new Uint8Array(undefined)), show(new Uint8Array(null)),
	show(new Uint8Array(2.7)), show(new Uint8Array('3')), show(new Uint8Array(NaN)), show(new Uint8Array(true)));
console.log(show(new Uint16Array({ length: 3, 0: 1, 1: '2', 2: 'x' })));
console.log(show(new Int32Array(new Set([3, 1, 2]))));
console.log(show(new Float64Array(new Int8Array([-1, 2, -3]))));
console.log(show(new Uint8Array(new Float32Array([1.7, -1.7, 300]))));
var ab = new ArrayBuffer(16);
var u8 = new Uint8Array(ab), i32 = new Int32Array(ab, 4, 2), f64 = new Float64Array(ab, 8);
i32[0] = -2; f64[0] = 1.5;
console.log(show(u8), i32.byteOffset, i32.byteLength, i32.length, f64.byteOffset, f64.length);
console.log(u8.buffer === ab, i32.buffer === ab, show(new Uint16Array(ab, 2)));
var copy = new Uint8Array(u8);
copy[0] = 99;
console.log(u8[0], copy[0], copy.buffer === u8.buffer);

// integer-indexed access: out of range reads undefined, writes nothing,
// canonical numeric names never reach the prototype or make a property
var t = new Uint8Array(3);
t[3] = 1; t[-1] = 2; t['1.5'] = 3; t['-0'] = 4; t[1e3] = 5; t.foo = 6; t['01'] = 7;
console.log(t[3], t[-1], t['1.5'], t['-0'], t[1e3], t.foo, t['01'], show(t));
console.log(Object.keys(t), JSON.stringify(t), 1 in t, 3 in t, 'foo' in t);
Uint8Array.prototype[5] = 'proto';
Object.prototype[6] = 'proto';
console.log(t[5], t[6], new Uint8Array(10)[5]);
delete Uint8Array.prototype[5];
delete Object.prototype[6];
var keys = [];
for (var k in new Int16Array(3)) keys.push(k);
console.log(keys.join());
var e = new Float64Array(2);
e['0'] = '3.25'; e[1] = { valueOf: function () { return -7; } };
console.log(show(e));

// tags, instanceof, prototype chains
console.log(Object.prototype.toString.call(new ArrayBuffer(1)), Object.prototype.toString.call(new DataView(new ArrayBuffer(1))));
console.log(new Uint8Array(1) instanceof Uint8Array, new Uint8Array(1) instanceof Int8Array,
	new Uint8Array(1) instanceof Object.getPrototypeOf(Uint8Array), Array.isArray(new Uint8Array(1)));
console.log(typeof Object.getPrototypeOf(Int8Array), Object.getPrototypeOf(Int8Array).name,
	Object.getPrototypeOf(Int8Array.prototype)[Symbol.toStringTag], Uint8Array.prototype[Symbol.toStringTag],
	new Uint8ClampedArray(2)[Symbol.toStringTag]);
console.log(String(new Float32Array([0.5, 1, -2])), new Int8Array([1, 2]) + '', new Uint8Array(0).toString() === '');
console.log(Array.prototype.slice.call(new Uint8Array([4, 5, 6]), 1), Array.prototype.map.call(new Int8Array([1, 2]), function (x) { return x * 2; }));
console.log(ArrayBuffer.isView(u8), ArrayBuffer.isView(new DataView(ab)), ArrayBuffer.isView(ab), ArrayBuffer.isView([]), ArrayBuffer.isView());

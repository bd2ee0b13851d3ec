// ArrayBuffer and DataView in the engine: sizes, slice, isView, every get/set
// method in both byte orders, and the errors V8 gives for bad lengths,
// offsets and receivers. Compared with node 20.
function tryIt(label, f) {
	try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
function bytes(buf) { return Array.prototype.join.call(new Uint8Array(buf), ' '); }
var ab = new ArrayBuffer(8);
console.log(ab.byteLength, new ArrayBuffer().byteLength, new ArrayBuffer(2.9).byteLength, new ArrayBuffer('3').byteLength, ArrayBuffer.length, ArrayBuffer.name);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(bytes(ab.slice(2)), bytes(ab.slice(-3, -1)), bytes(ab.slice(5, 2)), ab.slice(1, 3).byteLength, ab.slice() !== ab);
var dv = new DataView(ab, 1, 6);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === ab, new DataView(ab).byteLength, new DataView(ab, 8).byteLength);
var methods = ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64'];
var samples = [0, 1, -1, 127, -128, 255, 256, 65535, -32768, 2147483647, -2147483648, 4294967295, 1.5, -0.1, 1e10, NaN, Infinity, -Infinity, 3.4028235e38];
methods.forEach(function (m) {
	var size = m.match(/\d+/)[0] / 8;
	var view = new DataView(new ArrayBuffer(16));
	var out = [];
	samples.forEach(function (x) {
		view['set' + m](1, x);
		var big = view['get' + m](1), le = view['get' + m](1, true);
		view['set' + m](1, x, true);
		out.push(x + ':' + big + '/' + le + '/' + view['get' + m](1, true) + '/' + bytes(view.buffer.slice(1, 1 + size)));
	});
	console.log(m, out.join(' '));
	tryIt(m + ' end', function () { return view['get' + m](16 - size + 1); });
	tryIt(m + ' negative', function () { return view['set' + m](-1, 0); });
});
tryIt('getUint8 no offset', function () { return new DataView(new ArrayBuffer(1)).getUint8(); });
tryIt('setFloat64 undefined', function () { var v = new DataView(new ArrayBuffer(8)); v.setFloat64(0); return v.getFloat64(0); });

// errors
tryIt('ArrayBuffer()', function () { return ArrayBuffer(1); });
tryIt('ArrayBuffer(-1)', function () { return new ArrayBuffer(-1); });
tryIt('Uint8Array()', function () { return Uint8Array(1); });
tryIt('TypedArray', function () { return new (Object.getPrototypeOf(Uint8Array))(); });
tryIt('Uint8Array(-1)', function () { return new Uint8Array(-1); });
tryIt('Float64Array(-2.5)', function () { return new Float64Array(-2.5); });
tryIt('Int16Array odd offset', function () { return new Int16Array(new ArrayBuffer(4), 1); });
tryIt('Int32Array odd length', function () { return new Int32Array(new ArrayBuffer(6)); });
tryIt('Int32Array past end', function () { return new Int32Array(new ArrayBuffer(8), 4, 2); });
tryIt('Uint8Array offset past end', function () { return new Uint8Array(new ArrayBuffer(4), 5); });
tryIt('Uint8Array offset negative', function () { return new Uint8Array(new ArrayBuffer(4), -1); });
tryIt('Uint8Array offset + length', function () { return new Uint8Array(new ArrayBuffer(4), 2, 3); });
tryIt('DataView()', function () { return DataView(ab); });
tryIt('DataView not buffer', function () { return new DataView([1, 2]); });
tryIt('DataView offset', function () { return new DataView(new ArrayBuffer(4), 5); });
tryIt('DataView length', function () { return new DataView(new ArrayBuffer(4), 1, 4); });
tryIt('byteLength receiver', function () { return Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call({}); });
tryIt('slice receiver', function () { return ArrayBuffer.prototype.slice.call(new Uint8Array(2)); });
tryIt('iterable with bad iterator', function () { var o = {}; o[Symbol.iterator] = 5; return new Uint8Array(o); });
tryIt('length with valueOf throwing', function () { return new Uint8Array({ valueOf: function () { throw new Error('boom'); } }).length; });
tryIt('element valueOf throwing', function () { var t = new Uint8Array(1); t[0] = { valueOf: function () { throw new Error('elem'); } }; });
tryIt('huge length', function () { return new Uint8Array(Math.pow(2, 53)); });

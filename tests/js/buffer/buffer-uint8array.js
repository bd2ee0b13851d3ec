// Buffer as a Uint8Array subclass (issue 15 item 3): the prototype chain,
// the typed-array methods on a Buffer, .buffer / .byteOffset, copies and
// shared memory between Buffers, Uint8Arrays and ArrayBuffers, and the
// Buffer functions that take a Uint8Array. Buffers come from Buffer.alloc
// (node's pool would make byteOffset and buffer.byteLength differ).
function tryIt(label, f) {
	try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
var b = Buffer.alloc(5); b.write('hello');
console.log(b instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.isBuffer(new Uint8Array(1)));
console.log(Object.prototype.toString.call(b), ArrayBuffer.isView(b), b.buffer instanceof ArrayBuffer, b.buffer === b.buffer, b.byteOffset, b.byteLength, b.buffer.byteLength);
var u = new Uint8Array(b); u[0] = 72;
console.log(b.toString(), u.length, u[0], u instanceof Buffer, new Int16Array(b).length, new Float64Array(Buffer.from([1, 255]))[1]);
console.log(Array.from(b.map(function (x) { return x + 1; })), b.filter(function (x) { return x > 104; }).length, b.reduce(function (a, x) { return a + x; }, 0));
console.log(b.some(function (x) { return x === 108; }), b.every(function (x) { return x > 100; }), b.find(function (x) { return x > 104; }), b.findIndex(function (x) { return x > 104; }), b.at(-1));
console.log(Array.from(b), Array.from(b.keys()), JSON.stringify(Array.from(Buffer.from('ab').entries())), Array.from(Buffer.from([3, 1, 2]).sort()), Buffer.from([1, 2, 3]).reverse());
console.log(Buffer.from([1, 2, 3]).join('-'), Buffer.from([9, 8]).toReversed(), Buffer.from([200]).with(0, 7)[0]);
var ab = new ArrayBuffer(8), v = new Uint8Array(ab), fb = Buffer.from(ab, 2, 4);
fb[0] = 9; v[3] = 7;
console.log(v[2], fb[1], fb.length, fb.buffer === ab, fb.byteOffset, Buffer.from(ab).length, Buffer.from(ab, 6).length, Buffer.from(ab, 1, 0).length);
var whole = Buffer.from(ab); whole.fill(4);
console.log(Array.from(v), fb.toString('hex'));
var c = Buffer.from(new Uint8Array([1, 2, 3])); c[0] = 50;
console.log(c, Buffer.isBuffer(c), Buffer.from(new Uint16Array([258, 3])), Buffer.from(new Float32Array([1.5, -1])));
var src = new Uint8Array([1, 2, 3]), copied = Buffer.from(src); src[0] = 9; console.log(copied[0]);
console.log(Buffer.concat([Buffer.from('a'), new Uint8Array([98])]).toString(), Buffer.from('ab').equals(new Uint8Array([97, 98])), Buffer.compare(new Uint8Array([1]), Buffer.from([2])), Buffer.from([5]).compare(new Uint8Array([5])));
var big = Buffer.alloc(10); var s = big.subarray(3, 6);
s[0] = 1; console.log(new Uint8Array(s.buffer)[3], s.byteOffset, big.slice(2).byteOffset, big[3], s.buffer.byteLength);
var t = new Uint8Array(4); t.set(Buffer.from([5, 6]), 1); console.log(Array.from(t));
var sb = Buffer.alloc(4); sb.set([7, 8], 2); sb.set(new Uint8Array([1]), 0); console.log(sb);
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(2))));
var bb = Buffer.alloc(300, 1); var w = new Uint16Array(bb.buffer, bb.byteOffset, 2); w[1] = 0x0203;
console.log(w[0], w.length, bb[2], bb[3]);
var dv = new DataView(bb.buffer, bb.byteOffset); dv.setUint32(0, 0xdeadbeef); console.log(bb.readUInt32BE(0).toString(16));
console.log(Buffer.from(Buffer.alloc(3, 'x').buffer).toString());
tryIt('offset past end', function () { return Buffer.from(new ArrayBuffer(4), 5); });
tryIt('length past end', function () { return Buffer.from(new ArrayBuffer(4), 1, 4); });
tryIt('negative length', function () { return Buffer.from(new ArrayBuffer(4), 1, -3).length; });
tryIt('NaN offset', function () { return Buffer.from(new ArrayBuffer(4), NaN).length; });
tryIt('TypedArray method on a plain object', function () { return Uint8Array.prototype.map.call({ length: 1 }, function (x) { return x; }); });

// A Buffer is a Uint8Array whose prototype is Buffer.prototype, as Node's:
// species of the TypedArray methods, buf.buffer / byteOffset sharing, the
// 8 KiB pool (Buffer.poolSize), Buffer methods taking plain Uint8Arrays,
// and `length` as the built-in getter (assignment ignored; a getter of
// one's own on the chain wins).
// Sloppy mode on purpose: assignments to getter-only properties are ignored.
function t(name, fn) {
  try { console.log(name, fn()); } catch (e) { console.log(name, 'throws', e.name, e.code, e.message); }
}
var b = Buffer.from('hello world');
t('proto', function () {
  return [Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
    Object.getPrototypeOf(Buffer) === Uint8Array, b instanceof Uint8Array, b instanceof Buffer,
    b.buffer instanceof ArrayBuffer, Object.prototype.toString.call(b), ArrayBuffer.isView(b)].join();
});
t('species map', function () { var m = b.map(function (x) { return x + 1; }); return [Buffer.isBuffer(m), m.toString(), m.buffer !== b.buffer].join(); });
t('species filter', function () { var f = b.filter(function (x) { return x !== 0x6c; }); return [Buffer.isBuffer(f), f.toString()].join(); });
t('subarray shares', function () {
  var s = b.subarray(6, 9);
  s[0] = 0x57;
  return [Buffer.isBuffer(s), s.buffer === b.buffer, s.byteOffset - b.byteOffset, s.toString(), b.toString()].join();
});
t('slice shares', function () { var s = b.slice(-5); s[4] = 0x44; return [Buffer.isBuffer(s), b.toString()].join(); });
t('Uint8Array slice copies', function () {
  var s = Uint8Array.prototype.slice.call(b, 0, 5);
  s[0] = 0x4a;
  return [Buffer.isBuffer(s), s.buffer !== b.buffer, b.toString()].join();
});
t('new Uint8Array(buf) copies', function () { var u = new Uint8Array(b); u[0] = 1; return [Buffer.isBuffer(u), u.length, b[0]].join(); });
t('view over buf.buffer', function () {
  var c = Buffer.alloc(8);
  var u = new Uint8Array(c.buffer, c.byteOffset, c.length);
  u[3] = 7;
  new DataView(c.buffer, c.byteOffset).setUint16(4, 0x0102);
  return c.toString('hex');
});
t('pool', function () {
  var x = Buffer.allocUnsafe(10), y = Buffer.allocUnsafe(10);
  return [Buffer.poolSize, x.buffer.byteLength, x.buffer === y.buffer, y.byteOffset - x.byteOffset,
    Buffer.from('abc').buffer.byteLength, Buffer.from([1, 2]).buffer.byteLength,
    Buffer.concat([Buffer.from('a'), Buffer.from('b')]).buffer.byteLength].join();
});
t('not pooled', function () {
  return [Buffer.alloc(10).buffer.byteLength, Buffer.allocUnsafeSlow(10).buffer.byteLength,
    Buffer.allocUnsafe(4096).buffer.byteLength, Buffer.allocUnsafe(0).buffer.byteLength,
    Buffer.from('x'.repeat(5000)).buffer.byteLength].join();
});
t('from(arrayBuffer) shares', function () {
  var ab = new ArrayBuffer(6);
  var v = Buffer.from(ab, 2, 3);
  v[0] = 9;
  return [v.buffer === ab, v.byteOffset, v.length, new Uint8Array(ab)[2]].join();
});
t('hex shorter than its bound', function () { var h = Buffer.from('abzz', 'hex'); return [h.length, h.toString('hex')].join(); });
var u = new Uint8Array([104, 105]);
t('Buffer.from(u8) copies', function () { var c = Buffer.from(u); c[0] = 0; return [Buffer.isBuffer(c), u[0]].join(); });
t('Buffer.from(u16)', function () { return Buffer.from(new Uint16Array([1, 257, 65535])).toString('hex'); });
t('Buffer.from(dataview)', function () { return Buffer.from(new DataView(new ArrayBuffer(4))).length; });
t('concat', function () { return Buffer.concat([u, Buffer.from('!')]).toString(); });
t('concat u16', function () { return Buffer.concat([new Uint16Array(1)]); });
t('compare', function () { return [Buffer.compare(u, Buffer.from('hi')), Buffer.compare(Buffer.from('a'), u)].join(); });
t('compare dv', function () { return Buffer.compare(new DataView(new ArrayBuffer(1)), u); });
t('equals', function () { return [Buffer.from('hi').equals(u), Buffer.from('ho').equals(u)].join(); });
t('equals u16', function () { return Buffer.from('hi').equals(new Uint16Array(1)); });
t('buf.compare', function () { return Buffer.from('hi').compare(u); });
t('set', function () { var c = Buffer.alloc(4); c.set(u, 1); c.set([7], 0); return c.toString('hex'); });
t('copy to u8', function () { var d = new Uint8Array(3); return [Buffer.from('xyz').copy(d, 1), Array.from(d).join(' ')].join(); });
t('indexOf u8', function () { return Buffer.from('ohhi').indexOf(u); });
t('isBuffer(u8)', function () { return [Buffer.isBuffer(u), Buffer.isBuffer(new Uint8Array(b.buffer))].join(); });
t('length assignment', function () {
  var c = Buffer.from('abc');
  c.length = 1;
  var v = new Uint8Array(3);
  v.length = 1;
  return [c.length, v.length, Object.keys(v).join('.')].join();
});
t('length getter of ones own', function () {
  function Sub() {}
  Sub.prototype = Object.create(Uint8Array.prototype);
  Object.defineProperty(Sub.prototype, 'length', { get: function () { return 42; } });
  var x = new Uint8Array(2);
  Object.setPrototypeOf(x, Sub.prototype);
  return [x.length, x.byteLength].join();
});
t('inherited getter only', function () {
  var p = { get x() { return 1; } };
  var o = Object.create(p);
  o.x = 5;
  return [o.x, Object.keys(o).length].join();
});
t('json', function () { return JSON.stringify(Buffer.from([1, 2])); });
t('entries', function () { var it = Buffer.from('ab').entries(), r = [], e; while (!(e = it.next()).done) r.push(e.value.join(':')); return r.join(' '); });

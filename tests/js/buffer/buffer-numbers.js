// readUInt*/readInt*/readFloat*/readDouble* and the write* family.
var b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xf5, 0xf6, 0xf7, 0xf8, 0x80, 0x7f]);
console.log(b.readUInt8(0), b.readUInt8(9), b.readUint8(4), b.readInt8(4), b.readInt8(9), b.readUInt8());
console.log(b.readUInt16LE(0), b.readUInt16BE(0), b.readInt16LE(4), b.readInt16BE(4), b.readUint16LE(8), b.readUint16BE(8));
console.log(b.readUInt32LE(0), b.readUInt32BE(0), b.readInt32LE(4), b.readInt32BE(4), b.readUint32LE(6), b.readUint32BE(6));
console.log(b.readUIntLE(0, 3), b.readUIntBE(0, 3), b.readIntLE(4, 3), b.readIntBE(4, 5), b.readUIntLE(4, 6), b.readIntBE(4, 6), b.readIntLE(8, 1), b.readUintBE(1, 2));
var f = Buffer.alloc(8);
console.log(f.writeFloatLE(1.5, 0), f, f.readFloatLE(0), f.writeFloatBE(-2.25, 4), f.readFloatBE(4), f.readFloatLE(4));
console.log(f.writeDoubleLE(0.1), f, f.readDoubleLE(0), f.writeDoubleBE(-1e300), f.readDoubleBE(), f.readDoubleBE(0) === -1e300);
console.log(f.writeFloatLE(NaN), f.readFloatLE(0), f.writeFloatLE(Infinity), f.readFloatLE(), f.writeDoubleLE(-0), 1 / f.readDoubleLE(0));
var w = Buffer.alloc(10);
console.log(w.writeUInt8(255), w.writeUint8(1, 1), w.writeInt8(-128, 2), w.writeInt8(127, 3), w);
console.log(w.writeUInt16LE(0xbeef), w.writeUInt16BE(0xbeef, 2), w.writeInt16LE(-2, 4), w.writeInt16BE(-32768, 6), w.writeUint16LE(1, 8), w);
console.log(w.writeUInt32LE(0xdeadbeef), w.writeUInt32BE(0xdeadbeef, 4), w);
console.log(w.writeInt32LE(-1), w.writeInt32BE(-2147483648, 4), w.writeUint32BE(7, 6), w);
console.log(w.writeUIntLE(0x123456, 0, 3), w.writeUIntBE(0x123456, 3, 3), w.writeIntLE(-2, 6, 2), w.writeIntBE(-1, 8, 1), w);
console.log(w.writeUIntLE(0xffffffffffff, 0, 6), w.writeIntBE(-0x800000000000, 4, 6), w, w.readIntBE(4, 6), w.readUIntLE(0, 6));
console.log(w.writeUInt8(1.9, 0), w.writeUInt8('7', 1), w.writeUInt16LE(NaN, 2), w.writeInt32LE(3.7, 4), w);
console.log(w.writeUIntLE(0x1234, 0, 2), w.writeUIntLE(5, 2, 1), w.writeIntLE(-5, 3, 5), w.readIntLE(3, 5), w.readUIntBE(3, 4));
var errs = [
  function () { b.readUInt8(10); },
  function () { b.readUInt8(-1); },
  function () { b.readUInt8(1.5); },
  function () { b.readUInt8('1'); },
  function () { b.readUInt8(NaN); },
  function () { b.readUInt16LE(9); },
  function () { b.readUInt32BE(7); },
  function () { b.readDoubleLE(3); },
  function () { Buffer.alloc(1).readUInt16LE(0); },
  function () { Buffer.alloc(0).readUInt8(); },
  function () { b.readUIntLE(0); },
  function () { b.readUIntLE(undefined, 2); },
  function () { b.readIntBE(0, 7); },
  function () { b.readIntBE(0, 1.5); },
  function () { b.readIntBE(0, 0); },
  function () { b.readUIntLE(6, 6); },
  function () { w.writeUInt8(256); },
  function () { w.writeUInt8(-1, 0); },
  function () { w.writeUInt8(1, 10); },
  function () { w.writeUInt8(1, 'x'); },
  function () { w.writeInt8(128); },
  function () { w.writeUInt16LE(65536); },
  function () { w.writeInt16BE(-32769); },
  function () { w.writeUInt32LE(4294967296); },
  function () { w.writeUInt32LE(-1, 0); },
  function () { w.writeInt32LE(2147483648); },
  function () { w.writeUInt16BE(1, 9); },
  function () { w.writeUInt16BE(1, 0.5); },
  function () { w.writeUInt16BE(1, '0'); },
  function () { w.writeDoubleLE(1, 3); },
  function () { w.writeFloatBE(1, -1); },
  function () { w.writeIntLE(1e20, 0, 6); },
  function () { w.writeUIntBE(-1, 0, 6); },
  function () { w.writeUIntBE(1, 0, 7); },
  function () { w.writeUIntBE(1, undefined, 2); },
  function () { w.writeUIntLE(1, undefined, 1); },
  function () { w.writeUIntLE(300, 9, 1); },
  function () { w.writeIntLE(1, 8, 3); },
  function () { w.writeUInt32BE(1e10, 0); },
  function () { w.writeIntBE(5e15, 0, 6); }
];
errs.forEach(function (fn, i) {
  try { console.log(i, 'no error', fn()); } catch (e) { console.log(i, e.name, e.code, e.message); }
});

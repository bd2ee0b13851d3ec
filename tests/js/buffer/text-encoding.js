// TextEncoder and TextDecoder, globals as in Node, over Uint8Array and
// ArrayBuffer (issue 15 item 3); compared with node 20, error paths included.
function tryIt(label, f) {
	try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
var te = new TextEncoder();
var u = te.encode('h\u00e9llo \u20ac \ud83d\ude00');
console.log(te.encoding, u instanceof Uint8Array, Buffer.isBuffer(u), u.length, Array.prototype.join.call(u, ','));
console.log(te.encode().length, te.encode('').length, te.encode(12).length, Object.prototype.toString.call(te));
var dest = new Uint8Array(6);
console.log(JSON.stringify(te.encodeInto('a\u00e9\u20acz', dest)), Array.prototype.join.call(dest, ','));
console.log(JSON.stringify(te.encodeInto('\ud83d\ude00x', new Uint8Array(3))), JSON.stringify(te.encodeInto('abc', new Uint8Array(10).subarray(8))));
var td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, td.decode(u), td.decode(u.buffer), td.decode(), td.decode(new Uint8Array(0)));
console.log(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
console.log(td.decode(new Uint8Array([0x61, 0xff, 0x62])), td.decode(Buffer.from('buf')), td.decode(new DataView(new Uint8Array([0x68, 0x69]).buffer)));
console.log(new TextDecoder('UTF8').encoding, new TextDecoder(' utf-16le ').decode(new Uint8Array([0x61, 0, 0x62, 0])), new TextDecoder('latin1').encoding);
console.log(td.decode(new Uint16Array([0x6968])), td.decode(new Uint8Array([1, 0x41, 0x42, 3]).subarray(1, 3)));
tryIt('fatal', function () { return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x61, 0xc3])); });
tryIt('fatal ok', function () { return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3, 0xa9])); });
tryIt('label', function () { return new TextDecoder('nope'); });
tryIt('decode string', function () { return td.decode('abc'); });
tryIt('encodeInto', function () { return te.encodeInto('a', [0]); });

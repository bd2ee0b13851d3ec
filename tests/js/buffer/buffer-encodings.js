// Encodings: utf8 (WHATWG replacement), hex, base64, base64url, latin1, ascii, utf16le.
function esc(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) out.push(s.charAt(i));
    else out.push('\\u' + (c + 0x10000).toString(16).slice(1));
  }
  return out.join('');
}
function hex(b) { return b.toString('hex'); }
var str = 'h\u00e9llo \u20ac \ud83d\ude00 \u0000 end';
var encs = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'UCS-2', 'UTF8', 'Latin1'];
encs.forEach(function (e) {
  var b = Buffer.from(str, e);
  console.log(e, b.length, Buffer.byteLength(str, e), hex(b), esc(b.toString(e)));
});
var bytes = Buffer.from([0, 1, 0x7f, 0x80, 0xff, 0xfe, 0x41, 0xc3, 0xa9]);
encs.forEach(function (e) { console.log(e, esc(bytes.toString(e))); });
// utf8 decoding: maximal subparts become one U+FFFD each
var bad = [
  [0x80], [0xbf, 0x41], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41], [0xe0, 0x80, 0x80], [0xe0, 0xa0],
  [0xe0, 0xa0, 0x41], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xef, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80],
  [0xf0, 0x90, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80], [0xff, 0xfe, 0xfd], [0xf1, 0x80, 0x41, 0xf1, 0x80, 0x80], [0x41, 0xe2, 0x82], [0xe2, 0x82, 0xac, 0xe2]
];
bad.forEach(function (a) { console.log(hex(Buffer.from(a)), esc(Buffer.from(a).toString())); });
// lone surrogates encode as U+FFFD in utf8, keep their units in utf16le/latin1
['\ud800', 'a\udc00b', '\ud83d', '\ude00\ud83d'].forEach(function (s) {
  console.log(esc(s), hex(Buffer.from(s)), hex(Buffer.from(s, 'utf16le')), hex(Buffer.from(s, 'latin1')), Buffer.byteLength(s));
});
// hex: stops at the first invalid pair, odd length drops the last digit
['abcdef', 'ABCDEF', 'abc', 'abzz12', 'zz', '0g', '', '\u00e9'].forEach(function (s) {
  console.log(JSON.stringify(s), hex(Buffer.from(s, 'hex')), Buffer.byteLength(s, 'hex'));
});
// base64 forgiving decoder: whitespace and illegal chars skipped, '=' stops
['aGVsbG8=', 'aGVsbG8', 'aGVs bG8=', 'aGVs\nbG8=', 'YQ==YQ==', 'YW-_', 'YW+/', 'Y', 'YQ', 'YWI', '!!!YWJj', 'YWJ=jZA', '', '===='].forEach(function (s) {
  console.log(JSON.stringify(s), hex(Buffer.from(s, 'base64')), hex(Buffer.from(s, 'base64url')), Buffer.byteLength(s, 'base64'));
});
for (var n = 0; n < 7; n++) {
  var bb = Buffer.alloc(n);
  for (var k = 0; k < n; k++) bb[k] = 250 + k;
  console.log(n, bb.toString('base64'), bb.toString('base64url'), hex(Buffer.from(bb.toString('base64'), 'base64')));
}
// utf16le: odd byte dropped, pairs form astral chars
console.log(esc(Buffer.from([0x3d, 0xd8, 0x00, 0xde, 0x41]).toString('utf16le')), Buffer.from([0x41]).toString('ucs2').length);
// toString ranges
var r = Buffer.from('abcdef');
console.log(r.toString('utf8', 1, 3), r.toString(undefined, 2), r.toString('hex', -1, 2), r.toString('utf8', 4, 2), r.toString('utf8', 10), r.toString('utf8', 1.5, 3.9), r.toString('utf8', 0, 100));
// write
var w = Buffer.alloc(8, '.');
console.log(w.write('ab'), w.toString(), w.write('cd', 3), w.toString(), w.write('efgh', 6), w.toString());
console.log(w.write('ffff', 1, 'hex'), hex(w), w.write('6162', 'hex'), w.toString('latin1'), w.write('zz', 2, 1, 'latin1'), w.toString('latin1'));
var w2 = Buffer.alloc(4);
console.log(w2.write('\u20ac\u20ac'), hex(w2), w2.write('a\u20ac', 1), hex(w2), w2.write('\ud83d\ude00', 1), w2.write('xy', 3, 'utf16le'), hex(w2));
console.log(Buffer.from('\u00e9', 'ascii').toString('hex'), Buffer.from('\ud83d\ude00', 'latin1').toString('hex'));
var long = [];
for (var m = 0; m < 1000; m++) long.push('\u00e9\u4e2d');
var lb = Buffer.from(long.join(''));
console.log(lb.length, lb.toString() === long.join(''), Buffer.from(lb.toString('hex'), 'hex').equals(lb), Buffer.from(lb.toString('base64'), 'base64').equals(lb));

// Randomized Buffer operations (12 seeds x 400), compared with node's output:
// encodings, write/toString ranges, indexOf/lastIndexOf (utf16le searches by
// 2-byte units), fill, copy, compare, concat, reads.
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var encs = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2'];
var pieces = ['a', 'é', '€', '😀', '\ud83d', '\ude00', '\u0000', 'zz', '==', '-_', '+/', 'ff', '0g', ' ', '\n', 'ÿ', '\u00ff\u0100'];
function rstr() { var s = ''; var n = ri(6); for (var i = 0; i < n; i++) s += pick(pieces); return s; }
function rbuf() { var n = ri(12); var a = []; for (var i = 0; i < n; i++) a.push(ri(4) === 0 ? 0x80 + ri(128) : ri(256)); return Buffer.from(a); }
function show(v) {
  if (Buffer.isBuffer(v)) return '<' + v.toString('hex') + '>';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
function tryit(f) { try { return show(f()); } catch (e) { return 'throws ' + e.name + (e.code ? ' ' + e.code : ''); } }
function run(s0) {
rng.seed(s0);
var out = [];
for (var i = 0; i < 400; i++) {
  var b = rbuf(), s = rstr(), e = pick(encs), e2 = pick(encs);
  var st = ri(14) - 2, en = ri(14) - 2, off = ri(14) - 2, len = ri(10) - 1;
  var op = ri(16);
  var r;
  switch (op) {
  case 0: r = tryit(function () { return Buffer.from(s, e); }); break;
  case 1: r = tryit(function () { return b.toString(e, st, en); }); break;
  case 2: r = tryit(function () { return Buffer.byteLength(s, e); }); break;
  case 3: r = tryit(function () { var c = Buffer.alloc(10, 0xaa); var n = c.write(s, off, len, e); return n + ' ' + c.toString('hex'); }); break;
  case 4: r = tryit(function () { return b.indexOf(s, off, e); }); break;
  case 5: r = tryit(function () { return b.lastIndexOf(s.length ? s : 'a', st, e); }); break;
  case 6: r = tryit(function () { return b.slice(st, en); }); break;
  case 7: r = tryit(function () { var c = Buffer.alloc(8); return b.copy(c, off, st, en) + ' ' + c.toString('hex'); }); break;
  case 8: r = tryit(function () { var c = Buffer.alloc(7); c.fill(s, off, en, e); return c; }); break;
  case 9: r = tryit(function () { return Buffer.from(Buffer.from(s, 'utf8').toString(e), e); }); break;
  case 10: r = tryit(function () { return b.compare(rbuf(), off, en, st); }); break;
  case 11: r = tryit(function () { return b.includes(ri(300) - 20, off); }); break;
  case 12: r = tryit(function () { return Buffer.concat([b, Buffer.from(s)], len * 2); }); break;
  case 13: r = tryit(function () { return b.readUInt16BE(off) + ',' + b.readInt32LE(st); }); break;
  case 14: r = tryit(function () { return Buffer.from(b.toString(e), e2); }); break;
  case 15: r = tryit(function () { return b.equals(Buffer.from(b.toString('latin1'), 'latin1')); }); break;
  }
  out.push(i + ' op' + op + ' ' + e + ' ' + r);
}
console.log(out.join('\n'));
}
for (var k = 1; k <= 12; k++) run(k);

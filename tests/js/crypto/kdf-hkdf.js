// hkdf / hkdfSync: RFC 5869's test cases A.1-A.7 (SHA-256 and SHA-1),
// string and Buffer inputs, the callback form, argument errors. Node
// returns an ArrayBuffer (muk: a Buffer): the tests print through
// Buffer.from(), which copies either.
'use strict';
var crypto = require('crypto');

function hex(ab) { return Buffer.from(ab).toString('hex'); }
function seq(from, to) {
  var b = Buffer.alloc(to - from + 1);
  for (var i = 0; i < b.length; i++) b[i] = from + i;
  return b;
}
function fill(v, n) { return Buffer.alloc(n, v); }
function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { console.log(label, 'ok', hex(f())); } catch (e) { show(e); }
}

var cases = [
  ['A.1', 'sha256', fill(0x0b, 22), seq(0x00, 0x0c), seq(0xf0, 0xf9), 42,
   '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['A.2', 'sha256', seq(0x00, 0x4f), seq(0x60, 0xaf), seq(0xb0, 0xff), 82,
   'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09' +
   'da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87'],
  ['A.3', 'sha256', fill(0x0b, 22), '', '', 42,
   '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['A.4', 'sha1', fill(0x0b, 11), seq(0x00, 0x0c), seq(0xf0, 0xf9), 42,
   '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
  ['A.5', 'sha1', seq(0x00, 0x4f), seq(0x60, 0xaf), seq(0xb0, 0xff), 82,
   '0bd770a74d1160f7c9f12cd5912a06ebff6adcae899d92191fe4305673ba2ffe8fa3f1a4e5ad79f3f334b3b202b2173c' +
   '486ea37ce3d397ed034c7f9dfeb15c5e927336d0441f4c4300e2cff0d0900b52d3b4'],
  ['A.6', 'sha1', fill(0x0b, 22), '', '', 42,
   '0ac1af7002b3d761d1e55298da9d0506b9ae52057220a306e07b6b87e8df21d0ea00033de03984d34918'],
  // A.7: salt not provided, i.e. HashLen zero bytes (an empty salt is the same)
  ['A.7', 'sha1', fill(0x0c, 22), '', '', 42,
   '2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5673a081d70cce7acfc48']
];
cases.forEach(function (c) {
  var okm = hex(crypto.hkdfSync(c[1], c[2], c[3], c[4], c[5]));
  console.log(c[0], c[5], okm === c[6] ? 'match' : 'MISMATCH ' + okm);
});
console.log('A.7 zero salt', hex(crypto.hkdfSync('sha1', fill(0x0c, 22), fill(0, 20), '', 42)) === cases[6][6]);

console.log(hex(crypto.hkdfSync('sha512', 'key', 'salt', 'info', 64)));
console.log(hex(crypto.hkdfSync('SHA384', Buffer.from('key'), Buffer.from('salt'), Buffer.from('info'), 10)));
console.log('length 0', hex(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 0)));
console.log('max length', Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32)).length);

// Errors.
attempt('digest', function () { return crypto.hkdfSync('nope', 'key', 'salt', 'info', 10); });
attempt('digest type', function () { return crypto.hkdfSync(1, 'key', 'salt', 'info', 10); });
attempt('too long', function () { return crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1); });
attempt('ikm', function () { return crypto.hkdfSync('sha256', 1, 'salt', 'info', 10); });
attempt('salt', function () { return crypto.hkdfSync('sha256', 'key', null, 'info', 10); });
attempt('info', function () { return crypto.hkdfSync('sha256', 'key', 'salt', {}, 10); });
attempt('info 1025', function () { return crypto.hkdfSync('sha256', 'key', 'salt', fill(1, 1025), 10); });
attempt('length type', function () { return crypto.hkdfSync('sha256', 'key', 'salt', 'info', '10'); });
attempt('length -1', function () { return crypto.hkdfSync('sha256', 'key', 'salt', 'info', -1); });
attempt('length 1.5', function () { return crypto.hkdfSync('sha256', 'key', 'salt', 'info', 1.5); });
attempt('cb missing', function () { return crypto.hkdf('sha256', 'key', 'salt', 'info', 10); });
attempt('cb digest', function () { return crypto.hkdf('nope', 'key', 'salt', 'info', 10, function () {}); });

// The callback form.
var out = [], pending = 2;
function done() { if (--pending === 0) out.forEach(function (l) { console.log(l); }); }
crypto.hkdf('sha256', cases[0][2], cases[0][3], cases[0][4], 42, function (err, okm) {
  out[0] = 'cb A.1 ' + err + ' ' + (hex(okm) === cases[0][6]);
  done();
});
crypto.hkdf('sha1', cases[4][2], cases[4][3], cases[4][4], 82, function (err, okm) {
  out[1] = 'cb A.5 ' + err + ' ' + (hex(okm) === cases[4][6]);
  done();
});

// Random bytes cut into random chunks through StringDecoder (utf8, utf16le,
// base64, hex, latin1) and through a Readable with setEncoding, compared
// with node: characters split across chunks, invalid and truncated
// sequences, surrogates, end() with a partial character.
var StringDecoder = require('string_decoder').StringDecoder;
var Readable = require('stream').Readable;
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var frags = [[0x41], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0xbd], [0xc3], [0xe2, 0x82],
  [0xf0, 0x9f], [0x80], [0xff], [0xfe, 0xff], [0x00], [0x3d, 0xd8], [0x00, 0xde], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80]];
function esc(s) {
  var o = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    o += c >= 0x20 && c < 0x7f ? s.charAt(i) : '\\u' + ('000' + c.toString(16)).slice(-4);
  }
  return o;
}
function run(s0) {
  rng.seed(s0);
  var out = [];
  for (var i = 0; i < 60; i++) {
    var bytes = [];
    var n = ri(8);
    for (var k = 0; k < n; k++) bytes = bytes.concat(pick(frags));
    var buf = Buffer.from(bytes), enc = pick(['utf8', 'utf16le', 'base64', 'hex', 'latin1', 'ucs2', 'base64url']);
    var d = new StringDecoder(enc), parts = [], pos = 0;
    while (pos < buf.length) {
      var len = 1 + ri(4);
      parts.push(esc(d.write(buf.slice(pos, pos + len))));
      pos += len;
    }
    parts.push('end:' + esc(d.end()));
    out.push(i + ' ' + enc + ' ' + buf.toString('hex') + ' ' + parts.join('|'));
  }
  console.log(out.join('\n'));
}
var k = +(process.argv[2] || 1), last = +(process.argv[3] || k);
function viaStream(s0, done) {
  rng.seed(s0 * 7919);
  var bytes = [];
  for (var j = 0; j < 12; j++) bytes = bytes.concat(pick(frags));
  var buf = Buffer.from(bytes), pos = 0;
  var r = new Readable({ read: function () {
    if (pos >= buf.length) return this.push(null);
    var len = 1 + ri(3);
    this.push(buf.slice(pos, pos + len));
    pos += len;
  } });
  r.setEncoding(pick(['utf8', 'utf16le', 'base64', 'hex']));
  var got = [];
  r.on('data', function (s) { got.push(esc(s)); });
  r.on('end', function () { console.log('stream ' + s0 + ' ' + got.join('|')); done(); });
}
for (var s = k; s <= last; s++) run(s);
(function loop(s) { if (s <= last) viaStream(s, function () { loop(s + 1); }); })(k);

// setEncoding: multi-byte utf8 characters split across pushed Buffers, hex,
// base64 groups split across chunks, latin1, setEncoding after data was
// buffered, decodeStrings and defaultEncoding on the writable side.
var stream = require('stream');
function L(s) { console.log(s); }
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}

var euro = Buffer.from('€uro ✓ 😀!', 'utf8');
var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
L('encoding ' + r.readableEncoding);
var parts = [];
r.on('data', function (c) { parts.push(typeof c + ':' + c.length + ':' + codes(c)); });
r.on('end', function () { L(parts.join(' | ')); });
for (var i = 0; i < euro.length; i += 2) r.push(euro.slice(i, Math.min(i + 2, euro.length)));
r.push(Buffer.from([0xe2, 0x82]));  // dangling start of a 3-byte character
r.push(null);

setTimeout(function () {
  var enc = ['hex', 'base64', 'latin1'];
  enc.forEach(function (e) {
    var rr = new stream.Readable({ read: function () {}, encoding: e });
    var out = [];
    rr.on('data', function (c) { out.push(c); });
    rr.on('end', function () { L(e + ' ' + JSON.stringify(out)); });
    rr.push(Buffer.from([0xff, 0x00, 0x41, 0xe9]));
    rr.push(Buffer.from('hello'));
    rr.push(Buffer.from([0x7f]));
    rr.push(null);
  });
}, 10);

setTimeout(function () {
  // setEncoding after buffering: existing chunks are decoded
  var r2 = new stream.Readable({ read: function () {} });
  var b = Buffer.from('añb');
  r2.push(b.slice(0, 2));
  r2.push(b.slice(2));
  L('before len ' + r2.readableLength);
  r2.setEncoding('utf8');
  L('after len ' + r2.readableLength + ' read ' + JSON.stringify(r2.read()));
  // strings pushed with an encoding
  var r3 = new stream.Readable({ read: function () {} });
  r3.push('68656c6c6f', 'hex');
  r3.push('d29ybGQ=', 'base64');
  r3.push(null);
  var bufs = [];
  r3.on('data', function (c) { bufs.push(Buffer.isBuffer(c) ? 'buf(' + c.toString() + ')' : c); });
  r3.on('end', function () { L('r3 ' + bufs.join(' ')); });
}, 20);

setTimeout(function () {
  var seen = [];
  var w = new stream.Writable({ write: function (c, e, cb) {
    seen.push((Buffer.isBuffer(c) ? 'Buffer' : typeof c) + '/' + e + '/' + c.length); cb();
  } });
  w.write('héllo');
  w.write('00ff', 'hex');
  w.write(Buffer.from('xyz'));
  w.setDefaultEncoding('base64');
  w.write('AAEC');
  w.end(function () { L('w ' + seen.join(' ')); });
  var seen2 = [];
  var w2 = new stream.Writable({ decodeStrings: false, defaultEncoding: 'latin1', write: function (c, e, cb) {
    seen2.push(typeof c + '/' + e); cb();
  } });
  w2.write('abc');
  w2.write('abc', 'utf8');
  w2.write(Buffer.from('a'));
  w2.end(function () { L('w2 ' + seen2.join(' ')); });
  try { w2.write(42); } catch (e) { L('w2 write number: ' + e.code); }
  try { w2.write('x', 'nope'); } catch (e) { L('w2 bad encoding: ' + e.code + ' ' + e.message); }
}, 30);

setTimeout(function () {
  // byte-mode read(n) across Buffers, Buffer results
  var r4 = new stream.Readable({ read: function () {} });
  r4.push(Buffer.from('abc'));
  r4.push(Buffer.from('defg'));
  r4.push('hij');
  var a = r4.read(5);
  L('r4 ' + Buffer.isBuffer(a) + ' ' + a.toString() + ' ' + r4.read(1).toString() + ' ' + r4.read().toString());
  var t = new stream.PassThrough();
  t.end('chunk');
  t.on('data', function (c) { L('passthrough gives Buffer ' + Buffer.isBuffer(c) + ' ' + c.toString('hex')); });
}, 40);

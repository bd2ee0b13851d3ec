// objectMode: any value but null is a chunk (0, false, '', objects, arrays),
// highWaterMark counts objects, lengths, push(undefined), writing null throws,
// byte-mode rejects non-buffer chunks.
var stream = require('stream');
function L(s) { console.log(s); }

var r = new stream.Readable({ objectMode: true, read: function () {} });
L('hwm ' + r.readableHighWaterMark + ' objectMode ' + r.readableObjectMode);
var vals = [0, false, '', { a: 1 }, [1, 2], 'str', 1.5];
vals.forEach(function (v, i) { L('push ' + i + ' ' + r.push(v) + ' len ' + r.readableLength); });
r.push(null);
var got = [];
r.on('data', function (v) { got.push(JSON.stringify(v)); });
r.on('end', function () { L('got ' + got.join(' ')); });

var w = new stream.Writable({ objectMode: true, highWaterMark: 2, write: function (c, e, cb) {
  L('write ' + JSON.stringify(c) + ' enc ' + e); setTimeout(cb, 1);
} });
L('w1 ' + w.write({ x: 1 }));
L('w2 ' + w.write(['y']));
L('w3 ' + w.write(0) + ' len ' + w.writableLength);
w.on('drain', function () { L('drain'); w.end(); });
w.on('finish', function () { L('finish'); });
try { w.write(null); } catch (e) { L('null: ' + e.name + ' ' + e.code + ' ' + e.message); }

setTimeout(function () {
  var b = new stream.Readable({ read: function () {} });
  b.on('error', function (e) { L('byte push object: ' + e.code); });
  b.push({ not: 'bytes' });
  var bw = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  try { bw.write({}); } catch (e) { L('byte write object: ' + e.code); }
  try { bw.write(5); } catch (e) { L('byte write number: ' + e.name + ' ' + e.code); }
  var r2 = new stream.Readable({ objectMode: true, read: function () {} });
  r2.push(undefined);
  L('undefined pushed len ' + r2.readableLength);
  var r3 = new stream.Readable({ read: function () {} });
  L('byte push "" ' + r3.push('') + ' len ' + r3.readableLength);
}, 30);

setTimeout(function () {
  // Transform object -> string
  var t = new stream.Transform({ writableObjectMode: true, transform: function (o, e, cb) { cb(null, o.name + ';'); } });
  var s = [];
  t.on('data', function (c) { s.push(c.toString()); });
  t.on('end', function () { L('t ' + s.join('') + ' wom ' + t.writableObjectMode + ' rom ' + t.readableObjectMode); });
  t.write({ name: 'a' }); t.write({ name: 'b' }); t.end();
}, 50);

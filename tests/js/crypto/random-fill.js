// randomFillSync / randomFill fill the Buffer in place: the whole buffer,
// or [offset, offset + size) with the rest left untouched; the Buffer
// passed is the one returned / given to the callback; offset and size
// checks and their errors.
'use strict';
var crypto = require('crypto');

function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { var r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.length : r); } catch (e) { show(e); }
}
// Bytes of b in [from, to) all equal v?
function all(b, from, to, v) {
  for (var i = from; i < to; i++) if (b[i] !== v) return false;
  return true;
}
// A 256-byte region filled randomly is not still all 0xaa.
function changed(b, from, to) { return !all(b, from, to, 0xaa); }

var b = Buffer.alloc(1024, 0xaa);
var r = crypto.randomFillSync(b);
console.log('whole', r === b, changed(b, 0, 256), changed(b, 768, 1024));

b = Buffer.alloc(1024, 0xaa);
r = crypto.randomFillSync(b, 512);
console.log('offset', r === b, all(b, 0, 512, 0xaa), changed(b, 512, 1024));

b = Buffer.alloc(1024, 0xaa);
r = crypto.randomFillSync(b, 100, 300);
console.log('slice', r === b, all(b, 0, 100, 0xaa), changed(b, 100, 400), all(b, 400, 1024, 0xaa));

// A view of a larger buffer: only the view's bytes change.
var parent = Buffer.alloc(1024, 0xaa);
var view = parent.subarray(256, 768);
crypto.randomFillSync(view, 0, 256);
console.log('view', all(parent, 0, 256, 0xaa), changed(parent, 256, 512), all(parent, 512, 1024, 0xaa));

console.log('size 0', crypto.randomFillSync(Buffer.alloc(4, 1), 2, 0).toString('hex'));
console.log('end offset', crypto.randomFillSync(Buffer.alloc(4, 1), 4).toString('hex'));
console.log('empty', crypto.randomFillSync(Buffer.alloc(0)).length);

attempt('buf', function () { return crypto.randomFillSync('abc'); });
attempt('buf array', function () { return crypto.randomFillSync([1, 2]); });
attempt('offset type', function () { return crypto.randomFillSync(Buffer.alloc(10), '1'); });
attempt('offset -1', function () { return crypto.randomFillSync(Buffer.alloc(10), -1); });
attempt('offset 11', function () { return crypto.randomFillSync(Buffer.alloc(10), 11); });
attempt('offset NaN', function () { return crypto.randomFillSync(Buffer.alloc(10), NaN); });
attempt('size type', function () { return crypto.randomFillSync(Buffer.alloc(10), 0, '1'); });
attempt('size -1', function () { return crypto.randomFillSync(Buffer.alloc(10), 0, -1); });
attempt('size + offset', function () { return crypto.randomFillSync(Buffer.alloc(10), 5, 6); });
attempt('size 2**31', function () { return crypto.randomFillSync(Buffer.alloc(10), 0, Math.pow(2, 31)); });
attempt('cb buf', function () { return crypto.randomFill('abc', function () {}); });
attempt('cb missing', function () { return crypto.randomFill(Buffer.alloc(10)); });
attempt('cb missing 2', function () { return crypto.randomFill(Buffer.alloc(10), 1, 2); });
attempt('cb offset', function () { return crypto.randomFill(Buffer.alloc(10), 11, function () {}); });
attempt('cb size', function () { return crypto.randomFill(Buffer.alloc(10), 5, 6, function () {}); });

// The callback forms: (buf, cb), (buf, offset, cb), (buf, offset, size, cb).
var out = [], pending = 0;
function done() { if (--pending === 0) out.forEach(function (l) { console.log(l); }); }
var b1 = Buffer.alloc(1024, 0xaa), b2 = Buffer.alloc(1024, 0xaa), b3 = Buffer.alloc(1024, 0xaa);
pending = 4;
crypto.randomFill(b1, function (err, buf) {
  out[0] = 'cb whole ' + err + ' ' + (buf === b1) + ' ' + changed(b1, 0, 256) + ' ' + changed(b1, 768, 1024);
  done();
});
crypto.randomFill(b2, 512, function (err, buf) {
  out[1] = 'cb offset ' + err + ' ' + (buf === b2) + ' ' + all(b2, 0, 512, 0xaa) + ' ' + changed(b2, 512, 1024);
  done();
});
crypto.randomFill(b3, 100, 300, function (err, buf) {
  out[2] = 'cb slice ' + err + ' ' + (buf === b3) + ' ' + all(b3, 0, 100, 0xaa) + ' ' +
    changed(b3, 100, 400) + ' ' + all(b3, 400, 1024, 0xaa);
  done();
});
var b4 = Buffer.alloc(8, 1);
var sync = true;
crypto.randomFill(b4, 8, function (err, buf) {
  out[3] = 'cb empty ' + err + ' ' + (buf === b4) + ' sync=' + sync + ' ' + buf.toString('hex');
  done();
});
sync = false;
console.log('sync part done');

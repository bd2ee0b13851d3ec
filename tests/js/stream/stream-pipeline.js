// pipeline(): success, error in the middle (every stream destroyed, callback
// once with the error), premature close of the destination, arrays of
// streams, stream/promises pipeline.
var stream = require('stream');
function L(s) { console.log(s); }
function trace(name, s) {
  ['end', 'finish', 'close'].forEach(function (ev) { s.on(ev, function () { L(name + ' ' + ev); }); });
  s.on('error', function (e) { L(name + ' error ' + e.message); });
}
function source(items) { return stream.Readable.from(items); }
function upper() {
  return new stream.Transform({ objectMode: true, transform: function (c, e, cb) { cb(null, String(c).toUpperCase()); } });
}
function sink(out) {
  return new stream.Writable({ objectMode: true, write: function (c, e, cb) { out.push(c); cb(); } });
}

var out = [];
var a = source(['a', 'b', 'c']), b = upper(), c = sink(out);
trace('src', a); trace('up', b); trace('sink', c);
var ret = stream.pipeline(a, b, c, function (err) {
  L('done1 err=' + err + ' out=' + out.join(''));
  L('destroyed ' + a.destroyed + ' ' + b.destroyed + ' ' + c.destroyed);
});
L('returns last ' + (ret === c));

setTimeout(function () {
  var s = source([1, 2, 3, 4]);
  var bad = new stream.Transform({ objectMode: true, transform: function (x, e, cb) {
    if (x === 2) return cb(new Error('boom at 2'));
    cb(null, x);
  } });
  var got = [];
  var k = sink(got);
  trace('s2', s); trace('bad', bad); trace('k2', k);
  stream.pipeline([s, bad, k], function (err) {
    L('done2 ' + (err && err.message) + ' got=' + got.join(','));
    L('destroyed ' + s.destroyed + ' ' + bad.destroyed + ' ' + k.destroyed);
  });
}, 20);

setTimeout(function () {
  var r = new stream.Readable({ objectMode: true, read: function () {} });
  var w = new stream.Writable({ objectMode: true, write: function (x, e, cb) { cb(); } });
  r.push(1);
  stream.pipeline(r, w, function (err) {
    L('done3 ' + (err && err.code) + ' ' + (err && err.message) + ' r.destroyed=' + r.destroyed);
    setTimeout(sourceFails, 10);
  });
  setTimeout(function () { L('destroying w'); w.destroy(); }, 5);
}, 60);

function sourceFails() {
  var r = new stream.Readable({ read: function () {} });
  var w = new stream.Writable({ write: function (x, e, cb) { cb(); } });
  // the next case starts from here, not from its own timer: under load a
  // late timer would reorder the output
  stream.pipeline(r, w, function (err) { L('done4 ' + (err && err.message)); setTimeout(promises, 10); });
  setTimeout(function () { r.destroy(new Error('source failed')); }, 5);
}

function promises() {
  var pp = require('stream/promises').pipeline;
  var got = [];
  pp(source(['x', 'y']), upper(), sink(got)).then(function (v) {
    L('promise ok ' + v + ' ' + got.join(''));
    return pp(source(['q']), new stream.Transform({ transform: function (c, e, cb) { cb(new Error('nope')); }, objectMode: true }), sink([]));
  }).then(null, function (err) { L('promise rejected ' + err.message); setTimeout(missingArgs, 10); });
  L('stream.promises same ' + (stream.promises.pipeline === pp));
}

function missingArgs() {
  try { stream.pipeline(source([1]), function () {}); } catch (e) { L('throws ' + e.code + ' ' + e.message); }
}

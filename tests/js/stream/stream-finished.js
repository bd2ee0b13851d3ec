// finished(): on success (readable end, writable finish, duplex both),
// on error, on premature close, after the fact, cleanup function, options,
// and stream/promises finished.
var stream = require('stream');
function L(s) { console.log(s); }
function errs(e) { return e ? (e.code || '') + ' ' + e.message : String(e); }

var r = new stream.Readable({ read: function () {} });
stream.finished(r, function (err) { L('r finished ' + errs(err) + ' ended=' + r.readableEnded); });
r.resume();
r.push('x');
r.push(null);

var w = new stream.Writable({ write: function (c, e, cb) { process.nextTick(cb); } });
stream.finished(w, function (err) { L('w finished ' + errs(err) + ' ' + w.writableFinished); });
w.write('a');
w.end('b');

setTimeout(function () {
  var r2 = new stream.Readable({ read: function () {} });
  stream.finished(r2, function (err) { L('r2 finished ' + errs(err)); });
  r2.on('error', function () { L('r2 error event'); });
  r2.destroy(new Error('broken'));

  var r3 = new stream.Readable({ read: function () {} });
  stream.finished(r3, function (err) { L('r3 finished ' + errs(err)); });
  r3.destroy();

  var w3 = new stream.Writable({ write: function (c, e, cb) {} });
  stream.finished(w3, function (err) { L('w3 finished ' + errs(err)); });
  w3.write('stuck');
  w3.destroy();
}, 20);

setTimeout(function () {
  // duplex waits for both sides unless told otherwise
  var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  stream.finished(d, function (err) { L('d both ' + errs(err)); });
  stream.finished(d, { readable: false }, function (err) { L('d writable only ' + errs(err)); });
  d.end();
  d.resume();
  setTimeout(function () { L('push null'); d.push(null); }, 5);
}, 40);

setTimeout(function () {
  // already finished stream: callback on next tick
  var r4 = new stream.Readable({ read: function () { this.push(null); } });
  r4.resume();
  r4.on('close', function () {
    stream.finished(r4, function (err) { L('r4 late ' + errs(err)); });
    L('r4 after close');
  });
  // cleanup removes the listeners
  var r5 = new stream.Readable({ read: function () {} });
  var before = r5.listenerCount('end');
  var cleanup = stream.finished(r5, function () { L('r5 (unexpected)'); });
  L('listeners ' + before + ' -> ' + r5.listenerCount('end'));
  cleanup();
  L('after cleanup ' + r5.listenerCount('end'));
  r5.destroy();
}, 80);

setTimeout(function () {
  var f = require('stream/promises').finished;
  var r6 = stream.Readable.from(['a']);
  r6.resume();
  f(r6).then(function (v) { L('promise finished ' + v); });
  var r7 = new stream.Readable({ read: function () {} });
  r7.on('error', function () {});
  f(r7).then(null, function (e) { L('promise rejected ' + e.message); });
  r7.destroy(new Error('r7 bad'));
}, 120);

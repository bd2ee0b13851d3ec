// destroy(err): 'error' then 'close' on the next tick, _destroy hook, callback,
// double destroy, emitClose:false, autoDestroy:false, errors after destroy,
// errored/destroyed/closed properties.
var stream = require('stream');
function L(s) { console.log(s); }
function trace(name, s) {
  ['end', 'finish', 'close'].forEach(function (ev) { s.on(ev, function () { L(name + ' ' + ev); }); });
  s.on('error', function (e) { L(name + ' error ' + e.message); });
}

var r = new stream.Readable({ read: function () {}, destroy: function (err, cb) {
  L('_destroy ' + (err && err.message));
  setTimeout(function () { L('_destroy done'); cb(err); }, 2);
} });
trace('r', r);
r.destroy(new Error('first'), function (err) { L('destroy cb ' + (err && err.message)); });
r.destroy(new Error('second'));
L('destroyed=' + r.destroyed + ' errored=' + (r.errored && r.errored.message) + ' closed=' + r.closed);
process.nextTick(function () { L('tick'); });
setTimeout(function () { L('closed=' + r.closed); }, 50);

setTimeout(function () {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  trace('w', w);
  w.destroy();
  L('w sync destroyed ' + w.destroyed);
  w.write('x', function (err) { L('w write cb ' + err.code); });
  process.nextTick(function () { L('w tick'); });
}, 100);

setTimeout(function () {
  var w2 = new stream.Writable({ emitClose: false, write: function (c, e, cb) { cb(); } });
  trace('w2', w2);
  w2.destroy(new Error('quiet'));
  // _destroy replaces the error
  var r2 = new stream.Readable({ read: function () {} });
  r2._destroy = function (err, cb) { cb(new Error('replaced')); };
  trace('r2', r2);
  r2.destroy(new Error('orig'));
}, 200);

setTimeout(function () {
  // autoDestroy false: error is emitted but stream not destroyed
  var w3 = new stream.Writable({ autoDestroy: false, write: function (c, e, cb) { cb(new Error('write failed')); } });
  trace('w3', w3);
  w3.write('a', function (err) { L('w3 cb ' + err.message); });
  setTimeout(function () { L('w3 destroyed=' + w3.destroyed + ' errored=' + (w3.errored && w3.errored.message)); }, 5);
}, 300);

setTimeout(function () {
  // push after EOF
  var r3 = new stream.Readable({ read: function () {} });
  trace('r3', r3);
  r3.push(null);
  r3.push('late');
  // unhandled-looking errors caught by listener; destroy with pending writes
  var pend = [];
  var w4 = new stream.Writable({ highWaterMark: 1, write: function (c, e, cb) { pend.push(cb); } });
  trace('w4', w4);
  w4.write('1', function (err) { L('w4 cb1 ' + (err && err.code)); });
  w4.write('2', function (err) { L('w4 cb2 ' + (err && err.code)); });
  w4.end(function (err) { L('w4 end cb ' + (err && err.code)); });
  w4.destroy();
}, 400);

setTimeout(function () {
  // destroy during flowing: no more data after destroy
  var n = 0;
  var r5 = new stream.Readable({ objectMode: true, read: function () { this.push(++n); } });
  r5.on('data', function (d) { L('r5 data ' + d); if (d === 2) r5.destroy(); });
  r5.on('close', function () { L('r5 close'); });
}, 500);

// Writable: write() return values and 'drain' with highWaterMark, callback
// order, end() → 'prefinish'/'finish'/'close', _final, writableLength and
// writableFinished, errors for write after end.
var Writable = require('stream').Writable;
function L(s) { console.log(s); }

var pending = [];
var w = new Writable({
  highWaterMark: 5,
  decodeStrings: false,
  write: function (chunk, enc, cb) {
    L('_write ' + chunk + ' ' + enc + ' len=' + w.writableLength);
    pending.push(cb);
  }
});
['drain', 'prefinish', 'finish', 'close'].forEach(function (ev) {
  w.on(ev, function () { L('event ' + ev + ' finished=' + w.writableFinished + ' len=' + w.writableLength); });
});
L('write1 ' + w.write('ab', function () { L('cb1'); }));
L('write2 ' + w.write('cd', function () { L('cb2'); }));
L('write3 ' + w.write('ef', function () { L('cb3'); }));
L('needDrain ' + w.writableNeedDrain + ' len ' + w.writableLength);
function flush() {
  if (pending.length) { var cb = pending.shift(); L('-- complete'); cb(); setTimeout(flush, 2); }
  else {
    w.end('zz', function (err) { L('end cb ' + err); });
    L('ended ' + w.writableEnded + ' finished ' + w.writableFinished);
    setTimeout(flush2, 2);
  }
}
function flush2() { if (pending.length) { L('-- complete last'); pending.shift()(); } }
setTimeout(flush, 2);

// synchronous _write: callbacks deferred to next tick, batched drain
setTimeout(function () {
  var w2 = new Writable({ highWaterMark: 3, objectMode: true, write: function (c, e, cb) { L('w2 _write ' + c); cb(); },
    final: function (cb) { L('w2 _final'); process.nextTick(cb); } });
  w2.on('drain', function () { L('w2 drain'); });
  w2.on('finish', function () { L('w2 finish'); });
  w2.on('prefinish', function () { L('w2 prefinish'); });
  w2.on('close', function () { L('w2 close'); });
  for (var i = 0; i < 4; i++) L('w2 write ' + i + ' ' + w2.write(i, function () { L('w2 cb'); }));
  process.nextTick(function () { L('w2 tick'); });
  w2.end();
  L('w2 write after end');
  w2.write('late', function (err) { L('w2 late cb ' + err.code + ' ' + err.message); });
  w2.on('error', function (err) { L('w2 error ' + err.code); });
}, 50);

// end() with emitClose:false and autoDestroy:false
setTimeout(function () {
  var w3 = new Writable({ emitClose: false, autoDestroy: false, write: function (c, e, cb) { cb(); } });
  w3.on('finish', function () { L('w3 finish destroyed=' + w3.destroyed); });
  w3.on('close', function () { L('w3 close (unexpected)'); });
  w3.end('x');
  w3.end(function (err) { L('w3 second end cb ' + (err && err.code)); });
  setTimeout(function () {
    w3.end(function (err) { L('w3 third end cb ' + (err && err.code)); });
    w3.destroy();
    L('w3 destroyed ' + w3.destroyed);
  }, 5);
}, 100);

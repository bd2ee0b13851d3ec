// Readable: flowing vs paused mode, pause/resume events, readableFlowing,
// isPaused, push return values and event order with nextTicks interleaved.
var Readable = require('stream').Readable;
var log = [];
function L(s) { console.log(s); }

var r = new Readable({ objectMode: true, read: function () {} });
L('flowing0 ' + r.readableFlowing + ' paused ' + r.isPaused());
r.on('pause', function () { L('pause'); });
r.on('resume', function () { L('resume'); });
r.on('data', function (d) { L('data ' + d); if (d === 'b') { r.pause(); setTimeout(function () { L('timeout resume'); r.resume(); }, 5); } });
r.on('end', function () { L('end ended=' + r.readableEnded); });
r.on('close', function () { L('close destroyed=' + r.destroyed); });
L('flowing1 ' + r.readableFlowing);
L('push a ' + r.push('a'));
L('push b ' + r.push('b'));
L('push c ' + r.push('c'));
process.nextTick(function () { L('tick1'); });
Promise.resolve().then(function () { L('micro1'); });
r.push(null);
L('sync end, len ' + r.readableLength);

// _read pulled on demand with a counter, hwm 2
var n = 0;
var r2 = new Readable({ objectMode: true, highWaterMark: 2, read: function (size) {
  n++;
  L('_read ' + n + ' size ' + size);
  var self = this;
  if (n > 4) { self.push(null); return; }
  process.nextTick(function () { L('push ' + n + ' -> ' + self.push('x' + n)); });
} });
setTimeout(function () {
  L('r2 len before ' + r2.readableLength);
  r2.on('data', function (d) { L('r2 data ' + d); });
  r2.on('end', function () { L('r2 end'); });
}, 20);

// pause() before any listener: adding 'data' doesn't start flowing
var r3 = new Readable({ read: function () {} , objectMode: true});
r3.pause();
r3.on('data', function (d) { L('r3 data ' + d); });
r3.push(1);
setTimeout(function () { L('r3 flowing ' + r3.readableFlowing + ' len ' + r3.readableLength); r3.resume(); }, 40);

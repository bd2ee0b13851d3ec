// Transform: _transform pushing 0..n chunks, _flush, event order of
// 'finish'/'end'/'close', backpressure of the readable side, errors.
var stream = require('stream');
function L(s) { console.log(s); }

var t = new stream.Transform({
  objectMode: true,
  transform: function (c, e, cb) {
    L('_transform ' + c);
    if (c === 'skip') return cb();
    if (c === 'double') { this.push(c + '1'); this.push(c + '2'); return cb(); }
    cb(null, c.toUpperCase());
  },
  flush: function (cb) { L('_flush'); this.push('flushed'); cb(null, 'last'); }
});
['end', 'finish', 'prefinish', 'close'].forEach(function (ev) { t.on(ev, function () { L('t ' + ev); }); });
t.on('data', function (c) { L('t data ' + c); });
t.write('a');
t.write('skip');
t.write('double', function () { L('cb double'); });
t.end('z');
L('sync done');

// async transform with readable backpressure: hwm 1, nobody reading
setTimeout(function () {
  var n = 0;
  var t2 = new stream.Transform({ objectMode: true, highWaterMark: 1,
    transform: function (c, e, cb) { L('t2 _transform ' + c); setTimeout(function () { cb(null, c * 10); }, 1); } });
  for (var i = 1; i <= 4; i++) L('t2 write ' + i + ' ' + t2.write(i, function () { L('t2 cb ' + (++n)); }));
  setTimeout(function () {
    L('t2 readableLength ' + t2.readableLength + ' writableLength ' + t2.writableLength);
    t2.on('data', function (c) { L('t2 data ' + c); });
    t2.on('end', function () { L('t2 end'); });
    t2.end();
  }, 30);
}, 10);

// error from _transform destroys the stream
setTimeout(function () {
  var t3 = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('bad chunk')); } });
  t3.on('error', function (err) { L('t3 error ' + err.message + ' destroyed=' + t3.destroyed); });
  t3.on('close', function () { L('t3 close'); });
  t3.write('x', function (err) { L('t3 write cb ' + (err && err.message)); });
}, 100);

// flush error
setTimeout(function () {
  var t4 = new stream.Transform({ transform: function (c, e, cb) { cb(); }, flush: function (cb) { cb(new Error('flush failed')); } });
  t4.on('error', function (err) { L('t4 error ' + err.message); });
  t4.on('finish', function () { L('t4 finish (unexpected)'); });
  t4.on('close', function () { L('t4 close'); });
  t4.end();
}, 130);

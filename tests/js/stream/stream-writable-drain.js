// Writable: write()'s return value and 'drain' relative to the write
// callbacks, for _write completing synchronously, on a later tick, or after
// a timer; a write at or above the highWaterMark, hwm 0, buffered writes.
var Writable = require('stream').Writable;

function mk(name, hwm, mode, log) {
  var n = 0;
  var w = new Writable({
    highWaterMark: hwm,
    write: function (chunk, enc, cb) {
      var m = typeof mode === 'function' ? mode(n++) : mode;
      log.push('_write ' + chunk + ' ' + m);
      if (m === 'sync') cb();
      else if (m === 'tick') process.nextTick(cb);
      else setTimeout(cb, 1);
    }
  });
  w.on('drain', function () { log.push('drain len=' + w.writableLength + ' needDrain=' + w.writableNeedDrain); });
  return w;
}

var scenarios = [
  ['sync big', 8, 'sync', ['aaaaaaaaaa']],
  ['sync small', 8, 'sync', ['aa', 'bb']],
  ['sync exact', 8, 'sync', ['aaaaaaaa']],
  ['tick big', 8, 'tick', ['aaaaaaaaaa']],
  ['async big', 8, 'async', ['aaaaaaaaaa']],
  ['async buffered', 8, 'async', ['aaaa', 'bbbb', 'cc']],
  ['tick buffered', 8, 'tick', ['aaaa', 'bbbb', 'cc']],
  ['sync buffered', 8, 'sync', ['aaaa', 'bbbb', 'cc']],
  ['async then sync', 8, function (i) { return i === 0 ? 'async' : 'sync'; }, ['aaaaaaaaaa', 'bb']],
  ['sync then async', 8, function (i) { return i === 0 ? 'sync' : 'async'; }, ['aaaaaaaaaa', 'bb']],
  ['hwm 0 sync', 0, 'sync', ['a']],
  ['hwm 0 async', 0, 'async', ['a', 'b']]
];

var k = 0;
function next() {
  if (k >= scenarios.length) return;
  var s = scenarios[k++];
  var log = [];
  var w = mk(s[0], s[1], s[2], log);
  var rets = [];
  var pending = s[3].length;
  s[3].forEach(function (c, i) {
    rets.push(w.write(c, function (err) {
      log.push('cb ' + i + ' ' + (err || null));
      if (--pending === 0) {
        setTimeout(function () {
          console.log(s[0] + ': ret ' + rets.join(',') + ' | ' + log.join(' | ') +
            ' | after: needDrain=' + w.writableNeedDrain + ' len=' + w.writableLength);
          next();
        }, 5);
      }
    }));
    log.push('ret ' + rets[i] + ' needDrain=' + w.writableNeedDrain + ' len=' + w.writableLength);
  });
}
next();

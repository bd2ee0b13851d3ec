// Readable.from: arrays (objectMode, one chunk each), strings and Buffers as a
// single chunk, options, null in the array errors, promises.
var stream = require('stream');
function L(s) { console.log(s); }
function collect(name, r) {
  var out = [];
  r.on('data', function (c) { out.push(Buffer.isBuffer(c) ? 'buf:' + c.toString() : JSON.stringify(c)); });
  r.on('end', function () { L(name + ' end ' + out.join(' ')); });
  r.on('close', function () { L(name + ' close'); });
  r.on('error', function (e) { L(name + ' error ' + e.code); });
  return r;
}

var a = stream.Readable.from([1, 'two', { three: 3 }]);
L('objectMode ' + a.readableObjectMode + ' hwm ' + a.readableHighWaterMark);
collect('array', a);
collect('string', stream.Readable.from('whole string'));
collect('buffer', stream.Readable.from(Buffer.from('bytes')));
collect('nonobject', stream.Readable.from(['x', 'y'], { objectMode: false }));
process.nextTick(function () { L('tick'); });

setTimeout(function () {
  collect('nulls', stream.Readable.from([1, null, 2]));
}, 10);

setTimeout(function () {
  collect('promises', stream.Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]));
}, 20);

setTimeout(function () {
  var r = stream.Readable.from(['a', 'b', 'c', 'd']);
  r.on('readable', function () {
    var v;
    while ((v = r.read()) !== null) L('read ' + v);
  });
  r.on('end', function () { L('paused end'); });
  try { stream.Readable.from(42); } catch (e) { L('throws ' + e.code); }
}, 40);

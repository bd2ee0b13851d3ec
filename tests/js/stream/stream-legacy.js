// The module export is the legacy Stream class (an EventEmitter) with the
// stream classes as properties; old-style Stream.prototype.pipe; piping into
// process.stdout; util.inherits-style subclasses.
var stream = require('stream');
var EE = require('events');
var util = require('util');
function L(s) { console.log(s); }

L('export is Stream ' + (stream === stream.Stream) + ' ' + (require('node:stream') === stream));
L('keys ' + ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'promises']
  .map(function (k) { return k + ':' + typeof stream[k]; }).join(' '));
var s = new stream();
L('Stream is EE ' + (s instanceof EE) + ' readable instanceof Stream ' + (new stream.Readable() instanceof stream));

// legacy pipe: a plain Stream emitting data into a Writable
var src = new stream.Stream();
src.readable = true;
var w = new stream.Writable({ write: function (c, e, cb) { L('legacy got ' + c); cb(); } });
w.on('pipe', function (p) { L('pipe from legacy ' + (p === src)); });
w.on('finish', function () { L('legacy finish'); });
src.pipe(w);
src.emit('data', 'one');
src.emit('data', 'two');
src.emit('end');

// util.inherits subclass
function Counter(max) {
  stream.Readable.call(this, { objectMode: true });
  this.n = 0;
  this.max = max;
}
util.inherits(Counter, stream.Readable);
Counter.prototype._read = function () {
  this.n++;
  this.push(this.n > this.max ? null : 'n' + this.n + '\n');
};
setTimeout(function () {
  var c = new Counter(3);
  c.pipe(process.stdout);
  c.on('end', function () { L('counter end'); });
}, 10);

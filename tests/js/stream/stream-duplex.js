// Duplex: independent readable and writable sides, allowHalfOpen, readable:false
// / writable:false options, events on both sides, objectMode per side.
var stream = require('stream');
var Duplex = stream.Duplex;
function L(s) { console.log(s); }
function trace(name, d) {
  ['end', 'finish', 'close', 'prefinish'].forEach(function (ev) {
    d.on(ev, function () { L(name + ' ' + ev + ' r=' + d.readable + ' w=' + d.writable); });
  });
}

var d = new Duplex({
  objectMode: true,
  read: function () {},
  write: function (c, e, cb) { L('d _write ' + c); cb(); }
});
trace('d', d);
d.on('data', function (c) { L('d data ' + c); });
d.write('w1');
d.push('r1');
d.end();
setTimeout(function () { L('d push null'); d.push(null); }, 5);

// allowHalfOpen false: end of readable side ends writable side
setTimeout(function () {
  var d2 = new Duplex({ allowHalfOpen: false, objectMode: true, read: function () {},
    write: function (c, e, cb) { L('d2 _write ' + c); cb(); } });
  trace('d2', d2);
  L('d2 allowHalfOpen ' + d2.allowHalfOpen);
  d2.resume();
  d2.write('a');
  d2.push(null);
}, 20);

// readable: false / writable: false
setTimeout(function () {
  var d3 = new Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
  L('d3 readable ' + d3.readable + ' writable ' + d3.writable + ' ended ' + d3.readableEnded);
  trace('d3', d3);
  d3.end('x');
  var d4 = new Duplex({ writable: false, read: function () { this.push('q'); this.push(null); } });
  L('d4 readable ' + d4.readable + ' writable ' + d4.writable + ' finished ' + d4.writableFinished);
  trace('d4', d4);
  d4.on('data', function (c) { L('d4 data ' + c); });
}, 40);

// readableObjectMode only
setTimeout(function () {
  var d5 = new Duplex({ readableObjectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
  L('d5 ' + d5.readableObjectMode + ' ' + d5.writableObjectMode + ' ' + d5.readableHighWaterMark + ' ' + d5.writableHighWaterMark);
  var d6 = new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 });
  L('d6 ' + d6.readableHighWaterMark + ' ' + d6.writableHighWaterMark);
  L('instanceof ' + (d5 instanceof stream.Readable) + ' ' + (d5 instanceof Duplex) + ' ' + (d5 instanceof stream.Stream));
}, 60);

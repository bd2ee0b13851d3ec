// Readable paused mode: 'readable' events, read(n), read() at end, unshift,
// readableLength, highWaterMark growth; chunks printed as strings.
var Readable = require('stream').Readable;
function L(s) { console.log(s); }
function s(c) { return c === null ? 'null' : String(c); }

var r = new Readable({ highWaterMark: 4, read: function () {} });
r.on('readable', function () {
  L('readable len=' + r.readableLength);
  var c;
  while ((c = r.read(3)) !== null) L('read3 ' + s(c) + ' left=' + r.readableLength);
});
r.on('end', function () { L('end'); });
r.on('close', function () { L('close'); });
r.push('abcde');
r.push('fgh');
setTimeout(function () {
  L('push tail');
  r.push('ij');
  r.push(null);
}, 5);

// read() with no argument returns everything; read(0) triggers _read
var calls = 0;
var r2 = new Readable({ highWaterMark: 8, read: function (n) {
  calls++;
  L('r2 _read ' + n + ' #' + calls);
  if (calls === 1) { this.push('hello'); this.push(' world'); }
  else if (calls === 2) this.push(null);
} });
setTimeout(function () {
  L('r2 read(0) ' + s(r2.read(0)) + ' len=' + r2.readableLength);
  L('r2 read() ' + s(r2.read()));
  L('r2 read() ' + s(r2.read()));
  r2.once('end', function () { L('r2 end'); });
  r2.once('readable', function () { L('r2 readable, read=' + s(r2.read())); });
}, 20);

// unshift puts data back at the front
var r3 = new Readable({ read: function () {} });
r3.push('world');
setTimeout(function () {
  var c = r3.read(2);
  L('r3 got ' + s(c));
  r3.unshift(c);
  r3.unshift('hello ');
  L('r3 len ' + r3.readableLength + ' all ' + s(r3.read()));
  L('r3 hwm ' + r3.readableHighWaterMark);
  r3.read(20000);
  L('r3 hwm after big read ' + r3.readableHighWaterMark);
}, 40);

// objectMode read(n) ignores n
var r4 = new Readable({ objectMode: true, read: function () {} });
r4.push({ a: 1 }); r4.push('two'); r4.push(3);
setTimeout(function () {
  L('r4 ' + JSON.stringify(r4.read(100)) + ' ' + r4.read(1) + ' len ' + r4.readableLength);
  r4.push(null);
  r4.on('readable', function () {
    var v;
    while ((v = r4.read()) !== null) L('r4 readable ' + v);
  });
  r4.on('end', function () { L('r4 end'); });
}, 60);

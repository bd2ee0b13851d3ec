// PassThrough: data through unchanged, setEncoding on the readable side,
// read() in paused mode, writable/readable states after end.
var stream = require('stream');
function L(s) { console.log(s); }

var p = new stream.PassThrough();
p.write('hello ');
p.write('world');
L('len ' + p.readableLength + ' wlen ' + p.writableLength);
p.end();
p.on('readable', function () {
  var c;
  while ((c = p.read()) !== null) L('read "' + c + '"');
});
p.on('end', function () { L('end writable=' + p.writable + ' readable=' + p.readable); });
p.on('finish', function () { L('finish'); });
p.on('close', function () { L('close'); });

setTimeout(function () {
  var p2 = new stream.PassThrough({ objectMode: true });
  var got = [];
  p2.on('data', function (c) { got.push(JSON.stringify(c)); });
  p2.on('end', function () { L('p2 ' + got.join(' ')); });
  p2.write({ a: 1 }); p2.write([1, 2]); p2.write('s'); p2.write(0); p2.end(false);
}, 10);

setTimeout(function () {
  var p3 = stream.PassThrough();
  L('p3 without new: ' + (p3 instanceof stream.PassThrough) + ' ' + (p3 instanceof stream.Transform));
  p3.setEncoding('utf8');
  p3.on('data', function (c) { L('p3 data ' + typeof c + ' ' + c); });
  p3.end('abc');
}, 20);

// net: socket.write on and off the native hot path: plain Buffers, an empty
// Buffer, a big write past the highWaterMark ('drain', writableNeedDrain),
// writes with a callback and an encoding after fast writes (order kept),
// bad arguments, write after end() and after destroy(); bytesWritten and
// what the peer received.
var net = require('net');
var log = [];
function L(s) { log.push(s); }
var serverLine = '';

var server = net.createServer(function (s) {
  var total = 0, sum = 0;
  s.pause(); // the big write can't complete at once (node writes synchronously when it can)
  setTimeout(function () { s.resume(); }, 100);
  s.on('data', function (d) {
    for (var i = 0; i < d.length; i++) sum = (sum * 31 + d[i]) % 1000003;
    total += d.length;
  });
  s.on('end', function () {
    serverLine = 'server got ' + total + ' sum ' + sum;
    s.end();
  });
});

function code(fn) {
  try { fn(); return 'no throw'; } catch (e) { return e.name + ' ' + e.code; }
}

server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var a = Buffer.alloc(100, 'a');
    L('write 100 ' + c.write(a));
    L('write empty ' + c.write(Buffer.alloc(0)));
    L('write number ' + code(function () { c.write(123); }));
    L('write undefined ' + code(function () { c.write(undefined); }));
    var big = Buffer.alloc(8 * 1024 * 1024, 'b');
    L('write big ' + c.write(big) + ' needDrain ' + c.writableNeedDrain);
    c.once('drain', function () {
      L('drain length ' + c.writableLength + ' needDrain ' + c.writableNeedDrain +
        ' written ' + c.bytesWritten);
      c.write(Buffer.from('c1'));
      c.write(Buffer.from('c2'), function (err) { L('cb c2 ' + err); });
      c.write('c3', 'latin1', function (err) { L('cb c3 ' + err); });
      c.write(Buffer.from('c4'));
      c.write('c5');
      c.end(Buffer.from('end'), function () {
        L('end cb written ' + c.bytesWritten);
        c.write(Buffer.from('late'), function (err) { L('cb late ' + (err && err.code)); });
      });
    });
  });
  c.on('error', function (e) { L('client error ' + e.code); });
  c.on('finish', function () { L('finish'); });
  c.resume();
  c.on('close', function (hadError) {
    L('client close ' + hadError + ' written ' + c.bytesWritten);
    var d = new net.Socket();
    d.on('error', function (e) { L('d error ' + e.code); });
    d.destroy();
    L('write destroyed ' + d.write(Buffer.from('x'), function (err) { L('cb destroyed ' + (err && err.code)); }));
    server.close(function () { console.log(log.join('\n') + '\n' + serverLine); });
  });
});

// net: a big write to a slowly-reading peer: write() returns false, 'drain'
// follows, write callbacks run in order; pause/resume on the reader.
var net = require('net');
var SIZE = 16 * 1024 * 1024;
var server = net.createServer(function (s) {
  var total = 0, paused = 0;
  s.pause();
  setTimeout(function () { s.resume(); }, 100);
  s.on('data', function (d) {
    total += d.length;
    if (paused < 3 && total > (paused + 1) * 4 * 1024 * 1024) {
      paused++;
      s.pause();
      setTimeout(function () { s.resume(); }, 20);
    }
  });
  s.on('end', function () { console.log('server got', total, 'pauses', paused); s.end(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var big = Buffer.alloc(SIZE, 'a');
  var cbs = [];
  var r1 = c.write(big, function (err) { cbs.push('big ' + (err || null)); });
  var r2 = c.write('tail', 'utf8', function (err) { cbs.push('tail ' + (err || null)); });
  console.log('write returned', r1, r2, c.writableLength === SIZE + 4, c.bufferSize === SIZE + 4);
  c.on('drain', function () {
    console.log('drain', c.writableLength);
    c.end();
  });
  c.on('finish', function () { console.log('finish', c.bytesWritten, cbs.join(',')); });
  c.resume();
  c.on('close', function (e) { console.log('close', e); server.close(); });
});

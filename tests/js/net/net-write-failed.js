// A write to a peer that reset the connection fails with EPIPE. bytesWritten
// then leaves a failed string out and keeps a failed Buffer in, as Node's
// (its StreamBase counts Buffers when dispatched, short strings for what the
// OS took). A string with a callback, a Buffer with one (both through the
// Writable), a Buffer without (the native fast path), and an empty string.
var net = require('net');

// The server ends its side, then resets the connection; the client writes
// once it has seen the end and the server's socket has closed (the reset is
// on the wire by then).
function run(label, write, done) {
  var c, ended = false, reset = false;
  function maybeWrite() {
    if (ended && reset) setTimeout(function () { write(c); }, 10);
  }
  var server = net.createServer({ allowHalfOpen: true }, function (s) {
    s.on('data', function () { s.end(); });
    s.on('finish', function () { s.resetAndDestroy(); });
    s.on('close', function () { reset = true; maybeWrite(); });
  });
  server.listen(0, '127.0.0.1', function () {
    c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.on('connect', function () { c.write('hello'); });
    c.on('end', function () {
      console.log(label, 'end, bytesWritten', c.bytesWritten);
      ended = true;
      maybeWrite();
    });
    c.on('error', function (e) {
      console.log(label, 'error', e.code, e.syscall, 'bytesWritten', c.bytesWritten);
    });
    // a write that does not fail leaves the socket open: say so, don't hang
    var guard = setTimeout(function () {
      console.log(label, 'still open after 5 s');
      process.exit(1);
    }, 5000);
    guard.unref();
    c.on('close', function (hadError) {
      clearTimeout(guard);
      console.log(label, 'close', hadError, 'bytesWritten', c.bytesWritten);
      server.close(done);
    });
    c.resume();
  });
}

run('string', function (c) {
  c.write('more bytes', function (e) { console.log('string callback', e && e.code); });
}, function () {
  run('buffer', function (c) {
    c.write(Buffer.from('buffer bytes'), function (e) { console.log('buffer callback', e && e.code); });
  }, function () {
    run('fast', function (c) { c.write(Buffer.from('fast bytes!')); }, function () {
      // an empty write is still a write(2): it meets the reset too
      run('empty', function (c) {
        c.write('', function (e) { console.log('empty callback', e && e.code); });
      }, function () {});
    });
  });
});

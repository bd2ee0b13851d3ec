// net: a peer that resets the connection while fast writes (the ones that
// get no reply from the service unless they fail) keep coming: the failure
// still destroys the socket with 'error' (ECONNRESET or EPIPE, whichever
// the OS reports first) and then 'close' with hadError true; later writes
// are refused.
var net = require('net');
var log = [];
var server = net.createServer(function (r) {
  r.once('data', function () {
    r.resetAndDestroy();
    server.close();
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var n = 0;
    (function more() {
      if (c.destroyed) return;
      for (var i = 0; i < 10; i++) c.write(Buffer.alloc(64, n++ % 256));
      setImmediate(more);
    })();
  });
  c.on('error', function (e) {
    log.push('error ' + (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? 'reset-or-pipe' : e.code) +
             ' destroyed ' + c.destroyed);
  });
  c.on('close', function (hadError) {
    log.push('close ' + hadError + ' writable ' + c.writable);
    c.write(Buffer.from('late'), function (err) {
      log.push('late write ' + (err && err.code));
      console.log(log.join('\n'));
    });
  });
});

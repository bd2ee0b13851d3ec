// net: server.close() with connections open waits for them; getConnections,
// maxConnections; destroy with an error; a peer reset (ECONNRESET).
var net = require('net');
var conns = [];
var server = net.createServer(function (s) { conns.push(s); s.on('error', function () {}); });
server.maxConnections = 2;
server.on('drop', function (d) { console.log('drop', d.remoteAddress, typeof d.remotePort); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var clients = [], closed = 0;
  for (var i = 0; i < 3; i++) {
    var c = net.connect(port, '127.0.0.1');
    c.on('close', function () { closed++; });
    c.on('error', function () {});
    clients.push(c);
  }
  setTimeout(function () {
    server.getConnections(function (err, n) {
      console.log('connections', err, n);
      var closedAt = 'closing';
      server.close(function () { console.log('server close after', closedAt); part2(); });
      setTimeout(function () {
        closedAt = 'connections ended';
        conns[0].end();
        conns[1].destroy();
      }, 50);
    });
  }, 100);
});
var late = [];
function part2() {
  var s2 = net.createServer(function (s) {
    s.on('error', function (e) { console.log('server side error', e.code, e.syscall, e.message); });
    s.on('close', function (e) { console.log('server side close', e); s2.close(); part3(); });
  });
  s2.listen(0, '127.0.0.1', function () {
    var c = net.connect(s2.address().port, '127.0.0.1', function () {
      // abortive close: SO_LINGER 0 is not exposed; a reset comes from
      // closing with unread data in the receive buffer.
      c.write('x');
      setTimeout(function () { c.resetAndDestroy ? c.resetAndDestroy() : c.destroy(); }, 20);
    });
    c.on('close', function (e) { late.push('reset client close ' + e); });
  });
}
function part3() {
  var s3 = net.createServer(function (s) { s.on('close', function () { s3.close(); }); });
  s3.listen(0, '127.0.0.1', function () {
    var c = net.connect(s3.address().port, '127.0.0.1', function () {
      c.destroy(new Error('boom'));
      console.log('destroyed', c.destroyed, c.readyState);
    });
    var ev = [];
    c.on('error', function (e) { ev.push('error ' + e.message); });
    c.on('close', function (e) { ev.push('close ' + e); console.log(ev.join(', ')); console.log(late.join()); });
  });
}

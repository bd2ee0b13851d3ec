// pauseOnConnect: an accepted socket reads nothing from the connection until
// resume() (bytesRead 0, no 'end' for a peer that already ended); and
// maxConnections = 0 means no limit, as in Node.
var net = require('net');

var server = net.createServer({ pauseOnConnect: true }, function (s) {
  console.log('connection paused', s.isPaused(), s.readableFlowing);
  s.on('data', function (d) { console.log('data', String(d)); });
  s.on('end', function () { console.log('server end'); });
  s.on('close', function () { console.log('server close'); server.close(second); });
  setTimeout(function () {
    console.log('before resume: bytesRead', s.bytesRead, 'readableLength', s.readableLength);
    s.resume();
  }, 100);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end('hello'); });
});

function second() {
  var srv = net.createServer(function (s) {
    console.log('maxConnections 0: accepted');
    s.end();
    srv.close();
  });
  srv.maxConnections = 0;
  srv.on('drop', function () { console.log('dropped (wrong)'); srv.close(); });
  srv.listen(0, '127.0.0.1', function () {
    net.connect(srv.address().port, '127.0.0.1').on('error', function () {}).resume();
  });
}

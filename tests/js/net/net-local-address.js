// net.connect's localAddress/localPort: the client socket binds before it
// connects; Node's errors for bad options and for a port already in use.
var net = require('net');

function show(name, f) {
  try { f(); console.log(name, 'no throw'); } catch (e) { console.log(name, e.name, e.code, e.message); }
}

var server = net.createServer(function (s) {
  s.on('error', function () {});
  s.end(String(s.remotePort));
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  show('bad localAddress', function () { net.connect({ port: port, host: '127.0.0.1', localAddress: 'nope' }); });
  show('localPort string', function () { net.connect({ port: port, host: '127.0.0.1', localPort: 'x' }); });
  show('localAddress number', function () { net.connect({ port: port, host: '127.0.0.1', localAddress: 5 }); });

  // a free local port, found by listening on port 0 and closing
  var probe = net.createServer().listen(0, '127.0.0.1', function () {
    var lport = probe.address().port;
    probe.close(function () {
      var c = net.connect({ port: port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: lport }, function () {
        console.log('bound', c.localAddress, c.localPort === lport, c.localFamily);
      });
      var got = '';
      c.setEncoding('utf8');
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        console.log('server saw the local port', got === String(lport));
        onlyAddress();
      });
    });
  });

  function onlyAddress() {
    var c = net.connect({ port: port, host: '127.0.0.1', localAddress: '127.0.0.1' }, function () {
      console.log('address only', c.localAddress, c.localPort > 0);
      c.destroy();
      inUse();
    });
  }

  function inUse() { // the server's own port is taken by its listener
    var c = net.connect({ port: port, host: '127.0.0.1', localPort: port });
    c.on('connect', function () { console.log('connected?!'); });
    c.on('error', function (e) {
      console.log('in use', e.code, e.syscall, e.address, e.port === port, e.message === 'bind EADDRINUSE 0.0.0.0:' + port);
      familyMismatch();
    });
  }

  function byName() { // after a lookup of 'localhost'
    var c = net.connect({ port: port, host: 'localhost', family: 4, localAddress: '127.0.0.1' }, function () {
      console.log('by name', c.localAddress, c.remoteAddress);
      c.destroy();
      server.close(function () { console.log('closed'); });
    });
  }

  function familyMismatch() {
    var c = net.connect({ port: port, host: '127.0.0.1', localAddress: '::1' });
    c.on('connect', function () { console.log('connected?!'); c.destroy(); server.close(); });
    c.on('error', function (e) {
      console.log('family mismatch', e.code, e.syscall, e.address, e.port, e.message);
      byName();
    });
  }
});

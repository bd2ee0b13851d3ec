// net: 1000 concurrent connections to one server, each echoing its own
// message; every client must get back exactly what it sent.
var net = require('net');
var N = 1000;
var server = net.createServer(function (s) { s.pipe(s); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, ok = 0, bad = 0, closed = 0;
  for (var i = 0; i < N; i++) start(i);
  function start(i) {
    var c = net.connect(port, '127.0.0.1');
    var msg = 'client ' + i + ' says hello;', got = [];
    c.on('connect', function () { c.write(msg); });
    c.setEncoding('utf8');
    c.on('data', function (d) {
      got.push(d);
      if (got.join('').length >= msg.length) {
        if (got.join('') === msg) ok++; else bad++;
        c.end();
      }
    });
    c.on('error', function (e) { bad++; console.log('error', e.code); });
    c.on('close', function () {
      if (++closed === N) {
        console.log('ok', ok, 'bad', bad);
        server.getConnections(function (err, n) {
          server.close(function () { console.log('closed'); });
        });
      }
    });
  }
});

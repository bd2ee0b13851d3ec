// net: an exception thrown by a socket's only 'data' listener (the C hot
// path calls it directly) reaches process 'uncaughtException', and the
// next chunks are still delivered; a getter for emit that throws on the
// instance is met as in node.
var net = require('net');
var log = [];
var n = 0;
process.on('uncaughtException', function (e) {
  log.push('uncaught ' + e.message);
});
var server = net.createServer(function (s) {
  s.on('data', function (d) {
    n++;
    s.write(d);
    if (n === 1) throw new Error('boom ' + d.toString());
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('a');
  });
  var got = '';
  c.on('data', function (d) {
    got += d.toString();
    if (got === 'a') c.write('b');
    else if (got === 'ab') c.write('c');
    else if (got === 'abc') {
      log.push('echoed ' + got + ' chunks ' + n);
      c.end();
      server.close();
    }
  });
  c.on('close', function () { console.log(log.join('\n')); });
});

// net: half-close with allowHalfOpen; the default (allowHalfOpen false) ends
// the writable side after 'end'.
var net = require('net');
var log = [], slog = [];
var server = net.createServer({ allowHalfOpen: true }, function (s) {
  s.setEncoding('utf8');
  var got = '';
  s.on('data', function (d) { got += d; });
  s.on('end', function () {
    slog.push('server end, got ' + got + ', writable ' + s.writable + ' ' + s.readyState);
    setTimeout(function () { s.write('late reply'); s.end(); }, 20);
  });
  s.on('close', function (e) { slog.push('server close ' + e); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.setEncoding('utf8');
  c.end('request');
  var got = '';
  c.on('finish', function () { log.push('client finish ' + c.readyState); });
  c.on('data', function (d) { got += d; });
  c.on('end', function () { log.push('client end, got ' + got); });
  c.on('close', function (e) {
    log.push('client close ' + e);
    setTimeout(function () {
      console.log(log.join('\n'));
      console.log(slog.join('\n'));
      server.close();
      part2();
    }, 20);
  });
});
function part2() {
  var server2 = net.createServer(function (s) { s.end('bye'); });
  server2.listen(0, '127.0.0.1', function () {
    var c = net.connect(server2.address().port, '127.0.0.1');
    var ev = [];
    c.on('data', function (d) { ev.push('data ' + d); });
    c.on('end', function () { ev.push('end writable=' + c.writable); });
    c.on('finish', function () { ev.push('finish'); });
    c.on('close', function (e) { ev.push('close ' + e); console.log(ev.join(', ')); server2.close(); });
  });
}

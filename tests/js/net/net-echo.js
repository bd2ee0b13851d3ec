// net: echo server + client round trip, many messages, event order per side.
var net = require('net');
var slog = [], clog = [];
var server = net.createServer(function (s) {
  slog.push('connection ' + s.remoteAddress + ' ' + s.remoteFamily + ' ' + (s.localPort === server.address().port));
  s.on('data', function (d) { s.write(d); });
  s.on('end', function () { slog.push('end'); s.end(); });
  s.on('finish', function () { slog.push('finish'); });
  s.on('close', function (e) {
    slog.push('close ' + e + ' ' + s.bytesRead + ' ' + s.bytesWritten);
    server.close(function () { slog.push('server closed'); done(); });
  });
});
server.on('listening', function () { slog.push('listening ' + server.listening); });
server.listen(0, '127.0.0.1', function () {
  var a = server.address();
  console.log('address', a.address, a.family, typeof a.port, a.port > 0);
  var c = net.connect({ port: a.port, host: '127.0.0.1' }, function () {
    clog.push('connect ' + c.remoteAddress + ' ' + (c.remotePort === a.port) + ' ' + c.remoteFamily +
      ' ' + c.readyState + ' ' + c.pending + ' ' + c.connecting);
  });
  clog.push('connecting ' + c.connecting + ' ' + c.readyState + ' ' + c.pending);
  c.on('ready', function () { clog.push('ready'); });
  var got = [], want = [];
  for (var i = 0; i < 1000; i++) {
    var msg = 'message ' + i + ';';
    want.push(msg);
    c.write(msg);
  }
  c.setEncoding('utf8');
  c.on('data', function (d) {
    got.push(d);
    if (got.join('').length === want.join('').length) {
      clog.push('all echoed ' + (got.join('') === want.join('')));
      c.end();
    }
  });
  c.on('end', function () { clog.push('end'); });
  c.on('finish', function () { clog.push('finish'); });
  c.on('close', function (e) {
    clog.push('close ' + e + ' ' + c.bytesRead + ' ' + c.bytesWritten + ' ' + c.readyState);
    done();
  });
});
var n = 0;
function done() {
  if (++n < 2) return;
  console.log('server:', slog.join(' | '));
  console.log('client:', clog.join(' | '));
}

// net: ECONNREFUSED and EADDRINUSE as Node shapes them.
var net = require('net');
var c = net.connect(1, '127.0.0.1');
c.on('connect', function () { console.log('unexpected connect'); });
c.on('error', function (e) {
  console.log('error', e.message, e.code, e.errno === -111, e.syscall, e.address, e.port);
});
c.on('close', function (hadError) {
  console.log('close', hadError, c.destroyed);
  var s1 = net.createServer();
  s1.listen(0, '127.0.0.1', function () {
    var port = s1.address().port;
    var s2 = net.createServer();
    s2.on('error', function (e) {
      console.log('listen error', e.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + port,
        e.code, e.errno === -98, e.syscall, e.address, e.port === port, s2.listening);
      s1.close(function () { console.log('s1 closed'); });
    });
    s2.listen(port, '127.0.0.1');
  });
});
console.log('isIP', net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('fe80::1%eth0'), net.isIP('1.2.3'),
  net.isIP('::ffff:1.2.3.4'), net.isIP('1:2:3:4:5:6:7:8'), net.isIP('1:2:3:4:5:6:7:8:9'), net.isIP('x'));
console.log('isIPv4', net.isIPv4('255.255.255.255'), net.isIPv4('256.1.1.1'), 'isIPv6', net.isIPv6('::'), net.isIPv6('1::2::3'));
var s3 = net.createServer();
s3.close(function (e) { console.log('close not running', e.code, e.message); });

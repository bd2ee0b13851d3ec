// net over IPv6: listen on '::1' and '::', connect to '::1' (and to '::'
// from IPv4, which arrives as a v4-mapped address), address() and the
// socket's address properties, errors with IPv6 addresses, isIPv6 edge
// cases. (Ports vary: only their agreement is printed.)
var net = require('net');

var cases = ['::', '::1', '1::', '::ffff:1.2.3.4', '::ffff:1.2.3', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1::2::3', ':1', '1:', ':::', '1:::2', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%1', 'fe80::1%a b',
  '::1%lo', '1.2.3.4', 'g::1', '12345::1', 'ABCD::ef', '0:0:0:0:0:0:0:0', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4',
  '::1.2.3.4', '1::1.2.3.4', '::ffff:256.1.1.1', '[::1]', ' ::1', '::1 ', '', '1:2:3:4:5:6::7:8', '1::2:3:4:5:6:7',
  '::0000:1', '::00000:1', 'fe80::1%eth0%1', '2001:db8::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '::ffff:01.2.3.4',
  '1.2.3.4::', '::1.2.3.4:1'];
cases.forEach(function (c) { console.log(JSON.stringify(c), net.isIPv6(c), net.isIP(c), net.isIPv4(c)); });
console.log(net.isIPv6(undefined), net.isIPv6(null), net.isIPv6(6), net.isIP({}),
  net.isIPv6({ toString: function () { return '::1'; } }));

var steps = [];
function next() {
  var f = steps.shift();
  if (f) f();
}

function info(label, s, port) {
  console.log(label, 'remote', s.remoteAddress, s.remoteFamily, s.remotePort === port,
    'local', s.localAddress, s.localFamily, typeof s.localPort, JSON.stringify(s.address().family));
}

// ::1 both ends
steps.push(function () {
  var server = net.createServer(function (c) {
    console.log('accepted', c.remoteAddress, c.remoteFamily, c.localAddress, c.localPort === port);
    c.end('v6');
  });
  var port;
  server.listen(0, '::1', function () {
    var a = server.address();
    port = a.port;
    console.log('listen ::1', a.address, a.family, typeof a.port, Object.keys(a).join(','));
    var c = net.connect(port, '::1', function () { info('client ::1', c, port); });
    c.setEncoding('utf8');
    c.on('data', function (d) { console.log('client data', d); });
    c.on('close', function () { server.close(next); });
  });
});

// '::' accepts IPv6 and (dual stack) IPv4 as ::ffff:127.0.0.1
steps.push(function () {
  var seen = [];
  var server = net.createServer(function (c) {
    seen.push(c.remoteAddress + ' ' + c.remoteFamily + ' ' + c.localAddress);
    c.end();
  });
  server.listen({ port: 0, host: '::' }, function () {
    var a = server.address();
    console.log('listen ::', a.address, a.family);
    var c1 = net.connect({ port: a.port, host: '::1' });
    c1.resume();
    c1.on('close', function () {
      var c2 = net.connect({ port: a.port, host: '127.0.0.1' });
      c2.on('connect', function () { console.log('v4 client', c2.remoteAddress, c2.remoteFamily); });
      c2.resume();
      c2.on('close', function () {
        console.log('server saw', seen.join(' / '));
        server.close(next);
      });
    });
  });
});

// no host: '::' as well
steps.push(function () {
  var server = net.createServer(function (c) { c.end(); });
  server.listen(0, function () {
    console.log('listen default', server.address().address, server.address().family);
    server.close(next);
  });
});

// connect with family 6 to the IPv4-only localhost: ENOTFOUND from the lookup
steps.push(function () {
  var c = net.connect({ port: 1, host: 'localhost', family: 6 });
  c.on('lookup', function (e, a, f, h) { console.log('family 6 lookup', e && e.code, a, f, h); });
  c.on('error', function (e) { console.log('family 6 error', e.message, e.code); });
  c.on('close', function () { next(); });
});

// errors carry IPv6 addresses
steps.push(function () {
  var c = net.connect(1, '::1');
  c.on('error', function (e) { console.log('refused', e.message, e.code, e.syscall, e.address, e.port); });
  c.on('close', function (hadError) {
    console.log('refused close', hadError);
    var s1 = net.createServer();
    s1.listen(0, '::1', function () {
      var port = s1.address().port;
      var s2 = net.createServer();
      s2.on('error', function (e) {
        console.log('in use', e.message === 'listen EADDRINUSE: address already in use ::1:' + port, e.code,
          e.syscall, e.address, e.port === port);
        s1.close(next);
      });
      s2.listen(port, '::1');
    });
  });
});

// a malformed IPv6 address is a bad listen address
steps.push(function () {
  var s = net.createServer();
  s.on('error', function (e) { console.log('bad address', e.code, e.syscall); next(); });
  s.listen(0, 'fe80::1%nosuchif0');
});

steps.push(function () { console.log('done'); });
next();

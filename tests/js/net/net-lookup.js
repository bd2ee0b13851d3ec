// net: hostnames resolve through dns.lookup (the dns service): 'lookup'
// events, ENOTFOUND through 'error' (connect and listen), options.lookup,
// connectionAttempt events, and the argument checks of the connect path.
var net = require('net');

function args(a) {
  var out = [];
  for (var i = 0; i < a.length; i++) {
    var v = a[i];
    out.push(v instanceof Error ? v.code + ' ' + v.message : String(v));
  }
  return out.join(' | ');
}

function watch(label, s, port) {
  ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout', 'connect', 'ready'].forEach(function (ev) {
    s.on(ev, function () {
      var line = args(arguments);
      if (port) line = line.split(String(port)).join('PORT');
      console.log(label, ev, line);
    });
  });
}

function check(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

console.log('defaults', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
check('setDefaultAutoSelectFamily', function () { net.setDefaultAutoSelectFamily(1); });
check('setDefaultAutoSelectFamilyAttemptTimeout 0', function () { net.setDefaultAutoSelectFamilyAttemptTimeout(0); });
check('setDefaultAutoSelectFamilyAttemptTimeout str', function () { net.setDefaultAutoSelectFamilyAttemptTimeout('a'); });
check('autoSelectFamily type', function () { net.connect({ port: 1, autoSelectFamily: 1 }); });
check('attempt timeout 1.5', function () { net.connect({ port: 1, autoSelectFamilyAttemptTimeout: 1.5 }); });
check('lookup type', function () { net.connect({ port: 1, host: 'x', lookup: 1 }); });
check('host number', function () { net.connect({ port: 1, host: 5 }); });
check('family 5', function () { net.connect({ port: 1, host: 'x', family: 5 }); });

var steps = [];
function next() {
  var f = steps.shift();
  if (f) f();
}

var server = net.createServer(function (c) { c.end('hi'); });
server.listen(0, 'localhost', function () {
  var a = server.address();
  console.log('listen localhost', a.address, a.family, server.listening);
  var port = a.port;

  steps.push(function () { // a name: one 'lookup', then the connection
    var c = net.connect(port, 'localhost');
    watch('localhost', c, port);
    c.setEncoding('utf8');
    c.on('data', function (d) { console.log('localhost data', d, c.remoteAddress, c.remoteFamily, c.remotePort === port); });
    c.on('close', function (hadError) { console.log('localhost close', hadError); next(); });
  });
  steps.push(function () { // the default host is localhost
    var c = net.connect({ port: port });
    watch('default host', c, port);
    c.resume();
    c.on('close', function () { next(); });
  });
  steps.push(function () { // family 4: a single lookup without autoSelectFamily
    var c = net.connect({ port: port, host: 'localhost', family: 4 });
    watch('family 4', c, port);
    c.resume();
    c.on('close', function () { next(); });
  });
  steps.push(function () { // an IP: no lookup at all
    var c = net.connect(port, '127.0.0.1');
    watch('ip', c, port);
    c.resume();
    c.on('close', function () { next(); });
  });
  steps.push(function () { // ENOTFOUND: 'lookup' with the error, then 'error', 'close'
    var c = net.connect({ port: port, host: 'nosuch.invalid' });
    watch('nosuch', c, port);
    c.on('error', function (e) {
      console.log('nosuch error', e.message, e.code, e.errno, e.syscall, e.hostname, Object.keys(e).sort().join(','),
        c.connecting, c.destroyed);
    });
    c.on('close', function (hadError) { console.log('nosuch close', hadError); next(); });
  });
  steps.push(function () { // ENOTFOUND without autoSelectFamily
    var c = net.connect({ port: port, host: 'nosuch.invalid', autoSelectFamily: false });
    watch('nosuch single', c, port);
    c.on('error', function (e) { console.log('nosuch single error', e.message, e.code); });
    c.on('close', function (hadError) { console.log('nosuch single close', hadError); next(); });
  });
  steps.push(function () { // destroyed while looking up: no connect, no error
    var c = net.connect({ port: port, host: 'localhost' });
    watch('destroyed', c, port);
    c.on('error', function (e) { console.log('destroyed error', e.message); });
    c.on('close', function (hadError) { console.log('destroyed close', hadError, c.connecting); next(); });
    c.destroy();
  });
  steps.push(function () { // options.lookup (family 4: called as lookup(host, {family, hints}, cb))
    var c = net.connect({ port: port, host: 'my.name', family: 4, lookup: function (h, o, cb) {
      console.log('custom lookup', h, o.family, o.hints, o.all);
      setTimeout(function () { cb(null, '127.0.0.1', 4); }, 1);
    } });
    watch('custom', c, port);
    c.resume();
    c.on('close', function () { next(); });
  });
  steps.push(function () { // a lookup that answers with something that is not an IP
    var c = net.connect({ port: port, host: 'my.name', family: 4, lookup: function (h, o, cb) {
      setTimeout(function () { cb(null, 'notip', 4); }, 1);
    } });
    watch('notip', c, port);
    c.on('error', function (e) { console.log('notip error', e.name, e.code, e.message); });
    c.on('close', function () { next(); });
  });
  steps.push(function () { // ... or a bad family
    var c = net.connect({ port: port, host: 'my.name', family: 4, lookup: function (h, o, cb) {
      setTimeout(function () { cb(null, '1.2.3.4', 5); }, 1);
    } });
    watch('badfamily', c, port);
    c.on('error', function (e) { console.log('badfamily error', e.name, e.code, e.message.split(String(port)).join('PORT')); });
    c.on('close', function () { next(); });
  });
  steps.push(function () { // refused: connectionAttempt, connectionAttemptFailed, error
    var c = net.connect(1, '127.0.0.1');
    watch('refused', c);
    c.on('error', function (e) { console.log('refused error', e.message, e.code); });
    c.on('close', function () { next(); });
  });
  steps.push(function () { // a Unix socket that is not there
    var c = net.connect('/nonexistent/muk-netf.sock');
    watch('pipe', c);
    c.on('error', function (e) { console.log('pipe error', e.message, e.code); });
    c.on('close', function () { next(); });
  });
  steps.push(function () { // listen on a name that does not resolve
    var s = net.createServer();
    s.on('error', function (e) {
      console.log('listen error', e.message, e.code, e.errno, e.syscall, e.hostname, s.listening);
      next();
    });
    s.listen(0, 'nosuch.invalid', function () { console.log('unexpected listening'); });
  });
  steps.push(function () { // listen({host: name})
    var s = net.createServer();
    s.listen({ port: 0, host: 'localhost' }, function () {
      console.log('listen object', s.address().address, s.address().family);
      s.close(next);
    });
  });
  steps.push(function () { // closed while its name is being looked up: never listens
    var s = net.createServer();
    s.listen(0, 'localhost', function () { console.log('unexpected listening'); });
    s.on('close', function () { console.log('closed during lookup', s.listening, s.address()); });
    s.close(function (e) { console.log('close cb', e && e.code); next(); });
  });
  steps.push(function () { server.close(function () { console.log('done'); }); });
  next();
});

// port checks of the connect path
[{ host: 'x' }, { port: -1 }, { port: 'abc' }, { port: true }, { port: null }, { port: 65536 }, { port: '' }, { port: ' ' }, { port: 1.5 }].forEach(function (o) {
  check('port ' + JSON.stringify(o), function () { net.connect(o); });
});

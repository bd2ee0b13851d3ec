// net's signal options: a socket's (net.connect({signal})) abort destroys it
// with an AbortError, an aborted one at once; listen({signal})'s abort
// closes the server, an aborted one right after listening; bad signals
// throw as node's.
var net = require('net');
function desc(e) {
  return [e.name, e.code, e.message, 'cause' in e ? String(e.cause && e.cause.name || e.cause) : 'no cause'].join(' ');
}
function steps(list) {
  var i = 0;
  (function next() {
    if (i < list.length) Promise.resolve(list[i++]()).then(next, function (e) { console.log('step failed', e); });
  })();
}
var srv;
steps([
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      srv = net.createServer(function (s) { s.on('error', function () {}); });
      srv.on('close', function () { console.log('server closed by its signal', srv.listening); resolve(); });
      srv.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, function () {
        var cac = new AbortController();
        var c = net.connect({ port: srv.address().port, host: '127.0.0.1', signal: cac.signal });
        c.on('error', function (e) { console.log('client error', desc(e), c.destroyed); });
        c.on('close', function () {
          console.log('client close');
          ac.abort();
        });
        c.on('connect', function () { cac.abort('bye'); });
      });
    });
  },
  function () {
    return new Promise(function (resolve) {
      var s2 = net.createServer();
      s2.on('listening', function () { console.log('listening with an aborted signal'); });
      s2.on('close', function () { console.log('closed at once'); resolve(); });
      s2.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });
    });
  },
  function () {
    return new Promise(function (resolve) {
      var s3 = net.createServer(function (s) { s.on('error', function () {}); });
      s3.listen(0, '127.0.0.1', function () {
        var c = net.connect({ port: s3.address().port, host: '127.0.0.1', signal: AbortSignal.abort() });
        c.on('connect', function () { console.log('connected?'); });
        c.on('error', function (e) { console.log('pre-aborted client', desc(e)); });
        c.on('close', function () {
          console.log('pre-aborted close');
          s3.close(resolve);
        });
      });
    });
  },
  function () {
    try {
      net.connect({ port: 1, host: '127.0.0.1', signal: 'x' });
    } catch (e) {
      console.log('connect bad signal', e.code, e.message);
    }
    var s4 = net.createServer();
    try {
      s4.listen({ port: 0, signal: {} });
    } catch (e) {
      console.log('listen bad signal', e.code, e.message);
    }
  }
]);

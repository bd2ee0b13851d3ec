// http.request's signal: an abort while waiting for the response destroys
// the request with an AbortError (cause: the reason), an aborted signal
// fails the request before it is sent, a bad signal throws.
var http = require('http');
function desc(e) {
  return [e.name, e.code, e.message, 'cause' in e ? String(e.cause && e.cause.name || e.cause) : 'no cause'].join(' ');
}
var seen = 0;
var server = http.createServer(function (req, res) {
  seen++;
  if (req.url === '/ok') res.end('fine');
  // other requests never get an answer
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var ac = new AbortController();
  var req = http.request({ port: port, host: '127.0.0.1', path: '/hang', signal: ac.signal });
  req.on('response', function () { console.log('response?'); });
  req.on('error', function (e) { console.log('error', desc(e), req.destroyed); });
  req.on('close', function () {
    console.log('close');
    pre();
  });
  req.end();
  server.once('request', function () { ac.abort('user'); });

  function pre() {
    var r2 = http.get({ port: port, host: '127.0.0.1', path: '/never', signal: AbortSignal.abort() });
    r2.on('error', function (e) { console.log('pre-aborted', desc(e)); });
    r2.on('close', function () {
      console.log('pre close');
      ok();
    });
  }
  function ok() {
    var ac3 = new AbortController();
    http.get({ port: port, host: '127.0.0.1', path: '/ok', signal: ac3.signal, agent: false }, function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log('ok', res.statusCode, body);
        try {
          http.request({ port: port, signal: 'nope' });
        } catch (e) {
          console.log('bad signal', e.code, e.message);
        }
        console.log('requests the server saw', seen);
        server.close();
        server.closeAllConnections();
      });
    });
  }
});

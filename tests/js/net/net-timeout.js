// socket.setTimeout: the 'timeout' event and callback, turning it off, the
// `timeout` property, argument errors, destroyed sockets, the connect option.
var net = require('net');

function err(f) {
  try { f(); return 'no error'; } catch (e) { return e.name + ' ' + e.code + ': ' + e.message; }
}

var fresh = new net.Socket();
console.log('fresh timeout', fresh.timeout);
console.log(err(function () { fresh.setTimeout('10'); }));
console.log('after a string', JSON.stringify(fresh.timeout));
console.log(err(function () { fresh.setTimeout(-1); }));
console.log(err(function () { fresh.setTimeout(NaN); }));
console.log(err(function () { fresh.setTimeout(Infinity); }));
console.log(err(function () { fresh.setTimeout(10, 'cb'); }));
console.log(err(function () { fresh.setTimeout(0, 42); }));
console.log('returns this', fresh.setTimeout(0) === fresh, fresh.timeout);
process.on('warning', function (w) { console.log('warning', w.name, JSON.stringify(w.message)); });
fresh.setTimeout(2147483648);
console.log('huge', fresh.timeout);
fresh.setTimeout(0);
fresh.destroy();
console.log('destroyed returns this', fresh.setTimeout(5, function () { console.log('never'); }) === fresh,
  fresh.timeout, fresh.listenerCount('timeout'));

var server = net.createServer(function (s) {
  s.on('error', function () {});
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var steps = [idle, disabled, removed, option];
  (function next() {
    var step = steps.shift();
    if (!step) { server.close(); return; }
    step(next);
  })();

  // An idle socket times out: the event, then the callback; it stays open.
  function idle(done) {
    var c = net.connect(port, '127.0.0.1', function () {
      c.on('timeout', function () { console.log('idle: timeout event, destroyed', c.destroyed); });
      c.setTimeout(20, function () {
        console.log('idle: callback, readyState', c.readyState, 'timeout', c.timeout);
        c.setTimeout(0);
        c.destroy();
      });
    });
    c.on('close', function () { console.log('idle: close'); done(); });
  }

  // setTimeout(0) after a timeout was set: nothing fires.
  function disabled(done) {
    var c = net.connect(port, '127.0.0.1', function () {
      c.setTimeout(15);
      c.setTimeout(0);
      c.on('timeout', function () { console.log('disabled: timeout (wrong)'); });
      setTimeout(function () { console.log('disabled: quiet, timeout', c.timeout); c.destroy(); }, 60);
    });
    c.on('close', function () { done(); });
  }

  // setTimeout(0, cb) takes the callback back off 'timeout'.
  function removed(done) {
    var c = net.connect(port, '127.0.0.1', function () {
      var cb = function () { console.log('removed: callback (wrong)'); };
      c.setTimeout(15, cb);
      console.log('removed: listeners', c.listenerCount('timeout'));
      c.setTimeout(0, cb);
      console.log('removed: listeners', c.listenerCount('timeout'));
      c.setTimeout(15);
      c.on('timeout', function () { console.log('removed: timeout event only'); c.destroy(); });
    });
    c.on('close', function () { done(); });
  }

  // net.connect({ timeout }) sets it before the connection exists.
  function option(done) {
    var c = net.connect({ port: port, host: '127.0.0.1', timeout: 20 });
    console.log('option: timeout while connecting', c.timeout);
    c.on('timeout', function () {
      console.log('option: timeout, connected', !c.connecting);
      c.destroy();
    });
    c.on('close', function () { done(); });
  }
});

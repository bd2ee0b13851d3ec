// net: more ways a server socket's read side changes while data flows
// (ping-pong, one message per chunk): the 'data' listener swapped for
// another, all 'data' listeners removed (flowing stays on: the chunk is
// lost, as in node) and one added again, a 'readable' listener added and
// removed, unshift() inside a 'data' callback, a listener that throws
// (uncaughtException), and an emit override on a Socket subclass.
var net = require('net');
var N = 14;
var log = [];
function L(s) { log.push(s); }
var closes = 0;
function done() { if (++closes === 2) console.log(log.join('\n')); }

process.on('uncaughtException', function (e) { L('  uncaught ' + e.message); });

var server = net.createServer(function (s) {
  var n = 0;
  function a(d) { step('a', d); }
  function b(d) { step('b', d); }
  function step(who, d) {
    if (String(d).charAt(0) === '<') { // unshift()ed: emitted again, not echoed
      L(who + ' ' + d + ' read=' + s.bytesRead);
      return;
    }
    n++;
    L(who + ' ' + n + ' ' + d + ' read=' + s.bytesRead);
    switch (n) {
      case 2: s.write(d); s.removeListener('data', a); s.on('data', b); break;
      case 4:
        s.write(d);
        s.removeAllListeners('data');
        setTimeout(function () { // chunk 5 arrived meanwhile, to nobody
          L('  listening again, read=' + s.bytesRead + ' flowing=' + s.readableFlowing);
          s.on('data', a);
          s.write('msg05xyz'); // the client waits for an echo of 5
        }, 50);
        break;
      case 6:
        s.write(d);
        s.on('readable', function onr() {
          var c;
          while ((c = s.read()) !== null) { // read() emits 'data' too (echoed there)
            L('  readable ' + c);
            if (String(c) === 'msg08xyz') {
              s.removeListener('readable', onr);
              L('  readable removed, flowing=' + s.readableFlowing);
            }
          }
        });
        L('  readable added, flowing=' + s.readableFlowing);
        break;
      case 9:
        s.write(d);
        s.unshift(Buffer.from('<unshifted>'));
        L('  after unshift');
        break;
      case 11: s.write(d); throw new Error('listener threw at 11');
      default: s.write(d);
    }
  }
  s.on('data', a);
  s.on('end', function () { L('end read=' + s.bytesRead + ' written=' + s.bytesWritten); s.end(); });
  s.on('close', function () { server.close(); done(); });
});

server.listen(0, '127.0.0.1', function () {
  function Spy(opts) { net.Socket.call(this, opts); }
  Object.setPrototypeOf(Spy.prototype, net.Socket.prototype);
  Spy.prototype.emit = function (ev, x) {
    if (ev === 'data') L('client data ' + x.length);
    return net.Socket.prototype.emit.apply(this, arguments);
  };
  var c = new Spy();
  var i = 0, got = 0;
  function next() {
    i++;
    c.write('msg' + (i < 10 ? '0' : '') + i + 'xyz');
  }
  c.connect(server.address().port, '127.0.0.1', next);
  c.on('data', function (d) {
    got += d.length;
    if (got < i * 8) return;
    if (i < N) next();
    else c.end();
  });
  c.on('close', function () { L('client closed, got ' + got); done(); });
});

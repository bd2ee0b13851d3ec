// net: a server socket moves between the native hot path and the stream
// machinery while data flows (ping-pong, one message per chunk): a second
// 'data' listener added and removed mid-stream, once(), pause() inside a
// 'data' callback, write with a callback / with an encoding, cork, an emit
// override, a socket timeout armed and cleared, setEncoding after data
// started, pipe after data flowed; bytesRead/bytesWritten all along.
var net = require('net');
var Writable = require('stream').Writable;
var N = 18;
var log = [], closes = 0;
function done() { // both sockets closed (they may close in either order)
  if (++closes === 2) console.log(log.join('\n'));
}
function L(s) { log.push(s); }

var server = net.createServer(function (s) {
  var n = 0;
  function second(d) { L('  second ' + d); }
  function third(d) { L('  once ' + d); }
  function first(d) {
    n++;
    L('data ' + n + ' ' + typeof d + ' ' + d + ' read=' + s.bytesRead + ' written=' + s.bytesWritten);
    switch (n) {
      case 2: s.write(d); s.on('data', second); break;
      case 4: s.write(d); s.removeListener('data', second); break;
      case 5: s.write(d, function (err) { L('  write cb 5 ' + err); }); break;
      case 6: L('  write returned ' + s.write(d, 'latin1')); s.once('data', third); break;
      case 7:
        s.write(d);
        s.pause();
        L('  paused ' + s.isPaused());
        setTimeout(function () { L('resume'); s.resume(); }, 30);
        break;
      case 9:
        s.cork();
        s.write(d.slice(0, 4));
        s.write(d.slice(4));
        process.nextTick(function () { L('  uncork'); s.uncork(); });
        break;
      case 11:
        s.write(d);
        var orig = s.emit;
        s.emit = function (ev) {
          if (ev === 'data') L('  emit data');
          return orig.apply(this, arguments);
        };
        break;
      case 12: s.write(d); delete s.emit; break;
      case 13: s.write(d); s.setTimeout(60000); break;
      case 14: s.write(d); s.setTimeout(0); s.setEncoding('utf8'); break;
      case 16:
        s.removeListener('data', first);
        s.pipe(new Writable({
          write: function (chunk, enc, cb) {
            L('pipe ' + chunk + ' ' + Buffer.isBuffer(chunk));
            s.write(chunk);
            cb();
          }
        }), { end: false });
        s.write(d);
        break;
      default: s.write(d);
    }
  }
  s.on('data', first);
  s.on('end', function () {
    L('end read=' + s.bytesRead + ' written=' + s.bytesWritten);
    s.end();
  });
  s.on('close', function () {
    server.close();
    done();
  });
});

server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var i = 0, got = 0;
  function next() {
    i++;
    c.write('msg' + (i < 10 ? '0' : '') + i + 'xyz');
  }
  c.on('connect', next);
  c.on('data', function (d) {
    got += d.length;
    if (got < i * 8) return;
    if (i < N) next();
    else c.end();
  });
  c.on('close', function () {
    L('closed; the client got ' + got);
    done();
  });
});

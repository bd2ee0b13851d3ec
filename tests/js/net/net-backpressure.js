// net: 64 MiB written to a peer that reads slowly (paused most of the time)
// keeps RSS bounded: write() returns false, 'drain' follows, and the sender
// only writes after 'drain'. Prints booleans only (node's output matches).
var net = require('net');
var TOTAL = 64 * 1024 * 1024, CHUNK = 64 * 1024;
var chunk = Buffer.alloc(CHUNK, 'x');
var base = process.memoryUsage().rss, peak = base;
var sawFalse = false, drains = 0, received = 0, writes = 0;

function sample() {
  var r = process.memoryUsage().rss;
  if (r > peak) peak = r;
}

var server = net.createServer(function (s) {
  // The slow reader: take what is there, pause, resume 2 ms later.
  s.on('data', function (d) {
    received += d.length;
    if (received % (1024 * 1024) < d.length) {
      s.pause();
      setTimeout(function () { s.resume(); }, 2);
    }
  });
  s.on('end', function () {
    sample();
    console.log('received all', received === TOTAL);
    console.log('write returned false', sawFalse);
    console.log('drain followed', drains > 0);
    console.log('rss growth < 48 MiB', peak - base < 48 * 1024 * 1024);
    s.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var sent = 0;
  function pump() {
    while (sent < TOTAL) {
      sent += CHUNK;
      if (++writes % 16 === 0) sample();
      if (!c.write(chunk)) {
        sawFalse = true;
        c.once('drain', function () { drains++; pump(); });
        return;
      }
    }
    c.end();
  }
  c.on('connect', pump);
  c.on('close', function () { console.log('client closed'); });
});

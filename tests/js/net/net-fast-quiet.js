// net: fast writes that get no reply from the service unless they fail
// (bridge/net_binding.c): a burst of small writes mixed with writes that
// have a callback, unref()/ref() while such writes may still be queued,
// end()'s callback after all of them; what the peer received (count and a
// checksum of the order), bytesWritten and writableLength afterwards.
var net = require('net');
var N = 3000, SZ = 100;
var lines = [];

var server = net.createServer(function (r) {
  var total = 0, sum = 0;
  r.pause(); // the writer's bytes pile up in the sockets first
  setImmediate(function () { r.resume(); });
  r.on('data', function (d) {
    for (var i = 0; i < d.length; i++) sum = (sum * 31 + d[i]) % 1000003;
    total += d.length;
  });
  r.on('end', function () {
    lines.push('server got ' + total + ' sum ' + sum);
    r.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var cbs = [], round = 0;
    function burst() {
      for (var i = round * 1000; i < (round + 1) * 1000; i++) {
        var b = Buffer.alloc(SZ, i % 251);
        if (i % 1000 === 999) {
          (function (k) { c.write(b, function (err) { cbs.push('cb' + k + ' ' + (err || 'ok')); }); })(i);
        } else {
          c.write(b);
        }
        if (i === 1100) { c.unref(); c.ref(); }
        if (i === 2100) { c.unref(); c.ref(); }
      }
      if (++round < N / 1000) { setImmediate(burst); return; }
      c.end(function () {
        lines.push('end cb after ' + cbs.join(', '));
        lines.push('bytesWritten ' + c.bytesWritten + ' writableLength ' + c.writableLength);
      });
    }
    burst();
  });
  c.on('data', function () {});
  c.on('close', function (hadError) {
    lines.push('client close ' + hadError);
  });
});

process.on('exit', function () {
  lines.sort();
  for (var i = 0; i < lines.length; i++) console.log(lines[i]);
});

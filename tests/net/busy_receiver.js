// busy_receiver.js PORT — the server half of busy_receiver.py: its JS
// thread is busy for 1.5 s as a connection arrives, then it counts every
// byte until the peer ends, and prints the byte count and its peak RSS.
var net = require('net');
var fs = require('fs');

function peakKiB() {
  var m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'latin1'));
  return m ? +m[1] : -1;
}

var server = net.createServer(function (s) {
  var total = 0;
  var t = Date.now();
  while (Date.now() - t < 1500) {} // the JS thread falls behind the sender
  s.on('data', function (d) { total += d.length; });
  s.on('end', function () {
    console.log('received ' + total + ' peak_kib ' + peakKiB());
    s.end();
    server.close();
  });
});
server.listen(+process.argv[2], '127.0.0.1', function () { console.log('listening'); });

// A Buffer made by the runtime (here: a file's bytes, a socket's data)
// before the script ever touched `Buffer` is a full Buffer.
var fs = require('fs');
var net = require('net');
fs.readFile(__filename, function (err, data) {
  console.log('file bytes:', typeof data.toString, data.slice(0, 2).toString(), data instanceof Buffer);
  var srv = net.createServer(function (s) {
    s.on('data', function (d) {
      console.log('socket data:', typeof d.toString, d.toString().toUpperCase(), d instanceof Buffer);
      s.end();
      srv.close();
    });
  });
  srv.listen(0, '127.0.0.1', function () {
    var c = net.connect(srv.address().port, '127.0.0.1', function () { c.end('hello'); });
  });
});

// net: a Unix-domain socket server under os.tmpdir().
var net = require('net'), os = require('os'), path = require('path'), fs = require('fs');
var p = path.join(os.tmpdir(), 'muk-net-test-' + process.pid + '.sock');
var server = net.createServer(function (s) {
  s.setEncoding('utf8');
  s.on('data', function (d) { s.end('echo:' + d); });
});
server.listen(p, function () {
  console.log('address is path', server.address() === p);
  var c = net.connect(p, function () { console.log('connected', c.remoteAddress); c.write('ping'); });
  var got = [];
  c.on('data', function (d) { got.push(d.toString()); });
  c.on('end', function () { console.log('got', got.join('')); });
  c.on('close', function (e) {
    console.log('client close', e);
    server.close(function () { console.log('server closed', fs.existsSync(p)); });
  });
});

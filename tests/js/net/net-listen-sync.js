// listen() without a host binds before it returns (address() at once,
// 'listening' on nextTick); with a host, even an IP, Node looks it up
// first and address() is null until 'listening'. A failed bind reports
// 'error' on nextTick; a Unix socket's address() is its path even then.
// The scenarios run one after another so the output order is Node's.
var net = require('net');
var os = require('os');
var path = require('path');
var sock = path.join(os.tmpdir(), 'muk-listen-sync-' + process.pid + '.sock');
function show(p) { return typeof p === 'string' ? p.replace(sock, 'SOCK') : p; }

var steps = [
  function (next) {
    var s = net.createServer();
    s.listen(0);
    var a = s.address();
    console.log('no host:', a.family, a.address, typeof a.port, s.listening);
    process.nextTick(function () { console.log('nextTick before listening'); });
    s.on('listening', function () { console.log('listening'); s.close(next); });
  },
  function (next) {
    var p = net.createServer();
    p.listen(sock);
    console.log('pipe:', show(p.address()), p.listening);
    p.on('listening', function () { console.log('pipe listening'); p.close(next); });
  },
  function (next) {
    var q = net.createServer();
    q.listen({ port: 0, host: '127.0.0.1' });
    console.log('host in options:', q.address(), q.listening);
    q.on('listening', function () { console.log('q listening', q.address().family); q.close(next); });
  },
  function (next) {
    var e = net.createServer();
    e.on('error', function (err) { console.log('error event', err.code, err.syscall, e.listening); next(); });
    e.listen('/nonexistent/dir/x.sock');
    console.log('after bad listen:', e.listening, e.address());
  },
  function (next) {
    var c = net.createServer();
    c.on('listening', function () { console.log('closed before nextTick: listening (wrong)'); });
    c.listen(0);
    c.close(function () { console.log('c closed, listening:', c.listening); next(); });
  },
  function (next) {
    var d = net.createServer();
    d.listen(0, function () {
      var t = net.createServer();
      t.on('error', function (err) {
        console.log('taken:', err.code, err.syscall, t.listening, t.address());
        d.close(next);
      });
      t.listen(d.address().port);
      console.log('t after listen:', t.listening, t.address());
    });
  }
];
(function run(i) {
  if (i < steps.length) steps[i](function () { run(i + 1); });
  else console.log('done');
})(0);

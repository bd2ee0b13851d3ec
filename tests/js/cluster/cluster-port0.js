// cluster: workers that listen on port 0 get one port between them, the
// same as each other's (node: the primary's socket; muk: a port the primary
// picks, which the workers share with SO_REUSEPORT), and that port
// serves; a worker's second listen(0) on another host gets its own port.
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
  var id = cluster.worker.id;
  net.createServer(function (s) { s.end('w' + id); }).listen(0, function () {
    if (id === 1) net.createServer().listen(0, '127.0.0.1');
  });
} else {
  var ports = [], byWorker = {};
  cluster.on('listening', function (w, address) {
    ports.push(address.port);
    byWorker[w.id] = (byWorker[w.id] || []).concat(address.address + ' ' + address.addressType);
    if (ports.length < 3) return;
    var sorted = ports.slice().sort();
    console.log('listening events', ports.length, 'distinct ports', sorted.filter(function (p, i) { return sorted.indexOf(p) === i; }).length);
    console.log('worker 1', byWorker[1].sort().join(', '), '| worker 2', byWorker[2].join(', '));
    var counts = {};
    var shared = ports.filter(function (p) { return ports.indexOf(p) !== ports.lastIndexOf(p); })[0];
    var left = 20;
    for (var i = 0; i < 20; i++) {
      var c = net.connect(shared, '127.0.0.1'), body = '';
      c.setEncoding('utf8');
      c.on('data', function (d) { counts[d] = (counts[d] || 0) + 1; });
      c.on('end', function () {
        if (--left) return;
        console.log('answered by', Object.keys(counts).sort().join(' '));
        cluster.disconnect(function () { console.log('disconnected'); });
      });
    }
  });
  cluster.fork();
  cluster.fork();
}

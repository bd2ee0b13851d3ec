// cluster: two workers serve HTTP on one port (each listens on it; muk
// shares it with SO_REUSEPORT, node through its primary). The primary
// counts each worker's events, makes 40 requests, trades messages with
// both workers, then disconnects worker 1 and kills worker 2. Events are
// printed per worker at the end and the workers' stdout (silent) after
// them, so the output does not depend on how the processes interleave.
// With SO_REUSEPORT the kernel hashes each connection to a worker: all 40
// landing on one worker has a chance of 2^-39.
var cluster = require('cluster');
var net = require('net');
var http = require('http');

function get(port, cb) {
  var c = net.connect(port, '127.0.0.1'), body = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { body += d; });
  c.on('end', function () { cb(body.split('\r\n\r\n')[1]); });
  c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
}

if (cluster.isWorker) {
  var id = cluster.worker.id;
  console.log('worker', id, 'isWorker', cluster.isWorker, 'isPrimary', cluster.isPrimary, 'env', process.env.CLUSTER_TEST);
  process.on('message', function (m) {
    console.log('worker', id, 'got', JSON.stringify(m));
    process.send({ echo: m, from: id });
  });
  cluster.worker.on('disconnect', function () { console.log('worker', id, 'disconnect'); });
  http.createServer(function (req, res) {
    res.end('w' + id);
  }).listen(+process.env.PORT, function () {
    console.log('worker', id, 'listening');
  });
} else {
  var events = {}, out = {};
  var listening = 0, exited = 0;
  function log(w, text) { (events[w.id] = events[w.id] || []).push(text); }

  var probe = net.createServer().listen(0, '127.0.0.1', function () {
    var port = probe.address().port;
    probe.close(function () { start(port); });
  });

  function start(port) {
    cluster.setupPrimary({ silent: true });
    console.log('settings', JSON.stringify(cluster.settings.args), cluster.settings.silent);
    for (var i = 0; i < 2; i++) {
      var w = cluster.fork({ PORT: port, CLUSTER_TEST: 'env' + (i + 1) });
      out[w.id] = [];
      w.process.stdout.on('data', function (d) { this.push(d); }.bind(out[w.id]));
    }
    console.log('workers', Object.keys(cluster.workers).join(','));
    cluster.on('fork', function (w) { log(w, 'fork'); });
    cluster.on('online', function (w) { log(w, 'online ' + w.state); });
    cluster.on('message', function (w, m) { log(w, 'message ' + JSON.stringify(m)); });
    cluster.on('disconnect', function (w) {
      log(w, 'disconnect ' + w.exitedAfterDisconnect + ' ' + w.state + ' ' + w.isConnected());
    });
    cluster.on('listening', function (w, address) {
      log(w, 'listening ' + JSON.stringify(address) .replace(String(port), 'PORT') + ' ' + w.state);
      if (++listening === 2) requests(port);
    });
    cluster.on('exit', function (w, code, signal) {
      log(w, 'exit ' + code + ' ' + signal + ' ' + w.exitedAfterDisconnect + ' ' + w.isDead() + ' ' + w.state);
      if (++exited === 2) setTimeout(report, 50);
    });
  }

  function requests(port) {
    var perWorker = {}, left = 40;
    for (var j = 0; j < 40; j++) get(port, function (body) {
      perWorker[body] = (perWorker[body] || 0) + 1;
      if (--left) return;
      console.log('responses from', Object.keys(perWorker).sort().join(' '));
      console.log('total', perWorker.w1 + perWorker.w2);
      var replies = 0;
      cluster.on('message', function (w, m) {
        if (++replies < 2) return;
        cluster.workers[1].disconnect();
        cluster.workers[2].kill();
      });
      cluster.workers[1].send({ to: 1 });
      cluster.workers[2].send({ to: 2 }, function (err) { console.log('send callback', err); });
    });
  }

  function report() {
    console.log('workers left', Object.keys(cluster.workers).length);
    for (var id = 1; id <= 2; id++) {
      console.log('worker ' + id + ':\n  ' + events[id].join('\n  '));
      console.log(Buffer.concat(out[id]).toString().trim().split('\n').map(function (l) { return '  | ' + l; }).join('\n'));
    }
  }
}

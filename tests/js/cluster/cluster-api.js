// cluster: the module's surface and each way a worker ends, one worker at
// a time: process.exit(3), a worker that disconnects itself, a worker
// whose servers are exclusive (two on one port: the second fails, and the
// primary sees no 'listening' for them) and then kills itself, and
// cluster.disconnect(cb) closing a listening worker's server; then a
// worker whose script does not exist.
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
  var w = cluster.worker;
  var mode = process.env.MODE;
  console.log('worker', w.id, mode, w.state, typeof w.process.pid, w instanceof cluster.Worker,
    'has env', process.env.NODE_UNIQUE_ID !== undefined);
  if (mode === 'exit3') {
    process.exit(3);
  } else if (mode === 'selfdisconnect') {
    w.on('disconnect', function () { console.log('disconnected', w.exitedAfterDisconnect, w.isConnected()); });
    w.disconnect();
    console.log('state', w.state);
  } else if (mode === 'exclusive') {
    var a = net.createServer().listen({ port: +process.env.PORT, exclusive: true }, function () {
      var b = net.createServer().listen({ port: +process.env.PORT, exclusive: true });
      b.on('error', function (err) {
        console.log('second exclusive:', err.code, err.syscall);
        a.close(function () { w.kill(); });
      });
    });
  } else if (mode === 'listen') {
    var s = net.createServer().listen(+process.env.PORT, function () { console.log('listening'); });
    s.on('close', function () { console.log('server closed'); });
  }
} else {
  console.log('isPrimary', cluster.isPrimary, 'isMaster', cluster.isMaster, 'isWorker', cluster.isWorker);
  console.log('SCHED', cluster.SCHED_NONE, cluster.SCHED_RR, 'worker', cluster.worker);
  console.log('workers', JSON.stringify(cluster.workers), 'settings', JSON.stringify(cluster.settings));
  console.log('setupMaster is setupPrimary', cluster.setupMaster === cluster.setupPrimary);
  cluster.on('setup', function (s) { console.log('setup event', JSON.stringify(s.args), s.silent); });
  cluster.setupPrimary({ silent: true, args: ['a', 'b'] });
  console.log('exec', require('path').basename(cluster.settings.exec), 'args', cluster.settings.args.join(' '));

  var probe = net.createServer().listen(0, '127.0.0.1', function () {
    var port = probe.address().port;
    probe.close(function () { next(port); });
  });

  var modes = ['exit3', 'selfdisconnect', 'exclusive', 'listen'];
  function next(port) {
    var mode = modes.shift();
    if (!mode) return missing();
    var w = cluster.fork({ MODE: mode, PORT: port }), out = [], lines = [];
    w.process.stdout.on('data', function (d) { out.push(d); });
    w.on('online', function () { lines.push('online'); });
    w.on('listening', function (a) {
      lines.push('listening ' + a.addressType + ' ' + (a.port === port));
      cluster.disconnect(function () { lines.push('cluster.disconnect callback ' + Object.keys(cluster.workers).length); });
    });
    w.on('disconnect', function () { lines.push('disconnect ' + w.exitedAfterDisconnect + ' ' + w.state); });
    w.on('exit', function (code, signal) {
      lines.push('exit ' + code + ' ' + signal + ' ' + w.exitedAfterDisconnect + ' ' + w.isDead());
    });
    w.process.on('close', function () {
      console.log(mode + ': ' + lines.join(', '));
      console.log(Buffer.concat(out).toString().trim().split('\n').map(function (l) { return '  | ' + l; }).join('\n'));
      next(port);
    });
  }

  // a worker whose script does not exist: online, then exit 1; sending
  // to it afterwards fails with the channel closed
  function missing() {
    cluster.setupPrimary({ exec: require('path').join(__dirname, 'no-such-worker.js') });
    var w = cluster.fork(), lines = [];
    w.on('online', function () { lines.push('online'); });
    w.on('disconnect', function () { lines.push('disconnect ' + w.exitedAfterDisconnect); });
    w.on('exit', function (code, signal) {
      lines.push('exit ' + code + ' ' + signal);
      console.log('missing: ' + lines.join(', '));
      console.log('send returns', w.send({ late: true }, function (err) {
        console.log('send to the exited worker:', err.code, err.message);
      }));
    });
  }
}

// internal/cluster_child — require('cluster') in a worker (a process
// cluster.fork started: NODE_UNIQUE_ID in its environment). setupWorker
// runs before the main module (internal/child_process_ipc's setupChild):
// it makes cluster.worker and tells the primary 'online'. net.Server calls
// listening() when a server of this worker listens, which tells the
// primary 'listening' and keeps the server for disconnect() to close;
// sharedPort() asks the primary for the port of a listen(0).
// The server itself listens with SO_REUSEPORT unless exclusive (js/net.js).
'use strict';

var EventEmitter = require('events');
var W = require('internal/cluster_worker');
var Worker = W.Worker;

var cluster = new EventEmitter();
module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

var servers = [];

function send(message, cb) {
  return W.sendHelper(process, message, cb);
}

cluster.setupWorker = function (id) {
  var worker = new Worker({ id: +id | 0, process: process, state: 'online' });
  cluster.worker = worker;
  try { delete process.env.NODE_UNIQUE_ID; } catch (e) { /* no --allow-env */ }
  // net.js asks this hidden property whether it runs in a worker
  Object.defineProperty(process, '@@muk.clusterWorker', { value: cluster, configurable: true });
  process.once('disconnect', function () {
    worker.emit('disconnect');
    // the primary went away, or closed the channel without asking first
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', W.internal(worker, function (message) {
    if (message.act === 'disconnect') disconnect.call(worker, true);
  }));
  // written before the main module runs, so a worker that exits at once
  // still reports 'online' (Node's write is synchronous here too)
  process['@@muk.sendSync']({ cmd: 'NODE_CLUSTER', act: 'online', seq: -1 });
};

// A server of this worker listens: address as Node's cluster gives it
// (null for a server without a host), addressType 4, 6 or -1 (a pipe).
cluster.listening = function (server, address, addressType, port) {
  servers.push(server);
  server.once('close', function () {
    var i = servers.indexOf(server);
    if (i >= 0) servers.splice(i, 1);
  });
  cluster.worker.state = 'listening';
  send({ act: 'listening', address: address, port: port, addressType: addressType });
};

// listen(0) in a worker: the port the primary picked for host, the same
// for every worker (as Node's); cb(status < 0) or cb(0, port).
cluster.sharedPort = function (host, cb) {
  if (!send({ act: 'queryPort', address: host }, function (reply) { cb(reply.errno || 0, reply.port); })) {
    process.nextTick(cb, require('internal/service').errors().uvCode('ENOTCONN'), 0);
  }
};

// Close every server, then the channel; a worker that asked itself first
// tells the primary, so the primary's exitedAfterDisconnect is true.
function disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  var waiting = 1;
  function done() {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, function () { process.disconnect(); });
  }
  var list = servers.slice();
  servers.length = 0;
  for (var i = 0; i < list.length; i++) {
    waiting++;
    list[i].close(done);
  }
  done();
}

Worker.prototype.disconnect = function () {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnect.call(this, false);
  }
  return this;
};

Worker.prototype.destroy = function () {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, function () { process.disconnect(); });
    process.once('disconnect', function () { process.exit(0); });
  }
};

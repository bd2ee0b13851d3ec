// internal/cluster_primary — require('cluster') in the primary: fork()
// starts a worker with child_process.fork (so it obeys the same
// --allow-child-process permission), NODE_UNIQUE_ID naming its id, and
// turns the worker's NODE_CLUSTER messages into the events of Node 20's
// cluster ('online', 'listening', ...).
//
// Workers share a port without the primary: a worker's server listens
// with SO_REUSEPORT (net's LISTEN_REUSEPORT) and the kernel spreads the
// connections, so no connection passes through the primary and
// schedulingPolicy is SCHED_NONE ("leave it to the operating system").
// docs/cluster.md says why.
'use strict';

var EventEmitter = require('events');
var W = require('internal/cluster_worker');
var Worker = W.Worker;

var SCHED_NONE = 1;
var SCHED_RR = 2;

var cluster = new EventEmitter();
var intercom = new EventEmitter();
module.exports = cluster;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

// process.env throws without --allow-env
function readEnv() {
  try { return process.env; } catch (e) { return undefined; }
}

var policy = require('internal/env').get('NODE_CLUSTER_SCHED_POLICY');
cluster.schedulingPolicy = policy === 'rr' ? SCHED_RR : SCHED_NONE;

var ids = 0;
var initialized = false;

function setupPrimary(options) {
  var settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv || [],
    silent: false
  };
  var k;
  for (k in cluster.settings) settings[k] = cluster.settings[k];
  for (k in options) settings[k] = options[k];
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    var p = cluster.schedulingPolicy;
    if (p !== SCHED_NONE && p !== SCHED_RR) throw new Error('Bad cluster.schedulingPolicy: ' + p);
  }
  process.nextTick(function () { cluster.emit('setup', settings); });
}
cluster.setupPrimary = setupPrimary;
cluster.setupMaster = setupPrimary;

function createWorkerProcess(id, env) {
  // without --allow-env the worker gets env and its id only
  var workerEnv = {}, k, own = readEnv();
  try {
    for (k in own) workerEnv[k] = own[k];
  } catch (e) { workerEnv = {}; }
  for (k in env) workerEnv[k] = env[k];
  workerEnv.NODE_UNIQUE_ID = String(id);
  var s = cluster.settings;
  return require('child_process').fork(s.exec, s.args, {
    cwd: s.cwd,
    env: workerEnv,
    silent: s.silent,
    windowsHide: s.windowsHide,
    execArgv: s.execArgv.slice(),
    stdio: s.stdio,
    gid: s.gid,
    uid: s.uid
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

cluster.fork = function (env) {
  setupPrimary();
  var id = ++ids;
  var worker = new Worker({ id: id, process: createWorkerProcess(id, env) });

  worker.on('message', function (message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', function (exitCode, signalCode) {
    // kept in cluster.workers until both exited and disconnected
    if (!worker.isConnected()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', function () {
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', W.internal(worker, onMessage));
  process.nextTick(function () { cluster.emit('fork', worker); });
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function (cb) {
  var keys = Object.keys(cluster.workers);
  if (keys.length === 0) {
    process.nextTick(function () { intercom.emit('disconnect'); });
  } else {
    for (var i = 0; i < keys.length; i++) {
      var w = cluster.workers[keys[i]];
      if (w && w.isConnected()) w.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

// A worker's asks, by act.
function onMessage(message) {
  var worker = this;
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'listening':
      var info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
      worker.state = 'listening';
      worker.emit('listening', info);
      cluster.emit('listening', worker, info);
      break;
    case 'queryPort':
      sharedPort(message.address, function (errno, port) {
        W.sendHelper(worker.process, { ack: message.seq, errno: errno, port: port });
      });
      break;
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      W.sendHelper(worker.process, { ack: message.seq });
      break;
  }
}

// listen(0) in the workers: the primary picks one free port per address
// (a listen on port 0 it closes at once) and gives every worker the same,
// as Node's workers share the primary's port. Another process could take
// the port between the close and the workers' binds: they then fail with
// EADDRINUSE.
var sharedPorts = {};
function sharedPort(address, cb) {
  var known = sharedPorts[address];
  if (typeof known === 'number') return cb(0, known);
  if (known) return known.push(cb);
  var waiting = sharedPorts[address] = [cb];
  var probe = require('net').createServer();
  function done(errno, port) {
    if (errno) delete sharedPorts[address];
    else sharedPorts[address] = port;
    for (var i = 0; i < waiting.length; i++) waiting[i](errno, port);
  }
  probe.on('error', function (err) { done(err.errno || -1, 0); });
  probe.listen(0, address, function () {
    var port = probe.address().port;
    probe.close(function () { done(0, port); });
  });
}

// The primary asks the worker to close its servers and then its channel.
Worker.prototype.disconnect = function () {
  this.exitedAfterDisconnect = true;
  W.sendHelper(this.process, { act: 'disconnect' });
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function (signo) {
  this.process.kill(signo || 'SIGTERM');
};

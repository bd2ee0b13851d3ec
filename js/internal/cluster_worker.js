// internal/cluster_worker — cluster's Worker, shared by the primary (one
// per forked process) and a worker (cluster.worker, over `process`), and
// the NODE_CLUSTER messages both sides exchange on the fork's IPC channel:
// {cmd: 'NODE_CLUSTER', act, seq} asks, {cmd: 'NODE_CLUSTER', ack: seq}
// answers. The channel hands them to 'internalMessage', never to the
// script's 'message' (internal/child_process_ipc).
'use strict';

var EventEmitter = require('events');

function Worker(options) {
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    var self = this;
    this.process = options.process;
    this.process.on('error', function (code, signal) { self.emit('error', code, signal); });
    this.process.on('message', function (message, handle) { self.emit('message', message, handle); });
  }
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function () {
  return this.destroy.apply(this, arguments);
};

Worker.prototype.send = function () {
  return this.process.send.apply(this.process, arguments);
};

Worker.prototype.isDead = function () {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function () {
  return this.process.connected;
};

// ---- NODE_CLUSTER messages ----------------------------------------------

var seq = 0;
var callbacks = {};

// Send message on proc's channel; cb runs when the other side acks it.
function sendHelper(proc, message, cb) {
  if (!proc.connected) return false;
  var m = { cmd: 'NODE_CLUSTER' };
  for (var k in message) m[k] = message[k];
  if (typeof cb === 'function') callbacks[seq] = cb;
  m.seq = seq++;
  return proc.send(m);
}

// An 'internalMessage' listener: NODE_CLUSTER acks go to the callback
// their ask left, everything else to onMessage (this: worker).
function internal(worker, onMessage) {
  return function (message) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    var fn = onMessage;
    if (message.ack !== undefined && callbacks[message.ack] !== undefined) {
      fn = callbacks[message.ack];
      delete callbacks[message.ack];
    }
    fn.call(worker, message);
  };
}

module.exports = { Worker: Worker, sendHelper: sendHelper, internal: internal };

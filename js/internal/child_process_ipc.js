// internal/child_process_ipc — the IPC channel between a parent and the
// child it forked: newline-delimited JSON (Node's 'json' serialization)
// over a socketpair the proc service owns on both sides. In the parent the
// channel is the child's stdio entry 'ipc'; in the child it is the proc
// service's `channel` (the fd its parent named in NODE_CHANNEL_FD).
// Reading is a pending `read` request, so a channel being read keeps the
// loop alive, as Node's referenced channel does.
'use strict';

var S = require('internal/service');
var OP = require('internal/schema/proc').OPS;
var E = require('internal/errors');
var StringDecoder = require('string_decoder').StringDecoder;

function channelClosed() {
  return E.withCode(new Error('Channel closed'), 'ERR_IPC_CHANNEL_CLOSED');
}

// A channel on (sid, handle, fd); `target` is the ChildProcess or process
// that emits 'message' and 'disconnect' and gets send/disconnect/connected.
function Channel(sid, handle, fd, target, onClose) {
  this.sid = sid;
  this.h = handle;
  this.fd = fd;
  this.target = target;
  this.onClose = onClose;
  this.reading = false;
  this.closed = false;
  this.afterEnd = null; // the child's exit, held until 'disconnect'
  this.disconnected = false; // 'disconnect' was emitted
  this.decoder = new StringDecoder('utf8');
  this.pending = '';
}

Channel.prototype.read = function () {
  if (this.reading || this.closed) return;
  this.reading = true;
  var self = this;
  S.send(this.sid, OP.READ, [this.h, this.fd], undefined, function (status, results, data) {
    self.reading = false;
    if (self.closed) return;
    if (status < 0) return self.end();
    if (data && data.length) self.receive(self.decoder.write(data));
    if (results[0] === 1) return self.end();
    self.read();
  }, true);
};

Channel.prototype.receive = function (text) {
  var lines = (this.pending + text).split('\n');
  this.pending = lines.pop();
  for (var i = 0; i < lines.length && !this.closed; i++) {
    if (lines[i].length === 0) continue;
    var msg = JSON.parse(lines[i]);
    // Node's internal messages ({cmd: 'NODE_...'}, cluster's among them)
    // are not the script's: they go to 'internalMessage', as in Node
    if (msg !== null && typeof msg === 'object' && typeof msg.cmd === 'string' && msg.cmd.indexOf('NODE_') === 0) {
      this.target.emit('internalMessage', msg);
    } else {
      this.target.emit('message', msg);
    }
  }
};

Channel.prototype.send = function (message, callback) {
  if (this.closed) {
    var err = channelClosed();
    if (typeof callback === 'function') process.nextTick(callback, err);
    else process.nextTick(function (t) { t.emit('error', err); }, this.target);
    return false;
  }
  if (message === undefined) throw E.missingArgs(['message']);
  var line = JSON.stringify(message) + '\n';
  S.send(this.sid, OP.WRITE, [this.h, this.fd], Buffer.from(line, 'utf8'), function (status) {
    if (typeof callback === 'function') callback(status < 0 ? S.errors().errnoException(status, 'write') : null);
  });
  return true;
};

// The same, answered before it returns: for a first message on an empty
// channel (cluster's 'online'), which a script's process.exit() at once
// must not lose; a full channel would block, so nothing else uses it.
Channel.prototype.sendSync = function (message) {
  if (this.closed) return false;
  var line = JSON.stringify(message) + '\n';
  return S.callSync(this.sid, OP.WRITE, [this.h, this.fd], Buffer.from(line, 'utf8'))[0] >= 0;
};

// Our side ends the channel (disconnect()), or the other side did (its
// end was read): 'disconnect' on the next tick, as Node's; the pipe is
// closed behind it.
Channel.prototype.end = function () {
  if (this.closed) return;
  this.closed = true;
  this.target.connected = false;
  process.nextTick(function (self) {
    self.disconnected = true;
    self.target.emit('disconnect');
    if (self.afterEnd) self.afterEnd();
  }, this);
  var self = this;
  S.send(this.sid, OP.END, [this.h, this.fd], undefined, function () {
    if (self.onClose) self.onClose();
  });
};

// Give target (a ChildProcess or process) Node's channel API.
function attach(target, channel) {
  target.connected = true;
  target.channel = {
    ref: function () {},
    unref: function () {}
  };
  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
    } else if (typeof options === 'function') {
      callback = options;
    }
    return channel.send(message, callback);
  };
  Object.defineProperty(target, '@@muk.sendSync', {
    configurable: true, value: function (message) { return channel.sendSync(message); }
  });
  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', E.withCode(new Error('IPC channel is already disconnected'), 'ERR_IPC_DISCONNECTED'));
      return;
    }
    channel.end();
  };
}

// In a child started by fork (NODE_CHANNEL_FD set): process.send & co.
// The channel is read once the script listens for 'message' or
// 'disconnect', so a child that does not never stays alive for it.
function setupChild() {
  var sid = S.lookup('proc');
  if (sid < 0) return;
  var r = S.callSync(sid, OP.CHANNEL, [], undefined);
  try {
    delete process.env.NODE_CHANNEL_FD;
    delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  } catch (e) { /* no --allow-env: the variables stay */ }
  if (r[0] < 0) return;
  var h = r[1][0];
  var channel = new Channel(sid, h, r[1][1], process, function () {
    S.send(sid, OP.RELEASE, [h], undefined, function () {});
  });
  attach(process, channel);
  process.on('newListener', function (name) {
    if (name === 'message' || name === 'disconnect') channel.read();
  });
  // a cluster worker (cluster.fork names its id): 'online' to the primary
  var id = require('internal/env').get('NODE_UNIQUE_ID'); // also without --allow-env
  if (id !== undefined) require('internal/cluster_child').setupWorker(id);
}

module.exports = { Channel: Channel, attach: attach, setupChild: setupChild };

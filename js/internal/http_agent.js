// internal/http_agent — http.Agent: Node 20's socket pool for the client.
// Sockets are keyed by getName (host:port:localAddress[:family]); a request
// takes a free socket of its name (lifo or fifo), else a new one while the
// name is under maxSockets and the agent under maxTotalSockets, else it
// waits in `requests`. A request that ended with its response emits 'free'
// on its socket: the agent hands the socket to the next waiting request or
// keeps it in `freeSockets` (keepAlive), unref'ed, with the agent's timeout.
'use strict';

var EventEmitter = require('events');
var net = require('net');
var E = require('internal/errors');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  var o = {}, k;
  if (options) for (k in options) o[k] = options[k];
  if (o.noDelay === undefined) o.noDelay = true;
  o.path = null;
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = o;
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.keepAliveMsecs = o.keepAliveMsecs || 1000;
  this.keepAlive = o.keepAlive || false;
  this.maxSockets = o.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = o.maxFreeSockets || 256;
  this.scheduling = o.scheduling || 'lifo';
  this.maxTotalSockets = o.maxTotalSockets;
  this.totalSocketCount = 0;
  if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo')
    throw E.invalidArgValue('scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
  if (this.maxTotalSockets !== undefined) {
    E.validateNumber(this.maxTotalSockets, 'maxTotalSockets');
    if (this.maxTotalSockets < 1 || this.maxTotalSockets !== this.maxTotalSockets)
      throw E.outOfRange('maxTotalSockets', '>= 1', this.maxTotalSockets);
  } else {
    this.maxTotalSockets = Infinity;
  }
  this.on('free', onFree);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

function onFree(socket, options) {
  var name = this.getName(options);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  var requests = this.requests[name];
  if (requests && requests.length) {
    var next = requests.shift();
    setRequestSocket(this, next, socket);
    if (requests.length === 0) delete this.requests[name];
    return;
  }
  var req = socket._httpMessage;
  if (!req || !req.shouldKeepAlive || !this.keepAlive) {
    socket.destroy();
    return;
  }
  var free = this.freeSockets[name] || [];
  var count = free.length;
  if (this.sockets[name]) count += this.sockets[name].length;
  if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
      free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  this.freeSockets[name] = free;
  socket._httpMessage = null;
  this.removeSocket(socket, options);
  socket.once('error', freeSocketErrorListener);
  free.push(socket);
}

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function (options) {
  options = options || {};
  var name = (options.host || 'localhost') + ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

function merge(a, b) {
  var o = {}, k;
  if (a) for (k in a) o[k] = a[k];
  if (b) for (k in b) o[k] = b[k];
  return o;
}

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  var agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

Agent.prototype.addRequest = function (req, options, port, localAddress) {
  if (typeof options === 'string') options = { host: options, port: port, localAddress: localAddress };
  options = merge(options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  var name = this.getName(options), self = this;
  if (!this.sockets[name]) this.sockets[name] = [];
  var free = this.freeSockets[name], socket;
  if (free) {
    while (free.length && free[0].destroyed) free.shift();
    socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (!free.length) delete this.freeSockets[name];
  }
  var freeLen = free ? free.length : 0;
  var sockLen = freeLen + this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(s, err);
      else setRequestSocket(self, req, s);
    });
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    req['@@muk.reqOptions'] = options;
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function (req, options, cb) {
  options = merge(options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  var name = this.getName(options), self = this, done = false;
  options._agentKey = name;
  options.encoding = null;
  function oncreate(err, s) {
    if (done) return;
    done = true;
    if (err) return cb(err);
    if (!self.sockets[name]) self.sockets[name] = [];
    self.sockets[name].push(s);
    self.totalSocketCount++;
    installListeners(self, s, options);
    cb(null, s);
  }
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  var s = this.createConnection(options, oncreate);
  if (s) oncreate(null, s);
};

function installListeners(agent, s, options) {
  function onFreeSock() { agent.emit('free', s, options); }
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  function onTimeout() {
    var names = Object.keys(agent.freeSockets);
    for (var i = 0; i < names.length; i++)
      if (agent.freeSockets[names[i]].indexOf(s) >= 0) return s.destroy();
  }
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFreeSock);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('free', onFreeSock);
  s.on('close', onClose);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function (s, options) {
  var name = this.getName(options), self = this;
  var sets = [this.sockets];
  if (!s.writable) sets.push(this.freeSockets);
  for (var i = 0; i < sets.length; i++) {
    var list = sets[i][name];
    if (list) {
      var at = list.indexOf(s);
      if (at !== -1) {
        list.splice(at, 1);
        if (list.length === 0) delete sets[i][name];
      }
    }
  }
  var req;
  if (this.requests[name] && this.requests[name].length) {
    req = this.requests[name][0];
  } else {
    var keys = Object.keys(this.requests);
    for (var j = 0; j < keys.length; j++) {
      if (this.sockets[keys[j]] && this.sockets[keys[j]].length) break;
      req = this.requests[keys[j]][0];
      options = req['@@muk.reqOptions'];
      break;
    }
  }
  if (req && options) {
    req['@@muk.reqOptions'] = undefined;
    this.createSocket(req, options, function (err, socket) {
      if (err) req.onSocket(socket, err);
      else socket.emit('free');
    });
  }
  void self;
};

Agent.prototype.keepSocketAlive = function (socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  var agentTimeout = this.options.timeout || 0, ok = true;
  var req = socket._httpMessage;
  if (req && req.res) {
    var hint = req.res.headers['keep-alive'];
    var m = hint && /^timeout=(\d+)/.exec(hint);
    if (m) {
      var ms = parseInt(m[1], 10) * 1000 - 1000;
      if (ms <= 0) ok = false;
      else if (ms < agentTimeout) agentTimeout = ms;
    }
  }
  if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
  return ok;
};

Agent.prototype.reuseSocket = function (socket, req) {
  socket.removeListener('error', freeSocketErrorListener);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function () {
  var sets = [this.freeSockets, this.sockets];
  for (var i = 0; i < sets.length; i++) {
    var keys = Object.keys(sets[i]);
    for (var j = 0; j < keys.length; j++) {
      var list = sets[i][keys[j]].slice();
      for (var n = 0; n < list.length; n++) list[n].destroy();
    }
  }
};

var globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent: Agent, globalAgent: globalAgent };

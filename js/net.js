// net — Node's net module over the net service (services/net): TCP and
// Unix-domain servers and sockets. Socket is in internal/net_socket.
//
// listen() without a host binds before it returns, as Node's does (address()
// works at once; 'listening' or 'error' follows on nextTick; with a host Node
// looks it up first, and so do we), except with the net service
// on the kernel's own loop (--service net=inline), which cannot answer while
// that loop waits: then the bind completes asynchronously. Hostnames resolve
// through dns.lookup (the dns service): see internal/net_lookup.
'use strict';

var EventEmitter = require('events');
var H = require('internal/net_handles');
var Socket = require('internal/net_socket');
var L = require('internal/net_lookup');
var S = require('internal/service');
var OP = H.OP, NET = H.NET, send = H.send, handles = H.handles;

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._id = 0;
  this._connections = 0;
  this._address = null;
  this._pipe = false;
  this._kref = false;
  this._wantRef = true;
  this._listening = false;
  this._closing = false;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.keepAlive = !!options.keepAlive;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true, get: function () { return this._listening; }
});

// listen({signal}): the signal's abort closes the server (node's
// addAbortSignalOption).
function closeOnAbort(server, signal) {
  require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
  var onAborted = function () { server.close(); };
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', function () { signal.removeEventListener('abort', onAborted); });
  }
}

Server.prototype.listen = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  var options = {};
  if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else if (typeof args[0] === 'string' && Number(args[0]) !== Number(args[0])) {
    options.path = args[0];
    if (typeof args[1] === 'number') options.backlog = args[1];
  } else {
    options.port = args[0] === undefined || args[0] === null ? 0 : Number(args[0]);
    var rest = args.slice(1);
    if (typeof rest[0] === 'string') options.host = rest.shift();
    if (typeof rest[0] === 'number') options.backlog = rest[0];
  }
  if (cb) this.once('listening', cb);
  if (this._listening || this._id) {
    var e = new Error('Listen method has been called more than once without closing.');
    e.code = 'ERR_SERVER_ALREADY_LISTEN';
    throw e;
  }
  if (options.signal !== undefined) closeOnAbort(this, options.signal);
  var self = this;
  var backlog = options.backlog || 511;
  // In a cluster worker a TCP server shares its port with the other
  // workers' unless exclusive (SO_REUSEPORT; internal/cluster_child;
  // docs/cluster.md)
  this._cluster = process['@@muk.clusterWorker'] || null;
  this._shared = this._cluster !== null && options.exclusive !== true;
  this._clusterHost = options.host === undefined || options.host === '' ? null : options.host;
  H.setRef(this, this._wantRef);
  this._id = -1; // pending
  if (options.path) {
    this._pipe = true;
    var path = this._pipeName = String(options.path);
    var args = this._listenArgs(path, 0, backlog, NET.LISTEN_PIPE | this._holdFlag());
    var r = listenSync(args);
    if (r) {
      this._afterListen(r[0], r[1][0], r[1][1], 0, 0, path, -1, true);
      return this;
    }
    send.apply(null, [OP.LISTEN, function (status, id, addr) {
      self._afterListen(status, id, addr, 0, 0, path, -1);
    }, undefined].concat(args));
    return this;
  }
  var port = options.port === undefined ? 0 : Number(options.port);
  var host = options.host;
  if (host === undefined || host === null || host === '') {
    this._listenOn('::', port, backlog, true);
  } else if (L.isIP(host)) { // Node looks even an IP up first: asynchronous
    this._listenOn(host, port, backlog, false);
  } else { // a name: dns.lookup first, as Node's lookupAndListen
    L.lookupForListen(host, function (err, ip) {
      if (self._closing) { // close() came first
        self._id = 0;
        H.setRef(self, false);
        self._emitCloseIfDrained();
      } else if (err) {
        self._id = 0;
        H.setRef(self, false);
        self.emit('error', err);
      } else {
        self._listenOn(ip, port, backlog, false);
      }
    });
  }
  return this;
};

var netSid;
// The bind as a synchronous call to the net service: [status, results] or
// null when the service cannot answer one (it runs on the kernel's loop).
function listenSync(args) {
  if (netSid === undefined) netSid = S.lookup('net');
  if (netSid < 0) return null;
  var r = S.callSync(netSid, OP.LISTEN, args);
  return r[0] < 0 && r[0] === S.errors().uvCode('ENOTSUP') ? null : r;
}

function emitListening(server) {
  if (server._listening) server.emit('listening'); // not if closed meanwhile
}

Server.prototype._listenOn = function (host, port, backlog, sync) {
  var self = this;
  if (this._shared && port === 0) { // one port for every worker: the primary's pick
    this._cluster.sharedPort(host, function (err, shared) {
      if (self._closing) { // close() came first
        self._id = 0;
        H.setRef(self, false);
        self._emitCloseIfDrained();
      } else if (err) {
        self._afterListen(err, 0, null, 0, 0, host, 0);
      } else {
        self._listenOn(host, shared, backlog, false);
      }
    });
    return;
  }
  var args = this._listenArgs(host, port, backlog, this._holdFlag() | (this._shared ? NET.LISTEN_REUSEPORT : 0));
  var r = sync ? listenSync(args) : null;
  if (r) {
    var res = r[1];
    this._afterListen(r[0], res[0], res[1], res[2], res[3], host, port, true);
    return;
  }
  send.apply(null, [OP.LISTEN, function (status, id, addr, p, fam) {
    self._afterListen(status, id, addr, p, fam, host, port);
  }, undefined].concat(args));
};

// listen's arguments (net.h); http.Server adds its own after these.
Server.prototype._listenArgs = function (host, port, backlog, flags) {
  return [host, port, backlog, flags];
};

// listen's LISTEN_PAUSED flag: the service starts no read on an accepted
// socket (Node's pauseOnConnect reads nothing from the handle until resume()).
Server.prototype._holdFlag = function () {
  this._holdAccepted = this.pauseOnConnect;
  return this._holdAccepted ? NET.LISTEN_PAUSED : 0;
};

Server.prototype._afterListen = function (status, id, addr, port, fam, host, reqPort, sync) {
  var self = this;
  if (status < 0) {
    this._id = 0;
    H.setRef(this, false);
    var X = S.errors();
    // a denied listen names its permission and resource in the reply
    var err = X.isAccessDenied(status) && typeof id === 'string' ? X.accessDenied(id, addr)
      : X.hostPortException(status, 'listen', host, reqPort, true);
    process.nextTick(function () { self.emit('error', err); });
    return;
  }
  if (this._closing) { // close() came first
    send(OP.CLOSE, null, undefined, id);
    this._id = 0;
    H.setRef(this, false);
    this._emitCloseIfDrained();
    return;
  }
  this._id = id;
  handles[id] = this;
  this._listening = true;
  this._address = this._pipe ? host : { address: addr, family: fam === 6 ? 'IPv6' : 'IPv4', port: port };
  if (this._shared) { // the primary's 'listening' (not for exclusive, as Node)
    var resolved = this._pipe || this._clusterHost === null ? this._clusterHost : addr;
    this._cluster.listening(this, this._pipe ? host : resolved, this._pipe ? -1 : (this._clusterHost === null || fam !== 6 ? 4 : 6), this._pipe ? -1 : port);
  }
  if (sync) process.nextTick(emitListening, this);
  else this.emit('listening');
};

Server.prototype.address = function () {
  if (!this._listening) return this._pipeName !== undefined ? this._pipeName : null; // as Node

  var a = this._address;
  return typeof a === 'string' ? a : { address: a.address, family: a.family, port: a.port };
};

Server.prototype._onConnection = function (sid, raddr, rport, laddr, lport, fam) {
  if (this.maxConnections && this._connections >= this.maxConnections) { // 0: no limit, as Node's
    send(OP.CLOSE, null, undefined, sid);
    this.emit('drop', {
      localAddress: laddr, localPort: lport, localFamily: fam === 6 ? 'IPv6' : 'IPv4',
      remoteAddress: raddr, remotePort: rport, remoteFamily: fam === 6 ? 'IPv6' : 'IPv4'
    });
    return;
  }
  var s = new Socket({ allowHalfOpen: this.allowHalfOpen });
  s._attach(sid, raddr, rport, laddr, lport, fam);
  s._pipe = this._pipe;
  s._server = this;
  H.setRef(s, true);
  this._connections++;
  if (this.noDelay) s.setNoDelay(true);
  if (this.keepAlive) s.setKeepAlive(true);
  if (this._holdAccepted) s._reading = false; // resume() -> _read -> readstart
  if (this.pauseOnConnect) s.pause();
  this.emit('connection', s);
};

Server.prototype._onError = function (status) {
  this.emit('error', S.errors().errnoException(status, 'accept'));
};

// The remote service that held the listener is gone: nothing to close.
Server.prototype._onGone = function (status) {
  if (handles[this._id] === this) handles[this._id] = undefined;
  H.setRef(this, false);
  this._id = 0;
  this._listening = false;
  this._onError(status);
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._id || this._connections || this._closePending) return;
  var self = this;
  if (!this._closing) return;
  process.nextTick(function () { self.emit('close'); });
};

Server.prototype.close = function (cb) {
  var self = this;
  if (typeof cb === 'function') {
    if (!this._listening) {
      this.once('close', function () {
        var e = new Error('Server is not running.');
        e.code = 'ERR_SERVER_NOT_RUNNING';
        cb(e);
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._id > 0) {
    var id = this._id;
    this._closePending = true;
    send(OP.CLOSE, function () { // a Unix socket's path is gone by now
      if (handles[id] === self) handles[id] = undefined;
      H.setRef(self, false);
      self._closePending = false;
      self._emitCloseIfDrained();
    }, undefined, id);
  }
  if (this._id !== -1) this._id = 0;
  this._closing = true;
  this._listening = false;
  this._emitCloseIfDrained();
  return this;
};

Server.prototype.getConnections = function (cb) {
  var n = this._connections;
  process.nextTick(function () { cb(null, n); });
  return this;
};

Server.prototype.ref = function () {
  this._wantRef = true;
  if (this._id) H.setRef(this, true);
  return this;
};

Server.prototype.unref = function () {
  this._wantRef = false;
  H.setRef(this, false);
  return this;
};

// ---- factories ----

function createServer(options, listener) {
  return new Server(options, listener);
}

function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var opts = args[0] !== null && typeof args[0] === 'object' ? args[0] : {};
  var s = new Socket(opts);
  if (opts.timeout) s.setTimeout(opts.timeout);
  return s.connect.apply(s, args);
}

module.exports = {
  Server: Server,
  Socket: Socket,
  Stream: Socket,
  createServer: createServer,
  connect: connect,
  createConnection: connect,
  isIP: L.isIP,
  isIPv4: L.isIPv4,
  isIPv6: L.isIPv6,
  getDefaultAutoSelectFamily: L.defaults.getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily: L.defaults.setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout: L.defaults.getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: L.defaults.setDefaultAutoSelectFamilyAttemptTimeout
};

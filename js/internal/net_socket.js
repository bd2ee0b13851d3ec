// internal/net_socket — net.Socket, a stream.Duplex over a socket of the
// net service. The service reads as soon as a socket is connected; a chunk
// that push() cannot take without passing the high-water mark stops reading
// in the service (readstop) until _read asks again (readstart). A write is
// one message carrying the Buffer's bytes in place; its callback runs when
// the service handed them to the OS.
'use strict';

var Duplex = require('internal/streams_duplex').Duplex;
var H = require('internal/net_handles');
var OP = H.OP, send = H.send, handles = H.handles, B = H.B;
var S = require('internal/service');

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else if (options === undefined || options === null) options = {};
  var opts = {
    allowHalfOpen: !!options.allowHalfOpen,
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false
  };
  if (options.readable === false) opts.readable = false;
  if (options.writable === false) opts.writable = false;
  if (options.readableHighWaterMark !== undefined) opts.readableHighWaterMark = options.readableHighWaterMark;
  if (options.writableHighWaterMark !== undefined) opts.writableHighWaterMark = options.writableHighWaterMark;
  Duplex.call(this, opts);
  this.connecting = false;
  this._id = 0;
  this._pipe = false;
  this._reading = false;
  this._server = null;
  this._host = null;
  this._peer = null; // {address, port, family}
  this._sock = null;
  this._bytesRead = 0;
  this._bytesWritten = 0;
  this._timeoutMs = 0; // the idle timeout in force (0: none)
  this._timeoutSet = undefined; // socket.timeout: what setTimeout was given
  this._timer = null;
  this._kref = false;
  this._wantRef = true;
  this._closeWhenId = false;
  this._pendingWrite = null;
  // Node's noDelay / keepAlive options: applied once connected
  this._optNoDelay = !!options.noDelay;
  this._optKeepAlive = options.keepAlive ? [true, ~~options.keepAliveInitialDelay] : null;
  this.on('end', onReadableStreamEnd);
  if (options.fd !== undefined) this._openFd(options.fd, !!options.manualStart);
  // node's signal option: its abort destroys the socket with an AbortError
  if (options.signal) require('internal/streams_abort').addAbortSignal(options.signal, this);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function familyName(f) {
  return f === 6 ? 'IPv6' : f === 4 ? 'IPv4' : undefined;
}

// Called by the Server for an accepted socket, and after connect.
Socket.prototype._attach = function (id, raddr, rport, laddr, lport, fam) {
  this._id = id;
  handles[id] = this;
  if (fam) {
    this._peer = { address: raddr, port: rport, family: familyName(fam) };
    this._sock = { address: laddr, port: lport, family: familyName(fam) };
  }
  this._reading = true; // the service starts reading at once
  // The C hot path (bridge/net_binding.c) counts this id's bytes from now on.
  B.attach(id, this._writableState.highWaterMark, this['@@events.kCapture'] === true, this, this._kref);
  if (this._timeoutMs > 0) B.timer(id, true);
};

// The socket lets go of its id: fold the C counters into the JS ones.
Socket.prototype._detach = function (id) {
  this._bytesRead += B.counter(id, 0);
  this._bytesWritten += B.counter(id, 1);
  B.detach(id);
};

// A chunk the C hot path did not take (bridge/net_binding.c calls a single
// 'data' listener itself while the socket is in the common state; it counts
// bytesRead for both paths). A flowing socket with 'data' listeners and
// nothing buffered (no decoder, no pipe, not in a _read) still gets its
// chunk emitted straight from the event -- what addChunk does for this
// state, without push()'s bookkeeping and maybeReadMore's tick (the service
// keeps reading anyway). Everything else goes through push().
Socket.prototype._onData = function (buf) {
  if (this._timer) this._touch();
  var rs = this._readableState;
  if (rs.flowing === true && rs.length === 0 && rs.dataListening && !rs.sync &&
      rs.decoder === null && rs.pipes.length === 0 && !rs.ended && !rs.destroyed) {
    rs.dataEmitted = true;
    this.emit('data', buf);
    return;
  }
  if (!this.push(buf) && this._reading) {
    this._reading = false;
    send(OP.READSTOP, null, undefined, this._id);
  }
};

Socket.prototype._onEnd = function () {
  this._reading = false;
  this.push(null);
  this.read(0);
};

Socket.prototype._onError = function (status) {
  this.destroy(S.errors().errnoException(status, 'read'));
};

Socket.prototype._onGone = function (status) { this._onError(status); };

Socket.prototype._read = function () {
  if (this.connecting || !this._id) {
    this.once(this._opening ? '@@muk.opened' : 'connect', this._read);
    return;
  }
  if (!this._reading && !this._readableState.ended) {
    this._reading = true;
    if (this._fd !== undefined && this._wantRef) H.setRef(this, true);
    send(OP.READSTART, null, undefined, this._id);
  }
};

// ---- a socket over an fd the process holds (stdin, an inherited pipe) ----
// The service's `open` makes the fd a stream handle that reads nothing
// until a readstart. Such a socket keeps the process alive only while it
// reads (_read .. _stopReading), as Node's stdin. The open is a sync call
// when the service runs on its own thread, else a request like connect's.
var netSid;
Socket.prototype._openFd = function (fd, manualStart) {
  var self = this;
  if (typeof fd !== 'number' || fd !== Math.floor(fd) || fd < 0 || fd > 2147483647) {
    throw require('internal/errors').outOfRange('options.fd', '>= 0 && <= 2147483647', fd);
  }
  this._fd = fd;
  this._wantRef = true;
  if (netSid === undefined) netSid = S.lookup('net');
  var r = netSid >= 0 ? S.callSync(netSid, OP.OPEN, [fd]) : null;
  if (r && !(r[0] < 0 && r[0] === S.errors().uvCode('ENOTSUP'))) {
    if (r[0] < 0) throw S.errors().errnoException(r[0], 'open');
    this._afterOpen(r[1][0], r[1][1], manualStart);
    return;
  }
  this._opening = true;
  send(OP.OPEN, function (status, id, kind) {
    self._opening = false;
    if (status < 0) {
      self.destroy(S.errors().errnoException(status, 'open'));
      return;
    }
    if (self.destroyed) {
      send(OP.CLOSE, null, undefined, id);
      return;
    }
    self._afterOpen(id, kind, manualStart);
    self.emit('@@muk.opened');
  }, undefined, fd);
};

Socket.prototype._afterOpen = function (id, kind, manualStart) {
  this._pipe = kind !== H.NET.FD_TCP;
  this._attach(id, '', 0, '', 0, 0);
  this._reading = false; // the service reads only after a readstart
  if (this._pendingTtyMode !== undefined) this._ttyMode(this._pendingTtyMode);
  if (!manualStart) this.read(0);
};

Socket.prototype._stopReading = function () {
  if (!this._reading || !this._id) return;
  this._reading = false;
  if (this._fd !== undefined) H.setRef(this, false);
  send(OP.READSTOP, null, undefined, this._id);
};

// tty.ReadStream's setRawMode: the service owns the uv_tty_t (its mode,
// and the terminal's original one, restored at exit by the bridge).
Socket.prototype._ttyMode = function (mode) {
  if (!this._id) {
    this._pendingTtyMode = mode;
    return;
  }
  this._pendingTtyMode = undefined;
  send(OP.TTYMODE, null, undefined, this._id, mode);
};

// bytesWritten counts a write when it is sent. A string's that fails is
// taken back, a Buffer's is not: Node's StreamBase counts a Buffer when it
// dispatches it, a (short) string only for what the OS took.
function afterWrite(self, cb, len) {
  return function (status) {
    if (status < 0) {
      self._bytesWritten -= len;
      cb(S.errors().errnoException(status, 'write'));
      return;
    }
    cb();
  };
}

// The hot path of a write is native (bridge/net_binding.c B.write): a
// Buffer with no encoding and no callback on an attached socket whose
// Writable is idle (nothing buffered or being written, not corked, ending,
// destroyed or errored) goes straight to the service, counted in C (quiet:
// no reply unless it fails, while the socket is ref'ed); the write returns
// false once the bytes not yet written reach the highWaterMark, and
// 'drain' follows when they are all written. The
// service keeps the order of writes, so later writes (fast or through the
// Writable) and end()'s shutdown follow these on the wire. Everything else
// takes the Writable's path.
Socket.prototype.write = B.write;

Socket.prototype._writeSlow = function (data, encoding, cb) {
  return Duplex.prototype.write.call(this, data, encoding, cb);
};

// The C hot path reads the Readable's and the Writable's state only when
// one of these methods ran since it last looked (B.dirty): every way the
// state it relies on can change goes through one of them.
function hook(name, mask) {
  Socket.prototype[name] = function (a, b, c) {
    if (this._id) B.dirty(this._id, mask);
    return Duplex.prototype[name].call(this, a, b, c);
  };
}
var R = 1, W = 2;
hook('on', R); hook('addListener', R); hook('prependListener', R);
hook('once', R); hook('prependOnceListener', R);
hook('removeListener', R); hook('off', R);
hook('pause', R); hook('resume', R); hook('setEncoding', R);
hook('pipe', R); hook('unpipe', R); hook('unshift', R); hook('push', R);
hook('read', R); hook('wrap', R);
hook('cork', W); hook('uncork', W); hook('end', W);
hook('destroy', R | W);
Socket.prototype.removeAllListeners = function (type) {
  if (this._id) B.dirty(this._id, R);
  if (arguments.length === 0) return Duplex.prototype.removeAllListeners.call(this);
  return Duplex.prototype.removeAllListeners.call(this, type);
};

Socket.prototype._onFastDrain = function () {
  if (!this.destroyed) this.emit('drain');
};

Socket.prototype._onFastError = function (status) {
  if (!this.destroyed) this.destroy(S.errors().errnoException(status, 'write'));
};

defGetW('writableLength', function () {
  return this._writableState.length + (this._id ? B.counter(this._id, 2) : 0);
});
defGetW('writableNeedDrain', function () {
  var ws = this._writableState;
  return (this._id ? B.counter(this._id, 3) === 1 : false) || (!ws.destroyed && !ws.ending && ws.needDrain);
});

function defGetW(name, get) {
  Object.defineProperty(Socket.prototype, name, { configurable: true, enumerable: false, get: get });
}

Socket.prototype._write = function (data, encoding, cb) {
  if (this.connecting || (!this._id && !this.destroyed)) {
    this._pendingWrite = [data, encoding, cb];
    return;
  }
  if (!this._id) {
    cb(S.errors().errnoException(S.errors().uvCode('EPIPE'), 'write'));
    return;
  }
  var str = typeof data === 'string';
  if (str) data = Buffer.from(data, encoding);
  this._bytesWritten += data.length;
  if (this._timer) this._touch();
  send(OP.WRITE, afterWrite(this, cb, str ? data.length : 0), data, this._id);
};

// Writes buffered behind one in flight, or corked, go out as one write (one
// message, one system call), as Node's writev does; Node counts all of their
// bytes in bytesWritten even when that write fails, and a Buffer's are.
Socket.prototype._writev = function (chunks, cb) {
  var bufs = new Array(chunks.length);
  for (var i = 0; i < chunks.length; i++) {
    var c = chunks[i].chunk;
    bufs[i] = typeof c === 'string' ? Buffer.from(c, chunks[i].encoding) : c;
  }
  this._write(bufs.length === 1 ? bufs[0] : Buffer.concat(bufs), 'buffer', cb);
};

Socket.prototype._final = function (cb) {
  if (this.connecting || (!this._id && !this.destroyed)) {
    this.once('connect', function () { this._final(cb); });
    return;
  }
  if (!this._id) {
    cb();
    return;
  }
  send(OP.SHUTDOWN, function (status) {
    cb(); // Node ignores shutdown errors (ENOTCONN after a reset)
  }, undefined, this._id);
};

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  var er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  var self = this;
  process.nextTick(function () {
    self.destroy(er);
    if (typeof cb === 'function') cb(er);
  });
  return false;
}

Socket.prototype._destroy = function (exception, cb) {
  var self = this;
  this._clearTimer();
  this.connecting = false;
  var id = this._id;
  if (id) {
    var isException = !!exception;
    this._detach(id);
    this._id = 0;
    send(this._reset ? OP.RESET : OP.CLOSE, function () {
      if (handles[id] === self) handles[id] = undefined;
      H.setRef(self, false);
      self.emit('close', isException);
    }, undefined, id);
    cb(exception);
  } else if (this._closeWhenId) {
    this._closeIsException = !!exception;
    cb(exception);
  } else {
    H.setRef(this, false);
    cb(exception);
    process.nextTick(function () { self.emit('close', !!exception); });
  }
  if (this._server) {
    this._server._connections--;
    this._server._emitCloseIfDrained();
    this._server = null;
  }
};

// Node: only a TCP handle can be reset (a Unix socket throws); a socket
// without a handle is destroyed with ERR_SOCKET_CLOSED.
Socket.prototype.resetAndDestroy = function () {
  var E = require('internal/errors');
  if (!this._id && !this.connecting) {
    this.destroy(E.makeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return this;
  }
  if (this._pipe) throw E.makeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
  if (this.connecting) this.once('connect', resetNow);
  else resetNow.call(this);
  return this;
};

function resetNow() {
  this._reset = true; // _destroy closes with an RST
  this.destroy();
}

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// ---- connect ----

function normalizeArgs(args) {
  var options = {}, cb = null;
  if (args.length === 0) return [options, cb];
  var a0 = args[0];
  if (a0 !== null && typeof a0 === 'object') {
    options = a0;
  } else if (typeof a0 === 'string' && Number(a0) !== Number(a0)) {
    options.path = a0;
  } else {
    options.port = a0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  var last = args[args.length - 1];
  if (typeof last === 'function') cb = last;
  return [options, cb];
}

var NL = require('internal/net_lookup'); // names, autoSelectFamily

// Node's checks of options.port (Socket.connect, validatePort).
function validatePort(port) {
  var E = require('internal/errors');
  if (port === undefined) {
    throw E.makeError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  if (typeof port !== 'number' && typeof port !== 'string') {
    throw E.invalidArgType('options.port', ['number', 'string'], port);
  }
  if ((typeof port === 'string' && port.trim().length === 0) || +port !== (+port >>> 0) || +port > 0xFFFF) {
    throw E.makeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      'Port should be >= 0 and < 65536. Received ' + E.determineSpecificType(port) + '.');
  }
  return +port;
}

// Node's checks of options.localAddress/localPort (lookupAndConnect); the
// socket binds to them before each connection attempt.
function validateLocal(socket, options) {
  var E = require('internal/errors');
  var la = options.localAddress, lp = options.localPort;
  if (la && !NL.isIP(la)) {
    throw E.makeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + la);
  }
  if (lp && typeof lp !== 'number') throw E.invalidArgType('options.localPort', ['number'], lp);
  socket._localAddr = la || undefined;
  socket._localPort = lp || undefined;
}

Socket.prototype.connect = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var norm = Array.isArray(args[0]) && args.length === 1 ? args[0] : normalizeArgs(args);
  var options = norm[0], cb = norm[1];
  if (cb) this.once('connect', cb);
  if (this.destroyed) {
    this._undestroy();
    this._id = 0;
  }
  this.connecting = true;
  this._wantRef !== false && H.setRef(this, true);
  if (options.path) {
    this._pipe = true;
    this._host = options.path;
    this._connectTo(options.path, 0, 1, 0);
    return this;
  }
  try {
    validateLocal(this, options);
    NL.lookupAndConnect(this, options, validatePort(options.port));
  } catch (e) { // a bad option: nothing is in flight, keep no reference
    this.connecting = false;
    H.setRef(this, false);
    throw e;
  }
  return this;
};

// One connection attempt (after the lookup; autoSelectFamily may make
// several, see internal/net_lookup): 'connectionAttempt', then the service
// connects; a failure goes to _connectFailed.
Socket.prototype._connectTo = function (addr, port, pipe, family) {
  var self = this;
  var gen = this._connGen = (this._connGen || 0) + 1;
  this._closeWhenId = true;
  this._connAddr = addr;
  this._connPort = port;
  this._connFamily = family;
  if (!pipe) this.emit('connectionAttempt', addr, port, family);
  var local = !pipe && (this._localAddr || this._localPort);
  var laddr = this._localAddr || (family === 6 ? '::' : '0.0.0.0'), lport = this._localPort;
  if (local && NL.isIP(laddr) !== family) { // as Node's bind of the other family
    this._closeWhenId = false;
    this._bindFailed(B.EINVAL, laddr, lport);
    return;
  }
  var done = function (status, id, resource) {
    if (gen !== self._connGen) { // an abandoned autoSelectFamily attempt
      if (status >= 0) send(OP.CLOSE, null, undefined, id);
      return;
    }
    self._closeWhenId = false;
    if (status < 0) {
      if (id === 'bind') self._bindFailed(status, laddr, lport); // the reply names it
      else if (S.errors().isAccessDenied(status) && typeof id === 'string') {
        self._connectFailed(status, true, S.errors().accessDenied(id, resource));
      } else self._connectFailed(status, true);
      return;
    }
    if (self.destroyed) { // destroyed while the request was on its way
      var isException = !!self._closeIsException;
      send(OP.CLOSE, function () {
        H.setRef(self, false);
        self.emit('close', isException);
      }, undefined, id);
      return;
    }
    self._id = id;
    handles[id] = self;
  };
  if (local) send(OP.CONNECT, done, undefined, addr, port, pipe, laddr, lport || 0);
  else send(OP.CONNECT, done, undefined, addr, port, pipe);
};

// Binding to options.localAddress/localPort failed: Node destroys the
// socket with the bind error ('bind EADDRINUSE 0.0.0.0:8000').
Socket.prototype._bindFailed = function (status, laddr, lport) {
  var ex = S.errors().hostPortException(status, 'bind', laddr, lport);
  this.connecting = false;
  this.destroy(ex);
};

// Drop the attempt in flight (an autoSelectFamily attempt timed out).
Socket.prototype._abandonConnect = function () {
  this._connGen++;
  this._closeWhenId = false;
  if (this._id) {
    if (handles[this._id] === this) handles[this._id] = undefined;
    send(OP.CLOSE, null, undefined, this._id);
    this._id = 0;
  }
};

Socket.prototype._connectFailed = function (status, immediate, denied) {
  var ex = denied || S.errors().hostPortException(status, 'connect', this._connAddr, this._connPort);
  if (this._connectCtx) {
    if (this._id) this._abandonConnect();
    NL.attemptFailed(this, ex, immediate);
    return;
  }
  if (!immediate) {
    this.emit('connectionAttemptFailed', this._connAddr, this._pipe ? undefined : this._connPort,
      this._pipe ? undefined : this._connFamily, ex);
  }
  this.connecting = false;
  this.destroy(ex);
};

Socket.prototype._onConnect = function (status, raddr, rport, laddr, lport, fam) {
  // destroyed (a timeout, say) while the connect event was on its way: the
  // id is already closing (node's afterConnect returns as well)
  if (this.destroyed || !this._id) return;
  if (status < 0) {
    this._connectFailed(status, false);
    return;
  }
  if (this._connectCtx) NL.connected(this);
  this._attach(this._id, raddr, rport, laddr, lport, fam);
  this.connecting = false;
  if (this._optNoDelay) this.setNoDelay(true);
  if (this._optKeepAlive) this.setKeepAlive(true, this._optKeepAlive[1]);
  if (this._timer) this._touch();
  var pw = this._pendingWrite;
  this._pendingWrite = null;
  if (pw) this._write(pw[0], pw[1], pw[2]);
  this.emit('connect');
  this.emit('ready');
  if (this.readableFlowing !== false && !this._readableState.ended) this.read(0);
};

// ---- options and info ----

// As Node's: before the connection the setting waits for it; after, only
// a change reaches the service (an http agent sets both on every reuse).
Socket.prototype.setNoDelay = function (enable) {
  var on = enable === undefined || !!enable;
  if (!this._id) {
    this._optNoDelay = on;
  } else if (this._noDelay !== on) {
    this._noDelay = on;
    send(OP.NODELAY, null, undefined, this._id, on ? 1 : 0);
  }
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  var on = !!enable, delay = Math.floor((initialDelay || 0) / 1000) || 1;
  if (!this._id) {
    this._optKeepAlive = on ? [true, initialDelay] : null;
  } else if (this._keepAlive !== on || (on && this._keepAliveDelay !== delay)) {
    this._keepAlive = on;
    this._keepAliveDelay = delay;
    send(OP.KEEPALIVE, null, undefined, this._id, on ? 1 : 0, delay);
  }
  return this;
};

Socket.prototype.address = function () {
  var s = this._sock;
  return s ? { address: s.address, family: s.family, port: s.port } : {};
};

Socket.prototype.ref = function () {
  this._wantRef = true;
  if (this._id || this.connecting) H.setRef(this, true);
  return this;
};

Socket.prototype.unref = function () {
  this._wantRef = false;
  H.setRef(this, false);
  return this;
};

// Node's setStreamTimeout: nothing on a destroyed socket; the duration is
// checked as timers check theirs (after socket.timeout took the value).
var TIMEOUT_MAX = 2147483647;
Socket.prototype.setTimeout = function (ms, cb) {
  if (this.destroyed) return this;
  this._timeoutSet = ms;
  var E = require('internal/errors');
  E.validateNumber(ms, 'msecs');
  if (ms < 0 || !isFinite(ms)) throw E.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', ms);
  if (ms > TIMEOUT_MAX) {
    process.emitWarning(ms + ' does not fit into a 32-bit signed integer.' +
      '\nTimer duration was truncated to ' + TIMEOUT_MAX + '.', 'TimeoutOverflowWarning');
    ms = TIMEOUT_MAX;
  }
  this._clearTimer();
  this._timeoutMs = ms;
  if (cb !== undefined) {
    E.validateFunction(cb, 'callback');
    if (ms === 0) this.removeListener('timeout', cb);
    else this.once('timeout', cb);
  }
  if (ms > 0) this._touch();
  if (this._id) B.timer(this._id, ms > 0);
  return this;
};

Socket.prototype._clearTimer = function () {
  if (this._timer) {
    clearTimeout(this._timer);
    this._timer = null;
  }
};

Socket.prototype._touch = function () {
  var self = this;
  if (this._timer) clearTimeout(this._timer);
  this._timer = setTimeout(function () {
    self._timer = null;
    self.emit('timeout');
  }, this._timeoutMs);
  if (this._timer.unref) this._timer.unref();
};

function defGet(name, get) {
  Object.defineProperty(Socket.prototype, name, { configurable: true, enumerable: false, get: get });
}
defGet('remoteAddress', function () { return this._peer ? this._peer.address : undefined; });
defGet('remotePort', function () { return this._peer ? this._peer.port : undefined; });
defGet('remoteFamily', function () { return this._peer ? this._peer.family : undefined; });
defGet('localAddress', function () { return this._sock ? this._sock.address : undefined; });
defGet('localPort', function () { return this._sock ? this._sock.port : undefined; });
defGet('localFamily', function () { return this._sock ? this._sock.family : undefined; });
defGet('bytesRead', function () { return this._bytesRead + (this._id ? B.counter(this._id, 0) : 0); });
defGet('bytesWritten', function () { return this._bytesWritten + (this._id ? B.counter(this._id, 1) : 0); });
defGet('pending', function () { return !this._id || this.connecting; });
defGet('timeout', function () { return this._timeoutSet; });
defGet('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
defGet('bufferSize', function () { return this.writableLength; });

module.exports = Socket;

// internal/stdio — process.stdout, process.stderr and process.stdin, made on
// first use as Node makes them per kind of fd:
//   stdout/stderr: a TTY or a file is written synchronously; a pipe (or a
//     socket) stdout goes through the asynchronous writer of bridge/stdio.c
//     (write(2) while nothing is queued, the rest queued, write() false at
//     the highWaterMark, 'drain' when the queue empties). stderr stays
//     synchronous (the C error printer writes to it directly).
//   stdin: a pipe, socket or TTY is a net.Socket (tty.ReadStream for a TTY)
//     over the net service's `open` of fd 0; a file an fs.ReadStream; a
//     closed fd an empty Readable. It keeps the process alive only while
//     it reads (flowing or read()), as Node's.
// A writer is an EventEmitter only once something listens: console.log
// compiles no events module.
'use strict';

var SB = internalBinding('stdio');
var P = internalBinding('process');
var HWM = 16384;

var emitterMethods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
  'off', 'removeListener', 'removeAllListeners', 'emit', 'listeners', 'rawListeners',
  'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners'];

// The EventEmitter methods, installed on obj at their first call.
function lazyEmitter(obj) {
  emitterMethods.forEach(function (name) {
    Object.defineProperty(obj, name, {
      configurable: true, enumerable: false, writable: true,
      value: function () {
        if (name === 'emit' && !obj._events) return false;
        if (name === 'listenerCount' && !obj._events) return 0;
        var EE = require('events');
        for (var i = 0; i < emitterMethods.length; i++) {
          Object.defineProperty(obj, emitterMethods[i], {
            value: EE.prototype[emitterMethods[i]], writable: true, configurable: true, enumerable: false
          });
        }
        if (!obj._events) EE.call(obj);
        return obj[name].apply(obj, arguments);
      }
    });
  });
}

// ---- writers (stdout, stderr) -----------------------------------------------

var writers = Object.create(null); // fd -> writer (not an array: see process.js)
var handlerSet = false;
function onWriterEvent(fd, status) {
  var w = writers[fd];
  if (!w) return;
  var cbs = w._pending;
  w._pending = [];
  var err = status < 0 ? require('internal/service').errors().errnoException(status, 'write') : null;
  for (var i = 0; i < cbs.length; i++) {
    if (err || !cbs[i]['@@muk.onlyOnError']) cbs[i].call(w, err);
  }
  if (err) w._fail(err);
  else if (w._needDrain) {
    w._needDrain = false;
    w.emit('drain');
  }
}

function toData(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      return require('buffer').Buffer.from(chunk, encoding);
    }
    return chunk;
  }
  if (!P.isBuffer(chunk)) {
    throw require('internal/errors').invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
  return chunk;
}

function Writer(fd, kind) {
  this.fd = fd;
  this._type = kind === 'TTY' ? 'tty' : kind === 'FILE' ? 'fs' : 'pipe';
  this._async = fd === 1 && (kind === 'PIPE' || kind === 'TCP');
  this._opened = false;
  this._pending = [];
  this._needDrain = false;
  this._isStdio = true;
  this.destroyed = false;
  this.writable = true;
  this.writableEnded = false;
  this.writableFinished = false;
  this._errored = null;
  lazyEmitter(this);
}

Writer.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (chunk === null) throw require('internal/streams_utils').E.nullValues();
  var data = toData(chunk, encoding);
  var self = this;
  if (this._errored && this._errorSettled && cb && cb['@@muk.onlyOnError']) {
    // console.log to a stdout that failed in an earlier turn of the loop
    // (`muk script | head -1` printing from timers): the failure ends the
    // script as node's does (an uncaught 'error', status 1), where a
    // console write in the same turn stays quiet
    var failed = this._errored;
    this._errored = null;
    process.nextTick(function () { throw failed; });
    return false;
  }
  if (this.destroyed || this.writableEnded) {
    var E = require('internal/streams_utils').E;
    var err = this.destroyed ? E.destroyed('write') : E.writeAfterEnd();
    process.nextTick(function () {
      if (typeof cb === 'function') cb.call(self, err);
      if (!self.destroyed) self._fail(err);
    });
    return false;
  }
  if (this._async && !this._opened) {
    this._opened = true;
    if (SB.openWriter(this.fd) < 0) this._async = false;
    else if (!handlerSet) { handlerSet = true; SB.setHandler(onWriterEvent); }
  }
  var r = P.write(this.fd, data);
  if (r < 0) {
    var e = require('internal/service').errors().errnoException(r, 'write');
    // as Node's onwriteError: the callback (console's keeps the 'error'
    // from being uncaught), then the stream is destroyed with the error
    process.nextTick(function () {
      if (typeof cb === 'function') cb.call(self, e);
      self._fail(e);
    });
    return false;
  }
  var queued = this._async ? SB.queued(this.fd) : 0;
  if (queued === 0) {
    if (typeof cb === 'function' && !cb['@@muk.onlyOnError']) process.nextTick(cb);
    return true;
  }
  if (typeof cb === 'function') this._pending.push(cb);
  if (queued >= HWM) this._needDrain = true;
  return !this._needDrain;
};

// An error ends the stream (Node's destroy with it): 'error', then 'close';
// without an 'error' listener it is an uncaught exception (status 1), as
// node's `script | head -1` shows for EPIPE.
Writer.prototype._fail = function (err) {
  if (this.destroyed) return;
  this.destroyed = true;
  this.writable = false;
  this._errored = err;
  var self = this;
  setImmediate(function () { self._errorSettled = true; });
  process.nextTick(function () {
    self.emit('error', err) || (function () { throw err; })();
    self.emit('close');
  });
};

Writer.prototype.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
  if (this.writableEnded) {
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  }
  this.writableEnded = true;
  this.writable = false;
  var self = this;
  function finish() {
    self.writableFinished = true;
    if (typeof cb === 'function') cb();
    self.emit('finish');
  }
  if (this._async && SB.queued(this.fd) > 0) this._pending.push(function (err) { if (!err) finish(); });
  else process.nextTick(finish);
  return this;
};

Writer.prototype.destroy = function destroy(err) {
  if (err) this._fail(err);
  else if (!this.destroyed) {
    this.destroyed = true;
    var self = this;
    process.nextTick(function () { self.emit('close'); });
  }
  return this;
};
Writer.prototype.destroySoon = Writer.prototype.destroy;
Writer.prototype.cork = function () {};
Writer.prototype.uncork = function () {};
Writer.prototype.setDefaultEncoding = function () { return this; };
Writer.prototype.ref = function () { return this; };
Writer.prototype.unref = function () { return this; };
function defGet(proto, name, get) {
  Object.defineProperty(proto, name, { configurable: true, enumerable: false, get: get });
}
defGet(Writer.prototype, 'writableLength', function () { return this._async ? SB.queued(this.fd) : 0; });
defGet(Writer.prototype, 'writableHighWaterMark', function () { return HWM; });
defGet(Writer.prototype, 'writableNeedDrain', function () { return this._needDrain; });
defGet(Writer.prototype, 'writableCorked', function () { return 0; });
defGet(Writer.prototype, 'writableObjectMode', function () { return false; });
defGet(Writer.prototype, 'errored', function () { return this._errored; });

function makeWriter(fd) {
  var kind = SB.guessHandle(fd);
  var w;
  if (kind === 'TTY') {
    var tty = require('tty');
    w = new tty.WriteStream(fd);
  } else {
    w = new Writer(fd, kind);
  }
  writers[fd] = w;
  return w;
}

// ---- stdin ------------------------------------------------------------------

function makeStdin() {
  var kind = SB.guessHandle(0);
  var stdin;
  if (kind === 'TTY') {
    stdin = new (require('tty').ReadStream)(0);
  } else if (kind === 'PIPE' || kind === 'TCP') {
    var net = require('net');
    stdin = new net.Socket({ fd: 0, readable: true, writable: false, manualStart: true });
  } else if (kind === 'FILE') {
    stdin = require('fs').createReadStream(null, { fd: 0, autoClose: false });
  } else { // a closed fd: a stream that ends at once, as Node's dummy
    var Readable = require('stream').Readable;
    stdin = new Readable({ read: function () { this.push(null); } });
  }
  stdin.fd = 0;
  if (stdin._openFd) {
    // stdin.pause() stops reading once the stream did (a tick later), so
    // that the process can end (Node's onpause).
    stdin.on('pause', function () {
      process.nextTick(function () {
        if (stdin._id && stdin._reading && !stdin.readableFlowing) {
          stdin._readableState.reading = false;
          stdin._stopReading();
        }
      });
    });
  }
  return stdin;
}

module.exports = {
  Writer: Writer,
  lazyEmitter: lazyEmitter,
  makeWriter: makeWriter,
  makeStdin: makeStdin
};

// internal/child_process_core — ChildProcess over the proc service
// (services/proc/proc.h): spawning is a sync request (so pid is known when
// spawn() returns, as in Node), the exit is a pending `wait` request, and a
// child's stdout/stderr are Readables whose _read sends one `read` request
// (the service reads ahead at most its window, then holds the child back:
// backpressure without acknowledgements); stdin is a Writable whose writes
// are `write` requests carrying the bytes, ended by `end`.
'use strict';

var EventEmitter = require('events');
var Readable = require('internal/streams_readable');
var Writable = require('internal/streams_writable');
var S = require('internal/service');
var E = require('internal/errors');
var schema = require('internal/schema/proc');

var OP = schema.OPS, SIG = schema.SIGNALS;
var send = S.send, callSync = S.callSync;
var sid = -1;

function service() {
  if (sid < 0) sid = S.lookup(schema.SERVICE);
  return sid;
}

var sigNames = [];
(function () {
  for (var k in SIG) sigNames[SIG[k]] = k;
})();

// A signal name or number -> its number; Node's ERR_UNKNOWN_SIGNAL.
function signalNumber(sig) {
  if (typeof sig === 'number') {
    if (sig === 0 || sigNames[sig] !== undefined) return sig;
  } else if (typeof sig === 'string') {
    if (SIG[sig] !== undefined) return SIG[sig];
  } else {
    throw E.invalidArgType('signal', ['string', 'number'], sig);
  }
  return unknownSignal(sig);
}
function unknownSignal(sig) {
  var err = new TypeError('Unknown signal: ' + sig);
  throw E.withCode(err, 'ERR_UNKNOWN_SIGNAL');
}

// Node's ErrnoException: "spawn nosuchcmd ENOENT".
function errnoException(status, syscall) {
  return S.errors().errnoException(status, syscall);
}

function accessDenied() {
  return require('internal/permission').accessDenied('ChildProcess', '');
}

// ---- the request's arguments ----------------------------------------------

function nulJoin(list) {
  var parts = [];
  for (var i = 0; i < list.length; i++) parts.push(String(list[i]), '\0');
  return Buffer.from(parts.join(''), 'utf8');
}

// [file, argv, env, cwd, stdio, options] from normalized options
// (internal/child_process_args).
function spawnArgs(o, extra) {
  var flags = 0, uid = 0, gid = 0;
  if (o.envPairs) flags |= schema.FLAGS.ENV;
  if (o.detached) flags |= schema.FLAGS.DETACHED;
  if (typeof o.uid === 'number') { flags |= schema.FLAGS.UID; uid = o.uid; }
  if (typeof o.gid === 'number') { flags |= schema.FLAGS.GID; gid = o.gid; }
  var opts = [flags, uid, gid];
  if (extra) opts.push(extra.timeout, extra.maxBuffer, extra.killSignal);
  return [o.file, nulJoin(o.args), o.envPairs ? nulJoin(o.envPairs) : Buffer.alloc(0),
    o.cwd || '', o.stdioSpec, opts.join(' ')];
}

// ---- stdio streams ---------------------------------------------------------

function ChildReadable(child, fd) {
  Readable.call(this, {});
  this._child = child;
  this._fd = fd;
  this._pending = false;
}
Object.setPrototypeOf(ChildReadable.prototype, Readable.prototype);
Object.setPrototypeOf(ChildReadable, Readable);

ChildReadable.prototype._read = function () {
  if (this._pending) return;
  var child = this._child;
  if (!child._handle) { this.push(null); return; }
  this._pending = true;
  var self = this;
  send(sid, OP.READ, [child._handle, this._fd], undefined, function (status, results, data) {
    self._pending = false;
    if (status < 0) {
      if (status === S.errors().kernelCode('ECANCELED') || status === S.errors().uvCode('EBADF')) self.push(null);
      else self.destroy(errnoException(status, 'read'));
      return;
    }
    if (data && data.length) self.push(data);
    if (results[0] === 1) self.push(null); // the end (with the last bytes)
  }, true);
};

function ChildWritable(child, fd) {
  Writable.call(this, {});
  this._child = child;
  this._fd = fd;
}
Object.setPrototypeOf(ChildWritable.prototype, Writable.prototype);
Object.setPrototypeOf(ChildWritable, Writable);

ChildWritable.prototype._write = function (chunk, encoding, cb) {
  var h = this._child._handle;
  if (!h) return cb(errnoException(S.errors().uvCode('EPIPE'), 'write'));
  send(sid, OP.WRITE, [h, this._fd], chunk, function (status) {
    cb(status < 0 ? errnoException(status, 'write') : null);
  });
};

ChildWritable.prototype._final = function (cb) {
  var h = this._child._handle;
  if (!h) return cb();
  send(sid, OP.END, [h, this._fd], undefined, function () { cb(); });
};

// ---- ChildProcess ----------------------------------------------------------

function ChildProcess() {
  if (!(this instanceof ChildProcess)) return new ChildProcess();
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = 0;
  this._exited = false;
  this._waiting = false;
  this._refed = true;
  this._channel = null;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = [];
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    release(child);
    child.emit('close', child.exitCode, child.signalCode);
  }
}

function release(child) {
  var h = child._handle;
  if (!h) return;
  child._handle = 0;
  send(sid, OP.RELEASE, [h], undefined, function () {});
}

function onexit(child, exitCode, signalCode) {
  child._exited = true;
  if (signalCode) child.signalCode = signalCode;
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  if (exitCode < 0) {
    var syscall = child.spawnfile ? 'spawn ' + child.spawnfile : 'spawn';
    var err = errnoException(exitCode, syscall);
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = child.spawnargs.slice(1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

function wait(child) {
  if (child._waiting || child._exited || !child._handle) return;
  child._waiting = true;
  send(sid, OP.WAIT, [child._handle], undefined, function (status, results) {
    child._waiting = false;
    if (status < 0) return; // released first (the script let go of it)
    var sig = results[1] ? sigNames[results[1]] : null;
    // fork's channel ended with the child (results[2]: its end was read
    // or is pending in the service), but 'disconnect' has not been emitted
    // yet (the end not read by the script, or read in this same turn with
    // 'disconnect' due on the next tick): 'disconnect' first, as in Node.
    // A channel a grandchild keeps open does not hold the exit.
    var ch = child._channel;
    if (ch && !ch.disconnected && (ch.closed || results[2] & (1 << ch.fd))) {
      ch.afterEnd = function () { onexit(child, results[0], sig); };
      return;
    }
    onexit(child, results[0], sig);
  });
}

// The exit is awaited from the next tick on, unless unref() came first:
// a pending wait keeps the loop alive, as a referenced handle does.
function waitNT(child) {
  if (child._refed) wait(child);
}

// Spawn with options normalized by internal/child_process_args. Throws for
// what Node throws (bad arguments, denied); a failed exec is an 'error'.
ChildProcess.prototype.spawn = function (o) {
  var id = service();
  if (id < 0) throw errnoException(id, 'spawn');
  this.spawnfile = o.file;
  this.spawnargs = o.args;
  var r = callSync(id, OP.SPAWN, spawnArgs(o), undefined);
  var status = r[0];
  if (status === S.errors().kernelCode('EACCESSDENIED')) throw accessDenied();
  var self = this;
  if (status < 0) {
    var code = S.errname(status);
    if (code !== 'EACCES' && code !== 'EAGAIN' && code !== 'EMFILE' && code !== 'ENFILE' && code !== 'ENOENT') {
      throw errnoException(status, 'spawn');
    }
    process.nextTick(function () { onexit(self, status, null); });
  } else {
    this._handle = r[1][0];
    this.pid = r[1][1];
    process.nextTick(function () {
      waitNT(self);
      self.emit('spawn');
    });
  }
  var stdio = o.stdio;
  for (var i = 0; i < stdio.length; i++) {
    var s = null;
    if (stdio[i] === 'ipc') {
      if (status === 0) setupChannel(this, i);
    } else if (stdio[i] === 'pipe') {
      if (i === 0) {
        s = new ChildWritable(this, 0);
      } else {
        s = new ChildReadable(this, i);
        if (status < 0) s.push(null);
        this._closesNeeded++;
        s.on('close', function () { maybeClose(self); });
      }
    }
    this.stdio.push(s);
  }
  this.stdin = stdio.length > 0 && this.stdio[0] ? this.stdio[0] : null;
  this.stdout = stdio.length > 1 && this.stdio[1] ? this.stdio[1] : null;
  this.stderr = stdio.length > 2 && this.stdio[2] ? this.stdio[2] : null;
  return status < 0 ? status : 0;
};

// fork's channel (the stdio entry 'ipc'): 'message', send, disconnect;
// its end counts as one of the closes 'close' waits for, as in Node.
function setupChannel(child, fd) {
  var I = require('internal/child_process_ipc');
  child._closesNeeded++;
  var channel = new I.Channel(sid, child._handle, fd, child, function () { maybeClose(child); });
  child._channel = channel;
  I.attach(child, channel);
  channel.read();
}

// After the exit, output nobody listened to is drained so the pipes reach
// their end and 'close' comes (Node's flushStdio).
function flushStdio(child) {
  var stdio = child.stdio;
  for (var i = 0; i < stdio.length; i++) {
    var s = stdio[i];
    if (!s || !s.readable || s._readableState.readableListening) continue;
    s.resume();
  }
}

ChildProcess.prototype.kill = function (sig) {
  var signal = sig === 0 ? 0 : signalNumber(sig === undefined ? 'SIGTERM' : sig);
  if (!this._handle || this._exited) return false;
  var r = callSync(sid, OP.KILL, [this._handle, signal], undefined);
  if (r[0] === 0) {
    this.killed = true;
    return true;
  }
  var code = S.errname(r[0]);
  if (code !== 'ESRCH' && code !== 'EPERM') this.emit('error', errnoException(r[0], 'kill'));
  return false;
};

ChildProcess.prototype.ref = function () {
  this._refed = true;
  wait(this);
};
ChildProcess.prototype.unref = function () {
  this._refed = false;
};

module.exports = {
  ChildProcess: ChildProcess,
  signalNumber: signalNumber,
  sigNames: sigNames,
  spawnArgs: spawnArgs,
  service: service,
  errnoException: errnoException,
  accessDenied: accessDenied
};

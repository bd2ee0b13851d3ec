// internal/fs_streams — fs.ReadStream and fs.WriteStream (Node 20's
// lib/internal/fs/streams.js over stream.Readable/Writable): open in
// _construct ('open' then 'ready'), one read or write in flight, close in
// _destroy once the I/O in flight is done.
//
// Reads go straight to the fs service: each 'read' reply's payload is a
// fresh Buffer the service filled (no copy, sized to what was read), which
// is pushed as the chunk. Writes send the chunk's bytes in place. The
// options.fs override is ignored.
'use strict';

var Readable = require('internal/streams_readable');
var Writable = require('internal/streams_writable');
var eos = require('internal/streams_eos');
var destroyImpl = require('internal/streams_destroy');
var errorOrDestroy = destroyImpl.errorOrDestroy;
var core = require('internal/fs_core');
var D = require('internal/fs_ops');
var u = require('internal/fs_utils');
var errors = require('internal/errors');

var EE = require('events');
var streamErrors = require('internal/streams_utils').E;
var nop = require('internal/streams_utils').nop;

var kIoDone = '@@muk.fs.ioDone';
var send = require('internal/service').send, flush = require('internal/service').flush;
var setImmediate = require('internal/timers').setImmediate;

// ---- the I/O a stream does: by fd, or through a FileHandle ----------------
function returnPayload(r, payload) { return payload; }
function first(r) { return r[0]; }

var fdIo = {
  open: function (path, flags, mode, cb) {
    var r;
    try {
      r = D.ops.open(path, flags, mode);
    } catch (e) {
      process.nextTick(cb, e);
      return;
    }
    core.callAsync(r, cb);
  },
  // cb(err, buffer): a new Buffer of the bytes read (length 0 at EOF).
  read: function (fd, length, pos, cb) {
    core.callAsync({ op: 'read', args: [fd, length, pos === undefined ? -1 : pos], syscall: 'read',
      post: returnPayload }, cb);
  },
  write: function (fd, buf, pos, cb) {
    core.callAsync({ op: 'write', args: [fd, pos === undefined || pos === null ? -1 : pos], payload: buf,
      syscall: 'write', post: first }, cb);
  },
  close: function (fd, cb) { core.callAsync(D.ops.close(fd), cb); }
};

function handleIo(fh) {
  return {
    open: fdIo.open,
    read: fdIo.read,
    write: fdIo.write,
    close: function (fd, cb) { fh.close().then(function () { cb(); }, cb); }
  };
}

function copyOptions(options) {
  options = u.getOptions(options, {});
  var o = {};
  for (var k in options) o[k] = options[k];
  return o;
}

// options.fd: a number or a FileHandle (fs.promises).
function importFd(stream, options) {
  var fd = options.fd;
  if (fd !== null && typeof fd === 'object' && typeof fd.close === 'function' && typeof fd.fd === 'number') {
    stream._io = handleIo(fd);
    stream._handle = fd;
    return fd.fd;
  }
  stream._io = fdIo;
  if (typeof fd !== 'number') throw errors.invalidArgType('options.fd', ['number', 'FileHandle'], fd);
  return u.validateFd(fd);
}

function _construct(callback) {
  var stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream._io.open(stream.path, stream.flags, stream.mode, function (er, fd) {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function close(stream, err, cb) {
  if (stream._ra === 2) {
    stream._ra = 0;
    if (D.readingAhead[stream.fd] === stream) delete D.readingAhead[stream.fd];
  }
  if (!stream.fd) {
    cb(err);
  } else {
    stream._io.close(stream.fd, function (er) { cb(er || err); });
    stream.fd = null;
  }
}

function _destroy(err, cb) {
  var self = this;
  if (this._performingIO) this.once(kIoDone, function (er) { close(self, err || er, cb); });
  else close(this, err, cb);
}

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, enumerable: false, configurable: true });
}

// ---- ReadStream -------------------------------------------------------------
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.fd === null || options.fd === undefined) {
    this.fd = null;
    hidden(this, '_io', fdIo);
    this.path = path;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 438 : options.mode;
    this.path = u.validatePath(this.path);
  } else {
    hidden(this, '_io', fdIo);
    this.fd = importFd(this, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.start = options.start;
  this.end = options.end === undefined || options.end === null ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  hidden(this, '_performingIO', false);
  hidden(this, '_ra', this._io === fdIo && this.fd === null ? 1 : 0);
  hidden(this, '_ahead', 0);
  if (this.start !== undefined) {
    u.validateInteger(this.start, 'start', 0, 9007199254740991);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    u.validateInteger(this.end, 'end', 0, 9007199254740991);
    if (this.start !== undefined && this.start > this.end) {
      throw errors.outOfRange('start', '<= "end" (here: ' + this.end + ')', this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get: function () { return this._readableState.autoDestroy; },
  set: function (v) { this._readableState.autoDestroy = v; },
  configurable: true
});

ReadStream.prototype._construct = _construct;

// Hot (once per chunk): the read goes straight to the kernel binding with
// a reply handler made once per stream, so a chunk costs no closure and no
// request object; the reply's Buffer is pushed as it is.
//
// Read-ahead: a stream that opened a regular file itself (its first read
// asks the service for the fd's type) sends the next read as soon as a
// full chunk arrives, before pushing it, and flushes it to the service,
// so the file is read while the chunk is consumed instead of after. What
// the script sees is what that read would have given had it been sent
// when _read asks for it: the reply is kept until then (bytesRead and pos
// move when it is delivered, an error surfaces then), it is delivered
// from a later loop turn, and completed by one more read when it is short
// of what _read asks for (the end of a file that may have grown since, or
// a highWaterMark that grew). destroy() waits for it as for any read in
// flight. An fd passed in (a pipe, a descriptor shared with others) is
// read only when asked, as Node does.
// stream._ra: 0 no read-ahead, 1 the first read asks, 2 on.
// stream._ahead: 0 none, 1 sent, 2 its reply kept.
function readReply(stream) {
  var state = stream._readableState;
  return function (status, results, buf) {
    if (stream._ahead === 1) {
      // the read ahead: kept unless _read asked for it (for no more bytes)
      var want = stream._aheadWant;
      if (want === 0 || stream._aheadStale || (status >= 0 && !(buf && buf.length === want))) {
        keepAhead(stream, state, status, results, buf);
        return;
      }
      stream._ahead = 0;
    }
    stream._performingIO = false;
    var er = status < 0 ? u.opError(status, results, 'read') : null;
    if (state.destroyed) {
      stream.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(stream, er);
    } else if (buf && buf.length > 0) {
      var len = buf.length;
      if (stream._ra !== 0) readAhead(stream, state, results, len);
      if (stream.pos !== undefined) stream.pos += len;
      stream.bytesRead += len;
      if (!pumpRead(stream, state, buf)) stream.push(buf);
    } else {
      stream.push(null);
    }
  };
}
var readOp = -1, writeOp = -1, fsSid = -1;
function opIds() {
  readOp = core.opId('read');
  writeOp = core.opId('write');
  fsSid = core.sid();
}

// A chunk of len bytes arrived (not counted yet): send the read the next
// _read will ask for, when the file is regular and the chunk was full.
function readAhead(stream, state, results, len) {
  if (stream._ra === 1) {
    if (results[1] !== 1) {
      stream._ra = 0;
      return;
    }
    stream._ra = 2;
    D.readingAhead[stream.fd] = stream;
  }
  if (len !== stream._rlen || stream._ahead !== 0 || state.errored || state.ended) return;
  if (stream._aheadStale) { // fd was closed by someone else
    stream._ra = 0;
    return;
  }
  var pos = stream.pos, n = len; // what _read asked for (highWaterMark)
  var left = stream.end - (pos !== undefined ? pos : stream.bytesRead) - len + 1;
  if (!(left >= n)) n = left;
  if (n <= 0) return;
  var args = stream._rargs;
  stream._ahead = 1;
  stream._aheadWant = 0;
  stream._performingIO = true;
  stream._rlen = n;
  args[0] = stream.fd;
  args[1] = n;
  args[2] = pos === undefined ? -1 : pos + len;
  send(fsSid, readOp, args, undefined, stream._onRead, true);
  flush(); // to the service now, not once the chunk is consumed
}

function sendRead(stream, n, pos, args) {
  stream._performingIO = true;
  stream._rlen = n;
  args[0] = stream.fd;
  args[1] = n;
  args[2] = pos;
  send(fsSid, readOp, args, undefined, stream._onRead, true);
}

// The read ahead replied: kept, or delivered when _read asked already.
function keepAhead(stream, state, status, results, buf) {
  stream._performingIO = false;
  stream._ahead = 2;
  stream._aheadStatus = status;
  stream._aheadResults = results;
  stream._aheadBuf = buf;
  if (state.destroyed) {
    dropAhead(stream);
    stream.emit(kIoDone, null);
  } else if (stream._aheadWant > 0) {
    stream._performingIO = true;
    deliverAhead(stream);
  }
}

function dropAhead(stream) {
  stream._ahead = 0;
  stream._aheadResults = stream._aheadBuf = null;
}

// _read asked for _aheadWant bytes and the read ahead's reply is kept: it
// goes through the reply handler as the reply of the read _read sends.
function deliverAhead(stream) {
  var status = stream._aheadStatus, results = stream._aheadResults, buf = stream._aheadBuf;
  var want = stream._aheadWant, pos = stream.pos;
  dropAhead(stream);
  if (stream._aheadStale) {
    // fd was closed (by someone else) since: read as Node would now
    stream._ra = 0;
    sendRead(stream, want, pos === undefined ? -1 : pos, stream._rargs);
    return;
  }
  var got = buf ? buf.length : 0;
  if (status < 0 || got === want) {
    stream._onRead(status, results, buf);
    return;
  }
  if (got > want) {
    // _read called with less than highWaterMark (by a subclass): the rest
    // stays kept for the next _read
    stream._ahead = 2;
    stream._aheadWant = 0;
    stream._aheadStatus = 0;
    stream._aheadResults = [got - want];
    stream._aheadBuf = buf.subarray(want);
    stream._rlen = -1; // and no read ahead for this one
    stream._onRead(0, [want], buf.subarray(0, want));
    return;
  }
  // Short of what _read asks for: at the end of the file when it was read
  // (it may have grown since), or highWaterMark grew. The rest is read
  // now, and both go on as one chunk.
  send(fsSid, readOp, [stream.fd, want - got, pos === undefined ? -1 : pos + got], undefined, function (st, res, more) {
    var n = more ? more.length : 0;
    if (st < 0) stream._onRead(st, res, null);
    else stream._onRead(0, [got + n], n === 0 ? buf : got === 0 ? more : Buffer.concat([buf, more]));
  }, true);
}

ReadStream.prototype._read = function (n) {
  var pos = this.pos;
  // Math.min(left, n), without the global and the call
  var left = pos !== undefined ? this.end - pos + 1 : this.end - this.bytesRead + 1;
  if (!(left >= n)) n = left;
  if (n <= 0) {
    this.push(null);
    return;
  }
  if (this._ahead !== 0) {
    // the read ahead is sent (its reply is this read's) or kept (delivered
    // from a later loop turn)
    this._aheadWant = n;
    this._performingIO = true;
    if (this._ahead === 2) setImmediate(deliverAhead, this);
    return;
  }
  if (readOp < 0) opIds();
  var args = this._rargs;
  if (!args) {
    hidden(this, '_onRead', readReply(this));
    hidden(this, '_rlen', 0);
    args = [0, 0, 0];
    hidden(this, '_rargs', args);
    if (this._ra === 1) {
      hidden(this, '_aheadWant', 0);
      hidden(this, '_aheadStatus', 0);
      hidden(this, '_aheadResults', null);
      hidden(this, '_aheadBuf', null);
      hidden(this, '_aheadStale', false);
      sendRead(this, n, pos === undefined ? -1 : pos, [0, 0, 0, 1]); // and is fd a regular file?
      return;
    }
  }
  sendRead(this, n, pos === undefined ? -1 : pos, args);
};

ReadStream.prototype._destroy = function (err, cb) {
  if (this._ahead === 2 && !this._performingIO) dropAhead(this);
  _destroy.call(this, err, cb);
};
fsRead = ReadStream.prototype._read;

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') eos(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get: function () { return this.fd === null; },
  configurable: true
});


// ---- the pump: ReadStream.pipe(WriteStream) with nothing else attached -----
// A 64 KiB chunk against the WriteStream's 16 KiB highWaterMark makes the
// pipe pause the source after every write and resume it on every 'drain',
// through ticks and a dozen calls per chunk. When nothing but the pipe
// listens (no other 'data', 'drain', 'pause', 'resume' or 'readable'
// listener, no method replaced) and the two streams are in one of the
// pipe's steady states, those steps can't be observed, and the pump sets
// the state they end in (the same fields to the same values), at the two
// points where I/O completes:
//  A  source paused, destination writing, next read in flight;
//  B  source paused with one chunk buffered, destination writing;
//  C  source flowing, destination idle, next read in flight.
//  - read done in A -> B: push() + the 'readable' and maybeReadMore ticks
//    leave the chunk buffered;
//  - write done in B -> A: onwrite -> 'drain' -> resume -> resume_ ->
//    flow -> read() (next _read) -> 'data' -> write() -> false -> pause();
//  - write done in A -> C: onwrite -> 'drain' -> resume -> resume_ ->
//    flow -> read() (nothing yet);
//  - read done in C -> A: push() -> 'data' -> write() -> false -> pause(),
//    then the maybeReadMore tick's read(0) starts the next read.
// Anything else (a listener added, unpipe, end of file, an error, destroy,
// a short chunk or write, cork, a replaced method...) fails a check and the
// general path runs, from the same state.
var kPipeData = '@@muk.pipeData', kPipeDrain = '@@muk.pipeDrain', kPipeSrc = '@@muk.pipeSrc';
var kPaused = '@@muk.paused';
// The stock methods, in module names (each check is then one lookup less).
var stockEmit = EE.prototype.emit;
var rsPush = Readable.prototype.push, rsRead = Readable.prototype.read, rsPause = Readable.prototype.pause;
var rsResume = Readable.prototype.resume, wsWrite = Writable.prototype.write;
var fsRead, fsWrite; // ReadStream/WriteStream.prototype._read/_write, set where they are defined

// The source's next _read would ask for at least a byte (no EOF push).
function moreToRead(src) {
  var pos = src.pos;
  return (pos !== undefined ? src.end - pos : src.end - src.bytesRead) >= 0;
}

// A read completed with chunk buf (not empty, the source not destroyed):
// true when the pump took it. Each check is something the general path
// looks at on the way (a listener it would call, a method it would call, a
// field it branches on).
function pumpRead(src, rs, buf) {
  var len = buf.length, se = src._events;
  if (rs.length !== 0 || src.push !== rsPush || src.emit !== stockEmit || se === undefined ||
      rs.objectMode || rs.ended || rs.errored || rs.decoder || rs.readingMore || !rs.constructed) return false;
  var flowing = rs.flowing;
  if (flowing === false) {
    // A -> B: push() buffers the chunk; emitReadable_ ('readable': no
    // listener) and maybeReadMore_ (buffer full) change nothing more.
    if (len !== rs.highWaterMark || !rs.needReadable || rs.emittedReadable || se.readable !== undefined) return false;
    rs.reading = false;
    rs.length = len;
    rs.buffer.push(buf);
    return true;
  }
  // C -> A
  var pipes = rs.pipes;
  if (flowing !== true || pipes.length !== 1 || !rs.dataListening || rs.multiAwaitDrain) return false;
  var dest = pipes[0], ws = dest._writableState, de = dest._events, ondata = rs[kPipeData], ondrain = rs[kPipeDrain];
  if (ondata === undefined || se.data !== ondata || se.pause !== undefined || !ws || de === undefined ||
      ondrain === undefined || de.drain !== ondrain || !(rs.highWaterMark > 0) || dest.write !== wsWrite ||
      dest._write !== fsWrite || src.pause !== rsPause || src.read !== rsRead || src._read !== fsRead ||
      ws.writing || ws.corked !== 0 || ws.objectMode || ws.ending || ws.destroyed || ws.errored ||
      !ws.constructed || len + ws.length < ws.highWaterMark || !moreToRead(src)) return false;
  // push() -> 'data' -> the pipe's write(buf): false, it pauses the source
  rs.reading = false;
  rs.awaitDrainWriters = null;
  rs.dataEmitted = true;
  ws.pendingcb++;
  ws.length += len;
  ws.writelen = len;
  ws.writecb = nop;
  ws.writing = true;
  ws.sync = true;
  dest._write(buf, 'buffer', ws.onwrite);
  ws.sync = false;
  ws.needDrain = true;
  rs.awaitDrainWriters = dest;
  rs.flowing = false;
  rs[kPaused] = true;
  // maybeReadMore_ -> read(0) -> _read
  rs.needReadable = true;
  pumpCallRead(src, rs);
  return true;
}

// The destination's write completed, in full, without error (and it is
// not destroyed): true when the pump took it.
function pumpWrite(dest, ws) {
  var src = ws[kPipeSrc];
  if (!src || ws.sync || !ws.writing || ws.writecb !== nop || !ws.needDrain || ws.length !== ws.writelen ||
      ws.ending || ws.buffered.length !== ws.bufferedIndex || dest.emit !== stockEmit) return false;
  var rs = src._readableState, pipes = rs.pipes, se = src._events, de = dest._events, ondrain = rs[kPipeDrain];
  if (rs.awaitDrainWriters !== dest || rs.multiAwaitDrain || pipes.length !== 1 || pipes[0] !== dest ||
      se === undefined || de === undefined || ondrain === undefined || de.drain !== ondrain ||
      !rs.dataListening ||
      rs.flowing !== false || rs.readableListening || rs.resumeScheduled || src.resume !== rsResume ||
      src.emit !== stockEmit || se.resume !== undefined || src.read !== rsRead || rs.ended) return false;
  if (rs.reading) {
    // A -> C: onwrite -> 'drain' -> resume; resume_ -> 'resume' -> flow ->
    // read() (nothing buffered yet)
    if (rs.length !== 0 || rs.destroyed) return false;
    ws.writing = false;
    ws.writecb = null;
    ws.length = 0;
    ws.writelen = 0;
    ws.needDrain = false;
    ws.afterWritePending = false;
    ws.pendingcb--;
    rs.awaitDrainWriters = null;
    rs.flowing = true;
    rs[kPaused] = false;
    rs.emittedReadable = false;
    rs.needReadable = true;
    return true;
  }
  // B -> A: ... read() takes the buffered chunk and starts the next read ->
  // 'data' -> the pipe's write() -> false -> pause()
  var bi = rs.bufferIndex, buffer = rs.buffer;
  if (buffer.length - bi !== 1) return false;
  var chunk = buffer[bi], len = chunk.length, rhwm = rs.highWaterMark, ondata = rs[kPipeData];
  if (len !== rs.length || len < ws.highWaterMark || len < rhwm || !(rhwm > 0) || !rs.needReadable ||
      rs.emittedReadable || rs.objectMode || rs.decoder || rs.destroyed || rs.errored || !rs.constructed ||
      rs.errorEmitted || rs.closeEmitted || ondata === undefined || se.data !== ondata || se.pause !== undefined ||
      dest.write !== wsWrite || dest._write !== fsWrite || src.pause !== rsPause || src._read !== fsRead ||
      ws.objectMode || ws.corked !== 0 || ws.errored || ws.destroyed || !ws.constructed || !moreToRead(src)) {
    return false;
  }
  buffer.length = 0;
  rs.bufferIndex = 0;
  rs.length = 0;
  rs.dataEmitted = true;
  pumpCallRead(src, rs);
  // the finished write's bookkeeping (pendingcb -1 +1), then write(chunk)
  ws.afterWritePending = false;
  ws.writelen = len;
  ws.length = len;
  ws.sync = true;
  dest._write(chunk, 'buffer', ws.onwrite);
  ws.sync = false;
  return true;
}

// Readable's read() around _read (its try/catch kept out of the callers).
function pumpCallRead(src, rs) {
  rs.reading = true;
  rs.sync = true;
  try {
    src._read(rs.highWaterMark);
  } catch (err) {
    errorOrDestroy(src, err);
  }
  rs.sync = false;
}

// ---- WriteStream ------------------------------------------------------------
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true; // only Buffers reach _write
  if (options.fd === null || options.fd === undefined) {
    this.fd = null;
    hidden(this, '_io', fdIo);
    this.path = path;
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 438 : options.mode;
    this.path = u.validatePath(this.path);
  } else {
    hidden(this, '_io', fdIo);
    this.fd = importFd(this, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  hidden(this, '_performingIO', false);
  if (this.start !== undefined) {
    u.validateInteger(this.start, 'start', 0, 9007199254740991);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get: function () { return this._writableState.autoDestroy; },
  set: function (v) { this._writableState.autoDestroy = v; },
  configurable: true
});

WriteStream.prototype._construct = _construct;

// Write all of buf (a short write continues where it stopped), then cb.
// Hot (once per chunk): one write in flight per stream, so its state lives
// on the stream and the reply handler is made once per stream. The
// Writable's own callback (from _write) is called straight from the reply
// (_wlast): _performingIO is cleared first, as Node's wrapper does.
function writeReply(stream) {
  var state = stream._writableState;
  return function (status, results) {
    var cb = stream._wcb, buf = stream._wbuf, pos = stream._wpos;
    var er = status < 0 ? u.opError(status, results, 'write') : undefined;
    stream._wcb = stream._wbuf = null;
    if (state.destroyed) {
      // destroyed while the write was in flight: Node's writeAll answers
      // ERR_STREAM_DESTROYED even when the bytes were written, and its
      // _destroy passes that on to 'error'
      var last = stream._wlast;
      if (last) stream._performingIO = false;
      if (!er) er = streamErrors.destroyed(last ? 'write' : 'writev');
      cb(er);
      stream.emit(kIoDone, er);
      return;
    }
    if (!er) {
      var n = results[0];
      stream.bytesWritten += n;
      if (n < buf.length && n > 0) {
        writeAll(stream, buf.slice(n), pos === undefined ? undefined : pos + n, cb, stream._wlast);
        return;
      }
    }
    if (stream._wlast) {
      stream._performingIO = false;
      if (!er && pumpWrite(stream, state)) return;
    }
    cb(er);
  };
}

function writeAll(stream, buf, pos, cb, last) {
  if (writeOp < 0) opIds();
  var args = stream._wargs;
  if (!args) {
    hidden(stream, '_onWrite', writeReply(stream));
    hidden(stream, '_wcb', null);
    hidden(stream, '_wbuf', null);
    hidden(stream, '_wpos', undefined);
    hidden(stream, '_wlast', false);
    args = [0, 0];
    hidden(stream, '_wargs', args);
  }
  stream._wcb = cb;
  stream._wbuf = buf;
  stream._wpos = pos;
  stream._wlast = last;
  args[0] = stream.fd;
  args[1] = pos === undefined || pos === null ? -1 : pos;
  send(fsSid, writeOp, args, buf, stream._onWrite, true);
}

WriteStream.prototype._write = function (data, encoding, cb) {
  var pos = this.pos;
  this._performingIO = true;
  writeAll(this, data, pos, cb, true);
  if (pos !== undefined) this.pos = pos + data.length;
};

// Buffered chunks go out one write after another (no concatenation, so no
// copy); their callbacks run together at the end, as after Node's writev.
WriteStream.prototype._writev = function (chunks, cb) {
  var self = this, i = 0;
  this._performingIO = true;
  function next(er) {
    if (er || i === chunks.length || self.destroyed) {
      self._performingIO = false;
      cb(er);
      return;
    }
    var data = chunks[i++].chunk;
    var pos = self.pos;
    if (self.pos !== undefined) self.pos += data.length;
    writeAll(self, data, pos, next, false);
  }
  next();
};

WriteStream.prototype._destroy = _destroy;
fsWrite = WriteStream.prototype._write;

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get: function () { return this.fd === null; },
  configurable: true
});

module.exports = {
  ReadStream: ReadStream,
  WriteStream: WriteStream,
  createReadStream: function (path, options) { return new ReadStream(path, options); },
  createWriteStream: function (path, options) { return new WriteStream(path, options); }
};

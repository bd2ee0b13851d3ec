// internal/streams_readable — stream.Readable (Node 20's readable.js state
// machine: paused/flowing modes, 'readable', read(n), pipe/unpipe).
'use strict';

var EE = require('events');
var legacy = require('internal/streams_legacy');
var Stream = legacy.Stream;
var U = require('internal/streams_utils');
var E = U.E;
var destroyImpl = require('internal/streams_destroy');
var errorOrDestroy = destroyImpl.errorOrDestroy;
var emit0 = U.emit0, emit1 = U.emit1;
var BB = internalBinding('buffer');
var isBuf = BB.isBuffer;
// Node's internals call their own nextTick, whatever process.nextTick is
// later replaced with; a module name is also cheaper than process.nextTick.
var nextTick = process.nextTick;
var StringDecoder = null;
function newDecoder(enc) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(enc);
}

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex && options && options.readableObjectMode) this.objectMode = true;
  this.highWaterMark = options ? U.getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    (this.objectMode ? 16 : 16384);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.dataListening = false;
  this.decoder = null;
  this.encoding = null;
  this[kPaused] = null;
  if (options && options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}
var kPaused = '@@muk.paused';
Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  get: function () { return this.pipes.length; }, configurable: true
});
Object.defineProperty(ReadableState.prototype, 'paused', {
  get: function () { return this[kPaused] !== null ? this[kPaused] : false; },
  set: function (v) { this[kPaused] = !!v; }, configurable: true
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  var isDuplex = !!(Readable.Duplex && this instanceof Readable.Duplex);
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  if (options && options.signal && !isDuplex) require('internal/streams_abort').addAbortSignal(options.signal, this);
  var self = this;
  destroyImpl.construct(this, function () {
    if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };

Readable.prototype.push = function (chunk, encoding) {
  var state = this._readableState;
  // Hot: a non-empty Buffer pushed in byte mode without a decoder (what
  // readableAddChunk does for it, without its other cases).
  if (isBuf(chunk) && chunk.length > 0 && !state.objectMode && !state.ended && !state.destroyed &&
      !state.errored && !state.decoder) {
    state.reading = false;
    addChunk(this, state, chunk, false);
    var len = state.length;
    return !state.ended && (len < state.highWaterMark || len === 0);
  }
  return readableAddChunk(this, chunk, encoding, false);
};
Readable.prototype.unshift = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  var state = stream._readableState;
  var err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = U.fromString(chunk, encoding).toString(state.encoding);
        } else {
          chunk = U.fromString(chunk, encoding);
          encoding = '';
        }
      }
    } else if (isBuf(chunk)) {
      encoding = '';
    } else if (BB.isUint8Array(chunk)) {
      chunk = BB.asBuffer(chunk); // Node's Stream._uint8ArrayToBuffer
      encoding = '';
    } else if (chunk !== null && chunk !== undefined) {
      err = E.invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, E.unshiftAfterEnd());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, E.pushAfterEOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  var len = state.length;
  if (len === 0 && state.flowing && !state.sync && state.dataListening) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.length = 0;
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    emit1(stream, 'data', chunk);
  } else {
    state.length = len + (state.objectMode ? 1 : chunk.length);
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if (state.needReadable) {
      // emitReadable(stream), inline
      state.needReadable = false;
      if (!state.emittedReadable) {
        state.emittedReadable = true;
        nextTick(emitReadable_, stream);
      }
    }
  }
  // maybeReadMore(stream, state), inline
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(maybeReadMore_, stream);
  }
}

Readable.prototype.isPaused = function () {
  var state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function (enc) {
  var state = this._readableState;
  var decoder = newDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  var parts = [];
  for (var i = state.bufferIndex; i < state.buffer.length; i++) parts.push(decoder.write(state.buffer[i]));
  var content = parts.join('');
  state.buffer = [];
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

var MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw E.outOfRange('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1; n |= n >>> 2; n |= n >>> 4; n |= n >>> 8; n |= n >>> 16;
  return n + 1;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

// Hot (twice per chunk in a pipe): the state's fields are read once into
// locals where nothing in between can change them (each property read is
// a name lookup in mujs); _read may push synchronously, so everything after
// it reads the state again.
Readable.prototype.read = function (n) {
  var state = this._readableState;
  if (n === undefined) {
    n = NaN;
  } else if (n !== 0 && (typeof n !== 'number' || Math.floor(n) !== n || !isFinite(n))) {
    n = parseInt(n, 10);
  }
  var nOrig = n;
  var hwm = state.highWaterMark;
  if (n > hwm) state.highWaterMark = hwm = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  var len = state.length, ended = state.ended;
  if (n === 0 && state.needReadable && ((hwm !== 0 ? len >= hwm : len > 0) || ended)) {
    if (len === 0 && ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  // howMuchToRead(n, state), inline
  if (n <= 0 || (len === 0 && ended)) n = 0;
  else if (state.objectMode) n = 1;
  else if (n !== n) n = state.flowing && len ? state.buffer[state.bufferIndex].length : len;
  else if (n > len) n = ended ? len : 0;
  if (n === 0 && ended) {
    if (len === 0) endReadable(this);
    return null;
  }
  if (!ended && !state.reading && !state.destroyed && !state.errored && state.constructed &&
      (len === 0 || len - n < hwm || state.needReadable)) {
    state.reading = true;
    state.sync = true;
    if (len === 0) state.needReadable = true;
    callRead(this, state);
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
    len = state.length;
  }
  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = len <= state.highWaterMark;
    n = 0;
  } else {
    state.length = len = len - n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.length = 0;
    else state.awaitDrainWriters = null;
  }
  if (len === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    emit1(this, 'data', ret);
  }
  return ret;
};

// The try/catch lives here: in mujs it makes its function heavyweight (every
// local looked up by name), and read() is hot.
function callRead(stream, state) {
  try {
    stream._read(state.highWaterMark);
  } catch (err) {
    errorOrDestroy(stream, err);
  }
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    emit0(stream, 'readable');
    state.emittedReadable = false;
  }
  var flowing = state.flowing;
  state.needReadable = !flowing && !state.ended && state.length <= state.highWaterMark;
  if (flowing) flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(maybeReadMore_, stream);
  }
}

function maybeReadMore_(stream) {
  var state = stream._readableState;
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function (n) {
  throw E.notImplemented('_read()');
};

require('internal/streams_pipe')(Readable);

Readable.prototype.on = function (ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    state.dataListening = true;
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) this._readableState.dataListening = false;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (state.dataListening) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function () {
  var state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    nextTick(resume_, stream);
  }
}

function resume_(stream) {
  var state = stream._readableState;
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  emit0(stream, 'resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    emit0(this, 'pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}
Readable._flow = flow;

function defGet(name, get, set) {
  var d = { get: get, configurable: true, enumerable: false };
  if (set) d.set = set;
  Object.defineProperty(Readable.prototype, name, d);
}
defGet('readable', function () {
  var r = this._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}, function (v) { if (this._readableState) this._readableState.readable = !!v; });
defGet('readableDidRead', function () { return this._readableState.dataEmitted; });
defGet('readableAborted', function () {
  var r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});
defGet('readableHighWaterMark', function () { return this._readableState.highWaterMark; });
defGet('readableBuffer', function () {
  var r = this._readableState;
  return r && r.buffer.slice(r.bufferIndex);
});
defGet('readableFlowing', function () { return this._readableState.flowing; },
  function (v) { if (this._readableState) this._readableState.flowing = v; });
defGet('readableLength', function () { return this._readableState.length; });
defGet('readableObjectMode', function () { return this._readableState ? this._readableState.objectMode : false; });
defGet('readableEncoding', function () { return this._readableState ? this._readableState.encoding : null; });
defGet('errored', function () { return this._readableState ? this._readableState.errored : null; });
defGet('closed', function () { return this._readableState ? this._readableState.closed : false; });
defGet('destroyed', function () { return this._readableState ? this._readableState.destroyed : false; },
  function (v) { if (this._readableState) this._readableState.destroyed = v; });
defGet('readableEnded', function () { return this._readableState ? this._readableState.endEmitted : false; });

function fromList(n, state) {
  var total = state.length;
  if (total === 0) return null;
  var buf = state.buffer, idx = state.bufferIndex, len = buf.length, ret;
  // Hot: the one buffered chunk, whole (a flowing read).
  if (len - idx === 1 && n === total && !state.objectMode && !state.decoder) {
    ret = buf[idx];
    buf.length = 0;
    state.bufferIndex = 0;
    return ret;
  }
  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    if (state.decoder) {
      ret = buf.slice(idx).join('');
    } else if (len - idx === 1) {
      ret = buf[idx];
    } else {
      ret = U.concat(buf.slice(idx), state.length);
    }
    idx = len;
  } else if (n < buf[idx].length) {
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else {
    var parts = [], need = n;
    while (need > 0) {
      var c = buf[idx];
      if (need >= c.length) {
        parts.push(c);
        need -= c.length;
        buf[idx++] = null;
      } else {
        parts.push(c.slice(0, need));
        buf[idx] = c.slice(need);
        need = 0;
      }
    }
    ret = state.decoder ? parts.join('') : U.concat(parts, n);
  }
  if (idx === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    state.buffer = buf.slice(idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      var w = stream._writableState;
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function (iterable, opts) {
  return require('internal/streams_from')(Readable, iterable, opts);
};

Readable.prototype.wrap = function (stream) {
  var self = this, paused = false;
  stream.on('data', function (chunk) {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { errorOrDestroy(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });
  this._read = function () {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  return this;
};

module.exports = Readable;

// internal/streams_writable — stream.Writable (Node 20's writable.js:
// buffering while a write is in flight or corked, _writev batches, 'drain'
// after a false write(), _final then 'prefinish'/'finish', autoDestroy).
'use strict';

var Stream = require('internal/streams_legacy').Stream;
var U = require('internal/streams_utils');
var E = U.E;
var destroyImpl = require('internal/streams_destroy');
var errorOrDestroy = destroyImpl.errorOrDestroy;
var nop = U.nop;
var emit0 = U.emit0;
var BB = internalBinding('buffer');
var isBuf = BB.isBuffer;

function WritableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex && options && options.writableObjectMode) this.objectMode = true;
  this.highWaterMark = options ? U.getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    (this.objectMode ? 16 : 16384);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = function (er) { onwrite(stream, er); };
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  resetBuffer(this);
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.onFinished = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function () { return this.buffered.slice(this.bufferedIndex); };
Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get: function () { return this.buffered.length - this.bufferedIndex; }, configurable: true
});

function Writable(options) {
  var isDuplex = !!(Writable.Duplex && this instanceof Writable.Duplex);
  if (!isDuplex && !(this instanceof Writable)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  if (options && options.signal) require('internal/streams_abort').addAbortSignal(options.signal, this);
  var self = this;
  destroyImpl.construct(this, function () {
    var state = self._writableState;
    if (!state.writing) clearBuffer(self, state);
    finishMaybe(self, state);
  });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

Writable.prototype.pipe = function () {
  errorOrDestroy(this, E.cannotPipe());
};

function _write(stream, chunk, encoding, cb) {
  var state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw E.nullValues();
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !U.isEncoding(encoding)) throw E.unknownEncoding(encoding);
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false && typeof Buffer === 'function') {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (isBuf(chunk)) {
      encoding = 'buffer';
    } else if (BB.isView(chunk)) {
      chunk = BB.asBuffer(chunk); // node 20 takes any TypedArray or DataView
      encoding = 'buffer';
    } else {
      throw E.invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }
  var err;
  if (state.ending) err = E.writeAfterEnd();
  else if (state.destroyed) err = E.destroyed('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var state = this._writableState;
  // Hot: a Buffer to a byte-mode stream that is not ending or destroyed
  // (what _write checks, in the same order, without the calls).
  if (!encoding && isBuf(chunk) && !state.objectMode && !state.ending && !state.destroyed) {
    state.pendingcb++;
    return writeOrBuffer(this, state, chunk, 'buffer', typeof cb === 'function' ? cb : nop);
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  this._writableState.corked++;
};

Writable.prototype.uncork = function () {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function (encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!U.isEncoding(encoding)) throw E.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  // Node 20.20: measured after _write, so a write that completed
  // synchronously neither returns false nor asks for a 'drain'.
  var len2 = state.length;
  var ret = len2 < state.highWaterMark || len2 === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(E.destroyed('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  var state = stream._writableState;
  var sync = state.sync;
  var cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, E.multipleCallback());
    return;
  }
  state.writing = false;
  state.writecb = null;
  var len = state.length - state.writelen;
  state.length = len;
  state.writelen = 0;
  if (!er && !sync && state.buffered.length === state.bufferedIndex) {
    // Hot: an asynchronous completion with nothing buffered; afterWrite
    // (stream, state, 1, cb), inline.
    state.afterWritePending = false;
    if (len === 0 && state.needDrain && !state.ending && !state.destroyed) {
      state.needDrain = false;
      emit0(stream, 'drain');
    }
    state.pendingcb--;
    cb(null);
    if (state.destroyed) errorBuffer(state);
    if (state.ending) finishMaybe(stream, state, true);
    return;
  }
  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      // Node 20.20: no tick for a callback-less write unless a 'drain' is due
      // (its objectMode test reads 'state & kDestroyed !== 0', i.e. objectMode).
      var needDrain = state.needDrain && state.length === 0;
      var needTick = needDrain || state.objectMode || cb !== nop;
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          process.nextTick(afterWrite, stream, state, 1, cb);
          state.afterWritePending = true;
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else if (needTick) {
        state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
        state.afterWritePending = true;
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  var needDrain = state.needDrain && state.length === 0 && !state.ending && !state.destroyed;
  if (needDrain) {
    state.needDrain = false;
    emit0(stream, 'drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

function errorBuffer(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var b = state.buffered[n];
    state.length -= state.objectMode ? 1 : b.chunk.length;
    b.callback(state.errored || E.destroyed('write'));
  }
  var fins = state.onFinished.splice(0);
  for (var i = 0; i < fins.length; i++) fins[i](state.errored || E.destroyed('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  var buffered = state.buffered, i = state.bufferedIndex;
  var bufferedLength = buffered.length - i;
  if (!bufferedLength) return;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    var callback = state.allNoop ? nop : function (err) {
      for (var n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      var b = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, state.objectMode ? 1 : b.chunk.length, b.chunk, b.encoding, b.callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) resetBuffer(state);
    else if (i > 256) { buffered.splice(0, i); state.bufferedIndex = 0; }
    else state.bufferedIndex = i;
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
  else throw E.notImplemented('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  var err;
  if (chunk !== null && chunk !== undefined) {
    var ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // already reported by write()
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = E.alreadyFinished('end');
  } else if (state.destroyed) {
    err = E.destroyed('end');
  }
  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else state.onFinished.push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
    state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  var called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : E.multipleCallback());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      var fins = state.onFinished.splice(0);
      for (var i = 0; i < fins.length; i++) fins[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (e) {
    onFinish(e);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(function () {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        });
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  var fins = state.onFinished.splice(0);
  for (var i = 0; i < fins.length; i++) fins[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    var r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

function defGet(name, get, set) {
  var d = { get: get, configurable: true, enumerable: false };
  if (set) d.set = set;
  Object.defineProperty(Writable.prototype, name, d);
}
defGet('closed', function () { return this._writableState ? this._writableState.closed : false; });
defGet('destroyed', function () { return this._writableState ? this._writableState.destroyed : false; },
  function (v) { if (this._writableState) this._writableState.destroyed = v; });
defGet('writable', function () {
  var w = this._writableState;
  return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
}, function (v) { if (this._writableState) this._writableState.writable = !!v; });
defGet('writableFinished', function () { return this._writableState ? this._writableState.finished : false; });
defGet('writableObjectMode', function () { return this._writableState ? this._writableState.objectMode : false; });
defGet('writableBuffer', function () { return this._writableState && this._writableState.getBuffer(); });
defGet('writableEnded', function () { return this._writableState ? this._writableState.ending : false; });
defGet('writableNeedDrain', function () {
  var w = this._writableState;
  if (!w) return false;
  return !w.destroyed && !w.ending && w.needDrain;
});
defGet('writableHighWaterMark', function () { return this._writableState && this._writableState.highWaterMark; });
defGet('writableCorked', function () { return this._writableState ? this._writableState.corked : 0; });
defGet('writableLength', function () { return this._writableState && this._writableState.length; });
defGet('errored', function () { return this._writableState ? this._writableState.errored : null; });
defGet('writableAborted', function () {
  var w = this._writableState;
  return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
});

Writable.prototype.destroy = function (err, cb) {
  var state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function (err, cb) { cb(err); };

module.exports = Writable;

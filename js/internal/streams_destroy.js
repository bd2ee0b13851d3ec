// internal/streams_destroy — destroy(), errorOrDestroy(), _construct support
// (the event order of Node's internal/streams/destroy.js: 'error' then 'close',
// both on the next tick after _destroy calls back).
'use strict';

var U = require('internal/streams_utils');
var kConstruct = '@@muk.stream.construct';
var kDestroy = '@@muk.stream.destroy';

function checkError(err, w, r) {
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

// Node's aggregateTwoErrors: destroy(err) while the stream is still being
// constructed, and the construction fails too: one AggregateError of both,
// with the destroy error's message and code.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    var err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function destroy(err, cb) {
  var r = this._readableState, w = this._writableState;
  var s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function (er) { _destroy(this, aggregateTwoErrors(er, err), cb); });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

function _destroy(self, err, cb) {
  var called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    var r = self._readableState, w = self._writableState;
    checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  var r = self._readableState, w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  var r = self._readableState, w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  var r = this._readableState, w = this._writableState;
  if (r) {
    r.constructed = true; r.closed = false; r.closeEmitted = false; r.destroyed = false;
    r.errored = null; r.errorEmitted = false; r.reading = false;
    r.ended = r.readable === false; r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true; w.destroyed = false; w.closed = false; w.closeEmitted = false;
    w.errored = null; w.errorEmitted = false; w.finalCalled = false; w.prefinished = false;
    w.ended = w.writable === false; w.ending = w.writable === false; w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState, w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState, w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  var called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : U.E.multipleCallback());
      return;
    }
    called = true;
    var r = stream._readableState, w = stream._writableState;
    var s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(emitConstructNT, stream);
  }
  try {
    stream._construct(function (err) { process.nextTick(onConstruct, err); });
  } catch (e) {
    process.nextTick(onConstruct, e);
  }
}

function emitConstructNT(stream) { stream.emit(kConstruct); }

// Destroy any stream-like thing (used by pipeline).
function destroyer(stream, err) {
  if (!stream || U.isDestroyed(stream)) return;
  if (!err && !U.isFinished(stream)) err = U.E.abort();
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick(function () { stream.emit('error', err); });
  else process.nextTick(function () { stream.emit('close'); });
  if (!stream.destroyed) stream.__mukDestroyed = true;
}

module.exports = {
  construct: construct,
  destroyer: destroyer,
  destroy: destroy,
  undestroy: undestroy,
  errorOrDestroy: errorOrDestroy
};

// internal/streams_utils — errors and predicates shared by the stream classes
// (Node's internal/streams/utils.js and the stream error codes).
'use strict';

var errors = require('internal/errors');

function mk(Base, code, msg) { return errors.makeError(Base, code, msg); }

var E = {
  prematureClose: function () { return mk(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'); },
  destroyed: function (m) { return mk(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + m + ' after a stream was destroyed'); },
  writeAfterEnd: function () { return mk(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); },
  pushAfterEOF: function () { return mk(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'); },
  unshiftAfterEnd: function () {
    return mk(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
  },
  notImplemented: function (m) { return mk(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + m + ' method is not implemented'); },
  multipleCallback: function () { return mk(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'); },
  nullValues: function () { return mk(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'); },
  alreadyFinished: function (m) {
    return mk(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + m + ' after a stream was finished');
  },
  cannotPipe: function () { return mk(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'); },
  unknownEncoding: function (e) { return mk(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + e); },
  invalidArgType: errors.invalidArgType,
  invalidArgValue: errors.invalidArgValue,
  missingArgs: errors.missingArgs,
  outOfRange: errors.outOfRange,
  abort: function () {
    var e = new Error('The operation was aborted');
    e.name = 'AbortError';
    Object.defineProperty(e, 'code', { value: 'ABORT_ERR', enumerable: true, writable: true, configurable: true });
    return e;
  }
};
exports.E = E;

function hasBuffer() { return typeof Buffer === 'function'; }
exports.isBuffer = function (c) { return hasBuffer() && Buffer.isBuffer(c); };
exports.isEncoding = function (enc) {
  if (hasBuffer() && typeof Buffer.isEncoding === 'function') return Buffer.isEncoding(enc);
  return /^(utf-?8|hex|base64|base64url|latin1|binary|ascii|ucs-?2|utf-?16le)$/i.test(String(enc));
};
// A string written in byte mode becomes a Buffer once Buffer exists.
exports.fromString = function (s, enc) { return hasBuffer() ? Buffer.from(s, enc) : s; };
exports.concat = function (list, total) {
  if (typeof list[0] === 'string') return list.join('');
  return Buffer.concat(list, total);
};
exports.emptyBuffer = function () { return hasBuffer() ? Buffer.alloc(0) : ''; };

function once(fn) {
  var called = false;
  return function () {
    if (called) return;
    called = true;
    return fn.apply(this, arguments);
  };
}
exports.once = once;
exports.nop = function () {};

// stream.emit(type) / stream.emit(type, a) for the hot paths: straight to
// events' fixed-arity emit while the stream's emit is the stock one.
var fast = require('events')['@@muk.fastEmit'];
var stockEmit = fast.emit, fastEmit0 = fast.emit0, fastEmit1 = fast.emit1;
exports.emit0 = function (stream, type) {
  if (stream.emit === stockEmit) return fastEmit0(stream, type);
  return stream.emit(type);
};
exports.emit1 = function (stream, type, a) {
  if (stream.emit === stockEmit) return fastEmit1(stream, type, a);
  return stream.emit(type, a);
};

function isReadableNodeStream(obj, strict) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}
function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}
function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
function isDestroyed(s) {
  if (!isNodeStream(s)) return null;
  var st = s._writableState || s._readableState;
  return !!(s.destroyed || s.__mukDestroyed || (st && st.destroyed));
}
function isWritableEnded(s) {
  if (!isWritableNodeStream(s)) return null;
  if (s.writableEnded === true) return true;
  var w = s._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}
function isWritableFinished(s, strict) {
  if (!isWritableNodeStream(s)) return null;
  if (s.writableFinished === true) return true;
  var w = s._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadableFinished(s, strict) {
  if (!isReadableNodeStream(s)) return null;
  var r = s._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isReadable(s) {
  if (!s || typeof s.readable !== 'boolean') return null;
  if (isDestroyed(s)) return false;
  return isReadableNodeStream(s) && s.readable && !isReadableFinished(s);
}
function isWritable(s) {
  if (!s || typeof s.writable !== 'boolean') return null;
  if (isDestroyed(s)) return false;
  return isWritableNodeStream(s) && s.writable && !isWritableEnded(s);
}
function isFinished(s, opts) {
  if (!isNodeStream(s)) return null;
  if (isDestroyed(s)) return true;
  if ((!opts || opts.readable !== false) && isReadable(s)) return false;
  if ((!opts || opts.writable !== false) && isWritable(s)) return false;
  return true;
}
function isClosed(s) {
  if (!isNodeStream(s)) return null;
  var w = s._writableState, r = s._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean'))
    return (w && w.closed) || (r && r.closed);
  return null;
}
function willEmitClose(s) {
  if (!isNodeStream(s)) return null;
  var st = s._writableState || s._readableState;
  return !!(st && st.autoDestroy && st.emitClose && st.closed === false);
}
function writableErrored(s) {
  if (!isNodeStream(s)) return null;
  if (s.writableErrored) return s.writableErrored;
  var w = s._writableState;
  return (w && w.errored) || null;
}
function readableErrored(s) {
  if (!isNodeStream(s)) return null;
  if (s.readableErrored) return s.readableErrored;
  var r = s._readableState;
  return (r && r.errored) || null;
}

exports.isReadableNodeStream = isReadableNodeStream;
exports.isWritableNodeStream = isWritableNodeStream;
exports.isNodeStream = isNodeStream;
exports.isDestroyed = isDestroyed;
exports.isWritableEnded = isWritableEnded;
exports.isWritableFinished = isWritableFinished;
exports.isReadableFinished = isReadableFinished;
exports.isReadable = isReadable;
exports.isWritable = isWritable;
exports.isFinished = isFinished;
exports.isClosed = isClosed;
exports.willEmitClose = willEmitClose;
exports.writableErrored = writableErrored;
exports.readableErrored = readableErrored;

exports.getHighWaterMark = function (state, options, duplexKey, isDuplex) {
  var hwm = options.highWaterMark != null ? options.highWaterMark : (isDuplex ? options[duplexKey] : null);
  if (hwm != null) {
    if (typeof hwm !== 'number' || hwm !== hwm || Math.floor(hwm) !== hwm || hwm < 0) {
      var name = isDuplex ? 'options.' + duplexKey : 'options.highWaterMark';
      throw E.invalidArgValue(name, hwm);
    }
    return hwm;
  }
  return state.objectMode ? 16 : 16384;
};

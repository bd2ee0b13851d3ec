// internal/streams_eos — stream.finished(stream[, options], callback)
// (Node's end-of-stream.js: callback once after 'finish'/'end'/'close' or an
// error; ERR_STREAM_PREMATURE_CLOSE when closed before finishing).
'use strict';

var U = require('internal/streams_utils');

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw U.E.invalidArgType('options', 'Object', options);
  }
  if (typeof callback !== 'function') throw U.E.invalidArgType('callback', 'Function', callback);
  var signal = options.signal;
  if (signal !== undefined) require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
  callback = U.once(callback);

  var readable = options.readable != null ? options.readable : U.isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : U.isWritableNodeStream(stream);
  if (!U.isNodeStream(stream)) throw U.E.invalidArgType('stream', 'Stream', stream);

  var wState = stream._writableState, rState = stream._readableState;

  function onlegacyfinish() {
    if (!stream.writable) onfinish();
  }

  var willEmitClose = U.willEmitClose(stream) && U.isReadableNodeStream(stream) === readable &&
    U.isWritableNodeStream(stream) === writable;
  var writableFinished = U.isWritableFinished(stream, false);
  function onfinish() {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  }
  var readableFinished = U.isReadableFinished(stream, false);
  function onend() {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  }
  function onerror(err) {
    callback.call(stream, err);
  }
  var closed = U.isClosed(stream);
  function onclose() {
    closed = true;
    var errored = U.writableErrored(stream) || U.readableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && U.isReadableNodeStream(stream, true)) {
      if (!U.isReadableFinished(stream, false)) return callback.call(stream, U.E.prematureClose());
    }
    if (writable && !writableFinished) {
      if (!U.isWritableFinished(stream, false)) return callback.call(stream, U.E.prematureClose());
    }
    callback.call(stream);
  }
  function onclosed() {
    closed = true;
    var errored = U.writableErrored(stream) || U.readableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  }

  if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || U.isReadable(stream)) &&
             (writableFinished || U.isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || U.isWritable(stream)) &&
             (readableFinished || U.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  }

  function cleanup() {
    callback = U.nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  }

  // The signal's abort ends the wait with an AbortError (the stream is left as is).
  if (signal && !closed) {
    var abort = function () {
      var endCallback = callback;
      cleanup();
      endCallback.call(stream, require('internal/abort_controller').abortErrorFor(signal));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      var originalCallback = callback;
      callback = U.once(function () {
        signal.removeEventListener('abort', abort);
        originalCallback.apply(stream, arguments);
      });
    }
  }
  return cleanup;
}

module.exports = eos;

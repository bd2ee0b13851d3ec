// internal/streams_abort — stream.addAbortSignal(signal, stream) and the
// `signal` option of the stream constructors: the signal's abort destroys
// the stream with an AbortError (its cause the signal's reason).
'use strict';

var U = require('internal/streams_utils');
var A = require('internal/abort_controller');

function addAbortSignalNoValidate(signal, stream) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) return stream;
  var onAbort = function () { stream.destroy(A.abortErrorFor(signal)); };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams_eos')(stream, function () { signal.removeEventListener('abort', onAbort); });
  }
  return stream;
}

function addAbortSignal(signal, stream) {
  A.validateAbortSignal(signal, 'signal');
  if (!U.isNodeStream(stream))
    throw U.E.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  return addAbortSignalNoValidate(signal, stream);
}

module.exports = { addAbortSignal: addAbortSignal, addAbortSignalNoValidate: addAbortSignalNoValidate };

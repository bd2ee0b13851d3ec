// internal/streams_pipeline — stream.pipeline(...streams, callback): pipes
// each stream into the next, destroys them all on the first error, and calls
// back once (on the next tick) when the last one finished.
'use strict';

var U = require('internal/streams_utils');
var eos = require('internal/streams_eos');
var destroyImpl = require('internal/streams_destroy');

function destroyer(stream, reading, writing) {
  var finished = false;
  stream.on('close', function () { finished = true; });
  var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) { finished = !err; });
  return {
    destroy: function (err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || U.E.destroyed('pipe'));
    },
    cleanup: cleanup
  };
}

function popCallback(streams) {
  var cb = streams[streams.length - 1];
  if (typeof cb !== 'function') throw U.E.invalidArgType('streams[stream.length - 1]', 'Function', cb);
  return streams.pop();
}

function pipe(src, dst, finish, end) {
  var ended = false;
  dst.on('close', function () {
    if (!ended) finish(U.E.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    var endFn = function () {
      ended = true;
      dst.end();
    };
    if (U.isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, function (err) {
    var rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended &&
        !rState.errored && !rState.errorEmitted) {
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw U.E.missingArgs(['streams']);
  var signal = opts ? opts.signal : undefined;
  if (signal !== undefined) require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
  var error, value;
  var destroys = [];
  var lastStreamCleanup = [];
  var finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }
  function abort() {
    finishImpl(require('internal/abort_controller').abortErrorFor(signal));
  }
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (signal && (final || error)) signal.removeEventListener('abort', abort);
    if (final) {
      if (!error) {
        for (var i = 0; i < lastStreamCleanup.length; i++) lastStreamCleanup[i]();
      }
      process.nextTick(callback, error, value);
    }
  }

  var ret;
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var end = reading || !opts || opts.end !== false;
    var isLastStream = i === streams.length - 1;
    if (!U.isNodeStream(stream)) {
      throw U.E.invalidArgType(i === 0 ? 'source' : 'val', ['Readable', 'Iterable', 'AsyncIterable', 'Function'],
        stream);
    }
    if (end) {
      var d = destroyer(stream, reading, writing);
      destroys.push(d.destroy);
      if (U.isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
    }
    var onError = makeOnError(finish);
    stream.on('error', onError);
    if (U.isReadable(stream) && isLastStream) lastStreamCleanup.push(removeLater(stream, onError));
    if (i === 0) {
      ret = stream;
    } else {
      if (!U.isReadableNodeStream(ret)) throw U.E.invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable'], ret);
      finishCount += 2;
      var c = pipe(ret, stream, finish, end);
      if (U.isReadable(stream) && isLastStream) lastStreamCleanup.push(c);
      ret = stream;
    }
  }
  if (signal) {
    if (signal.aborted) process.nextTick(abort);
    else signal.addEventListener('abort', abort, { once: true });
  }
  return ret;
}

function makeOnError(finish) {
  return function (err) {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
  };
}
function removeLater(stream, fn) {
  return function () { stream.removeListener('error', fn); };
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  return pipelineImpl(streams, U.once(popCallback(streams)));
}

function pipelinePromise() {
  var streams = Array.prototype.slice.call(arguments);
  var opts;
  var last = streams[streams.length - 1];
  if (last && typeof last === 'object' && !U.isNodeStream(last) && !Array.isArray(last)) opts = streams.pop();
  return new Promise(function (resolve, reject) {
    pipelineImpl(streams, function (err, value) {
      if (err) reject(err);
      else resolve(value);
    }, opts);
  });
}

module.exports = { pipeline: pipeline, pipelinePromise: pipelinePromise, pipelineImpl: pipelineImpl };

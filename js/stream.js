// stream — Node's stream module. The export is the legacy Stream class with
// Readable, Writable, Duplex, Transform, PassThrough, pipeline and finished
// as properties (require('stream') === require('stream').Stream).
'use strict';

var Stream = require('internal/streams_legacy').Stream;
var Readable = require('internal/streams_readable');
var Writable = require('internal/streams_writable');
var D = require('internal/streams_duplex');
var eos = require('internal/streams_eos');
var P = require('internal/streams_pipeline');
var destroyImpl = require('internal/streams_destroy');
var U = require('internal/streams_utils');

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = D.Duplex;
Stream.Transform = D.Transform;
Stream.PassThrough = D.PassThrough;
Stream.pipeline = P.pipeline;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.addAbortSignal = function addAbortSignal(signal, stream) {
  return require('internal/streams_abort').addAbortSignal(signal, stream);
};
Stream.isDisturbed = function (s) {
  var r = s && s._readableState;
  return !!(r && (r.dataEmitted || r.endEmitted || r.errored || r.destroyed));
};
Stream.isErrored = function (s) {
  return !!(s && (s.errored || (s._readableState && s._readableState.errored) ||
    (s._writableState && s._writableState.errored)));
};
Stream.isReadable = function (s) {
  if (!U.isNodeStream(s)) return null;
  return !!U.isReadable(s);
};
Stream.getDefaultHighWaterMark = function (objectMode) { return objectMode ? 16 : 16384; };
Stream._isUint8Array = internalBinding('buffer').isUint8Array;
Stream._uint8ArrayToBuffer = internalBinding('buffer').asBuffer;

var promises = null;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () {
    if (!promises) promises = require('stream/promises');
    return promises;
  }
});
Object.defineProperty(P.pipeline, '@@nodejs.util.promisify.custom', {
  configurable: true, enumerable: false,
  get: function () { return P.pipelinePromise; }
});
Object.defineProperty(eos, '@@nodejs.util.promisify.custom', {
  configurable: true, enumerable: false,
  get: function () { return require('stream/promises').finished; }
});

module.exports = Stream;

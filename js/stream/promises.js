// stream/promises — promise versions of stream.pipeline and stream.finished.
'use strict';

var P = require('internal/streams_pipeline');
var eos = require('internal/streams_eos');

exports.pipeline = P.pipelinePromise;
exports.finished = function finished(stream, opts) {
  return new Promise(function (resolve, reject) {
    eos(stream, opts, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
};

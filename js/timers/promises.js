// timers/promises — promise-returning setTimeout and setImmediate, with
// Node's options: ref, and signal (an abort clears the timer and rejects
// with an AbortError whose cause is the signal's reason). Bad options
// reject, as in Node, rather than throw.
'use strict';

var t = require('internal/timers');
var errors = require('internal/errors');

var abortMod = null;
function abort() {
  if (abortMod === null) abortMod = require('internal/abort_controller');
  return abortMod;
}

// The options, or the error to reject with.
function checkOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') return errors.invalidArgType('options', 'Object', options);
  if (options.signal !== undefined) {
    try { abort().validateAbortSignal(options.signal, 'options.signal'); } catch (e) { return e; }
  }
  if (options.ref !== undefined && typeof options.ref !== 'boolean')
    return errors.invalidArgType('options.ref', 'boolean', options.ref);
  return options;
}

function schedule(start, clear, options) {
  options = checkOptions(options);
  if (options instanceof Error) return Promise.reject(options);
  var signal = options.signal;
  if (signal !== undefined && signal.aborted) return Promise.reject(abort().abortErrorFor(signal));
  var oncancel;
  var p = new Promise(function (resolve, reject) {
    var handle = start(resolve);
    if (options.ref === false) handle.unref();
    if (signal !== undefined) {
      oncancel = function () {
        clear(handle);
        reject(abort().abortErrorFor(signal));
      };
      signal.addEventListener('abort', oncancel);
    }
  });
  if (oncancel === undefined) return p;
  return p.finally(function () { signal.removeEventListener('abort', oncancel); });
}

exports.setTimeout = function setTimeout(delay, value, options) {
  return schedule(function (resolve) {
    return t.setTimeout(function () { resolve(value); }, delay);
  }, t.clearTimeout, options);
};

exports.setImmediate = function setImmediate(value, options) {
  return schedule(function (resolve) {
    return t.setImmediate(function () { resolve(value); });
  }, t.clearImmediate, options);
};

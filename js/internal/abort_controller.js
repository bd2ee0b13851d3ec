// internal/abort_controller — the AbortController and AbortSignal globals as
// Node 20 has them: abort(reason) with a DOMException AbortError by default,
// reason/aborted/throwIfAborted/onabort, and the statics abort(), timeout(ms)
// (an unref'd timer, a TimeoutError) and any(signals). Also the AbortError
// Node's APIs reject with when their `signal` fires, and the argument check.
'use strict';

var errors = require('internal/errors');
var et = require('internal/event_target');
var DOMException = require('internal/dom_exception');
var EventTarget = et.EventTarget, Event = et.Event;

var kSignal = '@@muk.abortSignal';
var kCreate = {};

function st(self) {
  var s = self !== null && self !== undefined ? self[kSignal] : undefined;
  if (s === undefined) throw errors.makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type AbortSignal');
  return s;
}

function AbortSignal(token) {
  if (token !== kCreate) throw errors.makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  EventTarget.call(this);
  Object.defineProperty(this, kSignal, {
    value: { aborted: false, reason: undefined, dependants: null, sources: null }, writable: true, configurable: true
  });
}
AbortSignal.prototype = Object.create(EventTarget.prototype, {
  constructor: { value: AbortSignal, writable: true, configurable: true }
});
Object.setPrototypeOf(AbortSignal, EventTarget);

Object.defineProperty(AbortSignal.prototype, 'aborted', {
  get: function aborted() { return st(this).aborted; }, enumerable: true, configurable: true
});
Object.defineProperty(AbortSignal.prototype, 'reason', {
  get: function reason() { return st(this).reason; }, enumerable: true, configurable: true
});
Object.defineProperty(AbortSignal.prototype, 'throwIfAborted', {
  value: function throwIfAborted() {
    var s = st(this);
    if (s.aborted) throw s.reason;
  },
  writable: true, enumerable: true, configurable: true
});
et.defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, '@@nodejs.util.inspect.custom', {
  value: function (depth, options, inspect) {
    if (depth < 0) return '[AbortSignal]';
    return et.inspectFields('AbortSignal', { aborted: st(this).aborted }, depth, options, inspect);
  },
  writable: true, configurable: true
});
if (typeof Symbol === 'function' && Symbol.toStringTag)
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

// An any() signal is held by its sources (the engine has no WeakRef): it
// leaves their lists when it aborts, so a long-lived source holds only the
// composites still pending (AbortSignal.any([shared, AbortSignal.timeout(ms)])
// per request does not grow it).
function abortSignal(signal, reason) {
  var s = signal[kSignal];
  if (s.aborted) return;
  s.aborted = true;
  s.reason = reason;
  var sources = s.sources;
  s.sources = null;
  if (sources !== null) {
    for (var j = 0; j < sources.length; j++) {
      var list = sources[j][kSignal].dependants;
      var at = list === null ? -1 : list.indexOf(signal);
      if (at !== -1) list.splice(at, 1);
    }
  }
  signal.dispatchEvent(new Event('abort', et.kTrusted));
  var deps = s.dependants;
  s.dependants = null;
  if (deps !== null) for (var i = 0; i < deps.length; i++) abortSignal(deps[i], reason);
}

function defaultReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

AbortSignal.abort = function abort(reason) {
  var signal = new AbortSignal(kCreate);
  var s = signal[kSignal];
  s.aborted = true;
  s.reason = reason === undefined ? defaultReason() : reason;
  return signal;
};

AbortSignal.timeout = function timeout(delay) {
  errors.validateNumber(delay, 'delay');
  if (!Number.isInteger(delay)) throw errors.outOfRange('delay', 'an integer', delay);
  if (delay < 0 || delay > 4294967295) throw errors.outOfRange('delay', '>= 0 && <= 4294967295', delay);
  var signal = new AbortSignal(kCreate);
  require('internal/timers').setTimeout(function () {
    abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }, delay).unref();
  return signal;
};

AbortSignal.any = function any(signals) {
  if (!Array.isArray(signals)) throw errors.invalidArgType('signals', 'Array', signals);
  for (var i = 0; i < signals.length; i++)
    if (!(signals[i] instanceof AbortSignal))
      throw errors.invalidArgType('signals[' + i + ']', 'AbortSignal', signals[i]);
  var result = new AbortSignal(kCreate);
  for (i = 0; i < signals.length; i++) {
    var s = signals[i][kSignal];
    if (s.aborted) {
      abortSignal(result, s.reason);
      return result;
    }
  }
  var sources = result[kSignal].sources = [];
  for (i = 0; i < signals.length; i++) {
    s = signals[i][kSignal];
    if (s.dependants === null) s.dependants = [];
    if (s.dependants.indexOf(result) === -1) s.dependants.push(result);
    sources.push(signals[i]);
  }
  return result;
};

function AbortController() {
  if (!(this instanceof AbortController))
    throw new TypeError("Class constructor AbortController cannot be invoked without 'new'");
  Object.defineProperty(this, kSignal, { value: new AbortSignal(kCreate), writable: true, configurable: true });
}
function ctl(self) {
  var s = self !== null && self !== undefined ? self[kSignal] : undefined;
  // node's controller keeps its signal in a private field: V8's error
  if (!(s instanceof AbortSignal))
    throw new TypeError('Cannot read private member #signal from an object whose class did not declare it');
  return s;
}
Object.defineProperty(AbortController.prototype, 'signal', {
  get: function signal() { return ctl(this); }, enumerable: true, configurable: true
});
Object.defineProperty(AbortController.prototype, 'abort', {
  value: function abort(reason) {
    abortSignal(ctl(this), reason === undefined ? defaultReason() : reason);
  },
  writable: true, enumerable: true, configurable: true
});
Object.defineProperty(AbortController.prototype, '@@nodejs.util.inspect.custom', {
  value: function (depth, options, inspect) {
    if (depth < 0) return '[AbortController]';
    return et.inspectFields('AbortController', { signal: ctl(this) }, depth, options, inspect);
  },
  writable: true, configurable: true
});
if (typeof Symbol === 'function' && Symbol.toStringTag)
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

// Node's AbortError: what an API rejects with when its signal aborts.
function AbortError(message, options) {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw errors.invalidArgType('options', 'Object', options);
  var e = new Error(message === undefined ? 'The operation was aborted' : message);
  if (options !== undefined && 'cause' in options)
    Object.defineProperty(e, 'cause', { value: options.cause, writable: true, configurable: true });
  Object.setPrototypeOf(e, AbortError.prototype);
  e.code = 'ABORT_ERR';
  e.name = 'AbortError';
  return e;
}
AbortError.prototype = Object.create(Error.prototype, {
  constructor: { value: AbortError, writable: true, configurable: true }
});

// The error for an aborted signal, its reason as the cause (as Node's APIs).
function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
    throw errors.invalidArgType(name, 'AbortSignal', signal);
}

module.exports = {
  AbortController: AbortController,
  AbortSignal: AbortSignal,
  AbortError: AbortError,
  abortErrorFor: abortErrorFor,
  validateAbortSignal: validateAbortSignal
};

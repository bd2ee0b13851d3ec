'use strict';
// EventEmitter, following Node 20's lib/events.js (ES5, for mujs).
// _events is a null-prototype object whose own keys come out in V8's order
// (mujs patch 0020: indices ascending, then names in creation order), so
// eventNames() is its keys, as in Node. events.errorMonitor and
// captureRejectionSymbol are unique string keys (bridge/events.c and the
// streams look them up by name).

// internal/errors, util_inspect and util_warning are loaded on first need
// (error and warning paths only): compiling them at load cost more than the
// rest of a small program (examples/main.js: 40 M -> 21 M instructions).
var errorsMod, inspectMod, warningMod;
function errors() { return errorsMod || (errorsMod = require('internal/errors')); }
function inspect(v, opts) {
  if (!inspectMod) inspectMod = require('internal/util_inspect');
  return inspectMod.inspect(v, opts);
}
function validateCount(n, name) {
  if (typeof n !== 'number' || !(n >= 0)) errors().validateNumber(n, name, 0);
}

var kErrorMonitor = '@@events.errorMonitor';
var kCapture = '@@events.kCapture';
var kRejection = '@@nodejs.rejection';
var defaultMaxListeners = 10;
var hasOwn = Object.prototype.hasOwnProperty;

function newEvents() {
  return Object.create(null);
}

function setHidden(target, key, value) {
  Object.defineProperty(target, key, {
    value: value, enumerable: false, writable: true, configurable: true
  });
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (arg) {
    validateCount(arg, 'defaultMaxListeners');
    defaultMaxListeners = arg;
  }
});

EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
var captureRejections = false;
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get: function () { return captureRejections; },
  set: function (value) {
    if (typeof value !== 'boolean') throw errors().ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
    captureRejections = value;
  }
});

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = newEvents(this);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts != null && opts.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw errors().ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', opts.captureRejections);
    }
    setHidden(this, kCapture, Boolean(opts.captureRejections));
  } else if (captureRejections && !hasOwn.call(this, kCapture)) {
    setHidden(this, kCapture, true);
  }
};

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    var then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function (err) {
        var run = function () { emitUnhandledRejectionOrErr(that, err, type, args); };
        if (typeof process !== 'undefined' && typeof process.nextTick === 'function') process.nextTick(run);
        else run();
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection].apply(ee, [err, type].concat(args));
  } else {
    var prev = ee[kCapture];
    try {
      setHidden(ee, kCapture, false);
      ee.emit('error', err);
    } finally {
      setHidden(ee, kCapture, prev);
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateCount(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

function sliceArgs(args, from) {
  var n = args.length - from;
  if (n <= 0) return [];
  var out = new Array(n);
  for (var i = 0; i < n; i++) out[i] = args[i + from];
  return out;
}

// emit is kept small: in mujs a function that reads `arguments` or has a
// try/catch keeps its variables in a heap environment, so the rare paths live
// in helpers.
// emit runs in C (bridge/events.c) when type is a string other than
// 'error' and it has one listener or up to 16; this is the rest.
function emitSlow(type) {
  var events = this._events;
  if (type === 'error') return emitError(this, sliceArgs(arguments, 1));
  if (events === undefined) return false;
  var handler = events[type];
  if (handler === undefined) return false;
  var result;
  if (typeof handler === 'function') {
    // Common arities without building an argument array.
    switch (arguments.length) {
      case 1: result = handler.call(this); break;
      case 2: result = handler.call(this, arguments[1]); break;
      case 3: result = handler.call(this, arguments[1], arguments[2]); break;
      default: result = handler.apply(this, sliceArgs(arguments, 1));
    }
    if (result !== undefined && result !== null) addCatch(this, result, type, sliceArgs(arguments, 1));
    return true;
  }
  return emitMany(this, type, handler, sliceArgs(arguments, 1));
}
var eventsBinding = internalBinding('events');
eventsBinding.setSlow(emitSlow, addCatch);
EventEmitter.prototype.emit = eventsBinding.emit;

function emitMany(target, type, handler, args) {
  var len = handler.length;
  var listeners = handler.slice();
  for (var i = 0; i < len; ++i) {
    var result = listeners[i].apply(target, args);
    if (result !== undefined && result !== null) addCatch(target, result, type, args);
  }
  return true;
}

function emitError(target, args) {
  var events = target._events;
  var doError = true;
  if (events !== undefined) {
    if (events[kErrorMonitor] !== undefined) {
      target.emit.apply(target, [kErrorMonitor].concat(args));
    }
    doError = events.error === undefined;
  }
  if (!doError) {
    var handler = events.error;
    if (typeof handler === 'function') {
      var result = handler.apply(target, args);
      if (result !== undefined && result !== null) addCatch(target, result, 'error', args);
      return true;
    }
    return emitMany(target, 'error', handler, args);
  }
  var er;
  if (args.length > 0) er = args[0];
  if (er instanceof Error) {
    throw er; // Unhandled 'error' event
  }
  var err = errors().ERR_UNHANDLED_ERROR(safeInspect(er));
  err.context = er;
  throw err;
}

function safeInspect(er) {
  try {
    return inspect(er);
  } catch (e) {
    return er;
  }
}

function checkListener(listener) {
  if (typeof listener !== 'function') errors().validateFunction(listener, 'listener');
}

function constructorNameOf(target) {
  return inspect(target, { depth: -1 });
}

function _addListener(target, type, listener, prepend) {
  var m, events, existing;
  checkListener(listener);
  events = target._events;
  if (events === undefined) {
    events = target._events = newEvents(target);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      var w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
        String(type) + ' listeners added to ' + constructorNameOf(target) +
        '. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      require('internal/util_warning').install();
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function _onceWrap(target, type, listener) {
  var state = { fired: false, wrapFn: undefined, target: target, type: type, listener: listener };
  var wrapped = function () {
    if (!state.fired) {
      state.target.removeListener(state.type, state.wrapFn);
      state.fired = true;
      if (arguments.length === 0) return state.listener.call(state.target);
      return state.listener.apply(state.target, arguments);
    }
  };
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  var events = this._events;
  if (events === undefined) return this;
  var list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) {
      this._events = newEvents(this);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    var position = -1;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

function ownEventNames(target) {
  var events = target._events;
  if (events === undefined || events === null) return [];
  var keys = Object.keys(events), out = [];
  for (var i = 0; i < keys.length; i++) if (events[keys[i]] !== undefined) out.push(keys[i]);
  var syms = Object.getOwnPropertySymbols(events);
  for (i = 0; i < syms.length; i++) if (events[syms[i]] !== undefined) out.push(syms[i]);
  return out;
}

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = newEvents(this);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = newEvents(this);
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    var names = ownEventNames(this);
    for (var k = 0; k < names.length; k++) {
      if (names[k] === 'removeListener') continue;
      this.removeAllListeners(names[k]);
    }
    this.removeAllListeners('removeListener');
    this._events = newEvents(this);
    this._eventsCount = 0;
    return this;
  }

  var listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (var i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function unwrapListeners(arr) {
  var ret = new Array(arr.length);
  for (var i = 0; i < ret.length; ++i) {
    var orig = arr[i].listener;
    ret[i] = typeof orig === 'function' ? orig : arr[i];
  }
  return ret;
}

function _listeners(target, type, unwrap) {
  var events = target._events;
  if (events === undefined) return [];
  var evlistener = events[type];
  if (evlistener === undefined) return [];
  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }
  return unwrap ? unwrapListeners(evlistener) : evlistener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  var events = this._events;
  if (events !== undefined) {
    var evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        var matching = 0;
        for (var i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ownEventNames(this) : [];
};

// ---- module-level helpers

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  var ET = require('internal/event_target');
  if (ET.isEventTarget(emitterOrTarget)) return ET.getEventListeners(emitterOrTarget, type);
  throw errors().ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget && typeof emitterOrTarget.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  }
  var ET = require('internal/event_target');
  if (ET.isEventTarget(emitterOrTarget)) return ET.getMaxListeners(emitterOrTarget);
  throw errors().ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n) {
  if (n === undefined) n = defaultMaxListeners;
  validateCount(n, 'setMaxListeners');
  if (arguments.length <= 1) {
    defaultMaxListeners = n;
  } else {
    for (var i = 1; i < arguments.length; i++) {
      var target = arguments[i];
      var ET = require('internal/event_target');
      if (ET.isEventTarget(target)) {
        ET.setMaxListeners(target, n);
      } else if (target && typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else {
        throw errors().ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  }
}

var abortMod;
function abort() { return abortMod || (abortMod = require('internal/abort_controller')); }

// An async function in Node: every error, the arguments' included, rejects.
function once(emitter, name, options) {
  try {
    return onceUnchecked(emitter, name, options);
  } catch (e) {
    return Promise.reject(e);
  }
}

function onceUnchecked(emitter, name, options) {
  var signal = options != null ? options.signal : undefined; // node 20 checks only the signal
  abort().validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise(function (resolve, reject) {
    var resolver, errorListener, abortListener;
    errorListener = function (err) {
      emitter.removeListener(name, resolver);
      if (signal != null) removeSignalListener(signal, abortListener);
      reject(err);
    };
    resolver = function () {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) removeSignalListener(signal, abortListener);
      resolve(sliceArgs(arguments, 0));
    };
    if (typeof emitter.on === 'function') {
      emitter.once(name, resolver);
    } else if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, resolver, { once: true });
    } else {
      throw errors().ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    if (signal != null) {
      abortListener = function () {
        if (typeof emitter.removeListener === 'function') {
          emitter.removeListener(name, resolver);
          emitter.removeListener('error', errorListener);
        } else if (typeof emitter.removeEventListener === 'function') {
          emitter.removeEventListener(name, resolver);
        }
        reject(abortError(signal));
      };
      if (typeof signal.addEventListener === 'function') {
        signal.addEventListener('abort', abortListener, { once: true });
      } else if (typeof signal.once === 'function') {
        signal.once('abort', abortListener);
      }
    }
  });
}

function removeSignalListener(signal, fn) {
  if (typeof signal.removeEventListener === 'function') signal.removeEventListener('abort', fn);
  else if (typeof signal.removeListener === 'function') signal.removeListener('abort', fn);
}

function abortError(signal) {
  return abort().abortErrorFor(signal);
}

// events.on(emitter, name[, {signal, close}]): an async iterator over the
// events' argument lists (next() returns a promise); an 'error' event
// rejects the next read and ends it, as does the signal.
function on(emitter, event, options) {
  if (options === undefined) options = {};
  errors().validateObject(options, 'options');
  var signal = options.signal;
  abort().validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  var events = [], waiting = [], error = null, finished = false, added = [];

  function listen(type, fn) {
    if (typeof emitter.on === 'function') emitter.on(type, fn);
    else emitter.addEventListener(type, fn);
    added.push([type, fn]);
  }
  function removeAll() {
    for (var i = 0; i < added.length; i++) {
      if (typeof emitter.removeListener === 'function') emitter.removeListener(added[i][0], added[i][1]);
      else emitter.removeEventListener(added[i][0], added[i][1]);
    }
    added = [];
  }
  function eventHandler() {
    var args = sliceArgs(arguments, 0);
    if (waiting.length) waiting.shift().resolve({ value: args, done: false });
    else events.push(args);
  }
  function errorHandler(err) {
    if (waiting.length) waiting.shift().reject(err);
    else error = err;
    closeHandler();
  }
  function abortListener() { errorHandler(abortError(signal)); }
  function closeHandler() {
    if (signal) removeSignalListener(signal, abortListener);
    removeAll();
    finished = true;
    while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  if (typeof emitter.on !== 'function' && typeof emitter.addEventListener !== 'function')
    throw errors().ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  listen(event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
  var closeEvents = options.close;
  if (closeEvents && closeEvents.length)
    for (var i = 0; i < closeEvents.length; i++) listen(closeEvents[i], closeHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });

  var iterator = {
    next: function next() {
      if (events.length) return Promise.resolve({ value: events.shift(), done: false });
      if (error) {
        var p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise(function (resolve, reject) { waiting.push({ resolve: resolve, reject: reject }); });
    },
    return: function () { return closeHandler(); },
    throw: function (err) {
      if (!err || !(err instanceof Error))
        throw errors().ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      errorHandler(err);
    }
  };
  if (typeof Symbol === 'function' && Symbol.asyncIterator)
    iterator[Symbol.asyncIterator] = function () { return this; };
  return iterator;
}

// events.addAbortListener(signal, listener): listen once for the abort (at
// once, in a microtask, if it already happened); the result's dispose
// method removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw errors().ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  abort().validateAbortSignal(signal, 'signal');
  errors().validateFunction(listener, 'listener');
  var remove;
  if (signal.aborted) {
    queueMicrotask(function () { listener(); });
  } else {
    signal.addEventListener('abort', listener, { once: true });
    remove = function () { signal.removeEventListener('abort', listener); };
  }
  var disposable = {};
  var dispose = function () { if (remove) remove(); };
  if (typeof Symbol === 'function' && Symbol.dispose) disposable[Symbol.dispose] = dispose;
  else Object.defineProperty(disposable, '@@dispose', { value: dispose, configurable: true });
  return disposable;
}

// Fast paths for the stream core (hot: once per chunk). emit reads
// `arguments`, which makes it a heavyweight mujs function (an environment
// per call, every local looked up by name); these take a known number of
// arguments and do what emit does for a non-'error' type. Callers use them
// only while target.emit is still this stock emit.
var stockEmit = EventEmitter.prototype.emit;
function emitFast0(target, type) {
  var events = target._events;
  if (events === undefined) return false;
  var handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    var result = handler.call(target);
    if (result !== undefined && result !== null) addCatch(target, result, type, []);
    return true;
  }
  return emitMany(target, type, handler, []);
}
function emitFast1(target, type, a) {
  var events = target._events;
  if (events === undefined) return false;
  var handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    var result = handler.call(target, a);
    if (result !== undefined && result !== null) addCatch(target, result, type, [a]);
    return true;
  }
  return emitMany(target, type, handler, [a]);
}
function emitFast2(target, type, a, b) { // http's 'request' (req, res)
  var events = target._events;
  if (events === undefined) return false;
  var handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    var result = handler.call(target, a, b);
    if (result !== undefined && result !== null) addCatch(target, result, type, [a, b]);
    return true;
  }
  return emitMany(target, type, handler, [a, b]);
}
setHidden(EventEmitter, '@@muk.fastEmit', { emit: stockEmit, emit0: emitFast0, emit1: emitFast1, emit2: emitFast2 });

module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.setMaxListeners = setMaxListeners;

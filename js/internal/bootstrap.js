// internal/bootstrap — runs once before the main script. Sets up the
// globals (process, timers, console, queueMicrotask ...), error stacks and
// the module loader, and returns the hooks the C side calls.
'use strict';

var global = (function () { return this; })() || Function('return this')();
var loaderBinding = internalBinding('loader');
var P = internalBinding('process');

Object.defineProperty(global, 'global', { value: global, writable: true, configurable: true });
Object.defineProperty(global, 'globalThis', { value: global, writable: true, configurable: true });

// ---- built-in module table (lazily compiled) ------------------------------
var builtinCache = {};
var builtinModule;
function requireBuiltin(name) {
  var m = builtinCache[name];
  if (m) return m.exports;
  var fn = loaderBinding.compileBuiltin(name);
  if (!fn) {
    var e = new Error("Cannot find module '" + name + "'");
    e.code = 'MODULE_NOT_FOUND';
    throw e;
  }
  m = { exports: {}, id: name, loaded: false };
  builtinCache[name] = m;
  fn.call(m.exports, m.exports, requireBuiltin, m, 'node:' + name, '', internalBinding);
  m.loaded = true;
  return m.exports;
}

// ---- Error stacks in Node's shape ----------------------------------------
// mujs records `stackTrace` ("\n\tat fn (file:line)"); Node scripts read
// `err.stack` ("Name: message\n    at fn (file:line)").
Object.defineProperty(Error.prototype, 'stack', {
  configurable: true,
  enumerable: false,
  get: function () {
    var head;
    try { head = Error.prototype.toString.call(this); } catch (e) { head = 'Error'; }
    var t = this.stackTrace;
    if (typeof t !== 'string') return head;
    return head + t.split('\n\tat ').join('\n    at ');
  },
  set: function (v) {
    Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
  }
});
Error.captureStackTrace = function (obj) {
  if (obj === null || typeof obj !== 'object') return;
  var t = new Error().stackTrace;
  if (typeof t === 'string') {
    // drop captureStackTrace's own frame
    var i = t.indexOf('\n\tat ', 1);
    Object.defineProperty(obj, 'stackTrace', { value: i > 0 ? t.slice(i) : t, writable: true, configurable: true });
  }
};
Error.stackTraceLimit = 10;

// ---- process --------------------------------------------------------------
var process = requireBuiltin('internal/process')(P, requireBuiltin);
Object.defineProperty(global, 'process', { value: process, writable: true, configurable: true, enumerable: false });

// ---- timers, immediates, microtasks ---------------------------------------
var timers = requireBuiltin('internal/timers');
global.setTimeout = timers.setTimeout;
global.clearTimeout = timers.clearTimeout;
global.setInterval = timers.setInterval;
global.clearInterval = timers.clearInterval;
global.setImmediate = timers.setImmediate;
global.clearImmediate = timers.clearImmediate;

// ---- lazily loaded globals -------------------------------------------------
function lazyGlobal(name, load) {
  Object.defineProperty(global, name, {
    configurable: true,
    enumerable: false,
    get: function () {
      var v = load();
      delete global[name];
      Object.defineProperty(global, name, { value: v, writable: true, configurable: true, enumerable: false });
      return v;
    },
    set: function (v) {
      delete global[name];
      Object.defineProperty(global, name, { value: v, writable: true, configurable: true, enumerable: false });
    }
  });
}
lazyGlobal('console', function () { return requireBuiltin('console'); });
if (loaderBinding.compileBuiltin('buffer') !== undefined) {
  lazyGlobal('Buffer', function () { return requireBuiltin('buffer').Buffer; });
}

// ---- the hooks C calls ----------------------------------------------------
var loader = requireBuiltin('internal/loader');
loader.setBuiltins(requireBuiltin, builtinCache);

var internal = {
  runNextTicks: process._runNextTicks,
  fatalException: function (err) {
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, 'uncaughtException');
      return true;
    }
    return false;
  },
  emitExit: function (code) {
    if (typeof process.exitCode !== 'number') process.exitCode = code;
    process._exiting = true;
    process.emit('exit', process.exitCode);
    return process.exitCode;
  },
  emitBeforeExit: function () {
    process.emit('beforeExit', typeof process.exitCode === 'number' ? process.exitCode : 0);
  },
  formatError: function (err) {
    return requireBuiltin('internal/errors').formatUncaught(err);
  },
  runMain: function (file, code) {
    if (file !== undefined) return loader.runMain(file);
    return loader.runEval(code);
  }
};
return internal;

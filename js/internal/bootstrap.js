// internal/bootstrap — runs once before the main script: globals, error
// stacks, the main module, and the hooks C calls. Startup cost is source
// size (mujs compiles ~23 MB/s), so everything an empty script doesn't use
// loads on first use: process, the timer globals, console, Buffer, the
// full CommonJS loader (first non-builtin require) and internal/errors.
'use strict';

var global = this; // boot.c calls us with the global object as `this`
var L = internalBinding('loader');
var defProp = Object.defineProperty;

function data(obj, name, value, enumerable) {
  defProp(obj, name, { value: value, writable: true, configurable: true, enumerable: enumerable });
}
data(global, 'global', global, false);
data(global, 'globalThis', global, false);

// ---- built-in modules, compiled on first require --------------------------
var builtinCache = {};
function requireBuiltin(name) {
  var m = builtinCache[name];
  if (m) return m.exports;
  var fn = L.compileBuiltin(name);
  if (!fn) {
    var e = new Error("Cannot find module '" + name + "'");
    e.code = 'MODULE_NOT_FOUND';
    throw e;
  }
  m = builtinCache[name] = { exports: {}, id: name, loaded: false };
  fn.call(m.exports, m.exports, requireBuiltin, m, 'node:' + name, '', internalBinding);
  m.loaded = true;
  return m.exports;
}
function isPublicBuiltin(name) {
  return L.hasBuiltin(name) && name.slice(0, 9) !== 'internal/';
}

// What internal/loader shares with the main module made here.
var shared = { cache: {}, extensions: {}, proto: {}, main: undefined };
builtinCache['internal/boot_state'] = { exports: shared, id: 'internal/boot_state', loaded: true };
function loader() { return requireBuiltin('internal/loader'); }

// ---- Error stacks ------------------------------------------------------------
// Error.prototype.stack is native (boot.c).
Error.captureStackTrace = function (obj) {
  if (obj === null || typeof obj !== 'object') return;
  var t = new Error().stackTrace;
  if (typeof t === 'string') {
    var i = t.indexOf('\n\tat ', 1); // drop captureStackTrace's own frame
    data(obj, 'stackTrace', i > 0 ? t.slice(i) : t, false);
  }
};
Error.stackTraceLimit = 10;

// ---- lazily loaded globals --------------------------------------------------
// An accessor until first use, then a plain data property (deleted first:
// mujs checks the old attributes on redefinition).
function lazy(obj, name, load, enumerable) {
  function set(v) { delete obj[name]; data(obj, name, v, enumerable); }
  defProp(obj, name, {
    configurable: true, enumerable: enumerable,
    get: function () { var v = load(); set(v); return v; },
    set: set
  });
}
var process;
function getProcess() {
  if (!process) {
    process = requireBuiltin('internal/process')(internalBinding('process'), requireBuiltin);
    if (shared.main) process.mainModule = shared.main;
  }
  return process;
}
lazy(global, 'process', getProcess, false);
// The timer globals come from internal/timers, compiled on first use.
function timer(name) {
  lazy(global, name, function () { return requireBuiltin('internal/timers')[name]; }, true);
}
timer('setTimeout'); timer('clearTimeout'); timer('setInterval');
timer('clearInterval'); timer('setImmediate'); timer('clearImmediate');
lazy(global, 'console', function () { return requireBuiltin('console'); }, false);
if (L.hasBuiltin('buffer')) lazy(global, 'Buffer', function () { return requireBuiltin('buffer').Buffer; }, false);

// ---- the main module --------------------------------------------------------
// A plain .js file runs without internal/loader: it is compiled only when the
// script requires a file (a built-in comes straight from requireBuiltin).
// shared.proto becomes Module.prototype; until then its methods load it.
var proto = shared.proto;
['require', 'load', '_compile'].forEach(function (k) {
  proto[k] = function () { loader(); return proto[k].apply(this, arguments); };
});
lazy(proto, 'constructor', function () { return loader().Module; }, false);

function runMainFast(file) {
  var info = L.resolveMain(file); // [filename, dirname, paths] or undefined
  if (!info || info[0].slice(-5) === '.json') return false;
  var filename = info[0], content = L.readFile(filename);
  if (content === undefined) return false;
  var mod = Object.create(proto);
  mod.id = '.';
  mod.path = info[1];
  mod.exports = {};
  mod.filename = filename;
  mod.loaded = false;
  mod.children = [];
  mod.paths = info[2];
  data(mod, 'parent', null, false);
  shared.main = shared.cache[filename] = mod;
  if (process) process.mainModule = mod;
  function require(id) {
    if (typeof id === 'string') {
      var b = id.slice(0, 5) === 'node:' ? id.slice(5) : id;
      if (isPublicBuiltin(b)) return requireBuiltin(b);
    }
    return mod.require(id);
  }
  require.resolve = function resolve(request) { return loader().makeRequire(mod).resolve(request); };
  require.resolve.paths = function paths(request) { return loader().makeRequire(mod).resolve.paths(request); };
  require.main = mod;
  require.cache = shared.cache;
  lazy(require, 'extensions', function () { loader(); return shared.extensions; }, true);
  var fn = L.compile(content, filename);
  fn.call(mod.exports, mod.exports, require, mod, filename, info[1], undefined);
  mod.loaded = true;
  return true;
}

// ---- the hooks C calls ------------------------------------------------------
// Without a materialised process nobody can have set exitCode or listeners.
return {
  runNextTicks: function () { return process._runNextTicks(); },
  fatalException: function (err) {
    if (!process || process.listenerCount('uncaughtException') === 0) return false;
    process.emit('uncaughtException', err, 'uncaughtException');
    return true;
  },
  emitExit: function (code) {
    if (!process) return code;
    if (typeof process.exitCode !== 'number') process.exitCode = code;
    process._exiting = true;
    process.emit('exit', process.exitCode);
    return process.exitCode;
  },
  emitBeforeExit: function () {
    if (process) process.emit('beforeExit', typeof process.exitCode === 'number' ? process.exitCode : 0);
  },
  formatError: function (err) {
    return requireBuiltin('internal/errors').formatUncaught(err);
  },
  runMain: function (file, code) {
    if (file === undefined) return loader().runEval(code);
    if (!runMainFast(file)) loader().runMain(file);
  }
};

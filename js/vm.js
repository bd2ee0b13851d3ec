// vm — compiling and running code: Script, runInThisContext, compileFunction,
// and contexts as far as one engine realm allows.
//
// muk's engine has one realm (one global object and one set of built-ins),
// so a context is emulated: while code runs "in" a context, the global object
// shows what a new V8 context has (the ES built-ins and console) plus the
// context object's properties; everything else of muk's globals is hidden.
// The code runs as eval code whose scope chain starts with the context object
// (its declarations land there, its closures keep seeing it) with the context
// as `this`; a global it makes by assignment moves to the context when it
// returns (or throws), and the global object is restored. What this
// cannot give (docs/engine.md, "vm"): the built-ins are the same objects as
// the main realm's (`instanceof Array` holds across contexts), and a
// function made in a context that runs later (a timer callback) sees the
// main global, not the context.
'use strict';

var L = internalBinding('loader');
var errors = require('internal/errors');

// contexts, each with the globals its code made that the sandbox cannot
// take (it is not extensible): node keeps those in the context's own global
// object, unseen on the sandbox. A WeakMap, so a frozen object can be one.
var contexts = new WeakMap();

// What a new V8 context's global object has (node 20), minus what this
// engine lacks; the rest of the global object is hidden while a context runs.
var CONTEXT_GLOBALS = ['AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt',
  'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError',
  'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Infinity',
  'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'JSON', 'Map', 'Math', 'NaN', 'Number',
  'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set',
  'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError',
  'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
  'WeakSet', 'WebAssembly', 'console', 'decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'escape', 'eval', 'globalThis', 'isFinite', 'isNaN', 'parseFloat',
  'parseInt', 'undefined', 'unescape'];
var contextGlobal = {};
CONTEXT_GLOBALS.forEach(function (k) { contextGlobal[k] = true; });

function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw errors.invalidArgType('options', 'Object', options);
    if (options.filename !== undefined) {
      errors.validateString(options.filename, 'options.filename');
      return options.filename;
    }
  }
  return fallback;
}

function Script(code, options) {
  if (!(this instanceof Script))
    throw errors.makeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
      "Class constructor Script cannot be invoked without 'new'");
  code = String(code);
  var filename = filenameOf(options, 'evalmachine.<anonymous>');
  Object.defineProperty(this, '_code', { value: code });
  Object.defineProperty(this, '_filename', { value: filename });
  // compiled now, so a syntax error is thrown by the constructor, as node's
  Object.defineProperty(this, '_script', { value: L.compileScript(code, filename), writable: true });
  this.cachedDataRejected = undefined;
}

Script.prototype.runInThisContext = function runInThisContext() {
  var run = this._script;
  if (!run) run = L.compileScript(this._code, this._filename);
  this._script = null; // a compiled script runs once; later runs compile again
  return run();
};

Script.prototype.runInContext = function runInContext(contextifiedObject) {
  validateContext(contextifiedObject);
  return runInside(contextifiedObject, this._code, this._filename);
};

Script.prototype.runInNewContext = function runInNewContext(contextObject) {
  return this.runInContext(createContext(contextObject));
};

Script.prototype.createCachedData = function createCachedData() {
  return Buffer.alloc(0);
};

function createContext(contextObject) {
  if (contextObject === undefined) contextObject = {};
  if (isContext(contextObject)) return contextObject;
  if (contextObject === null || (typeof contextObject !== 'object' && typeof contextObject !== 'function'))
    throw errors.invalidArgType('object', 'Object', contextObject);
  contexts.set(contextObject, {});
  return contextObject;
}

function isContext(object) {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function'))
    throw errors.invalidArgType('object', 'Object', object);
  return contexts.has(object);
}

function validateContext(object) {
  if (object === null || typeof object !== 'object' || !isContext(object))
    throw errors.invalidArgType('contextifiedObject', 'vm.Context', object);
}

// Run CODE in CONTEXT (see the top of the file).
function runInside(context, code, filename) {
  var g = globalThis;
  var hidden = [], before = {};
  var names = Object.getOwnPropertyNames(g), i, k;
  for (i = 0; i < names.length; i++) {
    k = names[i];
    before[k] = true;
    if (contextGlobal[k]) continue;
    var d = Object.getOwnPropertyDescriptor(g, k);
    if (d && d.configurable) {
      hidden.push([k, d]);
      delete g[k];
    }
  }
  var own = contexts.get(context);
  for (k in own) g[k] = own[k];
  try {
    var script = L.compileScript(code, filename, context);
    return Function.prototype.call.call(script, context);
  } finally {
    // a global the code made by assignment (`x = 1`) belongs to the context
    var now = Object.getOwnPropertyNames(g);
    for (i = 0; i < now.length; i++) {
      k = now[i];
      if (!before[k]) {
        if (Object.prototype.hasOwnProperty.call(context, k) || Object.isExtensible(context)) {
          context[k] = g[k];
          delete own[k];
        } else {
          own[k] = g[k];
        }
        delete g[k];
      }
    }
    for (i = 0; i < hidden.length; i++) Object.defineProperty(g, hidden[i][0], hidden[i][1]);
  }
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext();
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  return runInside(contextifiedObject, String(code), filenameOf(options, 'evalmachine.<anonymous>'));
}

function runInNewContext(code, contextObject, options) {
  return runInContext(code, createContext(contextObject), options);
}

function compileFunction(code, params, options) {
  errors.validateString(code, 'code');
  params = params === undefined ? [] : params;
  if (!Array.isArray(params))
    throw errors.invalidArgType('params', 'Array', params);
  params.forEach(function (p, i) { errors.validateString(p, 'params[' + i + ']'); });
  var filename = filenameOf(options, '');
  var source = '(function (' + params.join(', ') + ') {' + code + '\n})';
  return L.compileScript(source, filename)();
}

function constants() {
  var c = Object.create(null);
  c.USE_MAIN_CONTEXT_DEFAULT_LOADER = Symbol('vm_dynamic_import_main_context_default');
  c.DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
  return Object.freeze(c);
}

module.exports = {
  Script: Script,
  compileFunction: compileFunction,
  constants: constants(),
  createContext: createContext,
  createScript: function createScript(code, options) { return new Script(code, options); },
  isContext: isContext,
  measureMemory: function measureMemory() {
    return Promise.reject(errors.makeError(Error, 'ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized'));
  },
  runInContext: runInContext,
  runInNewContext: runInNewContext,
  runInThisContext: runInThisContext
};

'use strict';
// util, following Node 20's lib/util.js (ES5, for mujs).
// util.inspect.custom and util.promisify.custom are unique string keys
// (there is no Symbol in the engine).

// util_inspect (40 KB), util_errors and util_warning load on first need, so
// require('util') for inherits/promisify compiles none of them; util.inspect
// is an accessor until first read (then a plain property).
var inspectMod = null;
function insp() {
  return inspectMod || (inspectMod = require('internal/util_inspect'));
}
function errs() { return require('internal/errors'); }

function format() { return insp().format.apply(null, arguments); }
function formatWithOptions() { return insp().formatWithOptions.apply(null, arguments); }
var objToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;

var kCustomPromisify = '@@nodejs.util.promisify.custom';
var kCustomPromisifyArgs = '@@customPromisifyArgs';

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw errs().ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw errs().ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw errs().ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true
  });
  if (typeof Object.setPrototypeOf === 'function') {
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
    return;
  }
  // Without Object.setPrototypeOf: rebuild the prototype, keeping its own
  // properties.
  var old = ctor.prototype;
  var proto = Object.create(superCtor.prototype);
  var names = Object.getOwnPropertyNames(old);
  for (var i = 0; i < names.length; i++) {
    Object.defineProperty(proto, names[i], Object.getOwnPropertyDescriptor(old, names[i]));
  }
  ctor.prototype = proto;
}

// ---- promisify / callbackify

// A function made here is anonymous (its 'name' is ''): give it Node's name.
function setName(fn, name) {
  try {
    Object.defineProperty(fn, 'name', { value: name, enumerable: false, writable: false, configurable: true });
  } catch (e) { /* ignore */ }
}

function promisify(original) {
  errs().validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    var fn0 = original[kCustomPromisify];
    errs().validateFunction(fn0, 'util.promisify.custom');
    try {
      Object.defineProperty(fn0, kCustomPromisify, {
        value: fn0, enumerable: false, writable: false, configurable: true
      });
    } catch (e) { /* ignore */ }
    return fn0;
  }
  // Node's timers carry a promisify.custom; ours may not: same behaviour.
  if (typeof setTimeout === 'function' && original === setTimeout) {
    return function (delay, value) {
      return new Promise(function (resolve) { setTimeout(resolve, delay, value); });
    };
  }
  if (typeof setImmediate === 'function' && original === setImmediate) {
    return function (value) {
      return new Promise(function (resolve) { setImmediate(resolve, value); });
    };
  }
  var argumentNames = original[kCustomPromisifyArgs];
  function fn() {
    var self = this;
    var args = new Array(arguments.length);
    for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) return reject(err);
        if (argumentNames !== undefined && arguments.length > 2) {
          var obj = {};
          for (var j = 0; j < argumentNames.length; j++) obj[argumentNames[j]] = arguments[j + 1];
          resolve(obj);
        } else {
          resolve(arguments[1]);
        }
      });
      original.apply(self, args);
    });
  }
  if (Object.setPrototypeOf) Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  setName(fn, insp().functionName(original));
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, enumerable: false, writable: false, configurable: true
  });
  var names = Object.getOwnPropertyNames(original);
  for (var k = 0; k < names.length; k++) {
    var n = names[k];
    if (n === 'length' || n === 'prototype' || n === 'name' || n === 'arguments' ||
        n === 'caller' || n === kCustomPromisify) continue;
    try {
      Object.defineProperty(fn, n, Object.getOwnPropertyDescriptor(original, n));
    } catch (e) { /* ignore */ }
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    reason = errs().ERR_FALSY_VALUE_REJECTION(reason);
  }
  return cb(reason);
}

function nextTick(fn) {
  var args = Array.prototype.slice.call(arguments, 1);
  if (typeof process === 'object' && typeof process.nextTick === 'function') {
    process.nextTick(function () { fn.apply(null, args); });
  } else {
    Promise.resolve().then(function () { fn.apply(null, args); });
  }
}

function callbackify(original) {
  errs().validateFunction(original, 'original');
  function callbackified() {
    var args = new Array(arguments.length);
    for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
    var maybeCb = args.pop();
    errs().validateFunction(maybeCb, 'last argument');
    var cb = function () { return maybeCb.apply(this, arguments); };
    var self = this;
    var ret = original.apply(this, args);
    ret.then(function (value) { nextTick(cb, null, value); },
      function (rej) { nextTick(callbackifyOnRejected, rej, cb); });
  }
  var names = Object.getOwnPropertyNames(original);
  for (var k = 0; k < names.length; k++) {
    var n = names[k];
    if (n === 'length' || n === 'prototype' || n === 'name') continue;
    try {
      Object.defineProperty(callbackified, n, Object.getOwnPropertyDescriptor(original, n));
    } catch (e) { /* ignore */ }
  }
  setName(callbackified, insp().functionName(original) + 'Callbackified');
  return callbackified;
}

// ---- deprecate

var codesWarned = {};
function deprecate(fn, msg, code) {
  if (typeof process === 'object' && process && process.noDeprecation === true) {
    return fn;
  }
  if (code !== undefined && typeof code !== 'string') {
    throw errs().ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  var warned = false;
  function deprecated() {
    if (!warned && !(typeof process === 'object' && process.noDeprecation)) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned[code]) {
          require('internal/util_warning').install();
          process.emitWarning(msg, 'DeprecationWarning', code);
          codesWarned[code] = true;
        }
      } else {
        require('internal/util_warning').install();
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (this instanceof deprecated) {
      // called with new
      var obj = Object.create(fn.prototype);
      var r = fn.apply(obj, arguments);
      return (r !== null && (typeof r === 'object' || typeof r === 'function')) ? r : obj;
    }
    return fn.apply(this, arguments);
  }
  deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- isDeepStrictEqual

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, [], []);
}

function ownEnumKeys(o) {
  return Object.keys(o);
}

function deepEqual(a, b, memoA, memoB) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b;
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var ta = objToString.call(a);
  if (ta !== objToString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (ta === '[object Date]') {
    if (a.getTime() !== b.getTime()) return false;
  } else if (ta === '[object RegExp]') {
    if (String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false;
  } else if (insp().isError(a)) {
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (insp().isBoxed(a)) {
    var va = a.valueOf(), vb = b.valueOf();
    if (!(va === vb || (va !== va && vb !== vb))) return false;
  }
  if (Array.isArray(a) && a.length !== b.length) return false;
  var ka = ownEnumKeys(a);
  var kb = ownEnumKeys(b);
  if (ka.length !== kb.length) return false;
  var i;
  // (mujs's propertyIsEnumerable is false for array indices: compare key sets)
  var inB = {};
  for (i = 0; i < kb.length; i++) inB['$' + kb[i]] = true;
  for (i = 0; i < ka.length; i++) {
    if (inB['$' + ka[i]] !== true) return false;
  }
  for (i = 0; i < memoA.length; i++) {
    if (memoA[i] === a) return memoB[i] === b;
  }
  memoA.push(a);
  memoB.push(b);
  for (i = 0; i < ka.length; i++) {
    if (!deepEqual(a[ka[i]], b[ka[i]], memoA, memoB)) {
      memoA.pop(); memoB.pop();
      return false;
    }
  }
  memoA.pop(); memoB.pop();
  return true;
}

// ---- types

function tagIs(name) {
  var t = '[object ' + name + ']';
  return function (v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function') && objToString.call(v) === t;
  };
}
function no() { return false; }
function isCollection(kind) {
  return function (v) { return v !== null && typeof v === 'object' && insp().collectionKind(v) === kind; };
}

var types = {
  isDate: function (v) { return insp().isDate(v) && typeof v === 'object'; },
  isRegExp: function (v) { return v !== null && typeof v === 'object' && insp().isRegExp(v); },
  isNativeError: function (v) { return v !== null && typeof v === 'object' && objToString.call(v) === '[object Error]'; },
  isPromise: function (v) { return v !== null && typeof v === 'object' && insp().isPromise(v); },
  isArgumentsObject: tagIs('Arguments'),
  isBooleanObject: function (v) { return typeof v === 'object' && tagIs('Boolean')(v); },
  isNumberObject: function (v) { return typeof v === 'object' && tagIs('Number')(v); },
  isStringObject: function (v) { return typeof v === 'object' && tagIs('String')(v); },
  isSymbolObject: function (v) { return v !== null && typeof v === 'object' && insp().isSymbolObject(v); },
  isBigIntObject: no,
  isBoxedPrimitive: function (v) { return v !== null && typeof v === 'object' && insp().isBoxed(v); },
  isGeneratorFunction: no,
  isGeneratorObject: no,
  isAsyncFunction: no,
  isMap: isCollection('Map'), isSet: isCollection('Set'),
  isWeakMap: isCollection('WeakMap'), isWeakSet: isCollection('WeakSet'),
  isMapIterator: no, isSetIterator: no,
  isArrayBuffer: tagIs('ArrayBuffer'),
  isAnyArrayBuffer: tagIs('ArrayBuffer'),
  isSharedArrayBuffer: no,
  isArrayBufferView: function (v) { return ArrayBuffer.isView(v); },
  isTypedArray: function (v) { return ArrayBuffer.isView(v) && !(v instanceof DataView); },
  isUint8Array: tagIs('Uint8Array'),
  isUint8ClampedArray: tagIs('Uint8ClampedArray'), isUint16Array: tagIs('Uint16Array'),
  isUint32Array: tagIs('Uint32Array'), isInt8Array: tagIs('Int8Array'),
  isInt16Array: tagIs('Int16Array'), isInt32Array: tagIs('Int32Array'),
  isFloat32Array: tagIs('Float32Array'), isFloat64Array: tagIs('Float64Array'),
  isDataView: tagIs('DataView'), isExternal: no, isModuleNamespaceObject: no, isProxy: no,
  isWeakRef: no, isKeyObject: no, isCryptoKey: no
};

// ---- legacy helpers

function isArray(v) { return Array.isArray(v); }
function isBoolean(v) { return typeof v === 'boolean'; }
function isNull(v) { return v === null; }
function isNullOrUndefined(v) { return v === null || v === undefined; }
function isNumber(v) { return typeof v === 'number'; }
function isString(v) { return typeof v === 'string'; }
function isSymbol(v) { return typeof v === 'symbol'; }
function isUndefined(v) { return v === undefined; }
function isObject(v) { return v !== null && typeof v === 'object'; }
function isFunction(v) { return typeof v === 'function'; }
function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }
function isError(v) { return insp().isError(v) && typeof v === 'object'; }

function pad(n) { return n < 10 ? '0' + n : '' + n; }
var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  var d = new Date();
  var t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + t;
}
function log() {
  process.stdout.write(timestamp() + ' - ' + format.apply(null, arguments) + '\n');
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  var i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function toUSVString(s) {
  s = String(s);
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out.push(s.charAt(i), s.charAt(i + 1)); i++; continue; }
    }
    out.push(c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s.charAt(i));
  }
  return out.join('');
}

function getSystemErrorName(err) {
  errs().validateNumber(err, 'err');
  if (err >= 0 || Math.floor(err) !== err) {
    throw errs().ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  var name = require('internal/service').errname(err);
  return typeof name === 'string' && name !== '' ? name : 'Unknown system error ' + err;
}

function stripVTControlCharacters(str) {
  errs().validateString(str, 'str');
  return str.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
}

// debuglog: enabled by NODE_DEBUG (read once, at first use), comma-separated
// section names with '*' wildcards; prints 'SECTION PID: msg' to stderr.
var debugEnvRegex = null;
function initDebugEnv() {
  if (debugEnvRegex !== null) return;
  var env = require('internal/env').get('NODE_DEBUG') || '';
  if (env) {
    env = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
    debugEnvRegex = new RegExp('^' + env + '$', 'i');
  } else {
    debugEnvRegex = false;
  }
}

function debuglog(set, cb) {
  var enabled;
  function test() {
    if (enabled === undefined) {
      initDebugEnv();
      enabled = debugEnvRegex !== false && debugEnvRegex.test(set);
    }
    return enabled;
  }
  var upper = String(set).toUpperCase();
  var impl = null;
  function print() {
    process.stderr.write(upper + ' ' + process.pid + ': ' + format.apply(null, arguments) + '\n');
  }
  var logger = function () {
    if (impl === null) {
      impl = test() ? print : function () {};
      if (typeof cb === 'function') cb(impl);
    }
    return impl.apply(null, arguments);
  };
  Object.defineProperty(logger, 'enabled', {
    get: test, enumerable: true, configurable: true
  });
  return logger;
}

function isDeepStrictEqualExport(a, b) { return isDeepStrictEqual(a, b); }

exports.format = format;
exports.formatWithOptions = formatWithOptions;
Object.defineProperty(exports, 'inspect', {
  get: function () {
    var f = insp().inspect;
    delete exports.inspect; // mujs keeps an accessor's getter on redefinition
    Object.defineProperty(exports, 'inspect', { value: f, writable: true, enumerable: true, configurable: true });
    return f;
  },
  set: function (v) {
    delete exports.inspect;
    Object.defineProperty(exports, 'inspect', { value: v, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true
});
exports.inherits = inherits;
exports.promisify = promisify;
exports.callbackify = callbackify;
exports.deprecate = deprecate;
exports.isDeepStrictEqual = isDeepStrictEqualExport;
// util.aborted(signal, resource): a promise that resolves once the signal aborts.
exports.aborted = function aborted(signal, resource) {
  try {
    var A = require('internal/abort_controller');
    if (signal === undefined) throw errs().invalidArgType('signal', 'AbortSignal', signal);
    A.validateAbortSignal(signal, 'signal');
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function'))
      throw errs().invalidArgType('resource', 'object', resource);
  } catch (e) {
    return Promise.reject(e);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise(function (resolve) { signal.addEventListener('abort', resolve, { once: true }); });
};
exports.types = types;
exports.isArray = isArray;
exports.isBoolean = isBoolean;
exports.isNull = isNull;
exports.isNullOrUndefined = isNullOrUndefined;
exports.isNumber = isNumber;
exports.isString = isString;
exports.isSymbol = isSymbol;
exports.isUndefined = isUndefined;
exports.isRegExp = types.isRegExp;
exports.isObject = isObject;
exports.isDate = types.isDate;
exports.isError = isError;
exports.isFunction = isFunction;
exports.isPrimitive = isPrimitive;
exports.log = log;
exports.parseArgs = function parseArgs(config) {
  return require('internal/util_parse_args').parseArgs(config);
};
exports.debuglog = debuglog;
exports.debug = debuglog;
exports._extend = _extend;
exports.toUSVString = toUSVString;
exports.getSystemErrorName = getSystemErrorName;
exports.stripVTControlCharacters = stripVTControlCharacters;

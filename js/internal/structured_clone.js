// internal/structured_clone — the structuredClone global (the HTML
// structured clone, as Node 20's V8 serializer does it): primitives, wrapper
// objects, Date, RegExp, Map, Set, Error (name, message, stack, cause),
// ArrayBuffer and its views (a view's whole buffer is cloned once, so views
// that shared one still do), arrays with their holes, and other objects as
// plain objects of their own enumerable string keys. Shared and circular
// references are kept. Functions, symbols and host objects (Promise,
// WeakMap, ...) throw a DataCloneError DOMException.
// `transfer` is checked as Node checks it, but the engine cannot detach an
// ArrayBuffer: a transferred buffer is copied and the original stays usable.
'use strict';

var errors = require('internal/errors');
var toString = Object.prototype.toString;

var ERROR_NAMES = { Error: Error, EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError,
                    SyntaxError: SyntaxError, TypeError: TypeError, URIError: URIError };
var VIEWS = { Int8Array: 1, Uint8Array: 1, Uint8ClampedArray: 1, Int16Array: 1, Uint16Array: 1,
              Int32Array: 1, Uint32Array: 1, Float32Array: 1, Float64Array: 1, DataView: 1 };
var UNCLONEABLE = { Promise: 1, WeakMap: 1, WeakSet: 1, Symbol: 1 };

function cannotClone(what) {
  var DOMException = require('internal/dom_exception');
  return new DOMException(what + ' could not be cloned.', 'DataCloneError');
}

function describe(v) {
  var ctor = errors.constructorName(v);
  return '#<' + (ctor || 'Object') + '>';
}

function copyKeys(src, dst, memo) {
  var keys = Object.keys(src);
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i], v = clone(src[k], memo);
    // an own '__proto__' key stays a key: assigning it would set the prototype
    if (k === '__proto__') Object.defineProperty(dst, k, { value: v, writable: true, enumerable: true, configurable: true });
    else dst[k] = v;
  }
  return dst;
}

function cloneError(v, memo) {
  var name = 'Error';
  try { name = v.name; } catch (e) { /* a throwing getter reads as Error */ }
  var Ctor = typeof name === 'string' && Object.prototype.hasOwnProperty.call(ERROR_NAMES, name) ? ERROR_NAMES[name] : Error;
  var out = Object.create(Ctor.prototype);
  memo.set(v, out);
  var d = Object.getOwnPropertyDescriptor(v, 'message');
  if (d && 'value' in d)
    Object.defineProperty(out, 'message', { value: String(d.value), writable: true, configurable: true });
  var stack = v.stack;
  if (typeof stack === 'string')
    Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true });
  if (Object.prototype.hasOwnProperty.call(v, 'cause'))
    Object.defineProperty(out, 'cause', { value: clone(v.cause, memo), writable: true, configurable: true });
  return out;
}

// The engine's RegExp has no `flags`: read the flag properties it has.
function regExpFlags(re) {
  if (typeof re.flags === 'string') return re.flags;
  return (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') + (re.multiline ? 'm' : '');
}

function cloneBuffer(ab, memo) {
  var out = memo.get(ab);
  if (out === undefined) {
    out = ab.slice(0);
    memo.set(ab, out);
  }
  return out;
}

function clone(v, memo) {
  var t = typeof v;
  if (t === 'function') throw cannotClone(String(v));
  if (t === 'symbol') throw cannotClone(String(v));
  if (v === null || t !== 'object') return v;
  var seen = memo.get(v);
  if (seen !== undefined) return seen;
  var tag = toString.call(v).slice(8, -1);
  var out, i;
  if (Array.isArray(v)) {
    out = new Array(v.length);
    memo.set(v, out);
    return copyKeys(v, out, memo);
  }
  var DOMException = require('internal/dom_exception');
  if (v instanceof DOMException) {
    out = new DOMException(v.message, v.name);
    Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
    memo.set(v, out);
    return out;
  }
  switch (tag) {
    case 'Date': out = new Date(v.getTime()); break;
    case 'RegExp': out = new RegExp(v.source, regExpFlags(v)); break;
    case 'Boolean': out = Object(Boolean.prototype.valueOf.call(v)); break;
    case 'Number': out = Object(Number.prototype.valueOf.call(v)); break;
    case 'String': out = Object(String.prototype.valueOf.call(v)); break;
    case 'ArrayBuffer': return cloneBuffer(v, memo);
    case 'Error': return cloneError(v, memo);
    case 'Map':
      out = new Map();
      memo.set(v, out);
      var entries = [];
      v.forEach(function (value, key) { entries.push(key, value); });
      for (i = 0; i < entries.length; i += 2) out.set(clone(entries[i], memo), clone(entries[i + 1], memo));
      return out;
    case 'Set':
      out = new Set();
      memo.set(v, out);
      var values = [];
      v.forEach(function (value) { values.push(value); });
      for (i = 0; i < values.length; i++) out.add(clone(values[i], memo));
      return out;
    default:
      if (VIEWS[tag] === 1 && ArrayBuffer.isView(v)) {
        var ab = cloneBuffer(v.buffer, memo);
        var Ctor = global[tag];
        out = tag === 'DataView' ? new DataView(ab, v.byteOffset, v.byteLength)
                                 : new Ctor(ab, v.byteOffset, v.length);
        break;
      }
      if (UNCLONEABLE[tag] === 1) throw cannotClone(describe(v));
      out = {};
      memo.set(v, out);
      return copyKeys(v, out, memo);
  }
  memo.set(v, out);
  return out;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw errors.makeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  var memo = new Map();
  var transfer = options ? options.transfer : undefined;
  if (transfer !== undefined && transfer !== null) {
    var iter = typeof Symbol === 'function' && Symbol.iterator ? transfer[Symbol.iterator] : undefined;
    if (typeof transfer !== 'object' || (typeof iter !== 'function' && !Array.isArray(transfer)))
      throw errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    var list = Array.from(transfer);
    for (var i = 0; i < list.length; i++)
      if (toString.call(list[i]) !== '[object ArrayBuffer]')
        throw errors.makeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
  }
  return clone(value, memo);
}

module.exports = structuredClone;

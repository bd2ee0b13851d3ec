// internal/errors — Node's error machinery (lib/internal/errors.js of Node
// 20) for every built-in module: ERR_* errors with Node's messages, the
// validate* helpers, system errors from status codes and the text printed
// for an uncaught exception.
//
// An error with a code reads as Node's do: `code` is an own enumerable
// property, `name` comes from the prototype, String(err) and the stack's
// first line are "TypeError [CODE]: message", and the frames of the helpers
// here are hidden. util_inspect is loaded only to format an object or a
// function; primitives are printed here.
'use strict';

var lazyInspect = null;
function inspect(v, opts) {
  if (lazyInspect === null) lazyInspect = require('internal/util_inspect');
  return lazyInspect.inspect(v, opts);
}

// mujs has no Function.prototype.name: read it from the source text
// ("function name() {...}", "function [bind]() {...}", "function Math.max() {...}").
function functionName(fn) {
  if (typeof fn !== 'function') return '';
  if (Object.prototype.hasOwnProperty.call(fn, 'name') && typeof fn.name === 'string') return fn.name;
  var src;
  try { src = Function.prototype.toString.call(fn); } catch (e) { return ''; }
  var m = /^function\s*([^\s(]*)\s*\(/.exec(src);
  if (!m) {
    m = /^class\s+([A-Za-z_$][\w$]*)/.exec(src);
    return m ? m[1] : '';
  }
  var name = m[1];
  if (name === '[bind]') return 'bound ';
  var dot = name.lastIndexOf('.');
  if (dot !== -1) name = name.slice(dot + 1);
  return name;
}

// The name of the nearest constructor on obj's prototype chain, or null.
function constructorName(obj) {
  var proto = obj;
  while (proto !== null && proto !== undefined) {
    var desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function') {
      var n = functionName(desc.value);
      if (n !== '') return n;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

var kEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 92: '\\\\' };

function hex2(n) {
  var h = n.toString(16).toUpperCase();
  return h.length < 2 ? '0' + h : h;
}

// util.inspect() of a string: single quotes unless the string holds single
// quotes (then double quotes, then backticks), with Node's escapes.
function quoteString(str) {
  var quote = "'";
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = '"';
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = '`';
  }
  var out = [quote];
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    var ch = str.charAt(i);
    if (ch === quote) out.push('\\' + quote);
    else if (kEscapes[c] !== undefined) out.push(kEscapes[c]);
    else if (c < 0x20 || c === 0x7f) out.push('\\x' + hex2(c));
    else out.push(ch);
  }
  out.push(quote);
  return out.join('');
}

// util.inspect() of a primitive (functions get a short "[Function: f]").
function inspectPrimitive(value) {
  switch (typeof value) {
    case 'string': return quoteString(value);
    case 'number':
      if (value === 0 && 1 / value < 0) return '-0';
      return String(value);
    case 'function':
      var n = functionName(value);
      return n ? '[Function: ' + n + ']' : '[Function (anonymous)]';
    default:
      return String(value);
  }
}

// util.inspect(value): primitives here, objects and functions by util_inspect.
function inspectValue(value) {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) return inspect(value);
  return inspectPrimitive(value);
}

// The "Received ..." part of ERR_INVALID_ARG_TYPE and ERR_INVALID_RETURN_VALUE.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'number':
      return 'type number (' + inspectPrimitive(value) + ')';
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'function':
      return 'function ' + functionName(value);
    case 'object':
      var ctor = value.constructor;
      if (typeof ctor === 'function') return 'an instance of ' + functionName(ctor);
      if (ctor !== null && typeof ctor === 'object' && 'name' in ctor) return 'an instance of ' + ctor.name;
      return inspect(value, { depth: -1 });
    case 'string':
      if (value.length > 28) value = value.slice(0, 25) + '...';
      if (value.indexOf("'") === -1) return "type string ('" + value + "')";
      return 'type string (' + JSON.stringify(value) + ')';
    default:
      var inspected = String(value);
      if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
      return 'type ' + typeof value + ' (' + inspected + ')';
  }
}

function nodeErrorToString() {
  return this.name + ' [' + this.code + ']: ' + this.message;
}

// Node's errors show "TypeError [CODE]: message" on the stack's first line
// and hide the frames of the helpers that built them.
function fixStack(err, code) {
  var stack;
  try { stack = err.stack; } catch (e) { return; }
  if (typeof stack !== 'string') return;
  var lines = stack.split('\n');
  var out = [err.name + ' [' + code + ']: ' + err.message];
  for (var i = String(err.message).split('\n').length; i < lines.length; i++) {
    if (lines[i].indexOf('(node:internal/errors:') !== -1) continue;
    out.push(lines[i]);
  }
  try {
    Object.defineProperty(err, 'stack', {
      value: out.join('\n'), writable: true, configurable: true, enumerable: false
    });
  } catch (e) { /* keep the engine's stack */ }
}

// Turn err into Node's error with this code (see the top of this file).
function withCode(err, code) {
  Object.defineProperty(err, 'toString', {
    value: nodeErrorToString, enumerable: false, writable: true, configurable: true
  });
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  fixStack(err, code);
  return err;
}

function makeError(Base, code, message) {
  return withCode(new Base(message), code);
}

var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
var classRegExp = /^([A-Z][a-z0-9]*)+$/;

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  var msg = 'The ';
  if (name.slice(-9) === ' argument') msg += name + ' ';
  else msg += '"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument') + ' ';
  msg += 'must be ';
  var types = [], instances = [], other = [], i, last;
  for (i = 0; i < expected.length; i++) {
    var value = expected[i];
    if (kTypes.indexOf(value) !== -1) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    var pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    if (types.length > 2) { last = types.pop(); msg += 'one of type ' + types.join(', ') + ', or ' + last; }
    else if (types.length === 2) msg += 'one of type ' + types[0] + ' or ' + types[1];
    else msg += 'of type ' + types[0];
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) { last = instances.pop(); msg += 'an instance of ' + instances.join(', ') + ', or ' + last; }
    else {
      msg += 'an instance of ' + instances[0];
      if (instances.length === 2) msg += ' or ' + instances[1];
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) { last = other.pop(); msg += 'one of ' + other.join(', ') + ', or ' + last; }
    else if (other.length === 2) msg += 'one of ' + other[0] + ' or ' + other[1];
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  return msg + '. Received ' + determineSpecificType(actual);
}

// 12345678901 -> '12_345_678_901'
function addNumericalSeparator(val) {
  var res = '';
  var i = val.length;
  var start = val.charAt(0) === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

// ---- ERR_* (each also callable with `new`) ----

function invalidArgType(name, expected, actual) {
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual));
}

function invalidArgValue(name, value, reason) {
  if (reason === undefined) reason = 'is invalid';
  var inspected = inspectValue(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected);
}

function outOfRange(name, range, value) {
  var received;
  if (typeof value === 'number' && Math.floor(value) === value && isFinite(value) &&
      Math.abs(value) > 4294967296) {
    received = addNumericalSeparator(String(value));
  } else {
    received = inspectValue(value);
  }
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
}

// missingArgs(['a', 'b']): 'The "a" and "b" arguments must be specified'
function missingArgs(names) {
  var wrap = [];
  for (var i = 0; i < names.length; i++) wrap.push('"' + names[i] + '"');
  var msg = 'The ';
  if (wrap.length === 1) msg += wrap[0] + ' argument';
  else if (wrap.length === 2) msg += wrap[0] + ' and ' + wrap[1] + ' arguments';
  else msg += wrap.slice(0, -1).join(', ') + ', and ' + wrap[wrap.length - 1] + ' arguments';
  return makeError(TypeError, 'ERR_MISSING_ARGS', msg + ' must be specified');
}

function unhandledError(err) {
  var msg = 'Unhandled error.';
  if (err !== undefined) msg += ' (' + err + ')';
  return makeError(Error, 'ERR_UNHANDLED_ERROR', msg);
}

function falsyValueRejection(reason) {
  var err = makeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function invalidReturnValue(input, name, value) {
  return makeError(TypeError, 'ERR_INVALID_RETURN_VALUE', 'Expected ' + input + ' to be returned from the "' +
    name + '" function but got ' + determineSpecificType(value) + '.');
}

// ---- validators (lib/internal/validators.js) ----

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw outOfRange(name,
      (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
      (max != null ? '<= ' + max : ''), value);
  }
}

// An object: not an array, not a function, null only with allowNull.
function validateObject(value, name, allowNull) {
  if ((value === null && !allowNull) || Array.isArray(value) || typeof value !== 'object') {
    throw invalidArgType(name, 'Object', value);
  }
}

// A system error from a negative status: internal/service builds it (loaded
// on the first error, not at startup).
function uvException(status, syscall, path, dest) {
  return require('internal/service').errors().uvException(status, syscall, path, dest);
}

function inspectShort(v) {
  try {
    return inspect(v, { depth: -1 });
  } catch (e) {
    return typeof v === 'string' ? quoteString(v) : String(v);
  }
}

// What `muk` prints for an uncaught exception.
function formatUncaught(err) {
  if (err !== null && typeof err === 'object' && (err instanceof Error || typeof err.stack === 'string')) {
    var stack = err.stack;
    var text = typeof stack === 'string' ? stack : String(err);
    // Node appends own enumerable properties after the stack: { code: 'X' }
    var extra = [];
    var keys = Object.keys(err);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] === 'stackTrace' || keys[i] === 'message') continue;
      extra.push('  ' + keys[i] + ': ' + inspectShort(err[keys[i]]));
    }
    if (extra.length) text += ' {\n' + extra.join(',\n') + '\n}';
    return text;
  }
  return 'Uncaught ' + inspectShort(err);
}

module.exports = {
  functionName: functionName,
  constructorName: constructorName,
  quoteString: quoteString,
  inspectPrimitive: inspectPrimitive,
  determineSpecificType: determineSpecificType,
  invalidArgTypeMessage: invalidArgTypeMessage,
  addNumericalSeparator: addNumericalSeparator,
  makeError: makeError,
  withCode: withCode,
  invalidArgType: invalidArgType,
  invalidArgValue: invalidArgValue,
  outOfRange: outOfRange,
  missingArgs: missingArgs,
  ERR_INVALID_ARG_TYPE: invalidArgType,
  ERR_INVALID_ARG_VALUE: invalidArgValue,
  ERR_OUT_OF_RANGE: outOfRange,
  ERR_MISSING_ARGS: missingArgs,
  ERR_UNHANDLED_ERROR: unhandledError,
  ERR_FALSY_VALUE_REJECTION: falsyValueRejection,
  ERR_INVALID_RETURN_VALUE: invalidReturnValue,
  validateFunction: validateFunction,
  validateString: validateString,
  validateNumber: validateNumber,
  validateObject: validateObject,
  uvException: uvException,
  formatUncaught: formatUncaught
};

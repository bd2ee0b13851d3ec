'use strict';
// Node-style argument errors shared by path, assert and os (ES5).
// Messages follow Node 20's lib/internal/errors.js: `code` is an own
// enumerable property, `name` comes from the prototype and String(err) is
// "TypeError [ERR_X]: message".

var kEscapes = {
  8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 92: '\\\\'
};

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

function functionName(fn) {
  if (typeof fn !== 'function') return '';
  var n = fn.name;
  if (typeof n === 'string') return n;
  var m = /^function\s*([^\s(]*)/.exec(Function.prototype.toString.call(fn));
  return m ? m[1] : '';
}

// util.inspect() of a primitive (or a short description of anything else).
function inspectPrimitive(value) {
  switch (typeof value) {
    case 'string': return quoteString(value);
    case 'number':
      if (value === 0 && 1 / value < 0) return '-0';
      return String(value);
    case 'undefined': return 'undefined';
    case 'boolean': return String(value);
    case 'function':
      var n = functionName(value);
      return n ? '[Function: ' + n + ']' : '[Function (anonymous)]';
    default:
      if (value === null) return 'null';
      return String(value);
  }
}

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

// The "Received ..." part of ERR_INVALID_ARG_TYPE (Node 20's
// determineSpecificType in lib/internal/errors.js).
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
      if (ctor && (typeof ctor === 'function' || typeof ctor === 'object')) {
        return 'an instance of ' + (typeof ctor === 'function' ? functionName(ctor) : ctor.name);
      }
      return Object.keys(value).length === 0 ?
        '[Object: null prototype] {}' : '[Object: null prototype]';
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

function codeToString() {
  return this.name + ' [' + this.code + ']: ' + this.message;
}

function makeError(Base, code, message) {
  var err = new Base(message);
  err.code = code;
  Object.defineProperty(err, 'toString', {
    value: codeToString, enumerable: false, writable: true, configurable: true
  });
  return err;
}

var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
              'boolean', 'bigint', 'symbol'];
var classRegExp = /^([A-Z][a-z0-9]*)+$/;

function joinOr(list, prefixMany, prefixTwo, prefixOne) {
  if (list.length > 2) {
    return prefixMany + list.slice(0, -1).join(', ') + ', or ' + list[list.length - 1];
  }
  if (list.length === 2) return prefixTwo + list[0] + ' or ' + list[1];
  return prefixOne + list[0];
}

// new ERR_INVALID_ARG_TYPE(name, expected, actual)
function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  var msg = ['The '];
  if (name.slice(-9) === ' argument') {
    msg.push(name + ' ');
  } else {
    msg.push('"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument') + ' ');
  }
  msg.push('must be ');
  var types = [], instances = [], other = [];
  for (var i = 0; i < expected.length; i++) {
    var v = expected[i];
    if (kTypes.indexOf(v) !== -1) types.push(v.toLowerCase());
    else if (classRegExp.test(v)) instances.push(v);
    else other.push(v);
  }
  if (instances.length > 0 && types.indexOf('object') !== -1) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  if (types.length > 0) {
    msg.push(joinOr(types, 'one of type ', 'one of type ', 'of type '));
    if (instances.length > 0 || other.length > 0) msg.push(' or ');
  }
  if (instances.length > 0) {
    msg.push(joinOr(instances, 'an instance of ', 'an instance of ', 'an instance of '));
    if (other.length > 0) msg.push(' or ');
  }
  if (other.length > 0) {
    if (other.length === 1 && other[0].toLowerCase() !== other[0]) msg.push('an ');
    msg.push(joinOr(other, 'one of ', 'one of ', ''));
  }
  msg.push('. Received ' + determineSpecificType(actual));
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg.join(''));
}

// new ERR_INVALID_ARG_VALUE(name, value, reason)
function invalidArgValue(name, value, reason) {
  var type = name.indexOf('.') === -1 ? 'argument' : 'property';
  var inspected = typeof value === 'object' && value !== null ?
    '[' + (constructorName(value) || 'Object') + ']' : inspectPrimitive(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + type + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + inspected);
}

function missingArgs(names) {
  var quoted = [];
  for (var i = 0; i < names.length; i++) quoted.push('"' + names[i] + '"');
  var msg = 'The ';
  if (quoted.length === 1) msg += quoted[0] + ' argument';
  else if (quoted.length === 2) msg += quoted[0] + ' and ' + quoted[1] + ' arguments';
  else msg += quoted.slice(0, -1).join(', ') + ', and ' + quoted[quoted.length - 1] + ' arguments';
  return makeError(TypeError, 'ERR_MISSING_ARGS', msg + ' must be specified');
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

// validateObject() with Node's default options (no null, no arrays, no functions).
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(name, 'Object', value);
  }
}

exports.quoteString = quoteString;
exports.functionName = functionName;
exports.constructorName = constructorName;
exports.inspectPrimitive = inspectPrimitive;
exports.determineSpecificType = determineSpecificType;
exports.makeError = makeError;
exports.invalidArgType = invalidArgType;
exports.invalidArgValue = invalidArgValue;
exports.missingArgs = missingArgs;
exports.validateString = validateString;
exports.validateFunction = validateFunction;
exports.validateObject = validateObject;

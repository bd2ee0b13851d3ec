'use strict';
// Node-style errors with a `code` (lib/internal/errors.js, the subset that
// events/util/console need). String(err) gives 'TypeError [CODE]: message'
// as Node's errors do; err.name stays 'TypeError'.

var lazyInspect = null;
function inspect(v, o) {
  if (lazyInspect === null) lazyInspect = require('internal/util_inspect');
  return lazyInspect.inspect(v, o);
}
function functionName(fn) {
  if (lazyInspect === null) lazyInspect = require('internal/util_inspect');
  return lazyInspect.functionName(fn);
}

function nodeErrorToString() {
  return this.name + ' [' + this.code + ']: ' + this.message;
}

function makeError(Base, code, message) {
  var err = new Base(message);
  Object.defineProperty(err, 'toString', {
    value: nodeErrorToString, enumerable: false, writable: true, configurable: true
  });
  err.code = code;
  fixStack(err, Base, code);
  return err;
}

// Node's errors show 'TypeError [CODE]: message' on the stack's first line
// and hide the frames of the helpers that built them.
function fixStack(err, Base, code) {
  var stack;
  try { stack = err.stack; } catch (e) { return; }
  if (typeof stack !== 'string') return;
  var lines = stack.split('\n');
  var head = err.name + ' [' + code + ']: ' + err.message;
  var out = [head];
  var msgLines = String(err.message).split('\n').length;
  for (var i = msgLines; i < lines.length; i++) {
    if (lines[i].indexOf('node:internal/util_errors') !== -1) continue;
    out.push(lines[i]);
  }
  try {
    Object.defineProperty(err, 'stack', {
      value: out.join('\n'), writable: true, configurable: true, enumerable: false
    });
  } catch (e) { /* keep the engine's stack */ }
}

function determineSpecificType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function') {
    var name = functionName(value);
    if (name) return 'function ' + name;
  }
  if (typeof value === 'object') {
    var ctor = value.constructor;
    var cname = ctor ? functionName(ctor) : '';
    if (cname) return 'an instance of ' + cname;
    return inspect(value, { depth: -1 });
  }
  if (typeof value === 'string') {
    var str = value.length > 28 ? value.slice(0, 25) + '...' : value;
    return "type string ('" + str + "')";
  }
  var inspected = inspect(value, { colors: false });
  if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
  return 'type ' + typeof value + ' (' + inspected + ')';
}

var classRegExp = /^([A-Z][a-z0-9]*)+$/;
var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];

function formatList(array, type) {
  if (type === undefined) type = 'and';
  if (array.length < 3) return array.join(' ' + type + ' ');
  return array.slice(0, -1).join(', ') + ', ' + type + ' ' + array[array.length - 1];
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  var msg = 'The ';
  if (name.slice(-9) === ' argument') {
    msg += name + ' ';
  } else {
    var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
    msg += '"' + name + '" ' + type + ' ';
  }
  msg += 'must be ';
  var types = [];
  var instances = [];
  var other = [];
  for (var i = 0; i < expected.length; i++) {
    var value = expected[i];
    if (kTypes.indexOf(value) !== -1) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    var pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      var last = types.pop();
      msg += 'one of type ' + types.join(', ') + ', or ' + last;
    } else if (types.length === 2) {
      msg += 'one of type ' + types[0] + ' or ' + types[1];
    } else {
      msg += 'of type ' + types[0];
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      var lastI = instances.pop();
      msg += 'an instance of ' + instances.join(', ') + ', or ' + lastI;
    } else {
      msg += 'an instance of ' + instances[0];
      if (instances.length === 2) msg += ' or ' + instances[1];
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      var lastO = other.pop();
      msg += 'one of ' + other.join(', ') + ', or ' + lastO;
    } else if (other.length === 2) {
      msg += 'one of ' + other[0] + ' or ' + other[1];
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  msg += '. Received ' + determineSpecificType(actual);
  return msg;
}

function addNumericalSeparator(val) {
  var res = '';
  var i = val.length;
  var start = val.charAt(0) === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual));
}

function ERR_INVALID_ARG_VALUE(name, value, reason) {
  if (reason === undefined) reason = 'is invalid';
  var inspected = inspect(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected);
}

function ERR_OUT_OF_RANGE(str, range, input) {
  var msg = 'The value of "' + str + '" is out of range.';
  var received;
  if (typeof input === 'number' && Math.floor(input) === input && Math.abs(input) > 4294967296) {
    received = addNumericalSeparator(String(input));
  } else {
    received = inspect(input);
  }
  msg += ' It must be ' + range + '. Received ' + received;
  return makeError(RangeError, 'ERR_OUT_OF_RANGE', msg);
}

function ERR_UNHANDLED_ERROR(err) {
  var msg = 'Unhandled error.';
  if (err !== undefined) msg += ' (' + err + ')';
  return makeError(Error, 'ERR_UNHANDLED_ERROR', msg);
}

function ERR_FALSY_VALUE_REJECTION(reason) {
  var err = makeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function ERR_INVALID_RETURN_VALUE(input, name, value) {
  var type;
  if (value && value.constructor && functionName(value.constructor)) {
    type = 'instance of ' + functionName(value.constructor);
  } else {
    type = 'type ' + typeof value;
  }
  return makeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    'Expected ' + input + ' to be returned from the "' + name + '" function but got ' + type + '.');
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw ERR_OUT_OF_RANGE(name,
      (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
      (max != null ? '<= ' + max : ''), value);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') throw ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateObject(value, name, allowNull) {
  if ((!allowNull && value === null) || Array.isArray(value) ||
      typeof value !== 'object' || value === null && !allowNull) {
    throw ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

exports.makeError = makeError;
exports.determineSpecificType = determineSpecificType;
exports.ERR_INVALID_ARG_TYPE = ERR_INVALID_ARG_TYPE;
exports.ERR_INVALID_ARG_VALUE = ERR_INVALID_ARG_VALUE;
exports.ERR_OUT_OF_RANGE = ERR_OUT_OF_RANGE;
exports.ERR_UNHANDLED_ERROR = ERR_UNHANDLED_ERROR;
exports.ERR_FALSY_VALUE_REJECTION = ERR_FALSY_VALUE_REJECTION;
exports.ERR_INVALID_RETURN_VALUE = ERR_INVALID_RETURN_VALUE;
exports.validateFunction = validateFunction;
exports.validateNumber = validateNumber;
exports.validateString = validateString;
exports.validateObject = validateObject;

// internal/errors — Node-shaped errors shared by every built-in module:
// ERR_* codes with Node's messages, system errors from status codes, and the
// text printed for an uncaught exception.
'use strict';

var P = internalBinding('process');

// mujs has no Function.prototype.name: read it from the source text.
function functionName(fn) {
  if (typeof fn !== 'function') return '';
  if (typeof fn.name === 'string') return fn.name;
  var m = /^\s*function\s*([A-Za-z_$][\w$]*)?\s*\(/.exec(Function.prototype.toString.call(fn));
  return m && m[1] ? m[1] : '';
}

function quote(s) {
  var q = "'";
  if (s.indexOf("'") !== -1) {
    if (s.indexOf('"') === -1) q = '"';
    else if (s.indexOf('`') === -1) q = '`';
  }
  var out = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  if (q === "'") out = out.replace(/'/g, "\\'");
  return q + out + q;
}

function inspectShort(v) {
  try {
    return require('util').inspect(v, { depth: -1 });
  } catch (e) {
    if (typeof v === 'string') return quote(v);
    return String(v);
  }
}

function determineSpecificType(value) {
  if (value === null || value === undefined) return '' + value;
  if (typeof value === 'function' && functionName(value)) return 'function ' + functionName(value);
  if (typeof value === 'object') {
    var ctor = value.constructor;
    if (ctor && functionName(ctor)) return 'an instance of ' + functionName(ctor);
    return inspectShort(value);
  }
  var inspected;
  if (typeof value === 'string') inspected = quote(value);
  else if (typeof value === 'function') inspected = '[Function (anonymous)]';
  else if (value === 0 && 1 / value < 0) inspected = '-0';
  else inspected = String(value);
  if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
  return 'type ' + typeof value + ' (' + inspected + ')';
}

var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  var msg = 'The ';
  if (/ argument$/.test(name)) msg += name + ' ';
  else msg += '"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument') + ' ';
  msg += 'must be ';
  var types = [], instances = [], other = [], i, last;
  for (i = 0; i < expected.length; i++) {
    var value = expected[i];
    if (kTypes.indexOf(value) !== -1) types.push(value.toLowerCase());
    else if (/^([A-Z][a-z0-9]*)+$/.test(value)) instances.push(value);
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

// Node's errors with a code print as "TypeError [CODE]: message" in stacks;
// name stays 'TypeError'.
function withCode(err, code) {
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

function invalidArgType(name, expected, actual) {
  return withCode(new TypeError(invalidArgTypeMessage(name, expected, actual)), 'ERR_INVALID_ARG_TYPE');
}

function invalidArgValue(name, value, reason) {
  var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
  var inspected = inspectShort(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  return withCode(new TypeError("The " + type + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + inspected),
    'ERR_INVALID_ARG_VALUE');
}

function outOfRange(name, range, value) {
  var received = typeof value === 'number' && Math.abs(value) > Math.pow(2, 32) ?
    String(value) : inspectShort(value);
  return withCode(new RangeError('The value of "' + name + '" is out of range. It must be ' + range +
    '. Received ' + received), 'ERR_OUT_OF_RANGE');
}

function missingArgs(names) {
  var msg = 'The ';
  var wrap = names.map(function (n) { return '"' + n + '"'; });
  if (wrap.length === 1) msg += wrap[0] + ' argument';
  else if (wrap.length === 2) msg += wrap[0] + ' and ' + wrap[1] + ' arguments';
  else { var last = wrap.pop(); msg += wrap.join(', ') + ', and ' + last + ' arguments'; }
  return withCode(new TypeError(msg + ' must be specified'), 'ERR_MISSING_ARGS');
}

function makeError(Base, code, message) {
  return withCode(new Base(message), code);
}

// A system error from a negative status (libuv's codes): Node's shape
// "ENOENT: no such file or directory, open '/x'" with errno/code/syscall/path.
function uvException(status, syscall, path, dest) {
  var code = P.errname(status);
  var msg = code + ': ' + P.strerror(status) + ', ' + syscall;
  if (path !== undefined) {
    msg += " '" + path + "'";
    if (dest !== undefined) msg += " -> '" + dest + "'";
  }
  var err = new Error(msg);
  err.errno = status;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
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
  determineSpecificType: determineSpecificType,
  invalidArgTypeMessage: invalidArgTypeMessage,
  invalidArgType: invalidArgType,
  invalidArgValue: invalidArgValue,
  outOfRange: outOfRange,
  missingArgs: missingArgs,
  makeError: makeError,
  withCode: withCode,
  uvException: uvException,
  formatUncaught: formatUncaught
};

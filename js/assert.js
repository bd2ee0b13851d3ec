'use strict';
// assert: Node 20's assert module in ES5.
//
// Differences from Node (documented):
// - assert.ok(falsy) / assert(falsy) without a message: Node reads the
//   caller's source to print "The expression evaluated to a falsy value:
//   \n\n  assert.ok(x)\n"; muk has no source access and uses the message Node
//   itself falls back to when the source is unavailable: "<value> == true".
// - Diff messages use a built-in inspector equivalent to util.inspect() with
//   compact:false/sorted:true for plain data (objects, arrays, primitives,
//   Dates, RegExps, boxed primitives, circular refs); Errors are shown as
//   "[Name: message]" rather than with their stack.
// - No Map/Set/Symbol/typed-array handling (the engine has none); Buffers
//   compare byte by byte. assert.CallTracker is not provided.

var errors = require('internal/errors');
var cmp = require('internal/assert_compare');
var ins = require('internal/assert_inspect');

var inspectValue = ins.inspectValue;
var inspectSimple = ins.inspectSimple;
var isError = ins.isError;
var errorToString = ins.errorToString;
var isDeepEqual = cmp.isDeepEqual;
var isDeepStrictEqual = cmp.isDeepStrictEqual;
var objectIs = cmp.objectIs;
var functionName = errors.functionName;
var slice = Array.prototype.slice;

function isRegExp(v) {
  return v !== null && typeof v === 'object' &&
    Object.prototype.toString.call(v) === '[object RegExp]';
}

function numberIsNaN(v) {
  return typeof v === 'number' && v !== v;
}

// ---------------------------------------------------------------- messages

var kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};
var kMaxShortLength = 12;

function repeat(s, n) {
  return new Array(n + 1).join(s);
}

function endsWithComma(s) {
  return s.charAt(s.length - 1) === ',';
}

// A port of Node 20's createErrDiff (assertion_error.js), without colors.
function createErrDiff(actual, expected, operator, message) {
  var other = [];
  var res = [];
  var end = '';
  var skipped = false;
  var actualInspected = inspectValue(actual);
  var actualLines = actualInspected.split('\n');
  var expectedLines = inspectValue(expected).split('\n');
  var i = 0;
  var indicator = '';
  var header = function (op) { return message || kReadableOperator[op]; };

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    var actualRaw = actualLines[0];
    var expectedRaw = expectedLines[0];
    var inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return header(operator) + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject') {
      var stderr = typeof process === 'object' && process.stderr;
      var maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw.charAt(i) === expectedRaw.charAt(i) && i < actualRaw.length) i++;
        if (i > 2) {
          indicator = '\n  ' + repeat(' ', i) + '^';
          i = 0;
        }
      }
    }
  }

  var a = actualLines[actualLines.length - 1];
  var b = expectedLines[expectedLines.length - 1];
  var otherLine = '';
  while (a === b) {
    if (i++ < 3) end = '\n  ' + a + end;
    else otherLine = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  var maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    var all = actualInspected.split('\n');
    if (all.length > 50) {
      all[46] = '...';
      while (all.length > 47) all.pop();
    }
    return kReadableOperator.notIdentical + '\n\n' + all.join('\n') + '\n';
  }

  if (i >= 5) {
    end = '\n...' + end;
    skipped = true;
  }
  if (otherLine !== '') {
    end = '\n  ' + otherLine + end;
  }

  var printedLines = 0;
  var identical = 0;
  var msg = header(operator) + '\n+ actual - expected';
  var skippedMsg = ' ... Lines skipped';

  var lines = actualLines;
  var plusMinus = '+';
  var maxLen = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    maxLen = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLen < i + 1) {
      if (identical > 2) {
        if (identical > 3) {
          if (identical > 4) {
            if (identical === 5) {
              res.push('\n  ' + lines[i - 3]);
              printedLines++;
            } else {
              res.push('\n...');
              skipped = true;
            }
          }
          res.push('\n  ' + lines[i - 2]);
          printedLines++;
        }
        res.push('\n  ' + lines[i - 1]);
        printedLines++;
      }
      identical = 0;
      if (lines === actualLines) res.push('\n' + plusMinus + ' ' + lines[i]);
      else other.push('\n' + plusMinus + ' ' + lines[i]);
      printedLines++;
    } else {
      var expectedLine = expectedLines[i];
      var actualLine = actualLines[i];
      var divergingLines = actualLine !== expectedLine &&
        (!endsWithComma(actualLine) || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && endsWithComma(expectedLine) &&
          expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        if (identical > 2) {
          if (identical > 3) {
            if (identical > 4) {
              if (identical === 5) {
                res.push('\n  ' + actualLines[i - 3]);
                printedLines++;
              } else {
                res.push('\n...');
                skipped = true;
              }
            }
            res.push('\n  ' + actualLines[i - 2]);
            printedLines++;
          }
          res.push('\n  ' + actualLines[i - 1]);
          printedLines++;
        }
        identical = 0;
        res.push('\n+ ' + actualLine);
        other.push('\n- ' + expectedLine);
        printedLines += 2;
      } else {
        res.push(other.join(''));
        other = [];
        identical++;
        if (identical <= 2) {
          res.push('\n  ' + actualLine);
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + res.join('') + '\n...' + other.join('') + '\n...';
    }
  }
  return msg + (skipped ? skippedMsg : '') + '\n' + res.join('') + other.join('') + end + indicator;
}

function buildMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  var res, base;
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    base = kReadableOperator[operator];
    res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = '...';
      while (res.length > 47) res.pop();
    }
    if (res.length === 1) return base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
    return base + '\n\n' + res.join('\n') + '\n';
  }
  res = inspectValue(actual);
  var other = inspectValue(expected);
  var knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = knownOperator + '\n\n' + res;
    if (res.length > 1024) res = res.slice(0, 1021) + '...';
    return res;
  }
  if (res.length > 512) res = res.slice(0, 509) + '...';
  if (other.length > 512) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    res = knownOperator + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
  } else {
    var newOp = kReadableOperator[operator + 'Unequal'];
    if (newOp) res = newOp + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
    else other = ' ' + operator + ' ' + other;
  }
  return res + other;
}

// ---------------------------------------------------------- AssertionError

function AssertionError(options) {
  if (!(this instanceof AssertionError)) return new AssertionError(options);
  errors.validateObject(options, 'options');
  var message = options.message;
  var operator = options.operator;
  var actual = options.actual;
  var expected = options.expected;
  var text;
  if (message !== null && message !== undefined) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      text = createErrDiff(actual, expected, operator, String(message));
    } else {
      text = String(message);
    }
  } else {
    text = buildMessage(actual, expected, operator);
  }
  var native = new Error(text);
  Object.defineProperty(this, 'message', {
    value: text, enumerable: false, writable: true, configurable: true
  });
  var stack = native.stack;
  if (typeof stack === 'string') {
    stack = stack.replace(/^Error/, 'AssertionError [ERR_ASSERTION]');
  } else {
    stack = 'AssertionError [ERR_ASSERTION]: ' + text;
  }
  Object.defineProperty(this, 'stack', {
    value: stack, enumerable: false, writable: true, configurable: true
  });
  this.generatedMessage = !message;
  this.code = 'ERR_ASSERTION';
  this.actual = actual;
  this.expected = expected;
  this.operator = operator;
  Object.defineProperty(this, 'name', {
    value: 'AssertionError', enumerable: false, writable: true, configurable: true
  });
}
AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, enumerable: false, writable: true, configurable: true },
  name: { value: 'AssertionError', enumerable: false, writable: true, configurable: true },
  toString: {
    value: function toString() { return this.name + ' [' + this.code + ']: ' + this.message; },
    enumerable: false, writable: true, configurable: true
  }
});

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function missingArgs() {
  return errors.missingArgs(['actual', 'expected']);
}

// ------------------------------------------------------------- assertions

function innerOk(argLen, value, message) {
  if (!value) {
    var generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message === null || message === undefined) {
      generatedMessage = true;
      message = undefined;   // Node's fallback without source: "<value> == true"
    } else if (isError(message)) {
      throw message;
    }
    var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==' });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function ok(value, message) {
  innerOk(arguments.length, value, message);
}

var assert = module.exports = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

var warned = false;
function fail(actual, expected, message, operator) {
  var argsLen = arguments.length;
  var internalMessage = false;
  if ((actual === null || actual === undefined) && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (warned === false) {
      warned = true;
      if (typeof process === 'object' && typeof process.emitWarning === 'function') {
        process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
          'DeprecationWarning', 'DEP0094');
      }
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  var err = new AssertionError({
    actual: actual, expected: expected,
    operator: operator === undefined ? 'fail' : operator,
    message: message
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  /* eslint-disable-next-line eqeqeq */
  if (actual != expected && (!numberIsNaN(actual) || !numberIsNaN(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '==' });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  /* eslint-disable-next-line eqeqeq */
  if (actual == expected || (numberIsNaN(actual) && numberIsNaN(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=' });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual' });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual' });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual' });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message,
                operator: 'notDeepStrictEqual' });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual' });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual' });
  }
};

// ------------------------------------------------------- throws / rejects

var NO_EXCEPTION_SENTINEL = {};

function Comparison(obj, keys, actual) {
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (key in obj) {
      if (actual !== undefined && typeof actual[key] === 'string' &&
          isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fnName) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      var a = new Comparison(actual, keys);
      var b = new Comparison(expected, keys, actual);
      var err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual' });
      err.actual = actual;
      err.expected = expected;
      err.operator = fnName;
      throw err;
    }
    innerFail({ actual: actual, expected: expected, message: message, operator: fnName });
  }
}

var nativeErrors = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];

function isErrorClass(fn) {
  if (nativeErrors.indexOf(fn) !== -1) return true;
  return Error.isPrototypeOf(fn);
}

function ctorName(obj) {
  return (obj && obj.constructor && functionName(obj.constructor)) || '';
}

function expectedException(actual, expected, message, fnName) {
  var generatedMessage = false;
  var throwError = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = errorToString(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          inspectSimple(expected) + '. Input:\n\n' + inspectSimple(str) + '\n';
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      var err0 = new AssertionError({ actual: actual, expected: expected, message: message,
                                      operator: 'deepStrictEqual' });
      err0.operator = fnName;
      throw err0;
    } else {
      var keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw errors.invalidArgValue('error', expected, 'may not be an empty object');
      }
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fnName);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (isErrorClass(expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of "' + functionName(expected) +
        '". Received ';
      if (isError(actual)) {
        var name = ctorName(actual) || actual.name;
        if (functionName(expected) === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += '"' + name + '"';
        }
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspectSimple(actual) + '"';
      }
    }
    throwError = true;
  } else {
    var res = expected.call({}, actual);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        var fname = functionName(expected);
        message = 'The ' + (fname ? '"' + fname + '" ' : '') +
          'validation function is expected to return "true". Received ' + inspectSimple(res);
        if (isError(actual)) message += '\n\nCaught error:\n\n' + errorToString(actual);
      }
      throwError = true;
    }
  }
  if (throwError) {
    var err = new AssertionError({ actual: actual, expected: expected, message: message,
                                   operator: fnName });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  errors.validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function ambiguous(reason) {
  return errors.makeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
    'The "error/message" argument is ambiguous. ' + reason);
}

function expectsError(fnName, actual, error, message, argc) {
  if (typeof error === 'string') {
    if (argc === 3) {
      throw errors.invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw ambiguous('The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw ambiguous('The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error !== null && error !== undefined &&
             typeof error !== 'object' && typeof error !== 'function') {
    throw errors.invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION_SENTINEL) {
    var details = '';
    var ename = error && (typeof error === 'function' ? functionName(error) : error.name);
    if (ename) details += ' (' + ename + ')';
    details += message ? ': ' + message : '.';
    var fnType = fnName === 'rejects' ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fnName,
                message: 'Missing expected ' + fnType + details });
  }
  if (!error) return;
  expectedException(actual, error, message, fnName);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(errorToString(actual)) !== null;
    throw errors.invalidArgType('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (isErrorClass(expected)) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(fnName, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var fnType = fnName === 'doesNotReject' ? 'rejection' : 'exception';
    innerFail({ actual: actual, expected: error, operator: fnName,
                message: 'Got unwanted ' + fnType + details + '\n' +
                  'Actual message: "' + (actual && actual.message) + '"' });
  }
  throw actual;
}

assert.throws = function throws(fn, error, message) {
  expectsError('throws', getActual(fn), error, message, arguments.length);
};

assert.doesNotThrow = function doesNotThrow(fn, error, message) {
  expectsNoError('doesNotThrow', getActual(fn), error, message);
};

function checkIsPromise(obj) {
  return (typeof Promise === 'function' && obj instanceof Promise) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

function invalidReturnValue(value) {
  return errors.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', value);
}

// Resolves to the rejection reason, or to NO_EXCEPTION_SENTINEL.
function waitForActual(promiseFn) {
  return new Promise(function (resolve) {
    var resultPromise;
    if (typeof promiseFn === 'function') {
      resultPromise = promiseFn();
      if (!checkIsPromise(resultPromise)) throw invalidReturnValue(resultPromise);
    } else if (checkIsPromise(promiseFn)) {
      resultPromise = promiseFn;
    } else {
      throw errors.invalidArgType('promiseFn', ['Function', 'Promise'], promiseFn);
    }
    resolve(Promise.resolve(resultPromise).then(function () {
      return NO_EXCEPTION_SENTINEL;
    }, function (e) {
      return e;
    }));
  });
}

assert.rejects = function rejects(promiseFn, error, message) {
  var argc = arguments.length;
  return waitForActual(promiseFn).then(function (actual) {
    expectsError('rejects', actual, error, message, argc);
  });
};

assert.doesNotReject = function doesNotReject(promiseFn, error, message) {
  return waitForActual(promiseFn).then(function (actual) {
    expectsNoError('doesNotReject', actual, error, message);
  });
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += functionName(err.constructor);
      else message += err.message;
    } else {
      message += inspectSimple(err);
    }
    throw new AssertionError({ actual: err, expected: null, operator: 'ifError',
                               message: message });
  }
};

function internalMatch(string, regexp, message, isMatch) {
  if (!isRegExp(regexp)) throw errors.invalidArgType('regexp', 'RegExp', regexp);
  var fnName = isMatch ? 'match' : 'doesNotMatch';
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== isMatch) {
    if (message instanceof Error) throw message;
    var generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        typeof string + ' (' + inspectSimple(string) + ')' :
      (isMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        inspectSimple(regexp) + '. Input:\n\n' + inspectSimple(string) + '\n');
    var err = new AssertionError({ actual: string, expected: regexp, message: message,
                                   operator: fnName });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, true);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, false);
};

function strict(value, message) {
  innerOk(arguments.length, value, message);
}
var names = ['ok', 'AssertionError', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws',
  'doesNotThrow', 'rejects', 'doesNotReject', 'ifError', 'match', 'doesNotMatch'];
for (var n = 0; n < names.length; n++) strict[names[n]] = assert[names[n]];

strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;

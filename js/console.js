'use strict';
// console, following Node 20's lib/internal/console/constructor.js (ES5).
// The module's export is the global console: its methods are bound, and
// exports.Console builds others over any pair of writable streams.

// util_inspect (40 KB), util_errors and util_warning load on first need:
// console.log of strings and numbers formats them without inspect. The
// methods a hello world does not call live in internal/console_methods.
var inspectMod = null;
function insp() {
  return inspectMod || (inspectMod = require('internal/util_inspect'));
}
function errs() { return require('internal/errors'); }
// dir, time*, count* and table, on first use
function more() { return require('internal/console_methods'); }

function numStr(n) {
  return n === 0 && 1 / n < 0 ? '-0' : '' + n;
}

// Node's formatWithOptions for what needs no inspect: string, number,
// boolean, undefined and null arguments, after a first-argument format string
// whose directives (%s %d %i %f %c %%) take such values. Anything else
// (objects, %o/%O/%j, colored numbers) returns undefined: the full formatter.
function fastFormat(inspectOptions, args) {
  var n = args.length;
  var first = args[0];
  var a = 0;
  var out = [];
  var join = '';
  var v, t, s;
  if (typeof first === 'string') {
    if (n === 1) return first;
    var lastPos = 0;
    var lastIdx = first.length - 1;
    for (var i = first.indexOf('%'); i !== -1 && i < lastIdx; i = first.indexOf('%', i + 1)) {
      var c = first.charCodeAt(++i);
      if (a + 1 !== n) {
        if (c === 37) { // '%%'
          out.push(first.slice(lastPos, i));
          lastPos = i + 1;
          continue;
        }
        v = args[a + 1];
        t = typeof v;
        if (c === 99) s = ''; // '%c'
        else if (t === 'object' ? v !== null : t === 'function') return undefined;
        else if (c === 115) s = t === 'number' ? numStr(v) : String(v); // '%s'
        else if (c === 100) s = numStr(Number(v)); // '%d'
        else if (c === 105) s = numStr(parseInt(v)); // '%i'
        else if (c === 102) s = numStr(parseFloat(v)); // '%f'
        else if (c === 106 || c === 111 || c === 79) return undefined; // %j %o %O
        else continue;
        a++;
        if (lastPos !== i - 1) out.push(first.slice(lastPos, i - 1));
        out.push(s);
        lastPos = i + 1;
      } else if (c === 37) {
        out.push(first.slice(lastPos, i));
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) out.push(first.slice(lastPos));
    }
  }
  var colors = inspectOptions && inspectOptions.colors;
  for (; a < n; a++) {
    v = args[a];
    t = typeof v;
    out.push(join);
    if (t === 'string') out.push(v);
    else if (colors) return undefined;
    else if (t === 'number') out.push(numStr(v));
    else if (t === 'boolean' || v === undefined || v === null) out.push(String(v));
    else return undefined;
    join = ' ';
  }
  return out.join('');
}

function formatWithOptions(inspectOptions, args) {
  var s = fastFormat(inspectOptions, args);
  return s !== undefined ? s : insp().formatWithOptionsInternal(inspectOptions, args);
}

function argsArray(a, from) {
  var out = [];
  for (var i = from || 0; i < a.length; i++) out.push(a[i]);
  return out;
}

// Node's createWriteErrorHandler: a write that fails later (a pipe's queued
// bytes whose reader went away) keeps its 'error' from becoming an uncaught
// exception. A stdio writer calls it only on failure, with `this` the
// stream (internal/stdio).
function stdioWriteFailed(err) {
  if (err && this.listenerCount('error') === 0) this.once('error', function () {});
}
Object.defineProperty(stdioWriteFailed, '@@muk.onlyOnError', { value: true });

function writeIgnoringErrors(stream, string) {
  try {
    if (stream._isStdio === true) stream.write(string, stdioWriteFailed);
    else stream.write(string);
  } catch (e) {
    // Node ignores errors on the console's streams
  }
}

function isWritable(s) {
  return s !== null && typeof s === 'object' && typeof s.write === 'function';
}

function streamError(name) {
  return errs().makeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM',
    'Console expects a writable stream instance for ' + name);
}

function Console(options) {
  if (!(this instanceof Console)) {
    var c = Object.create(Console.prototype);
    Console.apply(c, arguments);
    return c;
  }
  var stdout, stderr, ignoreErrors = true, groupIndentation = 2, inspectOptions;
  var colorMode = 'auto';
  if (!options || typeof options.write === 'function') {
    stdout = options;
    stderr = arguments[1];
    if (arguments.length > 2) ignoreErrors = arguments[2];
  } else {
    stdout = options.stdout;
    stderr = options.stderr;
    if (options.ignoreErrors !== undefined) ignoreErrors = options.ignoreErrors;
    if (options.groupIndentation !== undefined) {
      errs().validateNumber(options.groupIndentation, 'groupIndentation', 0, 1000);
      groupIndentation = options.groupIndentation;
    }
    if (options.colorMode !== undefined) {
      colorMode = options.colorMode;
      if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
        throw errs().ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
      }
    }
    if (options.inspectOptions !== undefined) {
      errs().validateObject(options.inspectOptions, 'options.inspectOptions');
      inspectOptions = options.inspectOptions;
    }
  }
  if (!isWritable(stdout)) throw streamError('stdout');
  if (!stderr) stderr = stdout;
  else if (!isWritable(stderr)) throw streamError('stderr');
  makeConsole(this, function () { return stdout; }, function () { return stderr; },
    ignoreErrors, groupIndentation, inspectOptions, colorMode);
}

// lib/internal/util/colors.js shouldColorize
function shouldColorize(stream) {
  var force = require('internal/env').get('FORCE_COLOR');
  if (force !== undefined) {
    return force !== '0' && force !== 'false';
  }
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return true;
}

var kColorInspectOptions = { colors: true };
var kNoColorInspectOptions = {};

function makeConsole(self, getStdout, getStderr, ignoreErrors, groupIndentation, inspectOptions, colorMode) {
  var groupIndent = '';

  function getInspectOptions(stream) {
    var color = colorMode === 'auto' ? shouldColorize(stream) : colorMode;
    if (inspectOptions) {
      if (inspectOptions.colors === undefined) inspectOptions.colors = color;
      return inspectOptions;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  }

  function write(useStdout, string) {
    if (groupIndent.length !== 0) {
      if (string.indexOf('\n') !== -1) string = string.replace(/\n/g, '\n' + groupIndent);
      string = groupIndent + string;
    }
    string += '\n';
    var stream = useStdout ? getStdout() : getStderr();
    if (ignoreErrors === false) return stream.write(string);
    writeIgnoringErrors(stream, string);
  }

  function fmt(args) {
    return formatWithOptions(getInspectOptions(getStdout()), args);
  }
  function fmtErr(args) {
    return formatWithOptions(getInspectOptions(getStderr()), args);
  }
  // what the methods of internal/console_methods share with these
  var c = {
    self: self, counts: {}, times: {}, write: write, getStdout: getStdout,
    getInspectOptions: getInspectOptions
  };

  var methods = {
    log: function () { write(true, fmt(argsArray(arguments))); },
    warn: function () { write(false, fmtErr(argsArray(arguments))); },
    dir: function (object, options) { more().dir(c, object, options); },
    time: function (label) { more().time(c, label); },
    timeEnd: function (label) { more().timeEnd(c, label); },
    timeLog: function (label) { more().timeLog(c, label, argsArray(arguments, 1)); },
    trace: function trace() {
      var msg = fmtErr(argsArray(arguments));
      var e = new Error(msg);
      var st = e.stack;
      var lines = '';
      if (typeof st === 'string' && st.indexOf('\n') !== -1) {
        lines = st.slice(st.indexOf('\n'));
      } else if (typeof e.stackTrace === 'string') {
        lines = e.stackTrace.replace(/\t/g, '    ');
      }
      write(false, 'Trace' + (msg === '' ? '' : ': ' + msg) + lines);
    },
    assert: function (expression) {
      if (!expression) {
        var args = argsArray(arguments, 1);
        args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
        self.warn.apply(self, args);
      }
    },
    clear: function () { },
    timeStamp: function () { },
    profile: function () { },
    profileEnd: function () { },
    count: function (label) { more().count(c, label); },
    countReset: function (label) { more().countReset(c, label); },
    group: function () {
      if (arguments.length > 0) self.log.apply(self, arguments);
      groupIndent += new Array(groupIndentation + 1).join(' ');
    },
    groupEnd: function () {
      groupIndent = groupIndent.slice(0, groupIndent.length - groupIndentation);
    },
    table: function (tabularData, properties) { more().table(c, tabularData, properties); }
  };

  // Node binds each name separately: aliases are distinct functions
  methods.info = function () { write(true, fmt(argsArray(arguments))); };
  methods.debug = function () { write(true, fmt(argsArray(arguments))); };
  methods.dirxml = function () { write(true, fmt(argsArray(arguments))); };
  methods.error = function () { write(false, fmtErr(argsArray(arguments))); };
  methods.groupCollapsed = function () { return methods.group.apply(self, arguments); };

  var names = Object.keys(methods);
  for (var i = 0; i < names.length; i++) {
    if (!methods[names[i]].name) {
      // a function assigned to a member is anonymous ('name' is ''): Node's are named
      Object.defineProperty(methods[names[i]], 'name', { value: names[i], configurable: true });
    }
    Object.defineProperty(self, names[i], {
      value: methods[names[i]], enumerable: true, writable: true, configurable: true
    });
  }
  Object.defineProperty(self, '_stdout', { get: getStdout, enumerable: false, configurable: true });
  Object.defineProperty(self, '_stderr', { get: getStderr, enumerable: false, configurable: true });
  return self;
}

var globalConsole = makeConsole({},
  function () { return process.stdout; },
  function () { return process.stderr; },
  true, 2, undefined, 'auto');
globalConsole.Console = Console;

module.exports = globalConsole;

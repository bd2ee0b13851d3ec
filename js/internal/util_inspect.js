'use strict';
// util.inspect and util.format, following Node 20's lib/internal/util/inspect.js
// (ES5, for mujs). Differences forced by the engine:
// - util.inspect.custom is a unique string key (CUSTOM below), as it was
//   before the engine had Symbol;
// - functionName reads a function's own 'name' (the engine infers it as ES2015);
// - mujs enumerates keys sorted; integer keys are put first in numeric order
//   (as V8 does), the rest keep mujs's order;
// - Map/Set are recognised by their size getter (collectionKind), as the
//   engine has no other way to ask; no typed arrays in the engine.
// Hooks for natively implemented types (Buffer, ...): push a function
// (value, ctx, recurseTimes) -> string|undefined onto inspect.hooks.

var CUSTOM = '@@nodejs.util.inspect.custom';
var objToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var propIsEnum = Object.prototype.propertyIsEnumerable;

var inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
};
var optionNames = ['showHidden', 'depth', 'colors', 'customInspect', 'showProxy',
  'maxArrayLength', 'maxStringLength', 'breakLength', 'compact', 'sorted',
  'getters', 'numericSeparator'];

var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;
var kMinLineWidth = 16;

var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var numberRegExp = /^(0|[1-9][0-9]*)$/;

var builtInObjects = {
  Object: 1, Function: 1, Array: 1, Number: 1, Boolean: 1, String: 1,
  Date: 1, RegExp: 1, Error: 1, EvalError: 1, RangeError: 1,
  ReferenceError: 1, SyntaxError: 1, TypeError: 1, URIError: 1, Promise: 1
};

function repeat(s, n) {
  if (n <= 0) return '';
  return new Array(n + 1).join(s);
}
function padStart(s, n) {
  return s.length >= n ? s : repeat(' ', n - s.length) + s;
}
function padEnd(s, n) {
  return s.length >= n ? s : s + repeat(' ', n - s.length);
}
function includes(arr, v) {
  for (var i = 0; i < arr.length; i++) if (arr[i] === v) return true;
  return false;
}

var meta = [];
(function () {
  var hex = '0123456789ABCDEF';
  for (var i = 0; i < 160; i++) {
    if (i < 32 || i > 126) {
      meta[i] = '\\x' + hex.charAt(i >> 4) + hex.charAt(i & 15);
    } else {
      meta[i] = '';
    }
  }
  meta[8] = '\\b'; meta[9] = '\\t'; meta[10] = '\\n'; meta[12] = '\\f'; meta[13] = '\\r';
  meta[39] = "\\'"; meta[92] = '\\\\';
})();

function addQuotes(str, quotes) {
  if (quotes === -1) return '"' + str + '"';
  if (quotes === -2) return '`' + str + '`';
  return "'" + str + "'";
}

function hex4(n) {
  var h = n.toString(16);
  return '\\u' + repeat('0', 4 - h.length) + h;
}

var needsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;

function strEscape(str) {
  if (!needsEscape.test(str)) return "'" + str + "'";
  var singleQuote = 39;
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) singleQuote = -1;
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) singleQuote = -2;
  }
  var out = null;
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var point = str.charCodeAt(i);
    var rep = null;
    if (point === singleQuote || point === 92 || point < 32 || (point > 126 && point < 160)) {
      rep = meta[point];
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      }
      rep = hex4(point);
    }
    if (rep !== null) {
      if (out === null) out = [];
      if (last !== i) out.push(str.slice(last, i));
      out.push(rep);
      last = i + 1;
    }
  }
  if (out === null) return addQuotes(str, singleQuote);
  if (last !== str.length) out.push(str.slice(last));
  return addQuotes(out.join(''), singleQuote);
}

var colors = {
  bold: [1, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
  white: [37, 39], grey: [90, 39], black: [30, 39], blue: [34, 39],
  cyan: [36, 39], green: [32, 39], magenta: [35, 39], red: [31, 39],
  yellow: [33, 39]
};
colors.gray = colors.grey;
var styles = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline'
};

function stylizeWithColor(str, styleType) {
  var style = inspect.styles[styleType];
  if (style !== undefined) {
    var color = inspect.colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}
function stylizeNoColor(str) { return str; }

function removeColors(str) {
  return String(str).replace(/\u001b\[\d\d?m/g, '');
}
function strLen(ctx, s) {
  return ctx.colors ? removeColors(s).length : s.length;
}

// ---- engine helpers

var errors = require('internal/errors');
var functionName = errors.functionName;

function tagOf(v) { return objToString.call(v); }
function isError(v) {
  return v instanceof Error || tagOf(v) === '[object Error]';
}
function isDate(v) { return tagOf(v) === '[object Date]'; }
function isRegExp(v) { return tagOf(v) === '[object RegExp]'; }
function isArguments(v) { return tagOf(v) === '[object Arguments]'; }
function isPromise(v) {
  var P = typeof Promise === 'function' ? Promise : undefined;
  if (P !== undefined && v instanceof P) return true;
  return tagOf(v) === '[object Promise]';
}
function isBoxed(v) {
  var t = tagOf(v);
  return typeof v === 'object' && (t === '[object Number]' || t === '[object String]' ||
    t === '[object Boolean]' || (t === '[object Symbol]' && isSymbolObject(v)));
}

function isSymbolObject(v) {
  try { Symbol.prototype.valueOf.call(v); return true; } catch (e) { return false; }
}

// Integer-like keys first in numeric order (as V8), then the others.
function orderKeys(keys) {
  var ints = [];
  var rest = [];
  for (var i = 0; i < keys.length; i++) {
    var c0 = keys[i].charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && keys[i].length < 11 && numberRegExp.test(keys[i])) ints.push(keys[i]);
    else rest.push(keys[i]);
  }
  if (ints.length === 0) return rest;
  ints.sort(function (a, b) { return a - b; });
  return ints.concat(rest);
}

// Keys standing in for Node's symbols ('@@...') and events' insertion-order
// record are never shown.
function hiddenKey(k) {
  return (k.charCodeAt(0) === 64 && k.charCodeAt(1) === 64) || k === '__eventOrder';
}

// Own symbol keys (all, or the enumerable ones), appended as V8 lists them.
function addSymbolKeys(value, showHidden, keys) {
  var syms = Object.getOwnPropertySymbols(value);
  for (var i = 0; i < syms.length; i++) {
    if (showHidden || propIsEnum.call(value, syms[i])) keys.push(syms[i]);
  }
  return keys;
}

function getKeys(value, showHidden) {
  return addSymbolKeys(value, showHidden, getStringKeys(value, showHidden));
}

function getStringKeys(value, showHidden) {
  var keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  if (keys.length === 0) return keys;
  var out = [];
  var ints = false;
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    var c0 = k.charCodeAt(0);
    if (c0 === 64 || c0 === 95) {
      if (hiddenKey(k)) continue;
    } else if (c0 >= 48 && c0 <= 57) {
      ints = true;
    }
    out.push(k);
  }
  return ints ? orderKeys(out) : out;
}

function getOwnNonIndexProperties(value, showHidden) {
  var keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    if (!numberRegExp.test(keys[i]) && !hiddenKey(keys[i])) out.push(keys[i]);
  }
  if (showHidden) {
    // V8 lists 'length' first for arrays; keep it there.
    var li = -1;
    for (var j = 0; j < out.length; j++) if (out[j] === 'length') li = j;
    if (li > 0) { out.splice(li, 1); out.unshift('length'); }
  }
  return addSymbolKeys(value, showHidden, out);
}

// 'Map', 'Set', 'WeakMap', 'WeakSet' for the engine's collections, else ''.
// The tag is only a hint (any object may set Symbol.toStringTag); the
// prototype's methods, which throw on anything else, decide.
var collectionProbe = { Map: 'size', Set: 'size', WeakMap: 'has', WeakSet: 'has' };
function collectionKind(value) {
  var t = tagOf(value).slice(8, -1);
  var probe = collectionProbe[t];
  if (probe === undefined) return '';
  var C = t === 'Map' ? Map : t === 'Set' ? Set : t === 'WeakMap' ? WeakMap : WeakSet;
  try {
    var d = Object.getOwnPropertyDescriptor(C.prototype, probe);
    if (probe === 'size') d.get.call(value); else d.value.call(value, value);
    return t;
  } catch (e) {
    return '';
  }
}

function collectionSize(value, kind) {
  return Object.getOwnPropertyDescriptor(kind === 'Map' ? Map.prototype : Set.prototype, 'size').get.call(value);
}

function formatCollection(ctx, value, recurseTimes, isMap) {
  var size = collectionSize(value, isMap ? 'Map' : 'Set');
  var max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  var it = (isMap ? Map : Set).prototype.entries.call(value);
  var output = [];
  ctx.indentationLvl += 2;
  for (var i = 0; i < max; i++) {
    var r = it.next();
    if (r.done) break;
    output.push(isMap ? formatValue(ctx, r.value[0], recurseTimes) + ' => ' + formatValue(ctx, r.value[1], recurseTimes) :
      formatValue(ctx, r.value[0], recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (size > max) output.push(remainingText(size - max));
  return output;
}
function formatMap(ctx, value, recurseTimes) { return formatCollection(ctx, value, recurseTimes, true); }
function formatSet(ctx, value, recurseTimes) { return formatCollection(ctx, value, recurseTimes, false); }
function formatWeak() { return ['<items unknown>']; }

function getConstructorName(obj) {
  var tmp = obj;
  var firstProto;
  while (obj) {
    var descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function') {
      if (tmp !== obj) {
        if (descriptor.value === Object && obj === Object.prototype) return 'Object';
        if (descriptor.value === Array && obj === Array.prototype) return 'Array';
      }
      var name = functionName(descriptor.value);
      if (name !== '' && tmp instanceof descriptor.value) return name;
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  var res = tagOf(tmp).slice(8, -1);
  var protoConstr = firstProto ? getConstructorName(firstProto) : null;
  if (protoConstr === null) return res + ' <[Object: null prototype] {}>';
  return res + ' <' + protoConstr + '>';
}

function getPrefix(constructor, tag, fallback, size) {
  if (size === undefined) size = '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

// ---- inspect

function inspect(value, opts) {
  var d = inspectDefaultOptions;
  var ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    circular: undefined,
    showHidden: d.showHidden,
    depth: d.depth,
    colors: d.colors,
    customInspect: d.customInspect,
    showProxy: d.showProxy,
    maxArrayLength: d.maxArrayLength,
    maxStringLength: d.maxStringLength,
    breakLength: d.breakLength,
    compact: d.compact,
    sorted: d.sorted,
    getters: d.getters,
    numericSeparator: d.numericSeparator
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      var optKeys = Object.keys(opts);
      for (var k = 0; k < optKeys.length; k++) {
        var key = optKeys[k];
        if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

function getUserOptions(ctx) {
  var obj = { stylize: ctx.stylize };
  var i;
  for (i = 0; i < optionNames.length; i++) obj[optionNames[i]] = ctx[optionNames[i]];
  if (ctx.userOptions !== undefined) {
    var keys = Object.keys(ctx.userOptions);
    for (i = 0; i < keys.length; i++) obj[keys[i]] = ctx.userOptions[keys[i]];
  }
  return obj;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && 1 / number < 0) return fn('-0', 'number');
    return fn('' + number, 'number');
  }
  var integer = number < 0 ? Math.ceil(number) : Math.floor(number);
  var string = String(integer);
  if (integer === number) {
    if (!isFinite(number) || string.indexOf('e') !== -1) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (number !== number) return fn(string, 'number');
  return fn(addNumericSeparator(string) + '.' +
    addNumericSeparatorEnd(String(number).slice(string.length + 1)), 'number');
}

function addNumericSeparator(integerString) {
  var parts = [];
  var i = integerString.length;
  var start = integerString.charAt(0) === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) parts.unshift('_' + integerString.slice(i - 3, i));
  return i === integerString.length ? integerString : integerString.slice(0, i) + parts.join('');
}

function addNumericSeparatorEnd(integerString) {
  var parts = [];
  var i = 0;
  for (; i < integerString.length - 3; i += 3) parts.push(integerString.slice(i, i + 3) + '_');
  return i === 0 ? integerString : parts.join('') + integerString.slice(i);
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    var trailer = '';
    if (value.length > ctx.maxStringLength) {
      var remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
    }
    if (ctx.compact !== true && value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // split after each newline
      var parts = [];
      var start = 0;
      for (var i = 0; i < value.length; i++) {
        if (value.charCodeAt(i) === 10) {
          parts.push(value.slice(start, i + 1));
          start = i + 1;
        }
      }
      if (start < value.length || parts.length === 0) parts.push(value.slice(start));
      for (var j = 0; j < parts.length; j++) parts[j] = fn(strEscape(parts[j]), 'string');
      return parts.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn('' + value, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(String(value), 'symbol');
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  var hooks = inspect.hooks;
  for (var h = 0; h < hooks.length; h++) {
    var r = hooks[h](value, ctx, recurseTimes);
    if (typeof r === 'string') return r;
  }

  if (ctx.customInspect && isBufferValue(value) && typeof value[CUSTOM] !== 'function') {
    return formatBuffer(ctx, value);
  }

  if (ctx.customInspect) {
    var maybeCustom = value[CUSTOM];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var ret = maybeCustom.call(value, depth, getUserOptions(ctx), inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replace(/\n/g, '\n' + repeat(' ', ctx.indentationLvl));
      }
    }
  }

  if (includes(ctx.seen, value)) {
    var index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = { objs: [value], ids: [1] };
    } else {
      var pos = -1;
      for (var c = 0; c < ctx.circular.objs.length; c++) {
        if (ctx.circular.objs[c] === value) { pos = c; break; }
      }
      if (pos === -1) {
        index = ctx.circular.objs.length + 1;
        ctx.circular.objs.push(value);
        ctx.circular.ids.push(index);
      } else {
        index = ctx.circular.ids[pos];
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getEmptyFormatArray() { return []; }

// Buffers (native, provided by the bridge) print as Node's
// Buffer.prototype[inspect.custom] does: <Buffer 68 69 ... N more bytes>.
var INSPECT_MAX_BYTES = 50;
function isBufferValue(v) {
  if (typeof Buffer !== 'function' || typeof Buffer.isBuffer !== 'function') return false;
  return typeof v === 'object' && Buffer.isBuffer(v) && typeof v.length === 'number';
}

function formatBuffer(ctx, buf) {
  var max = typeof Buffer.INSPECT_MAX_BYTES === 'number' ? Buffer.INSPECT_MAX_BYTES : INSPECT_MAX_BYTES;
  var actualMax = Math.min(max, buf.length);
  var remaining = buf.length - max;
  var hex = '0123456789abcdef';
  var bytes = [];
  for (var i = 0; i < actualMax; i++) {
    var b = buf[i] & 255;
    bytes.push(hex.charAt(b >> 4) + hex.charAt(b & 15));
  }
  var str = bytes.join(' ');
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  var keys = Object.keys(buf);
  var extra = {};
  var extras = false;
  for (var k = 0; k < keys.length; k++) {
    if (!numberRegExp.test(keys[k]) && !hiddenKey(keys[k])) {
      extra[keys[k]] = buf[keys[k]];
      extras = true;
    }
  }
  if (extras) {
    if (buf.length !== 0) str += ', ';
    var sub = inspect(extra, { depth: ctx.depth, showHidden: ctx.showHidden, breakLength: Infinity, compact: true });
    str += sub.slice(2, -2);
  }
  var name = buf.constructor ? functionName(buf.constructor) : '';
  return '<' + (name || 'Buffer') + ' ' + str + '>';
}

function getFunctionBase(value, constructor, tag) {
  var type = 'Function';
  var base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  var name = functionName(value);
  if (name === '') base += ' (anonymous)';
  else base += ': ' + name;
  base += ']';
  if (constructor !== type && constructor !== null) base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

function errorToString(err) {
  var name = err.name;
  var message = err.message;
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return name + ': ' + message;
}

function getStackString(err) {
  return err.stack ? String(err.stack) : errorToString(err);
}

function improveStack(stack, constructor, name, tag) {
  var len = name.length;
  if (constructor === null ||
      (name.slice(-5) === 'Error' && stack.slice(0, len) === name &&
       (stack.length === len || stack.charAt(len) === ':' || stack.charAt(len) === '\n'))) {
    var fallback = 'Error';
    if (constructor === null) {
      var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    var prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.indexOf(name) !== -1) {
        if (len === 0) stack = prefix + ': ' + stack;
        else stack = prefix + stack.slice(len);
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    var names = ['name', 'message', 'stack'];
    for (var i = 0; i < names.length; i++) {
      var idx = -1;
      for (var j = 0; j < keys.length; j++) if (keys[j] === names[i]) idx = j;
      if (idx !== -1 && typeof err[names[i]] === 'string' && stack.indexOf(err[names[i]]) !== -1) {
        keys.splice(idx, 1);
      }
    }
  }
}

function formatError(err, constructor, tag, ctx, keys) {
  var name = err.name != null ? String(err.name) : 'Error';
  var stack = getStackString(err);
  // mujs keeps its own trace in 'stackTrace'
  for (var i = keys.length - 1; i >= 0; i--) {
    if (keys[i] === 'stackTrace') keys.splice(i, 1);
  }
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && !includes(keys, 'cause')) keys.push('cause');
  if (Array.isArray(err.errors) && !includes(keys, 'errors')) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);
  var pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  var stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) stack = '[' + stack + ']';
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, '\n' + repeat(' ', ctx.indentationLvl));
  }
  return stack;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  var t = tagOf(value);
  var fn, type;
  if (t === '[object Number]') { fn = Number; type = 'Number'; }
  else if (t === '[object String]') {
    fn = String; type = 'String';
    // drop the index keys of the string
    var len = value.length;
    var kept = [];
    for (var i = 0; i < keys.length; i++) {
      if (!(numberRegExp.test(keys[i]) && +keys[i] < len) && (keys[i] !== 'length' || ctx.showHidden)) kept.push(keys[i]);
    }
    keys.length = 0;
    for (var j = 0; j < kept.length; j++) keys.push(kept[j]);
  } else if (t === '[object Symbol]') { fn = Symbol; type = 'Symbol'; }
  else { fn = Boolean; type = 'Boolean'; }
  var base = '[' + type;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ' (' + constructor + ')';
  }
  base += ': ' + formatPrimitive(stylizeNoColor, fn.prototype.valueOf.call(value), ctx) + ']';
  if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function promiseDetails(p) {
  try {
    if (typeof internalBinding === 'function') {
      var b = internalBinding('util');
      if (b && typeof b.promiseState === 'function') return b.promiseState(p);
    }
  } catch (e) { /* no binding */ }
  return undefined;
}

function formatPromise(ctx, value, recurseTimes) {
  var d = promiseDetails(value);
  if (!d) return [];
  if (d[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  var str = formatValue(ctx, d[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [d[0] === 2 ? '<rejected> ' + str : str];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var keys;
  var constructor = getConstructorName(value);
  var tag = '';
  if (value === Math) tag = 'Math';
  else if (value === JSON) tag = 'JSON';
  var base = '';
  var formatter = getEmptyFormatArray;
  var braces;
  var extrasType = kObjectType;
  var isFn = typeof value === 'function';
  var kind;

  if (Array.isArray(value)) {
    var prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
    keys = getOwnNonIndexProperties(value, ctx.showHidden);
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatArray;
  } else if (typedArrayTags[tagOf(value)] === 1 && !isBufferValue(value)) {
    keys = getOwnNonIndexProperties(value, ctx.showHidden);
    braces = [getPrefix(constructor, tag, tagOf(value).slice(8, -1), '(' + value.length + ')') + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatTypedArray;
  } else if (tagOf(value) === '[object ArrayBuffer]' && !isBufferValue(value)) {
    keys = getKeys(value, ctx.showHidden);
    braces = [getPrefix(constructor, tag, 'ArrayBuffer') + '{', '}'];
    formatter = formatArrayBufferContents;
  } else if ((kind = collectionKind(value)) !== '') {
    keys = getKeys(value, ctx.showHidden);
    var weak = kind === 'WeakMap' || kind === 'WeakSet';
    var csize = weak ? 0 : collectionSize(value, kind);
    var cprefix = getPrefix(constructor, tag, kind, weak ? '' : '(' + csize + ')');
    formatter = weak ? formatWeak : kind === 'Map' ? formatMap : formatSet;
    if (!weak && csize === 0 && keys.length === 0) return cprefix + '{}';
    braces = [cprefix + '{', '}'];
  } else {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object' && isArguments(value)) {
      braces[0] = '[Arguments] {';
      var ka = [];
      for (var q = 0; q < keys.length; q++) {
        if (keys[q] !== 'length' && keys[q] !== 'callee') ka.push(keys[q]);
      }
      keys = ka;
      if (keys.length === 0) return '[Arguments] {}';
    } else if (constructor === 'Object') {
      if (tag !== '') braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      if (keys.length === 0) return braces[0] + '}';
    } else if (isFn) {
      if (ctx.showHidden) {
        var fk = [];
        for (var f = 0; f < keys.length; f++) if (keys[f] !== 'prototype' || true) fk.push(keys[f]);
        keys = fk;
      }
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      var rprefix = getPrefix(constructor, tag, 'RegExp');
      if (rprefix !== 'RegExp ') base = rprefix + base;
      var rk = [];
      for (var ri = 0; ri < keys.length; ri++) {
        if ((keys[ri] !== 'lastIndex' || ctx.showHidden) && keys[ri] !== 'source' && keys[ri] !== 'global' &&
            keys[ri] !== 'ignoreCase' && keys[ri] !== 'multiline') rk.push(keys[ri]);
      }
      keys = rk;
      if (keys.length === 0 || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      var t = value.getTime();
      base = t !== t ? 'Invalid Date' : value.toISOString();
      var dprefix = getPrefix(constructor, tag, 'Date');
      if (dprefix !== 'Date ') base = dprefix + base;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (isPromise(value)) {
      braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
      formatter = formatPromise;
      if (!promiseDetails(value) && keys.length === 0) return braces[0] + '}';
    } else if (isBoxed(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0) return getPrefix(constructor, tag, 'Object') + '{}';
      braces[0] = getPrefix(constructor, tag, 'Object') + '{';
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    var constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) constructorName = '[' + constructorName + ']';
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output;
  output = formatter(ctx, value, recurseTimes);
  for (var i = 0; i < keys.length; i++) {
    output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
  }

  if (ctx.circular !== undefined) {
    var index;
    for (var c = 0; c < ctx.circular.objs.length; c++) {
      if (ctx.circular.objs[c] === value) index = ctx.circular.ids[c];
    }
    if (index !== undefined) {
      var reference = ctx.stylize('<ref *' + index + '>', 'special');
      if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
      else braces[0] = reference + ' ' + braces[0];
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    var comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      var tail = output.slice(output.length - keys.length).sort(comparator);
      output = output.slice(0, output.length - keys.length).concat(tail);
    }
  }

  var res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  var budget = ctx.budget[ctx.indentationLvl] || 0;
  var newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 134217728) ctx.depth = -1;
  return res;
}

// The engine's typed arrays, by their @@toStringTag (read without touching
// the lazy typed-array globals); a Buffer is formatted by its own inspect.
var typedArrayTags = {
  '[object Int8Array]': 1, '[object Uint8Array]': 1, '[object Uint8ClampedArray]': 1,
  '[object Int16Array]': 1, '[object Uint16Array]': 1, '[object Int32Array]': 1,
  '[object Uint32Array]': 1, '[object Float32Array]': 1, '[object Float64Array]': 1
};

function formatTypedArray(ctx, value) {
  var valLen = value.length;
  var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  var output = [];
  for (var i = 0; i < len; i++) output.push(formatNumber(ctx.stylize, value[i], ctx.numericSeparator));
  if (valLen > len) output.push(remainingText(valLen - len));
  return output;
}

function formatArrayBufferContents(ctx, value) {
  var bytes = new Uint8Array(value);
  var len = Math.min(Math.max(0, ctx.maxArrayLength), bytes.length);
  var hex = [];
  for (var i = 0; i < len; i++) hex.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
  var rest = bytes.length - len;
  return ['[Uint8Contents]: <' + hex.join(' ') + (rest > 0 ? ' ... ' + rest + ' more byte' + (rest > 1 ? 's' : '') : '') + '>',
    'byteLength: ' + formatNumber(ctx.stylize, bytes.length, ctx.numericSeparator)];
}

function formatArray(ctx, value, recurseTimes) {
  var valLen = value.length;
  var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  var remaining = valLen - len;
  var output = [];
  for (var i = 0; i < len; i++) {
    if (!hasOwn.call(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function remainingText(remaining) {
  return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
}

function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  var all = Object.keys(value);
  var keys = [];
  for (var k = 0; k < all.length; k++) {
    if (numberRegExp.test(all[k]) && +all[k] >= i && +all[k] <= 4294967294) keys.push(all[k]);
  }
  keys.sort(function (a, b) { return a - b; });
  var index = i;
  for (var j = 0; j < keys.length && output.length < maxLength; j++) {
    var key = keys[j];
    var tmp = +key;
    if (index !== tmp) {
      var emptyItems = tmp - index;
      output.push(ctx.stylize('<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>', 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  var remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize('<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>', 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function escapeMeta(ch) { return meta[ch.charCodeAt(0)]; }
function escapeKey(key) {
  return key.replace(/[\x00-\x1f\x27\x5c\x7f-\x9f]/g, escapeMeta);
}

// Kept apart from formatProperty: a try/catch makes a mujs function keep its
// variables in a heap environment.
function formatGetter(ctx, value, recurseTimes, desc) {
  var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  var s = ctx.stylize;
  var str;
  if (ctx.getters && (ctx.getters === true ||
      (ctx.getters === 'get' && desc.set === undefined) ||
      (ctx.getters === 'set' && desc.set !== undefined))) {
    try {
      var tmp = desc.get.call(value);
      ctx.indentationLvl += 2;
      if (tmp === null) str = s('[' + label + ':', 'special') + ' ' + s('null', 'null') + s(']', 'special');
      else if (typeof tmp === 'object') str = s('[' + label + ']', 'special') + ' ' + formatValue(ctx, tmp, recurseTimes);
      else str = s('[' + label + ':', 'special') + ' ' + formatPrimitive(s, tmp, ctx) + s(']', 'special');
      ctx.indentationLvl -= 2;
    } catch (err) {
      str = s('[' + label + ': <Inspection threw (' + err.message + ')>]', 'special');
    }
  } else {
    str = s('[' + label + ']', 'special');
  }
  return str;
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  var name, str;
  var extra = ' ';
  var desc = Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (key === 'lastIndex' && isRegExp(value)) {
    desc = { value: value.lastIndex, enumerable: false };
  } else if (key === 'length' && (Array.isArray(value) || (typeof value === 'object' && tagOf(value) === '[object String]'))) {
    // mujs reports an array's length as enumerable
    desc = { value: value.length, enumerable: false };
  }
  if (desc.value !== undefined) {
    var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < strLen(ctx, str)) {
      extra = '\n' + repeat(' ', ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatGetter(ctx, value, recurseTimes, desc);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = '[' + ctx.stylize(String(key), 'symbol') + ']';
    if (desc.enumerable === false) name = '[' + name + ']';
    return name + ':' + extra + str;
  }
  key = String(key);
  if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = '[' + escapeKey(key) + ']';
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return name + ':' + extra + str;
}

function isBelowBreakLength(ctx, output, start, base) {
  var totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (var i = 0; i < output.length; i++) {
    totalLength += strLen(ctx, output[i]);
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joined = output.join(', ');
          if (joined.indexOf('\n') === -1) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    var indentation = '\n' + repeat(' ', ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  var ind = repeat(' ', ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + ind + '  ';
  return braces[0] + ln + output.join(',\n' + ind + '  ') + ' ' + braces[1];
}

function groupArrayElements(ctx, output, value) {
  var totalLength = 0;
  var maxLength = 0;
  var i = 0;
  var outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  var separatorSpace = 2;
  var dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    var len = strLen(ctx, output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    var approxCharHeights = 2.5;
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    var tmp = [];
    var maxLineLength = [];
    for (i = 0; i < columns; i++) {
      var lineLength = 0;
      for (var j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    var padNumbers = true;
    if (value !== undefined) {
      for (i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number') { padNumbers = false; break; }
      }
    }
    for (i = 0; i < outputLength; i += columns) {
      var max = Math.min(i + columns, outputLength);
      var parts = [];
      var k = i;
      for (; k < max - 1; k++) {
        var padding = maxLineLength[k - i] + output[k].length - dataLen[k];
        parts.push(padNumbers ? padStart(output[k] + ', ', padding) : padEnd(output[k] + ', ', padding));
      }
      if (padNumbers) {
        var pad2 = maxLineLength[k - i] + output[k].length - dataLen[k] - separatorSpace;
        parts.push(padStart(output[k], pad2));
      } else {
        parts.push(output[k]);
      }
      tmp.push(parts.join(''));
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

inspect.custom = CUSTOM;
inspect.hooks = [];
inspect.colors = colors;
inspect.styles = styles;
Object.defineProperty(inspect, 'defaultOptions', {
  enumerable: false,
  configurable: true,
  get: function () { return inspectDefaultOptions; },
  set: function (options) {
    if (options === null || typeof options !== 'object') {
      throw new errors.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) inspectDefaultOptions[keys[i]] = options[keys[i]];
  }
});

// ---- format

function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (hasOwn.call(value, 'toString')) return false;
  var pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn.call(pointer, 'toString'));
  if (pointer === null) return true;
  var descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects[functionName(descriptor.value)] === 1;
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err && err.name === 'TypeError' && /cyclic|circular/i.test(String(err.message))) {
      return '[Circular]';
    }
    throw err;
  }
}

function copyOpts(inspectOptions, extra) {
  var o = {};
  var k, i;
  if (inspectOptions) {
    k = Object.keys(inspectOptions);
    for (i = 0; i < k.length; i++) o[k[i]] = inspectOptions[k[i]];
  }
  k = Object.keys(extra);
  for (i = 0; i < k.length; i++) o[k[i]] = extra[k[i]];
  return o;
}

function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0];
  var a = 0;
  var out = [];
  var join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var tempStr;
    var lastPos = 0;
    var lastIdx = first.length - 1;
    for (var i = first.indexOf('%'); i !== -1 && i < lastIdx; i = first.indexOf('%', i + 1)) {
      { // at a '%'
        var nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              var tempArg = args[++a];
              if (typeof tempArg === 'number') tempStr = formatNumber(stylizeNoColor, tempArg);
              else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) tempStr = String(tempArg);
              else tempStr = inspect(tempArg, copyOpts(inspectOptions, { depth: 0, colors: false, compact: 3 }));
              break;
            }
            case 106: // 'j'
              tempStr = '' + tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              var tempNum = args[++a];
              if (typeof tempNum === 'object' && tempNum !== null) tempStr = formatNumber(stylizeNoColor, Number(tempNum));
              else tempStr = formatNumber(stylizeNoColor, Number(tempNum));
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions || {});
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], copyOpts(inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
              break;
            case 105: // 'i'
              tempStr = formatNumber(stylizeNoColor, parseInt(args[++a]));
              break;
            case 102: // 'f'
              tempStr = formatNumber(stylizeNoColor, parseFloat(args[++a]));
              break;
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              out.push(first.slice(lastPos, i));
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) out.push(first.slice(lastPos, i - 1));
          out.push(tempStr);
          lastPos = i + 1;
        } else if (nextChar === 37) {
          out.push(first.slice(lastPos, i));
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) out.push(first.slice(lastPos));
    }
  }
  while (a < args.length) {
    var value = args[a];
    out.push(join);
    var tv = typeof value;
    if (tv === 'string') out.push(value);
    else if (tv === 'number' && !(inspectOptions && inspectOptions.colors)) out.push(formatNumber(stylizeNoColor, value));
    else out.push(inspect(value, inspectOptions || {}));
    join = ' ';
    a++;
  }
  return out.join('');
}

function format() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new errors.ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  var args = new Array(arguments.length - 1);
  for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  return formatWithOptionsInternal(inspectOptions, args);
}

exports.inspect = inspect;
exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.formatWithOptionsInternal = formatWithOptionsInternal;
exports.functionName = functionName;
exports.stripVTControlCharacters = removeColors;
exports.isError = isError;
exports.isDate = isDate;
exports.isRegExp = isRegExp;
exports.isPromise = isPromise;
exports.collectionKind = collectionKind;
exports.isSymbolObject = isSymbolObject;
exports.isArguments = isArguments;
exports.isBoxed = isBoxed;
exports.errorToString = errorToString;
exports.orderKeys = orderKeys;
exports.CUSTOM = CUSTOM;

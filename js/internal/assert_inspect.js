'use strict';
// The value printer assert uses for its messages: Node's util.inspect() with
// { compact: false, sorted: true, depth: 1000, customInspect: false,
//   getters: true } (assertion_error.js inspectValue), for ES5 values.
// Errors print as "[Name: message]" (Node prints their stack).

var errors = require('internal/errors');
var quoteString = errors.quoteString;
var functionName = errors.functionName;
var constructorName = errors.constructorName;

var toStr = Object.prototype.toString;
var identRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var indexRe = /^(0|[1-9][0-9]*)$/;

function spaces(n) {
  return new Array(n + 1).join(' ');
}

function formatString(str, indent) {
  // compact:false splits long multi-line strings at their newlines
  if (str.length > 16 && str.length > 80 - indent - 4 && str.indexOf('\n') !== -1 &&
      str.indexOf('\n') !== str.length - 1) {
    var parts = [];
    var start = 0;
    for (var i = 0; i < str.length; i++) {
      if (str.charAt(i) === '\n') {
        parts.push(str.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (start < str.length) parts.push(str.slice(start));
    var out = [];
    for (var j = 0; j < parts.length; j++) out.push(quoteString(parts[j]));
    return out.join(' +\n' + spaces(indent + 2));
  }
  return quoteString(str);
}

function formatKey(key) {
  if (identRe.test(key)) return key;
  return quoteString(key);
}

function Ctx() {
  this.seen = [];
  this.circular = [];   // objects referenced circularly, index+1 = ref number
  this.indent = 0;
}

function formatPrimitive(value, ctx) {
  if (typeof value === 'string') return formatString(value, ctx.indent);
  if (typeof value === 'number') {
    if (value === 0 && 1 / value < 0) return '-0';
    return String(value);
  }
  return String(value);
}

function isError(v) {
  return toStr.call(v) === '[object Error]' || v instanceof Error;
}

function formatValue(value, ctx) {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(value, ctx);
  }
  var idx = ctx.seen.indexOf(value);
  if (idx !== -1) {
    var c = ctx.circular.indexOf(value);
    if (c === -1) {
      ctx.circular.push(value);
      c = ctx.circular.length - 1;
    }
    return '[Circular *' + (c + 1) + ']';
  }
  ctx.seen.push(value);
  var res = formatRaw(value, ctx);
  ctx.seen.pop();
  var ref = ctx.circular.indexOf(value);
  if (ref !== -1) res = '<ref *' + (ref + 1) + '> ' + res;
  return res;
}

function prefixFor(value, fallback, tag) {
  var proto = Object.getPrototypeOf(value);
  if (proto === null) return '[' + fallback + ': null prototype] ';
  var name = constructorName(value);
  if (name === null) return '[' + fallback + ': null prototype] ';
  if (name === fallback && tag === undefined) return '';
  return name + ' ';
}

function formatRaw(value, ctx) {
  var keys = Object.keys(value);
  var braces;
  var base = '';
  var isArray = Array.isArray(value);
  var output = [];
  var tag = toStr.call(value);
  var i;

  if (isArray) {
    var nonIndex = [];
    for (i = 0; i < keys.length; i++) if (!indexRe.test(keys[i])) nonIndex.push(keys[i]);
    keys = nonIndex;
    var prefix = prefixFor(value, 'Array');
    braces = [(prefix === '' ? '' : prefix) + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    formatArray(value, ctx, output);
  } else if (typeof value === 'function') {
    var fname = functionName(value);
    base = fname ? '[Function: ' + fname + ']' : '[Function (anonymous)]';
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (tag === '[object RegExp]') {
    base = String(value);
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (tag === '[object Date]') {
    base = isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (isError(value)) {
    var ename = value.name || 'Error';
    base = value.message ? '[' + ename + ': ' + value.message + ']' : '[' + ename + ']';
    var ek = [];
    for (i = 0; i < keys.length; i++) if (keys[i] !== 'stack' && keys[i] !== 'message') ek.push(keys[i]);
    keys = ek;
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]') {
    var type = tag.slice(8, -1);
    var prim = value.valueOf();
    base = '[' + type + ': ' + formatPrimitive(prim, ctx) + ']';
    if (type === 'String') {
      var sk = [];
      for (i = 0; i < keys.length; i++) if (!indexRe.test(keys[i])) sk.push(keys[i]);
      keys = sk;
    }
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (tag === '[object Arguments]') {
    braces = ['[Arguments] [', ']'];
    if (value.length === 0) return braces[0] + ']';
    keys = [];
    formatArray(value, ctx, output);
  } else {
    var p = prefixFor(value, 'Object');
    braces = [p + '{', '}'];
    if (keys.length === 0) return p + '{}';
  }

  var extra = [];
  for (i = 0; i < keys.length; i++) extra.push(formatProperty(value, keys[i], ctx));
  extra.sort();
  for (i = 0; i < extra.length; i++) output.push(extra[i]);

  var indentation = '\n' + spaces(ctx.indent);
  return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
    output.join(',' + indentation + '  ') + indentation + braces[1];
}

function formatArray(value, ctx, output) {
  var holes = 0;
  for (var i = 0; i < value.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      holes++;
      continue;
    }
    if (holes > 0) {
      output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
      holes = 0;
    }
    ctx.indent += 2;
    output.push(formatValue(value[i], ctx));
    ctx.indent -= 2;
  }
  if (holes > 0) output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
}

function formatProperty(obj, key, ctx) {
  var desc = Object.getOwnPropertyDescriptor(obj, key) || { value: obj[key] };
  var str;
  ctx.indent += 2;
  if (desc.get !== undefined || desc.set !== undefined) {
    if (desc.get !== undefined) {
      var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      try {
        var v = desc.get.call(obj);
        str = '[' + label + ': ' + formatValue(v, ctx) + ']';
      } catch (e) {
        str = '[' + label + ': <Inspection threw (' + e.message + ')>]';
      }
    } else {
      str = '[Setter]';
    }
  } else {
    str = formatValue(desc.value, ctx);
  }
  ctx.indent -= 2;
  return formatKey(key) + ': ' + str;
}

function inspectValue(value) {
  return formatValue(value, new Ctx());
}

// util.inspect() with default options, for primitives and RegExps (the
// cases assert's own messages use).
function inspectSimple(value) {
  if (typeof value === 'string') return quoteString(value);
  if (value !== null && typeof value === 'object' && toStr.call(value) === '[object RegExp]') {
    return String(value);
  }
  return inspectValue(value);
}

// Error.prototype.toString() as V8 has it (some engines append a trace).
function errorToString(err) {
  if (!isError(err) || typeof err.toString !== 'function' ||
      err.toString !== Error.prototype.toString) {
    return String(err);
  }
  var name = err.name === undefined ? 'Error' : String(err.name);
  var msg = err.message === undefined ? '' : String(err.message);
  if (name === '') return msg;
  if (msg === '') return name;
  return name + ': ' + msg;
}

exports.errorToString = errorToString;
exports.inspectValue = inspectValue;
exports.inspectSimple = inspectSimple;
exports.isError = isError;

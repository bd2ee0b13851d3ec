'use strict';
// internal/url_search_params — WHATWG URLSearchParams (Node 20's shape and
// errors). The list is a flat array [name0, value0, name1, value1, ...]
// kept under a hidden key; a URLSearchParams made by a URL writes its
// serialization back into that URL's query on every change.

var enc = require('internal/url_encode');

var K = '@@muk.searchParams';   /* { list, url: the owning URL's context or null } */
var CUSTOM = '@@nodejs.util.inspect.custom';

function errors() { return require('internal/errors'); }

function invalidThis() {
  return errors().makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
}

function ctxOf(self) {
  var ctx = self !== null && typeof self === 'object' ? self[K] : undefined;
  if (ctx === undefined || ctx.list === undefined) throw invalidThis();
  return ctx;
}

// String(v) with lone surrogates as U+FFFD (WebIDL USVString).
var SURROGATE_RE = /[\ud800-\udfff]/;

function toUSV(v) {
  var s = typeof v === 'string' ? v : String(v);
  if (!SURROGATE_RE.test(s)) return s;
  var out = [], last = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
    }
    out.push(s.slice(last, i), '\ufffd');
    last = i + 1;
  }
  out.push(s.slice(last));
  return out.join('');
}

// application/x-www-form-urlencoded parsing into a flat list.
function parseForm(s, list) {
  if (s === '') return list;
  var parts = s.split('&');
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    if (part === '') continue;
    var eq = part.indexOf('=');
    var name = eq === -1 ? part : part.slice(0, eq);
    var value = eq === -1 ? '' : part.slice(eq + 1);
    list.push(enc.decodeString(name, true), enc.decodeString(value, true));
  }
  return list;
}

function serializeForm(list) {
  var out = [];
  for (var i = 0; i < list.length; i += 2) {
    out.push(enc.encodeString(list[i], enc.FORM, true) + '=' + enc.encodeString(list[i + 1], enc.FORM, true));
  }
  return out.join('&');
}

// The URL's query follows the list (the URL Standard's "update" steps).
function update(ctx) {
  if (ctx.url === null) return;
  var q = serializeForm(ctx.list);
  ctx.url.setQueryFromParams(q === '' ? null : q);
}

function hasIterator(v) {
  return typeof Symbol !== 'undefined' && Symbol.iterator !== undefined && v != null &&
    typeof v[Symbol.iterator] === 'function';
}

function toArray(v) {
  if (Array.isArray(v)) return v;
  var out = [], it = v[Symbol.iterator](), r;
  while (!(r = it.next()).done) out.push(r.value);
  return out;
}

function invalidTuple() {
  return errors().makeError(TypeError, 'ERR_INVALID_TUPLE',
    'Each query pair must be an iterable [name, value] tuple');
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) {
    throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  }
  var list = [];
  Object.defineProperty(this, K, { value: { list: list, url: null }, writable: true });
  if (init === undefined || init === null) return;
  if (typeof init === 'object' || typeof init === 'function') {
    var other = init[K];
    if (other !== undefined && other.list !== undefined) {
      for (var o = 0; o < other.list.length; o++) list.push(other.list[o]);
    } else if (Array.isArray(init) || hasIterator(init)) {
      var pairs = toArray(init);
      for (var i = 0; i < pairs.length; i++) {
        var pair = pairs[i];
        if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
            !(Array.isArray(pair) || hasIterator(pair))) throw invalidTuple();
        pair = toArray(pair);
        if (pair.length !== 2) throw invalidTuple();
        list.push(toUSV(pair[0]), toUSV(pair[1]));
      }
    } else {
      var keys = Object.keys(init), seen = {};
      for (var k = 0; k < keys.length; k++) {
        var key = toUSV(keys[k]), value = toUSV(init[keys[k]]);
        if (seen.hasOwnProperty(key)) list[seen[key] + 1] = value;
        else { seen[key] = list.length; list.push(key, value); }
      }
    }
  } else {
    var s = toUSV(init);
    parseForm(s.charAt(0) === '?' ? s.slice(1) : s, list);
  }
}

// A URLSearchParams that belongs to a URL (its `searchParams`).
function forURL(query, urlCtx) {
  var sp = new URLSearchParams();
  var ctx = sp[K];
  ctx.url = urlCtx;
  if (query !== null) parseForm(query, ctx.list);
  return sp;
}

// The URL's query changed: re-read the list from it.
function reset(sp, query) {
  var ctx = sp[K];
  ctx.list.length = 0;
  if (query !== null) parseForm(query, ctx.list);
}

var proto = URLSearchParams.prototype;

function method(name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

Object.defineProperty(proto, 'size', {
  get: function () { return ctxOf(this).list.length / 2; },
  enumerable: true, configurable: true
});

method('append', function append(name, value) {
  var ctx = ctxOf(this);
  if (arguments.length < 2) throw errors().missingArgs(['name', 'value']);
  ctx.list.push(toUSV(name), toUSV(value));
  update(ctx);
});

method('delete', function (name, value) {
  var ctx = ctxOf(this);
  if (arguments.length < 1) throw errors().missingArgs(['name']);
  var list = ctx.list, out = [];
  name = toUSV(name);
  if (value !== undefined) value = toUSV(value);
  for (var i = 0; i < list.length; i += 2) {
    if (list[i] === name && (value === undefined || list[i + 1] === value)) continue;
    out.push(list[i], list[i + 1]);
  }
  list.length = 0;
  for (i = 0; i < out.length; i++) list.push(out[i]);
  update(ctx);
});

method('get', function get(name) {
  var ctx = ctxOf(this);
  if (arguments.length < 1) throw errors().missingArgs(['name']);
  name = toUSV(name);
  for (var i = 0; i < ctx.list.length; i += 2) if (ctx.list[i] === name) return ctx.list[i + 1];
  return null;
});

method('getAll', function getAll(name) {
  var ctx = ctxOf(this);
  if (arguments.length < 1) throw errors().missingArgs(['name']);
  name = toUSV(name);
  var out = [];
  for (var i = 0; i < ctx.list.length; i += 2) if (ctx.list[i] === name) out.push(ctx.list[i + 1]);
  return out;
});

method('has', function has(name, value) {
  var ctx = ctxOf(this);
  if (arguments.length < 1) throw errors().missingArgs(['name']);
  name = toUSV(name);
  if (value !== undefined) value = toUSV(value);
  for (var i = 0; i < ctx.list.length; i += 2) {
    if (ctx.list[i] === name && (value === undefined || ctx.list[i + 1] === value)) return true;
  }
  return false;
});

method('set', function set(name, value) {
  var ctx = ctxOf(this);
  if (arguments.length < 2) throw errors().missingArgs(['name', 'value']);
  name = toUSV(name);
  value = toUSV(value);
  var list = ctx.list, out = [], found = false;
  for (var i = 0; i < list.length; i += 2) {
    if (list[i] !== name) out.push(list[i], list[i + 1]);
    else if (!found) { out.push(name, value); found = true; }
  }
  if (!found) out.push(name, value);
  list.length = 0;
  for (i = 0; i < out.length; i++) list.push(out[i]);
  update(ctx);
});

method('sort', function sort() {
  var ctx = ctxOf(this), list = ctx.list, pairs = [], i;
  for (i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
  pairs.sort(function (a, b) {
    if (a[0] < b[0]) return -1;
    if (a[0] > b[0]) return 1;
    return a[2] - b[2];
  });
  for (i = 0; i < pairs.length; i++) { list[2 * i] = pairs[i][0]; list[2 * i + 1] = pairs[i][1]; }
  update(ctx);
});

// Iterators walk the live list, as Node's do.
function SearchParamsIterator(ctx, kind) {
  Object.defineProperty(this, K, { value: { ctx: ctx, kind: kind, index: 0 } });
}
Object.defineProperty(SearchParamsIterator.prototype, 'next', {
  value: function next() {
    var st = this[K];
    if (st === undefined || st.ctx === undefined) {
      throw errors().makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParamsIterator');
    }
    var list = st.ctx.list;
    if (st.index >= list.length) return { value: undefined, done: true };
    var i = st.index;
    st.index += 2;
    var v = st.kind === 'keys' ? list[i] : st.kind === 'values' ? list[i + 1] : [list[i], list[i + 1]];
    return { value: v, done: false };
  },
  writable: true, configurable: true
});
if (typeof Symbol !== 'undefined' && Symbol.iterator !== undefined) {
  SearchParamsIterator.prototype[Symbol.iterator] = function () { return this; };
}

method('entries', function entries() { return new SearchParamsIterator(ctxOf(this), 'entries'); });
method('forEach', function forEach(callback, thisArg) {
  var ctx = ctxOf(this);
  if (typeof callback !== 'function') throw errors().invalidArgType('callback', 'Function', callback);
  for (var i = 0; i < ctx.list.length; i += 2) callback.call(thisArg, ctx.list[i + 1], ctx.list[i], this);
});

method('keys', function keys() { return new SearchParamsIterator(ctxOf(this), 'keys'); });
method('values', function values() { return new SearchParamsIterator(ctxOf(this), 'values'); });
method('toString', function toString() { return serializeForm(ctxOf(this).list); });

if (typeof Symbol !== 'undefined' && Symbol.iterator !== undefined) {
  Object.defineProperty(proto, Symbol.iterator, { value: proto.entries, writable: true, configurable: true });
}

// URLSearchParams { 'a' => '1', 'b' => '2' }, on one line when it fits.
Object.defineProperty(proto, CUSTOM, {
  value: function (recurseTimes, opts, inspect) {
    var ctx = ctxOf(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return '[Object]';
    if (typeof inspect !== 'function') inspect = require('internal/util_inspect').inspect;
    var inner = {};
    for (var o in opts) inner[o] = opts[o];
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    var out = [], length = -2;
    for (var i = 0; i < ctx.list.length; i += 2) {
      var s = inspect(ctx.list[i], inner) + ' => ' + inspect(ctx.list[i + 1], inner);
      out.push(s);
      length += s.replace(/\u001b\[\d\d?m/g, '').length + 2;
    }
    var breakLength = opts && typeof opts.breakLength === 'number' ? opts.breakLength : 80;
    if (length > breakLength) return 'URLSearchParams {\n  ' + out.join(',\n  ') + ' }';
    if (out.length) return 'URLSearchParams { ' + out.join(', ') + ' }';
    return 'URLSearchParams {}';
  },
  writable: true, configurable: true
});

module.exports = {
  URLSearchParams: URLSearchParams,
  forURL: forURL,
  reset: reset,
  parseForm: parseForm,
  serializeForm: serializeForm,
  toUSV: toUSV
};

'use strict';
// internal/url_whatwg — the WHATWG URL class (Node 20's shape, errors and
// util.inspect output) over internal/url_parser. Each URL keeps a context
// under a hidden key: the URL record, its href (serialized on demand) and
// its searchParams object once asked for.

var parser = require('internal/url_parser');
var enc = require('internal/url_encode');
var usp = require('internal/url_search_params');

var K = '@@muk.url';
var CUSTOM = '@@nodejs.util.inspect.custom';
var states = parser.states;

function errors() { return require('internal/errors'); }

function invalidURL(input, base) {
  var err = errors().makeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function Context(rec) {
  this.rec = rec;
  this.href = null;
  this.sp = null;
}
Context.prototype.setQueryFromParams = function (q) {
  this.rec.query = q;
  if (q === null) stripTrailingSpaces(this.rec);
  this.href = null;
};

// An opaque path loses its trailing spaces when the query and fragment go.
function stripTrailingSpaces(rec) {
  if (!rec.opaque || rec.fragment !== null || rec.query !== null) return;
  var end = rec.path.length;
  while (end > 0 && rec.path.charCodeAt(end - 1) === 32) end--;
  rec.path = rec.path.slice(0, end);
}

function ctxOf(self) {
  var ctx = self !== null && typeof self === 'object' ? self[K] : undefined;
  if (!(ctx instanceof Context)) {
    throw new TypeError('Receiver must be an instance of class URL'); /* V8's private-field message */
  }
  return ctx;
}

// Parse input against an optional base string: the record, or null.
function parseWithBase(input, base) {
  var baseRec = null;
  if (base !== undefined) {
    baseRec = parser.parse(base, null);
    if (baseRec === null) return null;
  }
  return parser.parse(input, baseRec);
}

function URL(input, base) {
  if (!(this instanceof URL)) {
    throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  }
  if (arguments.length === 0) throw errors().missingArgs(['url']);
  input = usp.toUSV(input);
  if (base !== undefined) base = usp.toUSV(base);
  var rec = parseWithBase(input, base);
  if (rec === null) throw invalidURL(input, base);
  var ctx = new Context(rec);
  if (rec.serialized !== undefined) ctx.href = rec.serialized; /* the fast parser's input was it */
  Object.defineProperty(this, K, { value: ctx });
}

URL.canParse = function canParse(input, base) {
  if (arguments.length === 0) throw errors().missingArgs(['url']);
  input = usp.toUSV(input);
  if (base !== undefined) base = usp.toUSV(base);
  return parseWithBase(input, base) !== null;
};

function hrefOf(ctx) {
  if (ctx.href === null) ctx.href = parser.serialize(ctx.rec, false);
  return ctx.href;
}

function changed(ctx) {
  ctx.href = null;
}

function accessor(name, get, set) {
  var d = { get: get, enumerable: true, configurable: true };
  if (set) d.set = set;
  Object.defineProperty(URL.prototype, name, d);
}

function method(name, fn) {
  Object.defineProperty(URL.prototype, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

function cannotHaveCredentialsOrPort(rec) {
  return rec.host === null || rec.host === '' || rec.scheme === 'file';
}

method('toString', function toString() { return hrefOf(ctxOf(this)); });

accessor('href', function () { return hrefOf(ctxOf(this)); }, function (v) {
  var ctx = ctxOf(this);
  v = usp.toUSV(v);
  var rec = parser.parse(v, null);
  if (rec === null) throw invalidURL(v);
  ctx.rec = rec;
  changed(ctx);
  if (ctx.sp !== null) usp.reset(ctx.sp, rec.query);
});

accessor('origin', function () { return parser.origin(ctxOf(this).rec); });

accessor('protocol', function () { return ctxOf(this).rec.scheme + ':'; }, function (v) {
  var ctx = ctxOf(this);
  parser.parse(usp.toUSV(v) + ':', null, ctx.rec, states.SCHEME_START);
  changed(ctx);
});

accessor('username', function () { return ctxOf(this).rec.username; }, function (v) {
  var ctx = ctxOf(this);
  if (cannotHaveCredentialsOrPort(ctx.rec)) return;
  ctx.rec.username = enc.encodeString(usp.toUSV(v), enc.USERINFO, false);
  changed(ctx);
});

accessor('password', function () { return ctxOf(this).rec.password; }, function (v) {
  var ctx = ctxOf(this);
  if (cannotHaveCredentialsOrPort(ctx.rec)) return;
  ctx.rec.password = enc.encodeString(usp.toUSV(v), enc.USERINFO, false);
  changed(ctx);
});

accessor('host', function () {
  var rec = ctxOf(this).rec;
  if (rec.host === null || rec.host === '') return ''; /* as Node, even with a port */
  return rec.port === null ? rec.host : rec.host + ':' + rec.port;
}, function (v) {
  var ctx = ctxOf(this);
  if (ctx.rec.opaque) return;
  parser.parse(usp.toUSV(v), null, ctx.rec, states.HOST);
  changed(ctx);
});

accessor('hostname', function () {
  var rec = ctxOf(this).rec;
  return rec.host === null ? '' : rec.host;
}, function (v) {
  var ctx = ctxOf(this);
  if (ctx.rec.opaque) return;
  parser.parse(usp.toUSV(v), null, ctx.rec, states.HOSTNAME);
  changed(ctx);
});

accessor('port', function () {
  var rec = ctxOf(this).rec;
  return rec.port === null ? '' : String(rec.port);
}, function (v) {
  var ctx = ctxOf(this);
  if (cannotHaveCredentialsOrPort(ctx.rec)) return;
  // Node 20 (ada) drops tabs and newlines first, then clears the port if
  // nothing is left (the Standard keeps it).
  v = usp.toUSV(v).replace(/[\t\n\r]/g, '');
  if (v === '') ctx.rec.port = null;
  else parser.parse(v, null, ctx.rec, states.PORT);
  changed(ctx);
});

accessor('pathname', function () { return parser.serializePath(ctxOf(this).rec); }, function (v) {
  var ctx = ctxOf(this);
  if (ctx.rec.opaque) return;
  ctx.rec.path = [];
  parser.parse(usp.toUSV(v), null, ctx.rec, states.PATH_START);
  changed(ctx);
});

accessor('search', function () {
  var q = ctxOf(this).rec.query;
  return q === null || q === '' ? '' : '?' + q;
}, function (v) {
  var ctx = ctxOf(this), rec = ctx.rec;
  v = usp.toUSV(v);
  if (v === '') {
    rec.query = null;
    stripTrailingSpaces(rec);
  } else {
    if (v.charAt(0) === '?') v = v.slice(1);
    rec.query = '';
    parser.parse(v, null, rec, states.QUERY);
  }
  changed(ctx);
  if (ctx.sp !== null) usp.reset(ctx.sp, rec.query);
});

accessor('searchParams', function () {
  var ctx = ctxOf(this);
  if (ctx.sp === null) ctx.sp = usp.forURL(ctx.rec.query, ctx);
  return ctx.sp;
});

accessor('hash', function () {
  var f = ctxOf(this).rec.fragment;
  return f === null || f === '' ? '' : '#' + f;
}, function (v) {
  var ctx = ctxOf(this), rec = ctx.rec;
  v = usp.toUSV(v);
  if (v === '') {
    rec.fragment = null;
    stripTrailingSpaces(rec);
  } else {
    if (v.charAt(0) === '#') v = v.slice(1);
    rec.fragment = '';
    parser.parse(v, null, rec, states.FRAGMENT);
  }
  changed(ctx);
});

method('toJSON', function toJSON() { return hrefOf(ctxOf(this)); });

// util.inspect: URL { href: ..., origin: ..., ... } as Node prints it.
Object.defineProperty(URL.prototype, CUSTOM, {
  value: function (depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    if (typeof inspect !== 'function') inspect = require('internal/util_inspect').inspect;
    var obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash
    };
    return 'URL ' + inspect(obj, opts);
  },
  writable: true, configurable: true
});

module.exports = {
  URL: URL,
  parseRecord: parseWithBase,
  contextOf: function (u) {
    var ctx = u !== null && typeof u === 'object' ? u[K] : undefined;
    return ctx instanceof Context ? ctx : null;
  }
};

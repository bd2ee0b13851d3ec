'use strict';
// internal/url_legacy — Node 20's legacy url API: url.parse (the Url
// object: protocol, slashes, auth, host, port, hostname, hash, search,
// query, pathname, path, href), url.format (of a Url, a plain object, a
// string or a WHATWG URL with its options), url.resolve/resolveObject.
// The behaviour, quirks included, is Node's: backslashes before '?' or '#'
// become '/', a host ends at the first character RFC 2396 forbids in it
// (the rest moves into the path), hostnames are lower-cased and IDNA
// encoded, RFC 2396's unwise characters are escaped in the rest, and
// "psychotic" (non-slashed) protocols resolve '..' into the host.

var querystring = require('querystring');
var hostMod = require('internal/url_host');

function errors() { return require('internal/errors'); }

var SLASHED = { 'http': 1, 'http:': 1, 'https': 1, 'https:': 1, 'ftp': 1, 'ftp:': 1, 'gopher': 1,
  'gopher:': 1, 'file': 1, 'file:': 1, 'ws': 1, 'ws:': 1, 'wss': 1, 'wss:': 1 };
var HOSTLESS = { 'javascript': 1, 'javascript:': 1 };
function has(set, k) { return typeof k === 'string' && set.hasOwnProperty(k); }

// Node's regular expressions for these (/^[a-z0-9.+-]+:/i, /:[0-9]*$/,
// /^\/\/[^@/]+@[^@/]+/, /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/) are written
// as loops: mujs's matcher recurses per repetition and fails on long input.
var WS_RE = /\s/;

function protocolOf(rest) {
  for (var i = 0; i < rest.length; i++) {
    var c = rest.charCodeAt(i) | 0x20;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 45) continue;
    break;
  }
  return i > 0 && rest.charCodeAt(i) === 58 ? rest.slice(0, i + 1) : null;
}

function portStart(host) {
  for (var i = host.length - 1; i >= 0; i--) {
    var c = host.charCodeAt(i);
    if (c === 58) return i;
    if (c < 48 || c > 57) return -1;
  }
  return -1;
}

function looksLikeAuthHost(rest) {
  if (rest.charCodeAt(0) !== 47 || rest.charCodeAt(1) !== 47) return false;
  for (var i = 2; i < rest.length; i++) {
    var c = rest.charCodeAt(i);
    if (c === 47) return false;
    if (c === 64) break;
  }
  if (i === 2 || i >= rest.length - 1) return false;
  var d = rest.charCodeAt(i + 1);
  return d !== 64 && d !== 47;
}

// [pathname, search or undefined] when rest is a plain path, else null.
function simplePath(rest) {
  if (rest.charCodeAt(0) !== 47 || WS_RE.test(rest)) return null;
  var slashes = rest.charCodeAt(1) === 47 ? 2 : 1;
  if (rest.charCodeAt(slashes) === 47) return null;
  var q = rest.indexOf('?');
  if (q !== -1 && q < slashes) return null;
  return q === -1 ? [rest, undefined] : [rest.slice(0, q), rest.slice(q)];
}
var FORBIDDEN_HOST_RE = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
var FORBIDDEN_HOST_V6_RE = /[\0\t\n\r #%/<>?@\\^|]/;

// Escaped in the part after the host: RFC 2396's delimiters and unwise
// characters, and "'".
var AUTO_ESCAPE = { 9: '%09', 10: '%0A', 13: '%0D', 32: '%20', 34: '%22', 39: '%27', 60: '%3C',
  62: '%3E', 92: '%5C', 94: '%5E', 96: '%60', 123: '%7B', 124: '%7C', 125: '%7D' };

// Characters that end the host without being a host-ending delimiter.
var NON_HOST = { 32: 1, 34: 1, 37: 1, 39: 1, 59: 1, 60: 1, 62: 1, 92: 1, 94: 1,
  96: 1, 123: 1, 124: 1, 125: 1 };

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function autoEscape(rest) {
  var out = null, last = 0;
  for (var i = 0; i < rest.length; i++) {
    var e = AUTO_ESCAPE[rest.charCodeAt(i)];
    if (e === undefined) continue;
    if (out === null) out = [];
    out.push(rest.slice(last, i), e);
    last = i + 1;
  }
  if (out === null) return rest;
  out.push(rest.slice(last));
  return out.join('');
}

function isWs(c) { return c < 33 || c === 0xa0 || c === 0xfeff; }

// Trim whitespace and turn backslashes before the first '?' or '#' into '/'.
function prepare(url, flags) {
  var start = 0, end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  var out = [], last = start, split = false;
  for (var i = start; i < end; i++) {
    var c = url.charCodeAt(i);
    if (split) {
      if (c === 35) flags.hash = true;
      continue;
    }
    if (c === 64) flags.at = true;
    else if (c === 35) { flags.hash = true; split = true; }
    else if (c === 63) split = true;
    else if (c === 92) { out.push(url.slice(last, i), '/'); last = i + 1; }
  }
  out.push(url.slice(last, end));
  return out.join('');
}

var warnedInvalidPort = false;

// The hostname stops at '/', '\', '#', '?' or ':'; what follows joins the path.
function cutHostname(self, rest, hostname, url) {
  for (var i = 0; i < hostname.length; i++) {
    var c = hostname.charCodeAt(i);
    if (c !== 47 && c !== 92 && c !== 35 && c !== 63 && c !== 58) continue;
    if (c === 58 && !warnedInvalidPort) {
      warnedInvalidPort = true;
      process.emitWarning('The URL ' + url + ' is invalid. Future versions of Node.js will throw an error.',
        'DeprecationWarning', 'DEP0170');
    }
    self.hostname = hostname.slice(0, i);
    return '/' + hostname.slice(i) + rest;
  }
  return rest;
}

function isIPv6Hostname(h) {
  return h.charCodeAt(0) === 91 && h.charCodeAt(h.length - 1) === 93;
}

Url.prototype.parseHost = function parseHost() {
  var host = this.host;
  var at = portStart(host);
  if (at !== -1) {
    if (at < host.length - 1) this.port = host.slice(at + 1);
    host = host.slice(0, at);
  }
  if (host) this.hostname = host;
};

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  errors().validateString(url, 'url');
  var flags = { hash: false, at: false };
  var rest = prepare(url, flags);

  if (!slashesDenoteHost && !flags.hash && !flags.at) {
    var simple = simplePath(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[0];
      if (simple[1]) {
        this.search = simple[1];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  var proto = protocolOf(rest), lowerProto;
  if (proto) {
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  var slashes;
  if (slashesDenoteHost || proto || looksLikeAuthHost(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && has(HOSTLESS, lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!has(HOSTLESS, lowerProto) && (slashes || (proto && !has(SLASHED, proto)))) {
    // The host ends at the first '/', '?' or '#'; an '@' before that ends
    // the auth (the last one wins) and forgets earlier non-host characters.
    var hostEnd = -1, atSign = -1, nonHost = -1, i;
    // Tabs and newlines before the host's end are dropped, as the WHATWG
    // parser drops them.
    var stop = 0;
    while (stop < rest.length) {
      var sc = rest.charCodeAt(stop);
      if (sc === 35 || sc === 47 || sc === 63) break;
      stop++;
    }
    var head = rest.slice(0, stop);
    if (head.indexOf('\t') !== -1 || head.indexOf('\n') !== -1 || head.indexOf('\r') !== -1) {
      rest = head.replace(/[\t\n\r]/g, '') + rest.slice(stop);
    }
    for (i = 0; i < rest.length && hostEnd === -1; i++) {
      var c = rest.charCodeAt(i);
      if (c === 35 || c === 47 || c === 63) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (c === 64) {
        atSign = i;
        nonHost = -1;
      } else if (NON_HOST[c] === 1 && nonHost === -1) {
        nonHost = i;
      }
    }
    var start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    var hostname = this.hostname;
    var ipv6 = isIPv6Hostname(hostname);
    if (!ipv6) rest = cutHostname(this, rest, hostname, url);
    this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (FORBIDDEN_HOST_V6_RE.test(this.hostname)) throw invalidURL(url);
      } else {
        var ascii = hostMod.domainToASCII(this.hostname);
        this.hostname = ascii === null ? '' : ascii;
        if (this.hostname === '' || FORBIDDEN_HOST_RE.test(this.hostname)) throw invalidURL(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest.charAt(0) !== '/') rest = '/' + rest;
    }
  }

  if (!has(HOSTLESS, lowerProto)) rest = autoEscape(rest);

  var q = -1, h = -1;
  for (i = 0; i < rest.length; i++) {
    var cc = rest.charCodeAt(i);
    if (cc === 35) {
      this.hash = rest.slice(i);
      h = i;
      break;
    }
    if (cc === 63 && q === -1) q = i;
  }
  if (q !== -1) {
    this.search = h === -1 ? rest.slice(q) : rest.slice(q, h);
    this.query = h === -1 ? rest.slice(q + 1) : rest.slice(q + 1, h);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  var first = q !== -1 && (h === -1 || q < h) ? q : h;
  if (first === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (first > 0) {
    this.pathname = rest.slice(0, first);
  }
  if (has(SLASHED, lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

function invalidURL(input) {
  var err = errors().makeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  return err;
}

// encodeURIComponent, but ':' stays (the auth's separator).
function escapeAuth(auth) {
  return querystring.escape(auth).replace(/%3A/g, ':');
}

Url.prototype.format = function format() {
  var auth = this.auth || '';
  if (auth) auth = escapeAuth(auth) + '@';
  var protocol = this.protocol || '', pathname = this.pathname || '', hash = this.hash || '';
  var host = '', query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    var hn = this.hostname;
    host = auth + (hn.indexOf(':') !== -1 && !isIPv6Hostname(hn) ? '[' + hn + ']' : hn);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  var search = this.search || (query && '?' + query) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  if (pathname.indexOf('#') !== -1 || pathname.indexOf('?') !== -1) {
    pathname = pathname.replace(/[#?]/g, function (m) { return m === '#' ? '%23' : '%3F'; });
  }
  if (this.slashes || has(SLASHED, protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  var u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function isURL(v) {
  return v != null && Boolean(v.href) && Boolean(v.protocol) && v.auth === undefined && v.path === undefined;
}

// A WHATWG URL with format()'s options (fragment, unicode, search, auth).
function formatURL(u, options) {
  var fragment = true, unicode = false, search = true, auth = true;
  if (options) {
    errors().validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  var URL = require('internal/url_whatwg').URL;
  var copy = new URL(u.href);
  if (!fragment) copy.hash = '';
  if (!search) copy.search = '';
  if (!auth) { copy.username = ''; copy.password = ''; }
  var href = copy.href;
  if (unicode && copy.hostname !== '') {
    var hn = copy.hostname, uni = hostMod.domainToUnicode(hn);
    if (uni !== hn) {
      var user = copy.username, pass = copy.password;
      var prefix = copy.protocol + '//' + (user || pass ? user + (pass ? ':' + pass : '') + '@' : '');
      href = prefix + uni + href.slice(prefix.length + hn.length);
    }
  }
  return href;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw errors().invalidArgType('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function setPath(u) {
  if (u.pathname !== null || u.search !== null) u.path = (u.pathname ? u.pathname : '') + (u.search ? u.search : '');
}

// "mailto:local1@domain1" style: an auth caught in the host.
function splitAuthInHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    var parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = require('internal/url_legacy_resolve')(Url, SLASHED, HOSTLESS, has, setPath,
  splitAuthInHost);

module.exports = {
  Url: Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat
};

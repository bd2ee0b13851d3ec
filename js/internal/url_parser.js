'use strict';
// internal/url_parser — the URL Standard's basic URL parser (the state
// machine, with state overrides for the URL setters) and the serializer.
//
// A URL record: { scheme, username, password, host (string or null), port
// (number or null), path (array of segments, or a string when opaque),
// opaque, query (string or null), fragment (string or null) }.
// parse() returns the record, or null on failure. With a state override it
// changes `url` in place and returns true, or false when the input was
// refused (the caller keeps the old record then: setters parse a copy).

var enc = require('internal/url_encode');
var parseHost = require('internal/url_host').parseHost;

var SPECIAL = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
function isSpecial(scheme) { return SPECIAL.hasOwnProperty(scheme + ':'); }
function defaultPort(scheme) { var p = SPECIAL[scheme + ':']; return p === undefined ? null : p; }

var S_SCHEME_START = 1, S_SCHEME = 2, S_NO_SCHEME = 3, S_SPECIAL_RELATIVE_OR_AUTHORITY = 4,
  S_PATH_OR_AUTHORITY = 5, S_RELATIVE = 6, S_RELATIVE_SLASH = 7, S_SPECIAL_AUTHORITY_SLASHES = 8,
  S_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9, S_AUTHORITY = 10, S_HOST = 11, S_HOSTNAME = 12,
  S_PORT = 13, S_FILE = 14, S_FILE_SLASH = 15, S_FILE_HOST = 16, S_PATH_START = 17, S_PATH = 18,
  S_OPAQUE_PATH = 19, S_QUERY = 20, S_FRAGMENT = 21;

var EOF = -1;

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [],
    opaque: false, query: null, fragment: null };
}

function copyRecord(u) {
  return { scheme: u.scheme, username: u.username, password: u.password, host: u.host,
    port: u.port, path: u.opaque ? u.path : u.path.slice(), opaque: u.opaque, query: u.query,
    fragment: u.fragment };
}

// Input as code points: leading/trailing C0 controls and spaces trimmed
// (unless `trim` is false), tabs and newlines removed, lone surrogates as
// U+FFFD.
function codePoints(s, trim) {
  var start = 0, end = s.length;
  if (trim) {
    while (start < end && s.charCodeAt(start) <= 0x20) start++;
    while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  }
  var out = [];
  for (var i = start; i < end; i++) {
    var c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      var d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
      } else {
        out.push(0xfffd);
      }
      continue;
    }
    out.push(c);
  }
  return out;
}

function cpString(cps, from, to) {
  var out = [];
  for (var i = from; i < to; i++) {
    var c = cps[i];
    if (c < 0x10000) out.push(String.fromCharCode(c));
    else {
      c -= 0x10000;
      out.push(String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)));
    }
  }
  return out.join('');
}

function isAlpha(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }
function isDigit(c) { return c >= 48 && c <= 57; }

function isWindowsDriveLetter(s, normalizedOnly) {
  if (s.length !== 2 || !isAlpha(s.charCodeAt(0))) return false;
  var c = s.charAt(1);
  return c === ':' || (!normalizedOnly && c === '|');
}

// cps[p..] starts with a Windows drive letter (then EOF, /, \, ? or #).
function startsWithDriveLetter(cps, p) {
  if (cps.length - p < 2 || !isAlpha(cps[p]) || (cps[p + 1] !== 58 && cps[p + 1] !== 124)) return false;
  if (cps.length - p === 2) return true;
  var c = cps[p + 2];
  return c === 47 || c === 92 || c === 63 || c === 35;
}

function isSingleDot(s) {
  return s === '.' || (s.length === 3 && s.toLowerCase() === '%2e');
}
function isDoubleDot(s) {
  if (s === '..') return true;
  if (s.length < 4 || s.length > 6) return false;
  s = s.toLowerCase();
  return s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}

function shortenPath(url) {
  var path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function includesCredentials(url) { return url.username !== '' || url.password !== ''; }

// The common case without the state machine: an absolute http(s)/ws(s)/ftp
// URL of printable ASCII that needs no percent-encoding, without
// IPv4/IPv6/IDNA hosts, backslashes or dot segments. Anything
// else (or any doubt) returns null and takes the full parser.
var FAST_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:([a-zA-Z0-9_.~!$&()*+,%-]*)(?::([a-zA-Z0-9_.~!$&()*+,%-]*))?@)?([a-zA-Z0-9_.~!$&()*+,;=-]+)(?::([0-9]{1,5}))?(\/[!$-&(-;=@-Z_a-z~]*)?(\?[!$-&(-;=?-Z_a-z~]*)?(#[!#-&(-;=?-Z_a-z~]*)?$/;
var FAST_NUMERIC_HOST_RE = /(^|\.)([0-9]+|0[xX][0-9a-fA-F]*)\.?$/;

function parseFast(input) {
  if (input.length > 512) return null; /* mujs's matcher recurses per repetition */
  var m = FAST_RE.exec(input);
  if (m === null) return null;
  var scheme = m[1].toLowerCase();
  if (scheme === 'file' || !isSpecial(scheme)) return null;
  var host = m[4].toLowerCase();
  if (host.indexOf('xn--') !== -1 || FAST_NUMERIC_HOST_RE.test(host)) return null;
  var port = null;
  if (m[5] !== undefined) {
    port = +m[5];
    if (port > 65535) return null;
    if (port === SPECIAL[scheme + ':']) port = null;
  }
  var path = m[6];
  if (path === undefined) path = [''];
  else if (path.indexOf('/.') !== -1 || (path.indexOf('%') !== -1 && /%2e/i.test(path))) return null;
  else path = path.slice(1).split('/');
  var rec = { scheme: scheme, username: m[2] === undefined ? '' : m[2], password: m[3] === undefined ? '' : m[3],
    host: host, port: port, path: path, opaque: false, query: m[7] === undefined ? null : m[7].slice(1),
    fragment: m[8] === undefined ? null : m[8].slice(1) };
  // Already in serialized form: the URL class can skip serializing it.
  if (scheme === m[1] && host === m[4] && m[2] === undefined && m[6] !== undefined &&
      (m[5] === undefined || (port !== null && String(port) === m[5]))) {
    rec.serialized = input;
  }
  return rec;
}

function parse(input, base, url, override) {
  if (!url && !base) {
    var fast = parseFast(input);
    if (fast !== null) return fast;
  }
  var cps = codePoints(input, !url);
  if (!url) url = newRecord();
  var state = override || S_SCHEME_START;
  var buf = [], special = isSpecial(url.scheme);
  var atSign = false, insideBrackets = false, passwordTokenSeen = false;
  var n = cps.length, s, host, i;
  for (var p = 0; ; p++) {
    var c = p < n ? cps[p] : EOF;
    switch (state) {
      case S_SCHEME_START:
        if (isAlpha(c)) {
          buf.push(String.fromCharCode(c | 0x20));
          state = S_SCHEME;
        } else if (!override) {
          state = S_NO_SCHEME;
          p--;
        } else {
          return false;
        }
        break;
      case S_SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 43 || c === 45 || c === 46) {
          buf.push(String.fromCharCode(c >= 65 && c <= 90 ? c | 0x20 : c));
        } else if (c === 58) {
          s = buf.join('');
          if (override) {
            if (isSpecial(url.scheme) !== isSpecial(s)) return true;
            if ((includesCredentials(url) || url.port !== null) && s === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = s;
          special = isSpecial(s);
          if (override) {
            if (url.port === defaultPort(s)) url.port = null;
            return true;
          }
          buf = [];
          if (s === 'file') {
            state = S_FILE;
          } else if (special && base && base.scheme === s) {
            state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = S_SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === 47) {
            state = S_PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            url.opaque = true;
            state = S_OPAQUE_PATH;
          }
        } else if (!override) {
          buf = [];
          state = S_NO_SCHEME;
          p = -1;
        } else {
          return false;
        }
        break;
      case S_NO_SCHEME:
        if (!base || (base.opaque && c !== 35)) return null;
        if (base.opaque) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = S_FRAGMENT;
        } else {
          state = base.scheme !== 'file' ? S_RELATIVE : S_FILE;
          p--;
        }
        break;
      case S_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 47 && cps[p + 1] === 47) {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S_RELATIVE;
          p--;
        }
        break;
      case S_PATH_OR_AUTHORITY:
        if (c === 47) state = S_AUTHORITY;
        else { state = S_PATH; p--; }
        break;
      case S_RELATIVE:
        url.scheme = base.scheme;
        special = isSpecial(url.scheme);
        if (c === 47 || (special && c === 92)) {
          state = S_RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = S_QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = S_PATH;
            p--;
          }
        }
        break;
      case S_RELATIVE_SLASH:
        if (special && (c === 47 || c === 92)) {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 47) {
          state = S_AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S_PATH;
          p--;
        }
        break;
      case S_SPECIAL_AUTHORITY_SLASHES:
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 47 && cps[p + 1] === 47) p++;
        else p--;
        break;
      case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 47 && c !== 92) {
          state = S_AUTHORITY;
          p--;
        }
        break;
      case S_AUTHORITY:
        if (c === 64) {
          var user = [], pass = [];
          if (atSign) (passwordTokenSeen ? pass : user).push('%40');
          atSign = true;
          for (i = 0; i < buf.length; i++) {
            if (buf[i] === 58 && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            (passwordTokenSeen ? pass : user).push(enc.encodeCodePoint(buf[i], enc.USERINFO));
          }
          url.username += user.join('');
          url.password += pass.join('');
          buf = [];
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
          if (atSign && buf.length === 0) return null;
          p -= buf.length + 1;
          buf = [];
          state = S_HOST;
        } else {
          buf.push(c);
        }
        break;
      case S_HOST:
      case S_HOSTNAME:
        if (override && url.scheme === 'file') {
          p--;
          state = S_FILE_HOST;
        } else if (c === 58 && !insideBrackets) {
          if (buf.length === 0 && override === S_HOST && !special) {
            url.host = ''; /* Node 20 (ada): "foo://h" with host ":80" is "foo://:80" */
            state = S_PORT;
            break;
          }
          if (buf.length === 0) return override ? false : null;
          if (override === S_HOSTNAME) return false;
          host = parseHost(cpString(buf, 0, buf.length), !special);
          if (host === null) return override ? false : null;
          url.host = host;
          buf = [];
          state = S_PORT;
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
          p--;
          if (special && buf.length === 0) return override ? false : null;
          if (override && buf.length === 0 && (includesCredentials(url) || url.port !== null)) return false;
          host = parseHost(cpString(buf, 0, buf.length), !special);
          if (host === null) return override ? false : null;
          url.host = host;
          buf = [];
          state = S_PATH_START;
          if (override) return true;
        } else {
          if (c === 91) insideBrackets = true;
          if (c === 93) insideBrackets = false;
          buf.push(c);
        }
        break;
      case S_PORT:
        if (isDigit(c)) {
          buf.push(c);
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92) || override) {
          if (buf.length !== 0) {
            var port = 0;
            for (i = 0; i < buf.length; i++) {
              port = port * 10 + buf[i] - 48;
              if (port > 65535) return override ? false : null;
            }
            url.port = port === defaultPort(url.scheme) ? null : port;
            buf = [];
            if (override) return true;
          }
          if (override) return false;
          state = S_PATH_START;
          p--;
        } else {
          return override ? false : null;
        }
        break;
      case S_FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 47 || c === 92) {
          state = S_FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = S_QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = S_PATH;
            p--;
          }
        } else {
          state = S_PATH;
          p--;
        }
        break;
      case S_FILE_SLASH:
        if (c === 47 || c === 92) {
          state = S_FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithDriveLetter(cps, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S_PATH;
          p--;
        }
        break;
      case S_FILE_HOST:
        if (c === EOF || c === 47 || c === 92 || c === 63 || c === 35) {
          p--;
          s = cpString(buf, 0, buf.length);
          if (!override && isWindowsDriveLetter(s, false)) {
            buf = [s.charAt(0), s.charAt(1)]; /* the path state keeps it */
            state = S_PATH;
          } else if (s === '') {
            url.host = '';
            if (override) return true;
            state = S_PATH_START;
          } else {
            host = parseHost(s, !special);
            if (host === null) return override ? false : null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (override) return true;
            buf = [];
            state = S_PATH_START;
          }
        } else {
          buf.push(c);
        }
        break;
      case S_PATH_START:
        if (special) {
          state = S_PATH;
          if (c !== 47 && c !== 92) p--;
        } else if (!override && c === 63) {
          url.query = '';
          state = S_QUERY;
        } else if (!override && c === 35) {
          url.fragment = '';
          state = S_FRAGMENT;
        } else if (c !== EOF) {
          state = S_PATH;
          if (c !== 47) p--;
        } else if (override && url.host === null) {
          url.path.push('');
        }
        break;
      case S_PATH:
        if (c === EOF || c === 47 || (special && c === 92) || (!override && (c === 63 || c === 35))) {
          s = buf.join('');
          var slash = c === 47 || (special && c === 92);
          if (isDoubleDot(s)) {
            // Node 20 (ada) leaves a non-special path that was already
            // empty empty ("foo://h" + ".." is "foo://h"; the Standard
            // says "foo://h/"): Node is the specification here.
            var wasEmpty = url.path.length === 0;
            shortenPath(url);
            if (!slash && !(wasEmpty && !special)) url.path.push('');
          } else if (isSingleDot(s)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(s, false)) {
              s = s.charAt(0) + ':';
            }
            url.path.push(s);
          }
          buf = [];
          if (c === 63) {
            url.query = '';
            state = S_QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          }
        } else {
          buf.push(enc.encodeCodePoint(c, enc.PATH));
        }
        break;
      case S_OPAQUE_PATH:
        if (c === 63 || c === 35 || c === EOF) {
          url.path += buf.join('');
          buf = [];
          if (c === 63) {
            url.query = '';
            state = S_QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          }
        } else {
          buf.push(enc.encodeCodePoint(c, enc.C0));
        }
        break;
      case S_QUERY:
        if ((c === 35 && !override) || c === EOF) {
          var set = special ? enc.SPECIAL_QUERY : enc.QUERY;
          for (i = 0; i < buf.length; i++) buf[i] = enc.encodeCodePoint(buf[i], set);
          url.query += buf.join('');
          buf = [];
          if (c === 35) {
            url.fragment = '';
            state = S_FRAGMENT;
          }
        } else {
          buf.push(c);
        }
        break;
      case S_FRAGMENT:
        if (c === EOF) url.fragment += buf.join('');
        else buf.push(enc.encodeCodePoint(c, enc.FRAGMENT));
        break;
    }
    if (p >= n) break; /* a state that stepped back at EOF runs again */
  }
  return override ? true : url;
}

function serializePath(url) {
  if (url.opaque) return url.path;
  var path = url.path;
  if (path.length === 0) return '';
  return '/' + path.join('/');
}

function serialize(url, excludeFragment) {
  var out = [url.scheme, ':'];
  if (url.host !== null) {
    out.push('//');
    if (includesCredentials(url)) {
      out.push(url.username);
      if (url.password !== '') out.push(':', url.password);
      out.push('@');
    }
    out.push(url.host);
    if (url.port !== null) out.push(':', String(url.port));
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    out.push('/.');
  }
  out.push(serializePath(url));
  if (url.query !== null) out.push('?', url.query);
  if (!excludeFragment && url.fragment !== null) out.push('#', url.fragment);
  return out.join('');
}

function origin(url) {
  var scheme = url.scheme;
  if (scheme === 'blob') {
    var inner = parse(serializePath(url), null);
    if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return origin(inner);
    return 'null';
  }
  if (scheme === 'file' || !isSpecial(scheme)) return 'null';
  return scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
}

module.exports = {
  parse: parse,
  serialize: serialize,
  serializePath: serializePath,
  origin: origin,
  newRecord: newRecord,
  copyRecord: copyRecord,
  isSpecial: isSpecial,
  defaultPort: defaultPort,
  includesCredentials: includesCredentials,
  states: {
    SCHEME_START: S_SCHEME_START, AUTHORITY: S_AUTHORITY, HOST: S_HOST, HOSTNAME: S_HOSTNAME,
    PORT: S_PORT, PATH_START: S_PATH_START, QUERY: S_QUERY, FRAGMENT: S_FRAGMENT
  }
};

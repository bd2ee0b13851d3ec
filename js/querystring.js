'use strict';
// querystring: Node 20's module, with its quirks: parse returns a
// null-prototype object, repeated keys collect into arrays, maxKeys counts
// empty pairs too, and the parser's other quirks (see parse()); a failed
// decodeURIComponent falls back to unescapeBuffer (which keeps only the low
// byte of a non-ASCII character).

var HEX = [];
for (var h = 0; h < 256; h++) HEX.push('%' + (h < 16 ? '0' : '') + h.toString(16).toUpperCase());

// Characters escape() leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( )
var UNRESERVED = [];
(function () {
  for (var i = 0; i < 128; i++) UNRESERVED.push(/[A-Za-z0-9\-_.!~*'()]/.test(String.fromCharCode(i)));
})();

function uriError() {
  return require('internal/errors').makeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function unescapeBuffer(s, decodeSpaces) {
  s = String(s);
  var bytes = [], n = s.length;
  for (var i = 0; i < n; i++) {
    var c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) { bytes.push(32); continue; }
    if (c === 37 && i < n - 2) {
      var hi = hexValue(s.charCodeAt(i + 1)), lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) { bytes.push(hi * 16 + lo); i += 2; continue; }
    }
    bytes.push(c & 0xff);
  }
  return require('buffer').Buffer.from(bytes);
}

var decodeURIComponentStrict = require('internal/url_encode').decodeURIComponentStrict;

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponentStrict(s);
  } catch (e) {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

// UTF-8 percent-encoding of everything but UNRESERVED; a high surrogate at
// the end throws (Node does not check the second half of a pair).
function escape(str) {
  if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : str + '';
  var out = null, last = 0, n = str.length;
  for (var i = 0; i < n; i++) {
    var c = str.charCodeAt(i);
    if (c < 0x80 && UNRESERVED[c]) continue;
    if (out === null) out = [];
    if (i > last) out.push(str.slice(last, i));
    if (c < 0x80) out.push(HEX[c]);
    else if (c < 0x800) out.push(HEX[0xc0 | (c >> 6)], HEX[0x80 | (c & 0x3f)]);
    else if (c < 0xd800 || c >= 0xe000) {
      out.push(HEX[0xe0 | (c >> 12)], HEX[0x80 | ((c >> 6) & 0x3f)], HEX[0x80 | (c & 0x3f)]);
    } else {
      if (++i >= n) throw uriError();
      var cp = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out.push(HEX[0xf0 | (cp >> 18)], HEX[0x80 | ((cp >> 12) & 0x3f)], HEX[0x80 | ((cp >> 6) & 0x3f)],
        HEX[0x80 | (cp & 0x3f)]);
    }
    last = i + 1;
  }
  if (out === null) return str;
  if (last < n) out.push(str.slice(last));
  return out.join('');
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return isFinite(v) ? '' + v : '';
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With the default escape: numbers of 1e21 and more print with a '+',
// which then needs escaping; smaller ones do not.
function convertDefault(v) {
  if (typeof v === 'string') return v.length ? escape(v) : '';
  if (typeof v === 'number' && isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : escape('' + v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : null;
  if (encode === escape) encode = null;
  if (obj === null || typeof obj !== 'object') return '';
  var keys = Object.keys(obj), fields = [];
  for (var i = 0; i < keys.length; i++) {
    var v = obj[keys[i]];
    var ks = (encode ? encode(stringifyPrimitive(keys[i])) : convertDefault(keys[i])) + eq;
    if (Array.isArray(v)) {
      for (var j = 0; j < v.length; j++) fields.push(ks + (encode ? encode(stringifyPrimitive(v[j])) : convertDefault(v[j])));
    } else {
      fields.push(ks + (encode ? encode(stringifyPrimitive(v)) : convertDefault(v)));
    }
  }
  return fields.join(sep);
}

function isHexCode(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function decodeText(s, encoded, decode) {
  if (s.length === 0 || !encoded) return s;
  try {
    return decode(s);
  } catch (e) {
    return unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  key = decodeText(key, keyEncoded, decode);
  value = decodeText(value, valueEncoded, decode);
  var cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else obj[key] = [cur, value];
}

// Node's escape detector flags a key or value that holds '%' and two hex
// digits; the value's detector also sees the key's characters after the
// key's first escape.
var ESCAPE_RE = /%[0-9a-fA-F]{2}/;

// parse() for a one-character sep and eq (the usual case): segment by
// segment with indexOf, the escape flags from ESCAPE_RE. Same results as
// the character loop below, which multi-character separators need.
function parseSimple(obj, qs, sep, eq, pairs, decode, custom, plus) {
  var pos = 0, n = qs.length;
  for (;;) {
    var at = qs.indexOf(sep, pos);
    var end = at === -1 ? n : at;
    if (end > pos) {
      var seg = qs.slice(pos, end);
      var e = seg.indexOf(eq);
      var key = e === -1 ? seg : seg.slice(0, e);
      var value = e === -1 ? '' : seg.slice(e + 1);
      var keyEnc = custom, valEnc = custom;
      if (!custom && seg.indexOf('%') !== -1) {
        var m = ESCAPE_RE.exec(key);
        if (m !== null) {
          keyEnc = true;
          valEnc = ESCAPE_RE.test(key.slice(m.index + 3));
        }
        if (!valEnc) valEnc = ESCAPE_RE.test(value);
      }
      if (key.indexOf('+') !== -1) key = key.split('+').join(plus);
      if (value.indexOf('+') !== -1) value = value.split('+').join(plus);
      addPair(obj, key, value, keyEnc, valEnc, decode);
      if (at !== -1 && --pairs === 0) return obj;
    } else if (at !== -1 && --pairs === 0) {
      return obj;
    }
    if (at === -1) return obj;
    pos = at + 1;
  }
}

// One pass over the characters, as Node's parser makes it, so that its
// quirks hold: separators are matched without backtracking; a '+' becomes
// a space ('%20' for a custom decoder); a key or value is decoded only if
// an escape was seen, and the escape detector's counter is shared by the
// key's and the value's checks (a key's characters count for both).
function parse(qs, sep, eq, options) {
  var obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  var sepLen = sep.length, eqLen = eq.length;
  var pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  var decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : unescape;
  var custom = decode !== unescape;
  var plus = custom ? '%20' : ' ';
  if (sepLen === 1 && eqLen === 1) return parseSimple(obj, qs, sep, eq, pairs, decode, custom, plus);
  var key = [], value = [], keyEnc = custom, valEnc = custom, check = 0;
  var last = 0, sepIdx = 0, eqIdx = 0, n = qs.length;
  for (var i = 0; i < n; i++) {
    var c = qs.charCodeAt(i);
    if (c === sep.charCodeAt(sepIdx)) {
      if (++sepIdx < sepLen) continue;
      var end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (last < end) key.push(qs.slice(last, end));
        else if (key.length === 0) { /* an empty pair */
          if (--pairs === 0) return obj;
          last = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (last < end) {
        value.push(qs.slice(last, end));
      }
      addPair(obj, key.join(''), value.join(''), keyEnc, valEnc, decode);
      if (--pairs === 0) return obj;
      keyEnc = valEnc = custom;
      check = 0;
      key = [];
      value = [];
      last = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) { /* still in the key */
      if (c === eq.charCodeAt(eqIdx)) {
        if (++eqIdx === eqLen) {
          if (last < i - eqLen + 1) key.push(qs.slice(last, i - eqLen + 1));
          check = 0;
          last = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEnc) {
        if (c === 37) { check = 1; continue; }
        if (check > 0) {
          if (isHexCode(c)) {
            if (++check === 3) keyEnc = true;
            continue;
          }
          check = 0;
        }
      }
      if (c === 43) {
        if (last < i) key.push(qs.slice(last, i));
        key.push(plus);
        last = i + 1;
        continue;
      }
    }
    /* the value's checks, which also see a key's characters once the key
       is known to need decoding */
    if (c === 43) {
      if (last < i) value.push(qs.slice(last, i));
      value.push(plus);
      last = i + 1;
    } else if (!valEnc) {
      if (c === 37) check = 1;
      else if (check > 0 && isHexCode(c)) { if (++check === 3) valEnc = true; }
      else check = 0;
    }
  }
  if (last < n) {
    if (eqIdx < eqLen) key.push(qs.slice(last));
    else value.push(qs.slice(last));
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key.join(''), value.join(''), keyEnc, valEnc, decode);
  return obj;
}

module.exports = {
  unescapeBuffer: unescapeBuffer,
  unescape: unescape,
  escape: escape,
  stringify: stringify,
  encode: stringify,
  parse: parse,
  decode: parse
};

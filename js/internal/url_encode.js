'use strict';
// internal/url_encode — the URL Standard's percent-encode sets, UTF-8
// percent-encoding of code points and percent-decoding to a string, shared
// by the URL parser, its host parser and URLSearchParams.

var HEX = [];
for (var h = 0; h < 256; h++) HEX.push('%' + (h < 16 ? '0' : '') + h.toString(16).toUpperCase());

// Each set is a table of the ASCII code points it holds; every set also holds
// all code points above U+007E (the C0 control set does).
function makeSet(base, extra) {
  var t = [];
  for (var i = 0; i < 128; i++) t.push(base ? base[i] : (i < 0x20 || i === 0x7f));
  for (var j = 0; j < extra.length; j++) t[extra.charCodeAt(j)] = true;
  return t;
}
var C0 = makeSet(null, '');
var FRAGMENT = makeSet(C0, ' "<>`');
var QUERY = makeSet(C0, ' "#<>');
var SPECIAL_QUERY = makeSet(QUERY, "'");
var PATH = makeSet(QUERY, '?`{}');   /* Node 20 (ada) leaves ^ as it is */
var USERINFO = makeSet(PATH, '/:;=@[\\]^|');
var COMPONENT = makeSet(USERINFO, '$%&+,');
var FORM = makeSet(COMPONENT, "!'()~");

// The UTF-8 percent-encoding of code point c in `set`.
function encodeCodePoint(c, set) {
  if (c < 0x80) return set[c] ? HEX[c] : String.fromCharCode(c);
  if (c < 0x800) return HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 63)];
  if (c < 0x10000) return HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 63)] + HEX[0x80 | (c & 63)];
  return HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 63)] + HEX[0x80 | ((c >> 6) & 63)] +
    HEX[0x80 | (c & 63)];
}

// Percent-encode a JS string (lone surrogates become U+FFFD). With
// spaceAsPlus, U+0020 becomes '+' (application/x-www-form-urlencoded).
function encodeString(s, set, spaceAsPlus) {
  var out = null, start = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0x80 && !set[c] && !(spaceAsPlus && c === 32)) continue;
    if (out === null) out = [];
    if (i > start) out.push(s.slice(start, i));
    if (spaceAsPlus && c === 32) {
      out.push('+');
    } else if (c >= 0xd800 && c <= 0xdfff) {
      var d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        out.push(encodeCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000, set));
        i++;
      } else {
        out.push(encodeCodePoint(0xfffd, set));
      }
    } else {
      out.push(encodeCodePoint(c, set));
    }
    start = i + 1;
  }
  if (out === null) return s;
  if (start < s.length) out.push(s.slice(start));
  return out.join('');
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Decode UTF-8 bytes (an array of numbers) with U+FFFD for every maximal
// invalid subpart, as the Encoding Standard's decoder does.
function utf8Decode(bytes) {
  var out = [], i = 0, n = bytes.length;
  while (i < n) {
    var b = bytes[i], need = 0, cp = 0, lo = 0x80, hi = 0xbf;
    if (b < 0x80) { out.push(String.fromCharCode(b)); i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 7;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else { out.push('\ufffd'); i++; continue; }
    i++;
    var ok = true;
    for (var k = 0; k < need; k++) {
      var c = i < n ? bytes[i] : -1;
      if (c < lo || c > hi) { ok = false; break; }
      lo = 0x80; hi = 0xbf;
      cp = (cp << 6) | (c & 63);
      i++;
    }
    if (!ok) { out.push('\ufffd'); continue; }
    if (cp < 0x10000) out.push(String.fromCharCode(cp));
    else {
      cp -= 0x10000;
      out.push(String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)));
    }
  }
  return out.join('');
}

// Percent-decode a string to the UTF-8 bytes it names, then decode them.
// With plusAsSpace, '+' is a space (form decoding).
function decodeString(s, plusAsSpace) {
  if (s.indexOf('%') === -1 && !(plusAsSpace && s.indexOf('+') !== -1)) {
    for (var a = 0; a < s.length; a++) if (s.charCodeAt(a) >= 0x80) break;
    if (a === s.length) return s;
  }
  var bytes = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length) {
      var x = hexValue(s.charCodeAt(i + 1)), y = hexValue(s.charCodeAt(i + 2));
      if (x >= 0 && y >= 0) { bytes.push(x * 16 + y); i += 2; continue; }
      bytes.push(37);
    } else if (c === 43 && plusAsSpace) {
      bytes.push(32);
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      var enc = encodeCodePoint(c, C0);
      if (c >= 0xd800 && c <= 0xdfff) {
        var d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          enc = encodeCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000, C0);
          i++;
        } else {
          enc = encodeCodePoint(0xfffd, C0);
        }
      }
      for (var j = 0; j < enc.length; j += 3) bytes.push(parseInt(enc.substr(j + 1, 2), 16));
    }
  }
  return utf8Decode(bytes);
}

// decodeURIComponent as V8 has it: mujs's accepts overlong forms, encoded
// surrogates and cut-off sequences, so those are refused here first.
function decodeURIComponentStrict(s) {
  s = String(s);
  var i = s.indexOf('%');
  while (i !== -1) {
    var b = hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2));
    if (!(b >= 0)) break; /* decodeURIComponent throws for it */
    var need = 0, lo = 0x80, hi = 0xbf;
    if (b >= 0x80) {
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
      else throw new URIError('URI malformed');
    }
    for (var k = 1; k <= need; k++) {
      var j = i + 3 * k;
      var c = s.charAt(j) === '%' ? hexValue(s.charCodeAt(j + 1)) * 16 + hexValue(s.charCodeAt(j + 2)) : -1;
      if (!(c >= lo && c <= hi)) throw new URIError('URI malformed');
      lo = 0x80; hi = 0xbf;
    }
    i = s.indexOf('%', i + 3 * (need + 1));
  }
  return decodeURIComponent(s);
}

module.exports = {
  decodeURIComponentStrict: decodeURIComponentStrict,
  C0: C0, FRAGMENT: FRAGMENT, QUERY: QUERY, SPECIAL_QUERY: SPECIAL_QUERY, PATH: PATH,
  USERINFO: USERINFO, COMPONENT: COMPONENT, FORM: FORM,
  encodeCodePoint: encodeCodePoint,
  encodeString: encodeString,
  decodeString: decodeString,
  utf8Decode: utf8Decode
};

'use strict';
// internal/punycode — RFC 3492 Punycode for IDNA labels (url's host parser,
// url.domainToASCII/domainToUnicode). Works on arrays of code points;
// encode/decode return null for input they cannot represent.

var BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700;
var INITIAL_BIAS = 72, INITIAL_N = 128, MAXINT = 0x7fffffff;

function adapt(delta, numPoints, firstTime) {
  var k = 0;
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor((BASE - TMIN + 1) * delta / (delta + SKEW));
}

function digitChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22); /* a-z, 0-9 */
}

function digitValue(c) {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return BASE;
}

// Code points -> the ASCII string after "xn--".
function encode(cps) {
  var out = [], n = INITIAL_N, delta = 0, bias = INITIAL_BIAS, i;
  for (i = 0; i < cps.length; i++) if (cps[i] < 0x80) out.push(String.fromCharCode(cps[i]));
  var basic = out.length, h = basic;
  if (basic > 0) out.push('-');
  while (h < cps.length) {
    var m = MAXINT;
    for (i = 0; i < cps.length; i++) if (cps[i] >= n && cps[i] < m) m = cps[i];
    if (m - n > Math.floor((MAXINT - delta) / (h + 1))) return null;
    delta += (m - n) * (h + 1);
    n = m;
    for (i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (c < n && ++delta > MAXINT) return null;
      if (c === n) {
        var q = delta;
        for (var k = BASE; ; k += BASE) {
          var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          out.push(digitChar(t + (q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out.push(digitChar(q));
        bias = adapt(delta, h + 1, h === basic);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out.join('');
}

// The ASCII string after "xn--" -> code points, or why not: 'not-basic',
// 'invalid-input', 'overflow', or (checkRange: as IDNA wants, no surrogates
// and nothing past U+10FFFF) 'range'. The punycode module reports these.
function decodeOrWhy(str, checkRange) {
  var out = [], n = INITIAL_N, i = 0, bias = INITIAL_BIAS, j;
  var basic = str.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (j = 0; j < basic; j++) {
    var b = str.charCodeAt(j);
    if (b >= 0x80) return 'not-basic';
    out.push(b);
  }
  for (var pos = basic > 0 ? basic + 1 : 0; pos < str.length;) {
    var oldi = i, w = 1;
    for (var k = BASE; ; k += BASE) {
      if (pos >= str.length) return 'invalid-input';
      var digit = digitValue(str.charCodeAt(pos++));
      if (digit >= BASE) return 'invalid-input';
      if (digit > Math.floor((MAXINT - i) / w)) return 'overflow';
      i += digit * w;
      var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      if (w > Math.floor(MAXINT / (BASE - t))) return 'overflow';
      w *= BASE - t;
    }
    var len = out.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    if (Math.floor(i / len) > MAXINT - n) return 'overflow';
    n += Math.floor(i / len);
    i %= len;
    if (checkRange && (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff))) return 'range';
    out.splice(i++, 0, n);
  }
  return out;
}

// The same as IDNA uses it: code points, or null when malformed.
function decode(str) {
  var r = decodeOrWhy(str, true);
  return typeof r === 'string' ? null : r;
}

// A JS string <-> code points (a lone surrogate stays as it is).
function toCodePoints(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function fromCodePoint(c) {
  if (c < 0x10000) return String.fromCharCode(c);
  c -= 0x10000;
  return String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
}

function fromCodePoints(cps) {
  var out = [];
  for (var i = 0; i < cps.length; i++) out.push(fromCodePoint(cps[i]));
  return out.join('');
}

module.exports = {
  encode: encode,
  decode: decode,
  decodeOrWhy: decodeOrWhy,
  toCodePoints: toCodePoints,
  fromCodePoint: fromCodePoint,
  fromCodePoints: fromCodePoints
};

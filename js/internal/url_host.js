'use strict';
// internal/url_host — the URL Standard's host parser and serializer: IPv6
// and IPv4 addresses, opaque hosts, and domains through domain-to-ASCII.
//
// domain-to-ASCII is UTS #46 ToASCII without its mapping table: ASCII and
// the common full-width forms and dots are mapped, letters are lower-cased
// with String.prototype.toLowerCase, default-ignorable code points are
// dropped, and non-ASCII labels are Punycode-encoded. Labels that UTS #46
// would reject for their code points (disallowed, bidi, joiners) or would
// normalize (NFC) pass through unchecked; docs say so.

var enc = require('internal/url_encode');
var punycode = require('internal/punycode');

var FAILURE = null;

function isHexDigit(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// ---- IPv6 ----

function parseIPv6(s) {
  var address = [0, 0, 0, 0, 0, 0, 0, 0];
  var pieceIndex = 0, compress = -1, p = 0, n = s.length;
  var c = p < n ? s.charCodeAt(p) : -1;
  if (c === 58) {
    if (s.charCodeAt(1) !== 58) return FAILURE;
    p += 2;
    compress = ++pieceIndex;
  }
  while (p < n) {
    c = s.charCodeAt(p);
    if (pieceIndex === 8) return FAILURE;
    if (c === 58) {
      if (compress !== -1) return FAILURE;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    var value = 0, length = 0;
    while (length < 4 && p < n && isHexDigit(s.charCodeAt(p))) {
      value = value * 16 + parseInt(s.charAt(p), 16);
      p++;
      length++;
    }
    c = p < n ? s.charCodeAt(p) : -1;
    if (c === 46) {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      var numbersSeen = 0;
      while (p < n) {
        c = s.charCodeAt(p);
        var piece = -1;
        if (numbersSeen > 0) {
          if (c === 46 && numbersSeen < 4) c = s.charCodeAt(++p);
          else return FAILURE;
        }
        if (!(c >= 48 && c <= 57)) return FAILURE;
        while (p < n && (c = s.charCodeAt(p)) >= 48 && c <= 57) {
          var d = c - 48;
          if (piece === -1) piece = d;
          else if (piece === 0) return FAILURE;
          else piece = piece * 10 + d;
          if (piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (c === 58) {
      p++;
      if (p >= n) return FAILURE;
    } else if (c !== -1) {
      return FAILURE;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== -1) {
    var swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      var t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  var best = -1, bestLen = 1, i, j;
  for (i = 0; i < 8; i++) {
    if (address[i] !== 0) continue;
    for (j = i; j < 8 && address[j] === 0; j++);
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  var out = [];
  for (i = 0; i < 8; i++) {
    if (i === best) {
      out.push(i === 0 ? '::' : ':');
      i += bestLen - 1;
      continue;
    }
    out.push(address[i].toString(16));
    if (i !== 7) out.push(':');
  }
  return '[' + out.join('') + ']';
}

// ---- IPv4 ----

// An IPv4 number: decimal, 0x-hex or 0-octal; -1 when not a number.
function parseIPv4Number(s) {
  if (s === '') return -1;
  var radix = 10;
  if (s.length >= 2 && s.charAt(0) === '0' && (s.charAt(1) === 'x' || s.charAt(1) === 'X')) {
    radix = 16;
    s = s.slice(2);
  } else if (s.length >= 2 && s.charAt(0) === '0') {
    radix = 8;
    s = s.slice(1);
  }
  if (s === '') return 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    var ok = radix === 16 ? isHexDigit(c) : (c >= 48 && c < 48 + radix);
    if (!ok) return -1;
  }
  return parseInt(s, radix);
}

function endsInANumber(s) {
  var parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  var last = parts[parts.length - 1];
  if (last !== '') {
    for (var i = 0; i < last.length; i++) {
      var c = last.charCodeAt(i);
      if (c < 48 || c > 57) break;
    }
    if (i === last.length) return true;
  }
  return parseIPv4Number(last) !== -1;
}

// The address as a number, or FAILURE.
function parseIPv4(s) {
  var parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  var numbers = [];
  for (var i = 0; i < parts.length; i++) {
    var v = parseIPv4Number(parts[i]);
    if (v === -1) return FAILURE;
    numbers.push(v);
  }
  for (i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
  var last = numbers[numbers.length - 1];
  if (last >= Math.pow(256, 5 - numbers.length)) return FAILURE;
  var ipv4 = last;
  for (i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * Math.pow(256, 3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  var out = [];
  for (var i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

// ---- domains ----

// U+0000-U+0020 and these are forbidden in any host; a domain also forbids
// C0 controls, '%' and U+007F.
var FORBIDDEN_HOST = {};
(function () {
  var s = '\u0000\t\n\r #/:<>?@[\\]^|';
  for (var i = 0; i < s.length; i++) FORBIDDEN_HOST[s.charCodeAt(i)] = true;
})();

function hasForbiddenHost(s) {
  for (var i = 0; i < s.length; i++) if (FORBIDDEN_HOST[s.charCodeAt(i)] === true) return true;
  return false;
}

function hasForbiddenDomain(s) {
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x25 || c === 0x7f || FORBIDDEN_HOST[c] === true) return true;
  }
  return false;
}

// Code points UTS #46 maps to nothing.
function isIgnored(c) {
  return c === 0xad || c === 0x34f || c === 0x200b || c === 0x2060 || c === 0xfeff ||
    (c >= 0x180b && c <= 0x180d) || (c >= 0xfe00 && c <= 0xfe0f);
}

// Blocks of compatibility forms, which UTS #46 maps to other code points:
// a Punycode label that decodes to one is not in its mapped form.
function isCompatibilityForm(c) {
  return (c >= 0x2150 && c <= 0x218f) || (c >= 0x2460 && c <= 0x24ff) ||
    (c >= 0x3200 && c <= 0x33ff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfb00 && c <= 0xfb4f) ||
    (c >= 0xff00 && c <= 0xffef) || (c >= 0x1d400 && c <= 0x1d7ff);
}

var ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'l', 'c', 'd', 'm'];

// UTS #46's mapping, the part described at the top. null: a code point
// UTS #46 disallows (lone surrogates, U+FFFD, joiners outside their rules).
function mapDomain(s) {
  var cps = punycode.toCodePoints(s), out = [];
  for (var i = 0; i < cps.length; i++) {
    var c = cps[i];
    if (c >= 0x41 && c <= 0x5a) { out.push(c + 32); continue; }
    if (c < 0x80) { out.push(c); continue; }
    if (isIgnored(c)) continue;
    if (c === 0x3002 || c === 0xff0e || c === 0xff61) { out.push(0x2e); continue; }
    if (c >= 0xff01 && c <= 0xff5e) {
      c -= 0xfee0;
      out.push(c >= 0x41 && c <= 0x5a ? c + 32 : c);
      continue;
    }
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffd || c === 0x200c || c === 0x200d ||
        (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe) return null;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f ||
        c === 0x205f || c === 0x3000) { out.push(0x20); continue; }
    if (c >= 0x1d400 && c <= 0x1d6a3) { /* mathematical letters */
      var off = (c - 0x1d400) % 52;
      out.push(off < 26 ? 0x61 + off : 0x61 + off - 26);
      continue;
    }
    if (c >= 0x1d7ce && c <= 0x1d7ff) { out.push(0x30 + (c - 0x1d7ce) % 10); continue; }
    if (c >= 0x2160 && c <= 0x217f) { /* Roman numerals */
      var r = ROMAN[(c - 0x2160) % 16];
      for (var q = 0; q < r.length; q++) out.push(r.charCodeAt(q));
      continue;
    }
    var lower = punycode.toCodePoints(punycode.fromCodePoint(c).toLowerCase());
    for (var k = 0; k < lower.length; k++) out.push(lower[k]);
  }
  return out;
}

function isASCIIOnly(s) {
  for (var i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

// UTS #46 ToASCII (see the top of the file); null on failure.
function domainToASCII(domain) {
  if (isASCIIOnly(domain)) {
    var lower = domain.toLowerCase();
    if (lower.indexOf('xn--') === -1) return lower;
  }
  var cps = mapDomain(domain);
  if (cps === null) return null;
  var labels = [], label = [];
  for (var i = 0; i <= cps.length; i++) {
    if (i === cps.length || cps[i] === 0x2e) {
      labels.push(label);
      label = [];
    } else {
      label.push(cps[i]);
    }
  }
  var out = [];
  for (i = 0; i < labels.length; i++) {
    var l = labels[i], asciiLabel = true;
    for (var j = 0; j < l.length; j++) if (l[j] >= 0x80) { asciiLabel = false; break; }
    if (asciiLabel) {
      var str = punycode.fromCodePoints(l);
      if (str.slice(0, 4) === 'xn--') {
        var dec = punycode.decode(str.slice(4));
        if (dec === null || dec.length === 0) return null;
        var decAscii = true;
        for (j = 0; j < dec.length; j++) {
          if (dec[j] >= 0x80) decAscii = false;
          if (isCompatibilityForm(dec[j])) return null;
        }
        if (decAscii) return null;
        var remapped = mapDomain(punycode.fromCodePoints(dec));
        if (remapped === null || punycode.fromCodePoints(remapped) !== punycode.fromCodePoints(dec)) return null;
      }
      out.push(str);
    } else {
      if (l[0] === 0x78 && l[1] === 0x6e && l[2] === 0x2d && l[3] === 0x2d) return null; /* xn-- */
      var e = punycode.encode(l);
      if (e === null) return null;
      out.push('xn--' + e);
    }
  }
  return out.join('.');
}

// UTS #46 ToUnicode: decode each xn-- label; a label that does not decode
// is kept as it is.
function domainToUnicode(domain) {
  var labels = domain.split('.');
  for (var i = 0; i < labels.length; i++) {
    var l = labels[i].toLowerCase();
    if (l.slice(0, 4) === 'xn--') {
      var dec = punycode.decode(l.slice(4));
      if (dec !== null) labels[i] = punycode.fromCodePoints(dec);
    } else {
      var m = mapDomain(labels[i]);
      if (m !== null) labels[i] = punycode.fromCodePoints(m);
    }
  }
  return labels.join('.');
}

// The host parser: the serialized host, or FAILURE. isOpaque: the URL's
// scheme is not special.
function parseHost(input, isOpaque) {
  if (input.charAt(0) === '[') {
    if (input.charAt(input.length - 1) !== ']') return FAILURE;
    var a = parseIPv6(input.slice(1, -1));
    return a === FAILURE ? FAILURE : serializeIPv6(a);
  }
  if (isOpaque) {
    if (hasForbiddenHost(input)) return FAILURE;
    return enc.encodeString(input, enc.C0, false);
  }
  var domain = enc.decodeString(input, false);
  var asciiDomain = domainToASCII(domain);
  if (asciiDomain === null || asciiDomain === '') return FAILURE;
  if (hasForbiddenDomain(asciiDomain)) return FAILURE;
  if (endsInANumber(asciiDomain)) {
    var v4 = parseIPv4(asciiDomain);
    return v4 === FAILURE ? FAILURE : serializeIPv4(v4);
  }
  return asciiDomain;
}

module.exports = {
  parseHost: parseHost,
  domainToASCII: domainToASCII,
  domainToUnicode: domainToUnicode,
  parseIPv6: parseIPv6,
  serializeIPv6: serializeIPv6
};

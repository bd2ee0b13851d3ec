// punycode — RFC 3492 as Node 20's bundled punycode.js 2.1.0 offers it
// (deprecated in Node, still shipped): encode/decode of one label,
// toASCII/toUnicode of a domain or an email address, ucs2 helpers. The
// algorithm is url's (internal/punycode).
'use strict';

var P = require('internal/punycode');

var MESSAGES = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input'
};

function fail(why) {
  throw new RangeError(MESSAGES[why]);
}

function ucs2encode(codePoints) {
  var out = [];
  for (var i = 0; i < codePoints.length; i++) {
    var c = Number(codePoints[i]);
    if (!(c >= 0 && c <= 0x10ffff) || c !== Math.floor(c)) throw new RangeError('Invalid code point ' + codePoints[i]);
    out.push(P.fromCodePoint(c));
  }
  return out.join('');
}

function decode(input) {
  var r = P.decodeOrWhy(String(input), false);
  if (typeof r === 'string') fail(r);
  return ucs2encode(r);
}

function encode(input) {
  var r = P.encode(P.toCodePoints(String(input)));
  if (r === null) fail('overflow');
  return r;
}

// Labels of a domain (after an email address's local part) through fn.
function mapDomain(domain, fn) {
  var parts = domain.split('@');
  var result = '';
  if (parts.length > 1) {
    result = parts[0] + '@';
    domain = parts[1];
  }
  var labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return result + labels.map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(String(input), function (label) {
    return /[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label;
  });
}

function toUnicode(input) {
  return mapDomain(String(input), function (label) {
    return /^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label;
  });
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: P.toCodePoints, encode: ucs2encode },
  decode: decode,
  encode: encode,
  toASCII: toASCII,
  toUnicode: toUnicode
};
